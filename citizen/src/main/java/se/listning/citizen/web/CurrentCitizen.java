package se.listning.citizen.web;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.listning.citizen.registers.PopulationRegister;
import se.listning.citizen.registers.Resident;
import se.listning.citizen.signin.SignedInCitizen;
import se.listning.citizen.vardval.Acting;

/**
 * The signed-in resident and for whom they act in this session. Acting for a child is allowed only for a child
 * the population register names as in the resident's custody, checked again at every switch.
 */
@Component
public class CurrentCitizen {

    private static final String ACTING = "listning.acting";

    private final PopulationRegister population;

    public CurrentCitizen(PopulationRegister population) {
        this.population = population;
    }

    public Optional<SignedInCitizen> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInCitizen citizen ? Optional.of(citizen) : Optional.empty();
    }

    /** Who acts for whom now; the resident themself unless they switched to a child. */
    public Acting acting(HttpSession session) {
        Resident self = signedIn().orElseThrow(() -> new IllegalStateException("not signed in")).resident();
        Object stored = session.getAttribute(ACTING);
        if (stored instanceof Acting acting && acting.signedIn().personId().equals(self.personId())) {
            return acting;
        }
        return Acting.self(self);
    }

    /**
     * Act for the resident themself ({@code "self"}) or for one of their children by personnummer. Returns false
     * (and changes nothing) for anyone else.
     */
    public boolean switchTo(HttpSession session, String who) {
        Resident self = signedIn().orElseThrow(() -> new IllegalStateException("not signed in")).resident();
        if ("self".equals(who)) {
            session.setAttribute(ACTING, Acting.self(self));
            return true;
        }
        Optional<Resident.Child> child = self.children().stream().filter(c -> c.personId().value().equals(who)).findFirst();
        if (child.isEmpty()) {
            return false;
        }
        Optional<Resident> record = population.lookUp(child.get().personId());
        if (record.isEmpty()) {
            return false;
        }
        session.setAttribute(ACTING, new Acting(self, record.get()));
        return true;
    }
}
