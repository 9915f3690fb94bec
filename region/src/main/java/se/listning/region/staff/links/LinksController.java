package se.listning.region.staff.links;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.listning.region.staff.doctors.DoctorAdministration.Refused;
import se.listning.region.staff.doctors.DoctorRepository;
import se.listning.region.staff.doctors.StaffUnits;
import se.listning.region.staff.security.StaffAccess;

/** "Administrera koppling": a unit's patients and their fast läkarkontakt, links, moves and random distribution. */
@Controller
public class LinksController {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final StaffAccess access;
    private final StaffUnits units;
    private final DoctorRepository doctors;
    private final UnitPatients patients;
    private final LinkService links;
    private final DistributionService distribution;
    private final Clock clock;

    public LinksController(StaffAccess access, StaffUnits units, DoctorRepository doctors, UnitPatients patients,
                           LinkService links, DistributionService distribution, Clock clock) {
        this.access = access;
        this.units = units;
        this.doctors = doctors;
        this.patients = patients;
        this.links = links;
        this.distribution = distribution;
        this.clock = clock;
    }

    @GetMapping("/staff/links")
    public String list(@ModelAttribute("query") LinksQuery query, Model model) {
        List<StaffUnits.Unit> choices = units.choices(access.current());
        Optional<StaffUnits.Unit> selected = units.selected(query.unit(), choices);
        model.addAttribute("units", choices);
        if (selected.isEmpty()) {
            return "staff/links/list";
        }
        StaffUnits.Unit u = selected.get();
        LinksQuery q = new LinksQuery(u.hsaId(), query.without(), query.doctor(), query.minAge(), query.maxAge(), query.page());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("query", q);
        model.addAttribute("unit", u);
        model.addAttribute("doctors", doctors.ofUnit(u.hsaId(), today));
        model.addAttribute("seed", Math.abs(SEEDS.nextInt()));
        String ageError = q.ageError();
        if (ageError != null) {
            model.addAttribute("error", ageError);
        }
        List<UnitPatients.Row> rows = patients.page(u.hsaId(), q, today);
        int total = patients.count(u.hsaId(), q, today);
        patients.audit(access.current(), "READ", u.hsaId(), LinkService.PURPOSE, null,
                rows.stream().map(UnitPatients.Row::listingId).toList());
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("pages", Math.max(1, (total + LinksQuery.PAGE_SIZE - 1) / LinksQuery.PAGE_SIZE));
        return "staff/links/list";
    }

    @PostMapping("/staff/links/link")
    public String link(@ModelAttribute LinksQuery query, @RequestParam(name = "listing", required = false) List<Long> listings,
                       @RequestParam(required = false) String target, RedirectAttributes flash) {
        try {
            int changed = links.link(query.unit(), listings, target);
            flash.addFlashAttribute("ok", changed + " patienter fick ny fast läkarkontakt.");
        } catch (Refused refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:" + query.url();
    }

    @PostMapping("/staff/links/move")
    public String move(@ModelAttribute LinksQuery query, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to, RedirectAttributes flash) {
        try {
            int changed = links.moveAll(query.unit(), from, to);
            flash.addFlashAttribute("ok", changed + " patienter flyttades till ny fast läkarkontakt.");
        } catch (Refused refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:" + query.url();
    }

    @GetMapping("/staff/links/distribution")
    public String preview(@RequestParam String unit, @RequestParam(required = false) String seed, Model model,
                          RedirectAttributes flash) {
        StaffUnits.Unit u = units.require(unit);
        Long value = parseSeed(seed);
        if (value == null) {
            flash.addFlashAttribute("error", "Fröet (seed) måste vara ett heltal.");
            return "redirect:" + new LinksQuery(u.hsaId(), null, null, null, null, null).url();
        }
        model.addAttribute("outcome", distribution.preview(u.hsaId(), value));
        return "staff/links/distribution";
    }

    @PostMapping("/staff/links/distribution")
    public String apply(@RequestParam String unit, @RequestParam long seed, @RequestParam String fingerprint,
                        RedirectAttributes flash) {
        StaffUnits.Unit u = units.require(unit);
        try {
            DistributionService.Outcome done = distribution.apply(u.hsaId(), seed, fingerprint);
            flash.addFlashAttribute("ok", "Fördelningen är genomförd (nr " + done.id() + "): "
                    + done.result().assignments().size() + " patienter fick fast läkarkontakt, "
                    + done.result().unassigned().size() + " kunde inte fördelas.");
        } catch (Refused refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:" + new LinksQuery(u.hsaId(), null, null, null, null, null).url();
    }

    private static Long parseSeed(String seed) {
        try {
            return seed == null || seed.isBlank() ? Math.abs((long) SEEDS.nextInt()) : Long.parseLong(seed.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
