package se.listning.region.staff.units;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.listning.domain.identity.HsaId;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;

/** Vårdcentraler: the unit list (own units or, region-wide, searchable and paged), a unit's page, its settings and its on-call partners. */
@Controller
public class UnitsController {

    static final int PAGE_SIZE = 50;

    private final StaffAccess access;
    private final UnitQueries queries;
    private final UnitAdministration administration;
    private final UnitGuard guard;
    private final OnCallUnits onCallUnits;

    public UnitsController(StaffAccess access, UnitQueries queries, UnitAdministration administration, UnitGuard guard,
                           OnCallUnits onCallUnits) {
        this.access = access;
        this.guard = guard;
        this.onCallUnits = onCallUnits;
        this.queries = queries;
        this.administration = administration;
    }

    @GetMapping("/staff/units")
    public String list(@RequestParam(name = "q", required = false) String search,
                       @RequestParam(name = "sida", required = false) Integer page, Model model) {
        StaffUser user = access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
        model.addAttribute("q", search == null ? "" : search);
        model.addAttribute("units", queries.page(search, user.regionWide() ? null : user.units(),
                Paged.page(page), PAGE_SIZE));
        return "staff/units/list";
    }

    @GetMapping("/staff/units/{hsa}")
    public String unit(@PathVariable String hsa, Model model) {
        HsaId unit = guard.unit(hsa);
        show(unit, model);
        return "staff/units/unit";
    }

    @PostMapping("/staff/units/{hsa}/settings")
    public String settings(@PathVariable String hsa, @RequestParam(name = "cap", required = false) String cap,
                           @RequestParam(name = "offersQueue", defaultValue = "false") boolean offersQueue,
                           @RequestParam(name = "supportsPersonnel", defaultValue = "false") boolean supportsPersonnel,
                           @RequestParam(name = "types", required = false) List<String> types,
                           Model model, RedirectAttributes flash, HttpServletResponse response) {
        HsaId unit = guard.unit(hsa);
        StaffUser user = access.requireRole(StaffRole.VARDVALSBEHORIG);
        UnitSettingsForm form = new UnitSettingsForm(cap, offersQueue, supportsPersonnel, types);
        try {
            UnitAdministration.Saved saved = administration.saveSettings(user, unit, form);
            flash.addFlashAttribute("ok", saved.capRaised()
                    ? "Inställningarna är sparade. Taket är höjt: kön flyttas fram till de lediga platserna."
                    : "Inställningarna är sparade.");
            if (!saved.overCap().isEmpty()) {
                flash.addFlashAttribute("warning", "Fler är listade än det nya taket: " + String.join(", ", saved.overCap())
                        + ". Ingen avlistas; nya listningar och kön väntar tills antalet är under taket.");
            }
            return "redirect:/staff/units/" + unit.value();
        } catch (UnitSettingsForm.Invalid invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(unit, model);
            model.addAttribute("form", form);
            model.addAttribute("error", invalid.getMessage());
            return "staff/units/unit";
        }
    }

    @PostMapping("/staff/units/{hsa}/on-call")
    public String onCall(@PathVariable String hsa, @RequestParam(name = "partners", required = false) String partners,
                         Model model, RedirectAttributes flash, HttpServletResponse response) {
        HsaId unit = guard.unit(hsa);
        StaffUser user = access.requireRole(StaffRole.VARDVALSBEHORIG);
        try {
            int saved = onCallUnits.replace(user, unit, partners).size();
            flash.addFlashAttribute("ok", "Joursamverkan är sparad (" + saved + " vårdenheter).");
            return "redirect:/staff/units/" + unit.value();
        } catch (UnitSettingsForm.Invalid invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(unit, model);
            model.addAttribute("onCallText", partners);
            model.addAttribute("error", invalid.getMessage());
            return "staff/units/unit";
        }
    }

    private void show(HsaId unit, Model model) {
        UnitDetail detail = queries.detail(unit).orElseThrow();
        model.addAttribute("unit", detail);
        model.addAttribute("onCall", onCallUnits.of(unit));
        if (!model.containsAttribute("onCallText")) {
            model.addAttribute("onCallText", onCallUnits.asText(unit));
        }
        model.addAttribute("listingTypes", queries.listingTypes());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UnitSettingsForm(detail.cap() == null ? "" : detail.cap().toString(),
                    detail.offersQueue(), detail.supportsPersonnel(),
                    detail.types().stream().map(UnitDetail.TypeCount::key).toList()));
        }
    }
}
