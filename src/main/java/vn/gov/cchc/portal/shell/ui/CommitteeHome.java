package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import vn.gov.cchc.portal.agency.AgencyGroup;
import vn.gov.cchc.portal.brief.BriefLinks;
import vn.gov.cchc.portal.brief.BriefStatus;
import vn.gov.cchc.portal.brief.BriefSummary;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.dashboard.DashboardFigures;
import vn.gov.cchc.portal.dashboard.DashboardLinks;
import vn.gov.cchc.portal.task.Counts;

/** A committee member's page: the latest issued brief, and this year's figures per group with the change since the last session. */
final class CommitteeHome extends Div {

    CommitteeHome(List<BriefSummary> briefs, DashboardFigures thisYear) {
        addClassName("home-committee");
        add(new H3(getTranslation("home.latestBrief")));
        briefs.stream().filter(b -> b.status() == BriefStatus.ISSUED).findFirst().ifPresentOrElse(brief -> add(new Paragraph(
                new Anchor(BriefLinks.brief(brief.id()), getTranslation("home.latestBrief.line", brief.docNumber(),
                        Formats.date(brief.issuedOn()), brief.sessionNumber())))),
                () -> add(new Paragraph(getTranslation("home.latestBrief.none"))));
        add(new H3(getTranslation("home.figures", Formats.date(thisYear.request().asOf()))));
        UnorderedList list = new UnorderedList();
        list.addClassName("home-figures");
        for (AgencyGroup group : AgencyGroup.values()) {
            Counts now = thisYear.group(group);
            String line = getTranslation("home.figures.line", getTranslation(group.messageKey()), Formats.percent(now.rate()),
                    Formats.integer(now.done()), Formats.integer(now.planned()));
            if (thisYear.previousCutoff() != null) {
                Counts before = thisYear.previousGroups().getOrDefault(group, Counts.ZERO);
                line += " " + getTranslation("home.figures.change", Formats.date(thisYear.previousCutoff()),
                        Formats.percent(before.rate()), Formats.integer(now.done() - before.done()));
            }
            list.add(new ListItem(line));
        }
        add(list, new Paragraph(new Anchor(DashboardLinks.figures(thisYear.request().asOf(), thisYear.request().period()),
                getTranslation("home.figures.open"))));
    }
}
