package se.listning.region.staff.security;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * OpenID Connect sign-in (production): the identity provider (e.g. the region's IdP in front of SITHS)
 * authenticates; the claim named by {@code listning.staff.oidc.username-claim} (default
 * {@code preferred_username}; an HSA-id claim also works) must name an active staff_user, whose
 * role becomes the authority. Unknown or inactive users are refused at sign-in.
 */
@Component
public class StaffOidcUserService extends OidcUserService {

    private final StaffUsers users;
    private final String usernameClaim;

    public StaffOidcUserService(StaffUsers users,
                                @Value("${listning.staff.oidc.username-claim:preferred_username}") String usernameClaim) {
        this.users = users;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        return authorise(super.loadUser(request));
    }

    /**
     * The staff member behind a user the identity provider has authenticated: their role as the only
     * authority, named by the username claim. Refused unless that claim names an active staff_user.
     */
    public OidcUser authorise(OidcUser oidc) {
        String username = oidc.getClaimAsString(usernameClaim);
        StaffUser user = username == null ? null : users.findActive(username).orElse(null);
        if (user == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                    "Ingen aktiv användare i Listning för " + usernameClaim + "=" + username, null));
        }
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(user.role().authority())),
                oidc.getIdToken(), oidc.getUserInfo(), usernameClaim);
    }
}
