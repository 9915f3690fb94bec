package se.listning.region.staff.person;

import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.ListingType;
import se.listning.domain.port.RegionSettings;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;

/** The person page's actions (POST, redirect back with a message) and the printable paper form. */
@Controller
public class PersonActions {

    private final StaffAccess access;
    private final PaperFormRegistration registration;
    private final PersonChanges changes;
    private final PersonOverview overview;
    private final PersonRecords records;
    private final String regionName;
    private final StaffAudit audit;

    public PersonActions(StaffAccess access, PaperFormRegistration registration, PersonChanges changes,
                         PersonOverview overview, PersonRecords records, RegionSettings settings, StaffAudit audit) {
        this.access = access;
        this.registration = registration;
        this.changes = changes;
        this.overview = overview;
        this.records = records;
        this.regionName = settings.county().regionName();
        this.audit = audit;
    }

    @PostMapping("/staff/persons/{personId}/register")
    public String register(@PathVariable String personId, @RequestParam(defaultValue = "") String unit,
                           @RequestParam(defaultValue = "PV") String type,
                           @RequestParam(defaultValue = "") String doctor,
                           @RequestParam(defaultValue = "false") boolean signed,
                           @RequestParam(defaultValue = "") String homeCounty, RedirectAttributes flash) {
        StaffUser user = access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
        PersonId id = PersonPages.parse(personId);
        Optional<ListingType> listingType = overview.type(type);
        if (unit.isBlank() || listingType.isEmpty()) {
            return back(id, flash, ActionResult.refused("Välj vårdcentral och listningstyp."));
        }
        if (!homeCounty.isBlank() && !CountyCode.isValid(homeCounty)) {
            return back(id, flash, ActionResult.refused("Okänt hemlän."));
        }
        PaperFormRegistration.Request request = new PaperFormRegistration.Request(hsa(unit), listingType.get().code(),
                doctor.isBlank() ? Optional.empty() : Optional.of(hsa(doctor)), signed,
                homeCounty.isBlank() ? Optional.empty() : Optional.of(CountyCode.of(homeCounty)));
        return back(id, flash, registration.register(user, id, request));
    }

    @PostMapping("/staff/persons/{personId}/forms/{listingId}/scanned")
    public String scanned(@PathVariable String personId, @PathVariable long listingId, RedirectAttributes flash) {
        StaffUser user = access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
        PersonId id = PersonPages.parse(personId);
        return back(id, flash, changes.markScanned(user, id, listingId));
    }

    @PostMapping("/staff/persons/{personId}/exemption")
    public String exemption(@PathVariable String personId, @RequestParam(defaultValue = "PV") String type,
                            @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        StaffUser user = access.requireRole(StaffRole.VARDVALSBEHORIG);
        PersonId id = PersonPages.parse(personId);
        Optional<ListingType> listingType = overview.type(type);
        if (listingType.isEmpty()) {
            return back(id, flash, ActionResult.refused("Okänd listningstyp."));
        }
        return back(id, flash, changes.grantExemption(user, id, listingType.get().code(), reason));
    }

    @PostMapping("/staff/persons/{personId}/listings/{listingId}/doctor")
    public String doctor(@PathVariable String personId, @PathVariable long listingId,
                         @RequestParam(defaultValue = "") String doctor, RedirectAttributes flash) {
        StaffUser user = access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
        PersonId id = PersonPages.parse(personId);
        return back(id, flash, changes.setDoctor(user, id, listingId,
                doctor.isBlank() ? Optional.empty() : Optional.of(hsa(doctor))));
    }

    /** The listing form to print, pre-filled for the unit; name and address only where the user may see them. */
    @GetMapping("/staff/persons/{personId}/form.pdf")
    public ResponseEntity<byte[]> form(@PathVariable String personId, @RequestParam String unit) {
        StaffUser user = access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
        PersonId id = PersonPages.parse(personId);
        HsaId unitId = hsa(unit);
        access.requireUnit(unitId);
        PaperFormPdf.Unit printed = records.formUnit(unitId, regionName)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Okänd vårdcentral"));
        Optional<PersonRecords.Details> person = overview.mayView(user, id)
                ? records.find(id).filter(p -> !p.protectedIdentity()) : Optional.empty();
        audit.read(user, id, unitId, "Utskrift blankett");
        byte[] pdf = PaperFormPdf.render(id, person, printed);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("blankett.pdf").build()
                        .toString())
                .body(pdf);
    }

    private static HsaId hsa(String value) {
        try {
            return HsaId.of(value);
        } catch (InvalidIdentifierException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Ogiltigt HSA-id");
        }
    }

    private static String back(PersonId id, RedirectAttributes flash, ActionResult result) {
        flash.addFlashAttribute(result.ok() ? "ok" : "error", result.message());
        return "redirect:/staff/persons/" + id.value();
    }
}
