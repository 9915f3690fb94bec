package se.listning.region.staff.units;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.staff.security.StaffAccess;

/** A unit's queue in order, paged (each person shown is an audited read), and removing a person with a reason. */
@Controller
public class QueueController {

    static final int PAGE_SIZE = 50;

    private final StaffAccess access;
    private final UnitGuard guard;
    private final UnitQueries queries;
    private final UnitAdministration administration;

    public QueueController(StaffAccess access, UnitGuard guard, UnitQueries queries, UnitAdministration administration) {
        this.access = access;
        this.guard = guard;
        this.queries = queries;
        this.administration = administration;
    }

    @GetMapping("/staff/units/{hsa}/queue")
    public String queue(@PathVariable String hsa, @RequestParam(name = "sida", required = false) Integer page,
                        Model model) {
        HsaId unit = guard.unit(hsa);
        model.addAttribute("unit", queries.detail(unit).orElseThrow());
        model.addAttribute("queue", administration.readQueue(access.current(), unit, Paged.page(page), PAGE_SIZE));
        return "staff/units/queue";
    }

    @PostMapping("/staff/units/{hsa}/queue/{place}/remove")
    public String remove(@PathVariable String hsa, @PathVariable long place,
                         @RequestParam(name = "reason", required = false) String reason,
                         @RequestParam(name = "sida", required = false) Integer page, RedirectAttributes flash) {
        HsaId unit = guard.unit(hsa);
        try {
            administration.removeFromQueue(access.current(), unit, place, reason).ifPresentOrElse(
                    person -> flash.addFlashAttribute("ok", "Personen " + dashed(person) + " är borttagen ur kön."),
                    () -> flash.addFlashAttribute("error", "Köplatsen finns inte längre i den här kön. Ingenting ändrades."));
        } catch (UnitSettingsForm.Invalid invalid) {
            flash.addFlashAttribute("error", invalid.getMessage() + " Ingenting ändrades.");
        }
        return "redirect:/staff/units/" + unit.value() + "/queue" + (page == null ? "" : "?sida=" + Paged.page(page));
    }

    private static String dashed(PersonId person) {
        String v = person.value();
        return v.substring(0, 8) + "-" + v.substring(8);
    }
}
