package vn.gov.cchc.portal.security.internal;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import vn.gov.cchc.portal.security.ui.LoginRoute;

/**
 * Sign-in through the Vaadin login view, the session registry, and method security. Method security covers
 * {@code @PreAuthorize} on services only: the JSR-250 annotations are for views, and enabling them here would
 * proxy every view class.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "login";

    /** bcrypt today, with the algorithm id stored in the hash so that a later switch re-hashes gradually. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /**
     * No observation around every filter of the chain and every method authorization (ADR 0022, issue 32: 3 % of the
     * portal's CPU under load, read by nothing — the request metrics, the sign-in failures and the audit stay).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Tells the session registry when sessions end, so it does not grow forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * The only authentication manager: every sign-in passes the throttle. (A second, global manager built from
     * the UserDetailsService would be asked after a throttled refusal and let the attempt through.)
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            PasswordCheckGate gate) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(
                new ThrottlingAuthenticationProvider(new GatedAuthenticationProvider(passwords, gate), throttle));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    /** Before Spring Security's filters, so that even a refused or redirected request carries the headers. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * The management port (loopback only, see application.properties) answers monitoring without a sign-in.
     * {@code EndpointRequest} matches requests on that port only, so the users' port serves no endpoint.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Vaadin's navigation access control with the roles read from the signed-in user (ADR 0022); primary, because
     * Vaadin's auto-configuration defines its own unconditionally (then unused).
     */
    @Bean
    @Primary
    NavigationAccessControl portalNavigationAccessControl(List<NavigationAccessChecker> checkers,
            NavigationAccessControlConfigurer configurer) {
        return configurer.build(RequestRolesNavigationAccessControl::new, checkers);
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**").permitAll());
        http.sessionManagement(sessions -> sessions
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/" + LOGIN_PATH + "?expired"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginRoute.view())
                // an address that is no view (mistyped, or a malformed id) reaches Vaadin, which shows the portal's
                // own "not found" page to a signed-in user; anonymous visitors are sent to the sign-in page
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }
}
