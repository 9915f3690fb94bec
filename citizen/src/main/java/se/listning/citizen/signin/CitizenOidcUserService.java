package se.listning.citizen.signin;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import se.listning.citizen.config.CitizenProperties;
import se.listning.citizen.registers.PopulationRegister;
import se.listning.citizen.registers.Resident;
import se.listning.domain.identity.InvalidIdentifierException;
import se.listning.domain.identity.PersonId;

/**
 * Production sign-in: the region's OpenID Connect provider (e.g. a BankID broker) authenticates strongly and
 * gives the personnummer in the claim {@code listning.citizen.person-id-claim}; the population register then
 * says who the person is. Someone not registered cannot sign in.
 */
@Component
public class CitizenOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** A resident signed in through OpenID Connect. */
    public static final class CitizenOidcUser extends DefaultOidcUser implements SignedInCitizen {
        private final Resident resident;

        CitizenOidcUser(OidcUser user, Resident resident) {
            super(List.of(new SimpleGrantedAuthority(TestSignIn.AUTHORITY)), user.getIdToken(), user.getUserInfo());
            this.resident = resident;
        }

        @Override
        public Resident resident() {
            return resident;
        }

        @Override
        public String method() {
            return "E-legitimation";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CitizenOidcUser other && super.equals(other) && resident.equals(other.resident);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + resident.hashCode();
        }
    }

    private final OidcUserService delegate = new OidcUserService();
    private final PopulationRegister population;
    private final CitizenProperties properties;

    public CitizenOidcUserService(PopulationRegister population, CitizenProperties properties) {
        this.population = population;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        Object claim = user.getClaims().get(properties.personIdClaim());
        PersonId id;
        try {
            id = PersonId.parse(claim == null ? "" : claim.toString());
        } catch (InvalidIdentifierException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_person_id",
                    "Inloggningen gav inget giltigt personnummer.", null));
        }
        Resident resident = population.lookUp(id).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error("not_registered", "Du finns inte i folkbokföringen.", null)));
        return new CitizenOidcUser(user, resident);
    }
}
