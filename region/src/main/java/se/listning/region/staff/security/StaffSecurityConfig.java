package se.listning.region.staff.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Security of the staff tool only: this chain matches {@code /staff/**}; the SOAP endpoints, /admin and
 * /actuator are not touched by it (they have their own protection, see README).
 * <ul>
 *   <li>Sign-in: the demo form login against staff_user passwords, and OpenID Connect when a client
 *       registration is configured (docs/staff-tool.md). With OIDC the identity provider
 *       authenticates; staff_user still decides role and units.</li>
 *   <li>Every page needs a signed-in user; what they may do is checked per request in {@link StaffAccess}.</li>
 *   <li>CSRF tokens on every form and htmx request (Spring Security's default, kept on).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class StaffSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain staffChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
                                   StaffOidcUserService oidcUsers) throws Exception {
        http.securityMatcher("/staff/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/staff/login", "/staff/denied", "/staff/assets/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/staff/login").defaultSuccessUrl("/staff", false)
                        .failureUrl("/staff/login?error"))
                .logout(logout -> logout.logoutUrl("/staff/logout").logoutSuccessUrl("/staff/login?logout"))
                .exceptionHandling(ex -> ex.accessDeniedPage("/staff/denied"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/staff/login").defaultSuccessUrl("/staff", false)
                    .failureUrl("/staff/login?error")
                    .authorizationEndpoint(a -> a.baseUri(StaffOidcLogins.AUTHORIZATION_BASE))
                    .redirectionEndpoint(r -> r.baseUri(StaffOidcLogins.REDIRECTION_BASE))
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUsers)));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Demo sign-in: active staff_user rows with a password hash. */
    @Bean
    UserDetailsService staffUserDetails(StaffUsers users) {
        return username -> users.find(username)
                .filter(a -> a.passwordHash() != null)
                .map(a -> User.withUsername(a.user().username())
                        .password(a.passwordHash())
                        .disabled(!a.active())
                        .authorities(a.user().role().authority())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown staff user"));
    }
}
