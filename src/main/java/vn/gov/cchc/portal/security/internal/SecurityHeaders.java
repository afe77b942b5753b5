package vn.gov.cchc.portal.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser protections on every response of the portal, set before anything else runs. (Spring Security's
 * header writer does not reach the pages that Vaadin serves through its forwarding servlet, such as the sign-in
 * page.)
 *
 * <p>The Content-Security-Policy is the strictest that Vaadin Flow's client works with: its bootstrap needs inline
 * scripts and {@code eval} ({@code 'unsafe-inline' 'unsafe-eval'}) and its components inline styles; everything
 * else comes from the portal itself. Images may be {@code data:} URLs (the dashboard's bars) or {@code blob:}.
 * No framing by other sites, no plug-ins, forms post only to the portal.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
