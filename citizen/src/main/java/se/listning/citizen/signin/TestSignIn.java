package se.listning.citizen.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import se.listning.citizen.registers.PopulationRegister;
import se.listning.citizen.registers.Resident;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;

/**
 * The demo's sign-in: choose a synthetic person (or type a personnummer) and be signed in as them, if the
 * population register knows them. It stands in for strong authentication (BankID through the region's
 * OpenID Connect provider, docs/citizen.md) and is switched off with {@code listning.citizen.test-sign-in=false}.
 */
@Component
public class TestSignIn {

    public static final String AUTHORITY = "ROLE_CITIZEN";

    /** A signed-in resident from the test sign-in. */
    public record TestCitizen(Resident resident) implements SignedInCitizen {
        @Override
        public String method() {
            return "Testinloggning";
        }
    }

    private final PopulationRegister population;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    public TestSignIn(PopulationRegister population) {
        this.population = population;
    }

    /** Signs the person in, or returns a Swedish reason why not. */
    public Optional<String> signIn(String personnummer, HttpServletRequest request, HttpServletResponse response) {
        PersonId id;
        try {
            id = PersonId.parse(personnummer == null ? "" : personnummer.trim().replace("-", "").replace("+", ""));
        } catch (InvalidIdentifierException e) {
            return Optional.of("Ange ett giltigt personnummer med tolv siffror, till exempel 19121212-1212.");
        }
        Optional<Resident> resident = population.lookUp(id);
        if (resident.isEmpty()) {
            return Optional.of("Personen finns inte i folkbokföringen (testdata). Välj en av testpersonerna.");
        }
        request.getSession(true);
        request.changeSessionId(); // no session fixation across the sign-in
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new TestCitizen(resident.get()), null,
                List.of(new SimpleGrantedAuthority(AUTHORITY))));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return Optional.empty();
    }
}
