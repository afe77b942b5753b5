package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vietnamese by default whatever the browser says; English when the user chose it (kept in a cookie so that
 * the sign-in page remembers it too).
 */
@Component
public class UiLocale implements VaadinServiceInitListener {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);
    static final String COOKIE = "portal-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(fromRequest(VaadinService.getCurrentRequest())));
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", fromRequest(response.getVaadinRequest()).getLanguage()));
    }

    /** Switches the language of this browser and reloads the page so that every text follows. */
    public static void switchTo(Locale locale) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return VIETNAMESE;
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> "en".equals(cookie.getValue()) ? ENGLISH : VIETNAMESE)
                .findFirst().orElse(VIETNAMESE);
    }
}
