package se.listning.citizen.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.listning.citizen.config.CitizenProperties;
import se.listning.citizen.registers.Persona;
import se.listning.citizen.registers.PopulationRegister;
import se.listning.citizen.registers.RegisterUnavailableException;
import se.listning.citizen.signin.TestSignIn;
import se.listning.domain.identity.CountyCode;

/**
 * "Logga in": the region's e-legitimation (OpenID Connect, when configured) and, in the demo, the test sign-in
 * with the federation's synthetic persons.
 */
@Controller
class SignInController {

    private final CitizenProperties properties;
    private final PopulationRegister population;
    private final TestSignIn testSignIn;
    private final ObjectProvider<ClientRegistrationRepository> oidc;

    SignInController(CitizenProperties properties, PopulationRegister population, TestSignIn testSignIn,
                     ObjectProvider<ClientRegistrationRepository> oidc) {
        this.properties = properties;
        this.population = population;
        this.testSignIn = testSignIn;
        this.oidc = oidc;
    }

    @GetMapping("/logga-in")
    String page(Model model) {
        model.addAttribute("testSignIn", properties.testSignIn());
        model.addAttribute("oidcLogins", oidcLogins());
        if (properties.testSignIn()) {
            Map<CountyCode, List<Persona>> byRegion = population.personas().stream()
                    .collect(Collectors.groupingBy(Persona::county, java.util.TreeMap::new, Collectors.toList()));
            model.addAttribute("personas", byRegion);
        }
        return "logga-in";
    }

    @PostMapping("/logga-in/test")
    String signIn(@RequestParam(name = "personnummer", required = false) String personnummer, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        if (!properties.testSignIn()) {
            throw new BadRequestException("Testinloggningen är avstängd.");
        }
        Optional<String> problem;
        try {
            problem = testSignIn.signIn(personnummer, request, response);
        } catch (RegisterUnavailableException e) {
            problem = Optional.of("Folkbokföringen svarar inte just nu. Försök igen om en stund.");
        }
        if (problem.isPresent()) {
            model.addAttribute("error", problem.get());
            model.addAttribute("personnummer", personnummer);
            return page(model);
        }
        return "redirect:/";
    }

    @GetMapping("/utloggad")
    String signedOut() {
        return "utloggad";
    }

    /** Registration id → display name of each configured OpenID Connect provider. */
    private Map<String, String> oidcLogins() {
        ClientRegistrationRepository repository = oidc.getIfAvailable();
        if (!(repository instanceof InMemoryClientRegistrationRepository registrations)) {
            return Map.of();
        }
        Map<String, String> logins = new java.util.LinkedHashMap<>();
        registrations.forEach(r -> logins.put(r.getRegistrationId(), r.getClientName()));
        return logins;
    }
}
