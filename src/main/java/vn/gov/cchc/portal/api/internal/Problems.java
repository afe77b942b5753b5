package vn.gov.cchc.portal.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.cchc.portal.common.Texts;

/**
 * Errors of the API as RFC 9457 problem details: a type per kind of error, the status, a short title and the detail
 * in the caller's language (Vietnamese unless the request asks for English).
 */
@Component
class Problems {

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    ProblemDetail of(HttpStatus status, String messageKey, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Texts.get(locale, messageKey, arguments));
        problem.setTitle(status.getReasonPhrase());
        problem.setType(URI.create("https://cchc.gov.vn/api/problems/" + messageKey.substring(messageKey.lastIndexOf('.') + 1)));
        return problem;
    }

    /** Writes the problem as the answer (from a filter, before any controller). */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey, Object... arguments)
            throws IOException {
        ProblemDetail problem = of(status, messageKey, locale(request), arguments);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    static Locale locale(HttpServletRequest request) {
        String language = request.getHeader("Accept-Language");
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Texts.VIETNAMESE;
    }
}
