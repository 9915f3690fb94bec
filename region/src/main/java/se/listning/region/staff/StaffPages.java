package se.listning.region.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffOidcLogins;

/** The staff tool's own pages: sign-in, start page, access denied. */
@Controller
public class StaffPages {

    private final StaffAccess access;
    private final StaffOidcLogins oidcLogins;

    public StaffPages(StaffAccess access, StaffOidcLogins oidcLogins) {
        this.access = access;
        this.oidcLogins = oidcLogins;
    }

    @GetMapping("/staff/login")
    public String login(Model model) {
        model.addAttribute("oidcLogins", oidcLogins.all());
        return "staff/login";
    }

    @GetMapping("/staff")
    public String start(Model model) {
        model.addAttribute("me", access.current());
        return "staff/start";
    }

    @RequestMapping("/staff/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    public String denied() {
        return "staff/denied";
    }
}
