package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;

/** "Tiếng Việt | English": the language not in use is a button. */
public class LanguageSwitch extends HorizontalLayout {

    public LanguageSwitch() {
        setSpacing(false);
        setAlignItems(Alignment.CENTER);
        addClassName("language-switch");
        addAttachListener(event -> build());
    }

    private void build() {
        removeAll();
        Locale current = getLocale();
        for (Locale locale : UiLocale.SUPPORTED) {
            String label = getTranslation("language." + locale.getLanguage());
            if (locale.getLanguage().equals(current.getLanguage())) {
                add(new Span(label));
            } else {
                Button button = new Button(label, click -> UiLocale.switchTo(locale));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                add(button);
            }
        }
    }
}
