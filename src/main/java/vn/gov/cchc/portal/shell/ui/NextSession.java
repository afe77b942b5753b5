package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import vn.gov.cchc.portal.brief.BriefLinks;
import vn.gov.cchc.portal.brief.BriefSummary;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.session.SessionLinks;
import vn.gov.cchc.portal.session.SessionSummary;

/** The next session (a link) and the state of its brief. */
final class NextSession extends Div {

    NextSession(Optional<SessionSummary> next, List<BriefSummary> briefs) {
        addClassName("home-next-session");
        add(new H3(getTranslation("home.nextSession")));
        if (next.isEmpty()) {
            add(new Paragraph(getTranslation("home.nextSession.none")));
            return;
        }
        SessionSummary session = next.get();
        add(new Paragraph(new Anchor(SessionLinks.session(session.id()), getTranslation("home.nextSession.line",
                session.number(), session.title(), Formats.DATE_TIME.format(session.startsAt())))));
        Optional<BriefSummary> brief = briefs.stream().filter(b -> b.sessionId() == session.id()).findFirst();
        add(brief.<Component>map(b -> new Paragraph(new Anchor(BriefLinks.brief(b.id()),
                        getTranslation("home.nextSession.brief", getTranslation(b.status().messageKey())))))
                .orElseGet(() -> new Paragraph(getTranslation("home.nextSession.noBrief"))));
    }
}
