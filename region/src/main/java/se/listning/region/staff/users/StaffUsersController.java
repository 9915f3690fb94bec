package se.listning.region.staff.users;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.staff.security.StaffUsers;

/** "Användare": the Systemadministratör's list of staff accounts, and creating and changing them. */
@Controller
public class StaffUsersController {

    private final StaffAccess access;
    private final StaffUsers users;
    private final StaffUserAdministration administration;

    public StaffUsersController(StaffAccess access, StaffUsers users, StaffUserAdministration administration) {
        this.access = access;
        this.users = users;
        this.administration = administration;
    }

    @GetMapping("/staff/users")
    public String list(Model model) {
        access.requireRole(StaffRole.SYSTEMADMINISTRATOR);
        model.addAttribute("accounts", users.accounts());
        return "staff/users/list";
    }

    @GetMapping("/staff/users/new")
    public String newUser(Model model) {
        access.requireRole(StaffRole.SYSTEMADMINISTRATOR);
        return form(model, StaffUserForm.blank(), true, List.of());
    }

    @PostMapping("/staff/users")
    public String create(@ModelAttribute StaffUserForm form, Model model, RedirectAttributes flash) {
        StaffUser by = access.requireRole(StaffRole.SYSTEMADMINISTRATOR);
        try {
            StaffUser created = administration.create(form, by);
            flash.addFlashAttribute("ok", "Användaren " + created.username() + " är skapad.");
            return "redirect:/staff/users";
        } catch (StaffUserAdministration.Refused refused) {
            return form(model, form, true, refused.errors());
        }
    }

    @GetMapping("/staff/users/{username}")
    public String edit(@PathVariable String username, Model model) {
        access.requireRole(StaffRole.SYSTEMADMINISTRATOR);
        StaffUsers.Account account = users.find(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Användaren finns inte."));
        return form(model, StaffUserForm.of(account.user(), account.active()), false, List.of());
    }

    @PostMapping("/staff/users/{username}")
    public String update(@PathVariable String username, @ModelAttribute StaffUserForm form, Model model,
                         RedirectAttributes flash) {
        StaffUser by = access.requireRole(StaffRole.SYSTEMADMINISTRATOR);
        try {
            administration.update(username, form, by);
            flash.addFlashAttribute("ok", "Användaren " + username + " är ändrad.");
            return "redirect:/staff/users";
        } catch (StaffUserAdministration.Refused refused) {
            StaffUserForm shown = new StaffUserForm(username, form.displayName(), form.hsaId(), form.role(),
                    form.units(), form.active(), "");
            return form(model, shown, false, refused.errors());
        }
    }

    private String form(Model model, StaffUserForm form, boolean isNew, List<String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("isNew", isNew);
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("errors", errors);
        return "staff/users/edit";
    }
}
