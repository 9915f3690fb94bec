package se.listning.citizen.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Every page but the sign-in page needs a signed-in resident. Sign-in is the test sign-in (demo) and, when a
 * client registration is configured, OpenID Connect. CSRF tokens on every form; a strict CSP (no inline script
 * or style); no framing.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class CitizenSecurityConfig {

    @Bean
    SecurityFilterChain citizenChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
                                     CitizenOidcUserService oidcUsers) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/logga-in", "/logga-in/**", "/utloggad", "/villkor", "/om-vardgarantin", "/assets/**", "/actuator/health",
                                "/error").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(
                        (request, response, e) -> response.sendRedirect(request.getContextPath() + "/logga-in")))
                .logout(logout -> logout.logoutUrl("/logga-ut").logoutSuccessUrl("/utloggad"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/logga-in").defaultSuccessUrl("/", true)
                    .failureUrl("/logga-in?fel")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUsers)));
        }
        return http.build();
    }
}
