package se.listning.region.staff.units;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.transaction.annotation.Transactional;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.PersonId;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffUser;

/** A unit's queue in order, paged (each person shown is an audited read), and removing a person with a reason. */
@Controller
public class QueueController {

    static final int PAGE_SIZE = 50;
    private static final String PURPOSE = "Kö vårdcentral";

    private final StaffAccess access;
    private final UnitGuard guard;
    private final UnitQueries queries;
    private final UnitAdministration administration;
    private final StaffAudit audit;

    public QueueController(StaffAccess access, UnitGuard guard, UnitQueries queries, UnitAdministration administration,
                           StaffAudit audit) {
        this.access = access;
        this.guard = guard;
        this.queries = queries;
        this.administration = administration;
        this.audit = audit;
    }

    @GetMapping("/staff/units/{hsa}/queue")
    @Transactional
    public String queue(@PathVariable String hsa, @RequestParam(name = "sida", required = false) Integer page,
                        Model model) {
        HsaId unit = guard.unit(hsa);
        StaffUser user = access.current();
        Paged<QueueRow> rows = queries.queue(unit, Paged.page(page), PAGE_SIZE);
        rows.rows().forEach(r -> audit.read(user, PersonId.parse(r.personId()), unit, PURPOSE));
        model.addAttribute("unit", queries.detail(unit).orElseThrow());
        model.addAttribute("queue", rows);
        return "staff/units/queue";
    }

    @PostMapping("/staff/units/{hsa}/queue/{place}/remove")
    public String remove(@PathVariable String hsa, @PathVariable long place,
                         @RequestParam(name = "reason", required = false) String reason,
                         @RequestParam(name = "sida", required = false) Integer page, RedirectAttributes flash) {
        HsaId unit = guard.unit(hsa);
        try {
            administration.removeFromQueue(access.current(), unit, place, reason).ifPresentOrElse(
                    person -> flash.addFlashAttribute("ok", "Personen " + masked(person) + " är borttagen ur kön."),
                    () -> flash.addFlashAttribute("error", "Köplatsen finns inte längre i den här kön. Ingenting ändrades."));
        } catch (UnitSettingsForm.Invalid invalid) {
            flash.addFlashAttribute("error", invalid.getMessage() + " Ingenting ändrades.");
        }
        return "redirect:/staff/units/" + unit.value() + "/queue" + (page == null ? "" : "?sida=" + Paged.page(page));
    }

    private static String masked(PersonId person) {
        String v = person.value();
        return v.substring(0, 8) + "-" + v.substring(8);
    }
}
