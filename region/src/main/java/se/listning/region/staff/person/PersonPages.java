package se.listning.region.staff.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.audit.StaffAudit;
import se.listning.region.config.RegionConfig;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;
import jakarta.servlet.http.HttpServletResponse;

/** Personsök: the search form and the person page (Personuppgifter, Vårdvalsuppgifter, Vårdvalshistorik). */
@Controller
public class PersonPages {

    static final String PURPOSE = "Personsök";
    static final String UNKNOWN = "Personen finns inte i regionens register.";

    private final StaffAccess access;
    private final PersonRecords records;
    private final PersonOverview overview;
    private final StaffAudit audit;
    private final Clock clock;

    public PersonPages(StaffAccess access, PersonRecords records, PersonOverview overview, StaffAudit audit,
                       Clock clock) {
        this.access = access;
        this.records = records;
        this.overview = overview;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/staff/persons")
    public String search() {
        access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
        return "staff/person/search";
    }

    @PostMapping("/staff/persons")
    public String find(@RequestParam(defaultValue = "") String personnummer, Model model) {
        StaffUser user = access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
        Optional<PersonId> id = PersonnummerInput.parse(personnummer, LocalDate.now(clock));
        model.addAttribute("typed", personnummer);
        if (id.isEmpty()) {
            model.addAttribute("fieldError",
                    "Skriv personnumret med 10 eller 12 siffror, till exempel 19121212-1212.");
            return "staff/person/search";
        }
        if (records.find(id.get()).isEmpty()) {
            audit.record(user, "SEARCH", id.get(), null, PURPOSE, "not found");
            model.addAttribute("unknown", UNKNOWN);
            model.addAttribute("unknownId", id.get().value());
            return "staff/person/search";
        }
        return "redirect:/staff/persons/" + id.get().value();
    }

    @GetMapping("/staff/persons/{personId}")
    public String person(@PathVariable String personId, Model model, HttpServletResponse response) {
        StaffUser user = access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
        PersonId id = parse(personId);
        Optional<PersonRecords.Details> person = records.find(id);
        model.addAttribute("personId", id.value());
        model.addAttribute("formattedId", id.value().substring(0, 8) + "-" + id.value().substring(8));
        if (person.isEmpty()) {
            audit.record(user, "SEARCH", id, null, PURPOSE, "not found");
            model.addAttribute("unknown", UNKNOWN);
            overview.fillRegistration(model, user, person);
            return "staff/person/person";
        }
        Optional<HsaId> ownUnit = overview.ownUnit(user, id);
        if (!user.regionWide() && ownUnit.isEmpty()) {
            // The attempt is logged, the details are not read: only the paper-form registration is offered.
            audit.record(user, "LOOKUP_NOT_OWN_PATIENT", id, null, PURPOSE, "not listed or queued at own units");
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("notOwn", true);
            overview.fillRegistration(model, user, Optional.empty());
            return "staff/person/person";
        }
        audit.read(user, id, ownUnit.orElse(null), PURPOSE);
        overview.fillDetails(model, user, person.get());
        overview.fillRegistration(model, user, person);
        return "staff/person/person";
    }

    /** The path's personnummer (12 digits as the page links it; 10 take the century from the Swedish date). */
    static PersonId parse(String personId) {
        return PersonnummerInput.parse(personId, LocalDate.now(RegionConfig.SWEDISH_TIME))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ogiltigt personnummer"));
    }
}
