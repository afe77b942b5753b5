package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.html.Span;

/** A status shown as a Lumo badge: its text always says it, the colour only repeats it. */
public final class Badges {

    private Badges() {
    }

    /** A plain badge. */
    public static Span of(String text) {
        return styled(new Span(text), "badge");
    }

    /** A badge for what needs attention (overdue, flagged, refused). */
    public static Span error(String text) {
        return styled(new Span(text), "badge error");
    }

    /** Gives a span the badge's look, with Lumo's theme variants ("error", "contrast", "pill", "small"). */
    public static Span styled(Span span, String theme) {
        span.getElement().getThemeList().add(theme);
        return span;
    }
}
