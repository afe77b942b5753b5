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
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.Texts;

/**
 * Vietnamese by default whatever the browser says; a signed-in user's screens in the language kept with their
 * account; before signing in, the language last chosen in this browser (a cookie, so that the sign-in page remembers
 * it too). The page's {@code lang} follows.
 */
@Component
public class UiLocale implements VaadinServiceInitListener {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);
    static final String COOKIE = "portal-lang";

    private final ObjectProvider<LanguagePreference> preference;

    UiLocale(ObjectProvider<LanguagePreference> preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(resolve(VaadinService.getCurrentRequest())));
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", resolve(response.getVaadinRequest()).getLanguage()));
    }

    private Locale resolve(@Nullable VaadinRequest request) {
        LanguagePreference kept = preference.getIfAvailable();
        Optional<String> stored = kept == null ? Optional.empty() : kept.stored();
        if (stored.isPresent()) {
            return "en".equals(Texts.language(stored.get()).getLanguage()) ? ENGLISH : VIETNAMESE;
        }
        return fromRequest(request);
    }

    /**
     * Switches the language of this browser (and of the signed-in user's account) and reloads the page so that
     * every text follows.
     */
    public static void switchTo(Locale locale) {
        VaadinService service = VaadinService.getCurrent();
        if (service != null) {
            service.getInstantiator().getOrCreate(LanguagePreference.class).keep(locale);
        }
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

    static Locale fromRequest(@Nullable VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return VIETNAMESE;
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(cookie -> "en".equals(cookie.getValue()) ? ENGLISH : VIETNAMESE)
                .findFirst().orElse(VIETNAMESE);
    }
}
