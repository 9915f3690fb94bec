package se.listning.region.staff.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import se.listning.domain.identity.HsaId;

/**
 * Server-side authorisation of every staff page and action. The URL rules in
 * {@link StaffSecurityConfig} only let signed-in staff in; what a user may see and change is checked
 * here against the database on every request (a role or unit taken away applies at once).
 * Refusals throw {@link AccessDeniedException}, shown as the Swedish 403 page.
 */
@Component
public class StaffAccess {

    private static final String CACHE = StaffAccess.class.getName() + ".user";

    private final StaffUsers users;

    public StaffAccess(StaffUsers users) {
        this.users = users;
    }

    /** The signed-in, active staff member; refused when there is none. */
    public StaffUser current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof StaffUser cached) {
            return cached;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("Du är inte inloggad.");
        }
        StaffUser user = users.findActive(auth.getName())
                .orElseThrow(() -> new AccessDeniedException("Ditt konto saknas eller är inaktiverat."));
        if (request != null) {
            request.setAttribute(CACHE, user, RequestAttributes.SCOPE_REQUEST);
        }
        return user;
    }

    /** Refuses unless the current user has one of {@code roles}. */
    public StaffUser requireRole(StaffRole... roles) {
        StaffUser user = current();
        if (Arrays.stream(roles).noneMatch(r -> r == user.role())) {
            throw new AccessDeniedException("Din roll " + user.role().label() + " får inte göra detta.");
        }
        return user;
    }

    /** Refuses unless the current user administers {@code unit} (VC-chef: own units; Vårdvalsbehörig: all). */
    public StaffUser requireUnit(HsaId unit) {
        StaffUser user = current();
        if (!user.mayAdminister(unit)) {
            throw new AccessDeniedException("Du har inte behörighet för vårdcentralen " + unit.value() + ".");
        }
        return user;
    }

    /** For templates: whether the request comes from htmx (answer with a fragment). */
    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
