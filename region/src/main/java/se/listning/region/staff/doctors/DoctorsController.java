package se.listning.region.staff.doctors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffUser;

/** "Administrera läkare": a unit's doctors and statistics, a doctor's details, adding from the directory. */
@Controller
public class DoctorsController {

    private final StaffAccess access;
    private final StaffUnits units;
    private final DoctorRepository doctors;
    private final DoctorDirectory directory;
    private final DoctorAdministration admin;

    public DoctorsController(StaffAccess access, StaffUnits units, DoctorRepository doctors, DoctorDirectory directory,
                             DoctorAdministration admin) {
        this.access = access;
        this.units = units;
        this.doctors = doctors;
        this.directory = directory;
        this.admin = admin;
    }

    @GetMapping("/staff/doctors")
    public String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String q, Model model) {
        StaffUser user = access.current();
        List<StaffUnits.Unit> choices = filter(units.choices(user), q);
        Optional<StaffUnits.Unit> selected = units.selected(unit, choices);
        model.addAttribute("units", choices);
        model.addAttribute("q", q);
        model.addAttribute("mayImport", user.regionWide());
        selected.ifPresent(u -> {
            List<DoctorDetail> list = doctors.ofUnit(u.hsaId(), admin.today());
            model.addAttribute("unit", u);
            model.addAttribute("doctors", list);
            model.addAttribute("stats", doctors.stats(u.hsaId(), list));
        });
        return "staff/doctors/list";
    }

    @GetMapping("/staff/doctors/{hsaId}")
    public String detail(@PathVariable String hsaId, Model model) {
        DoctorDetail d = admin.authorised(hsaId);
        return detailPage(d, DoctorForm.of(d), List.of(), model);
    }

    @PostMapping("/staff/doctors/{hsaId}")
    public String update(@PathVariable String hsaId, @ModelAttribute DoctorForm form, Model model,
                         RedirectAttributes flash) {
        DoctorDetail d = admin.authorised(hsaId);
        DoctorForm.Checked checked = form.check();
        if (!checked.errors().isEmpty()) {
            return detailPage(d, form, checked.errors(), model);
        }
        admin.update(d.hsaId(), checked.values());
        Integer cap = checked.values().maxPatients();
        if (cap != null && cap < d.listed()) {
            flash.addFlashAttribute("warning", "Taket " + cap + " är lägre än antalet listade patienter (" + d.listed()
                    + "). Inga patienter flyttas, men läkaren kan inte väljas förrän antalet är under taket.");
        }
        flash.addFlashAttribute("ok", "Uppgifterna för " + d.name() + " är sparade.");
        return "redirect:" + detailUrl(d.hsaId());
    }

    @PostMapping("/staff/doctors/{hsaId}/active")
    public String setActive(@PathVariable String hsaId, @RequestParam boolean active, RedirectAttributes flash) {
        DoctorDetail d = admin.authorised(hsaId);
        admin.setActive(d.hsaId(), active);
        flash.addFlashAttribute("ok", d.name() + (active ? " är aktiv som fast läkarkontakt."
                : " är inaktiverad som fast läkarkontakt och kan inte väljas."));
        return "redirect:" + detailUrl(d.hsaId());
    }

    @GetMapping("/staff/doctors/add")
    public String addPage(@RequestParam String unit, Model model) {
        StaffUnits.Unit u = units.require(unit);
        model.addAttribute("unit", u);
        model.addAttribute("entries", directory.addable(u.hsaId()));
        return "staff/doctors/add";
    }

    @PostMapping("/staff/doctors/add")
    public String add(@RequestParam String unit, @RequestParam(required = false) String hsaId, RedirectAttributes flash) {
        StaffUnits.Unit u = units.require(unit);
        try {
            DoctorDirectory.Entry added = admin.add(u.hsaId(), hsaId);
            flash.addFlashAttribute("ok", added.name() + " är tillagd som läkare på " + u.name() + ".");
            return "redirect:" + detailUrl(added.hsaId());
        } catch (DoctorAdministration.Refused refused) {
            flash.addFlashAttribute("error", refused.getMessage());
            return "redirect:" + UriComponentsBuilder.fromPath("/staff/doctors/add").queryParam("unit", u.hsaId())
                    .encode().toUriString();
        }
    }

    private String detailPage(DoctorDetail d, DoctorForm form, List<String> errors, Model model) {
        model.addAttribute("doctor", d);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("unit", units.find(d.facilityHsaId()).orElseThrow());
        return "staff/doctors/detail";
    }

    private static String detailUrl(String hsaId) {
        return UriComponentsBuilder.fromPath("/staff/doctors/{id}").buildAndExpand(hsaId).encode().toUriString();
    }

    private static List<StaffUnits.Unit> filter(List<StaffUnits.Unit> choices, String q) {
        if (q == null || q.isBlank()) {
            return choices;
        }
        String needle = q.trim().toLowerCase(Locale.ROOT);
        return choices.stream().filter(u -> u.name().toLowerCase(Locale.ROOT).contains(needle)
                || u.hsaId().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }
}
