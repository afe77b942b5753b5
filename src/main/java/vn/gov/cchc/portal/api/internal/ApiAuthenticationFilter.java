package vn.gov.cchc.portal.api.internal;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.PortalUser;
import vn.gov.cchc.portal.security.Role;

/**
 * Every request to {@code /api/**}: the bearer token is looked up by its hash; a missing, unknown, expired or revoked
 * token is refused (401), a token over its rate limit too (429 with Retry-After). A token acts as a reader: of every
 * agency (as a committee member reads) or of its one agency (as that agency's officer), with its scopes as
 * authorities, so the services' own access rules and agency scoping apply to it. Every call is logged.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final RateLimits limits;
    private final ApiCalls calls;
    private final Problems problems;
    private final Clock clock;

    ApiAuthenticationFilter(ApiTokens tokens, RateLimits limits, ApiCalls calls, Problems problems, Clock clock) {
        this.tokens = tokens;
        this.limits = limits;
        this.calls = calls;
        this.problems = problems;
        this.clock = clock;
    }

    /** The OpenAPI document and its UI need no token. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        Long tokenId = null;
        try {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                response.setHeader("WWW-Authenticate", "Bearer");
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.error.noToken");
                return;
            }
            Optional<ApiClient> found = tokens.find(header.substring(7).strip());
            if (found.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "api.error.badToken");
                return;
            }
            ApiClient client = found.get();
            tokenId = client.tokenId();
            if (client.revoked() || PortalTime.today(clock).isAfter(client.expiresOn())) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                problems.write(request, response, HttpStatus.UNAUTHORIZED, client.revoked() ? "api.error.revoked" : "api.error.expired",
                        Formats.date(client.expiresOn()));
                return;
            }
            ConsumptionProbe probe = limits.take(client.tokenId());
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
                response.setHeader("Retry-After", String.valueOf(seconds));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.error.rateLimited", seconds);
                return;
            }
            response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
            SecurityContextHolder.getContext().setAuthentication(authentication(client));
            tokens.touch(client.tokenId());
            chain.doFilter(request, response);
        } finally {
            calls.log(tokenId, request.getMethod(), request.getRequestURI(), request.getQueryString(), response.getStatus(),
                    (System.nanoTime() - start) / 1_000_000, request.getRemoteAddr());
            SecurityContextHolder.clearContext();
        }
    }

    private static UsernamePasswordAuthenticationToken authentication(ApiClient client) {
        Set<Role> roles = client.agencyId() == null ? Set.of(Role.COMMITTEE_MEMBER) : Set.of(Role.AGENCY_OFFICER);
        PortalUser reader = new PortalUser(-client.tokenId(), "api:" + client.tokenId(), "", true, client.name(), client.agencyId(),
                roles);
        List<GrantedAuthority> authorities = new ArrayList<>(reader.getAuthorities());
        client.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
        return UsernamePasswordAuthenticationToken.authenticated(reader, null, authorities);
    }
}
