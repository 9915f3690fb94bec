package se.listning.region.staff.units;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.listning.domain.identity.HsaId;
import se.listning.domain.usecase.CloseFacilityUseCase;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;

/**
 * Closing a unit (flow 13), Vårdvalsbehörig only: a confirmation page with what it affects, then the same
 * {@link CloseFacilityUseCase} as the operators' /admin endpoint (it runs its own transactions per person;
 * visitors' home regions are told through the UpdateListing outbox). Audited with the result numbers.
 */
@Controller
public class CloseUnitController {

    private final StaffAccess access;
    private final UnitGuard guard;
    private final UnitQueries queries;
    private final CloseFacilityUseCase closeFacility;
    private final StaffAudit audit;

    public CloseUnitController(StaffAccess access, UnitGuard guard, UnitQueries queries,
                               CloseFacilityUseCase closeFacility, StaffAudit audit) {
        this.access = access;
        this.guard = guard;
        this.queries = queries;
        this.closeFacility = closeFacility;
        this.audit = audit;
    }

    @GetMapping("/staff/units/{hsa}/close")
    public String confirm(@PathVariable String hsa, Model model) {
        HsaId unit = guard.unit(hsa);
        access.requireRole(StaffRole.VARDVALSBEHORIG);
        model.addAttribute("unit", queries.detail(unit).orElseThrow());
        model.addAttribute("impact", queries.closeImpact(unit));
        return "staff/units/close";
    }

    @PostMapping("/staff/units/{hsa}/close")
    public String close(@PathVariable String hsa, RedirectAttributes flash) {
        HsaId unit = guard.unit(hsa);
        StaffUser user = access.requireRole(StaffRole.VARDVALSBEHORIG);
        CloseFacilityUseCase.Result result = closeFacility.execute(unit, (person, listings, queuePlaces) ->
                audit.record(user, "CLOSE_UNIT_PERSON", person, unit, "Stänga vårdcentral",
                        "listingsEnded=" + listings + ";queuePlacesEnded=" + queuePlaces));
        audit.record(user, "CLOSE_UNIT", null, unit, "Stänga vårdcentral",
                "listingsEnded=" + result.listingsEnded() + ";homeRegionsNotified=" + result.homeRegionsNotified()
                        + ";queuePlacesEnded=" + result.queuePlacesEnded() + ";closedNow=" + result.closedNow());
        flash.addFlashAttribute("ok", "Vårdcentralen är stängd för nya listningar. " + result.listingsEnded()
                + " listningar avslutades, " + result.homeRegionsNotified() + " hemregioner underrättades om "
                + "utomlänspatienter och " + result.queuePlacesEnded() + " köplatser avslutades.");
        return "redirect:/staff/units/" + unit.value();
    }
}
