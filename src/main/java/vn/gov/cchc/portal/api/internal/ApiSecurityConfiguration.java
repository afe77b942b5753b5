package vn.gov.cchc.portal.api.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The API's own security: stateless, no session and no CSRF (no cookies are read), a bearer token on every request
 * to {@code /api/**}; the OpenAPI document and its UI are open to read. The filter is built here, not as a bean, so
 * that it runs in this chain only.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, RateLimits limits, ApiCalls calls, Problems problems,
            Clock clock) throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterAfter(new ApiAuthenticationFilter(tokens, limits, calls, problems, clock),
                        SecurityContextHolderFilter.class)
                .build();
    }
}
