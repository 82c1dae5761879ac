package org.arflow.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import jakarta.servlet.DispatcherType;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.arflow.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two doors: /api and /actuator take HTTP Basic, stateless, for scripts and integrations; everything
 * else is the Vaadin UI behind its login view. Only the login page and health are open to all.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    private static final String[] BILLING = {"BILLER", "SUPERVISOR"};
    private static final String[] BILLING_AND_ADMIN = {"BILLER", "SUPERVISOR", "ADMIN"};
    private static final String[] OVERSIGHT = {"SUPERVISOR", "ADMIN"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**"))
                        .permitAll()
                        .requestMatchers(paths.matcher("/actuator/**")).hasRole(Role.ADMIN.name())
                        // each feature's door by role, before any body is read (the controllers check again)
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/api/claims/**")).hasAnyRole(BILLING_AND_ADMIN)
                        .requestMatchers(paths.matcher("/api/claims/**"), paths.matcher("/api/tasks/**"),
                                paths.matcher("/api/patients/**"), paths.matcher("/api/statements/**"))
                        .hasAnyRole(BILLING)
                        .requestMatchers(paths.matcher("/api/x12/**")).hasAnyRole(BILLING_AND_ADMIN)
                        .requestMatchers(paths.matcher("/api/insights/**")).hasAnyRole(OVERSIGHT)
                        .requestMatchers(paths.matcher("/api/admin/**")).hasRole(Role.ADMIN.name())
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/api/design/processes/**"),
                                paths.matcher(HttpMethod.GET, "/api/design/export")).hasAnyRole("ANALYST", "SUPERVISOR")
                        .requestMatchers(paths.matcher("/api/design/**")).hasRole("ANALYST")
                        // the choices of sides include drafts, which only analysts read
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/api/whatif/sides")).hasRole("ANALYST")
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/api/whatif/**")).hasAnyRole("ANALYST", "SUPERVISOR")
                        .requestMatchers(paths.matcher("/api/whatif/**")).hasRole("ANALYST")
                        .anyRequest().authenticated())
                .httpBasic(withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic auth: no session cookie to ride on, so no CSRF token is needed
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::hardenedHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        // an API error (401/403) is rendered by an error dispatch; it must not turn into a login redirect
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.headers(SecurityConfiguration::hardenedHeaders);
        return http.build();
    }

    /**
     * On top of Spring Security's defaults (nosniff, frame DENY, no-store, HSTS over HTTPS): no framing by
     * anyone, no plugins, no leaking claim URLs in Referer, no device APIs. Scripts stay as Vaadin needs them.
     */
    private static void hardenedHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
