package se.listning.region.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffUsers;
import se.listning.region.staff.security.StaffRole;

/** The staff tool's own pages: sign-in, start page, access denied, the user list. */
@Controller
public class StaffPages {

    private final StaffAccess access;
    private final StaffUsers users;

    public StaffPages(StaffAccess access, StaffUsers users) {
        this.access = access;
        this.users = users;
    }

    @GetMapping("/staff/login")
    public String login() {
        return "staff/login";
    }

    @GetMapping("/staff")
    public String start(Model model) {
        model.addAttribute("me", access.current());
        return "staff/start";
    }

    @GetMapping("/staff/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    public String denied() {
        return "staff/denied";
    }

    @GetMapping("/staff/users")
    public String users(Model model) {
        access.requireRole(StaffRole.SYSTEMADMINISTRATOR);
        model.addAttribute("users", users.all());
        return "staff/users";
    }
}
