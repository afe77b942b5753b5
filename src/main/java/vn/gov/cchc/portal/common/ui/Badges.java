package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.html.Span;

/** A status shown as a Lumo badge: its text always says it, the colour only repeats it. */
public final class Badges {

    private Badges() {
    }

    /** Gives a span the badge's look, with Lumo's theme variants ("error", "contrast", "pill", "small"). */
    public static Span styled(Span span, String theme) {
        span.getElement().getThemeList().add(theme);
        return span;
    }
}
