package se.listning.region.staff.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The OpenID Connect sign-ins configured (none in the demo), for the sign-in page's links. */
@Component
public class StaffOidcLogins {

    /** Where a sign-in with a registration starts: {@code <base>/<registration id>} (inside the staff chain). */
    public static final String AUTHORIZATION_BASE = "/staff/oauth2/authorization";
    /** Where the identity provider sends the user back: {@code /staff/login/oauth2/code/<registration id>}. */
    public static final String REDIRECTION_BASE = "/staff/login/oauth2/code/*";

    /** A configured sign-in: the link's path and the name to show. */
    public record Login(String path, String name) {
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    public StaffOidcLogins(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    public List<Login> all() {
        List<Login> logins = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object r : all) {
                ClientRegistration registration = (ClientRegistration) r;
                logins.add(new Login(AUTHORIZATION_BASE + "/" + registration.getRegistrationId(),
                        registration.getClientName()));
            }
        }
        return logins;
    }
}
