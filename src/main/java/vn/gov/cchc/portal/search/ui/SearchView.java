package vn.gov.cchc.portal.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.gov.cchc.portal.brief.BriefLinks;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.indicator.IndicatorLinks;
import vn.gov.cchc.portal.inspection.InspectionLinks;
import vn.gov.cchc.portal.search.SearchGroup;
import vn.gov.cchc.portal.search.SearchHit;
import vn.gov.cchc.portal.search.SearchLinks;
import vn.gov.cchc.portal.search.SearchResults;
import vn.gov.cchc.portal.search.SearchService;
import vn.gov.cchc.portal.search.Segment;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.session.SessionLinks;
import vn.gov.cchc.portal.task.TaskLinks;

/** The results of a search: grouped by kind with their counts, the matching words marked, each opening its record. */
@Route(SearchLinks.RESULTS)
@PermitAll
class SearchView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final SearchService search;
    private final CurrentUser currentUser;
    private final SearchBox box = new SearchBox();
    private final Div results = new Div();

    SearchView(SearchService search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
        addClassName("search-view");
        box.setWidth("min(36rem, 100%)");
        results.addClassName("search-results");
        add(new H2(getTranslation("search.title")), box, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String query = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        box.setValue(query);
        results.removeAll();
        if (query.isBlank()) {
            return;
        }
        try {
            show(search.search(query));
        } catch (ValidationException refused) {
            box.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            box.setInvalid(true);
        }
    }

    private void show(SearchResults found) {
        box.setInvalid(false);
        if (found.groups().isEmpty()) {
            results.add(new Paragraph(getTranslation("search.none", found.query())));
            return;
        }
        results.add(new Paragraph(getTranslation("search.summary", Formats.integer(found.total()), found.query())));
        for (SearchGroup group : found.groups()) {
            H3 heading = new H3(getTranslation(group.kind().messageKey()) + " (" + Formats.integer(group.total()) + ")");
            Div list = new Div();
            list.addClassName("search-group");
            list.getElement().setAttribute("data-kind", group.kind().name());
            group.hits().forEach(hit -> list.add(hit(hit)));
            results.add(heading, list);
            if (group.total() > group.hits().size()) {
                results.add(new Paragraph(getTranslation("search.more", group.hits().size(), Formats.integer(group.total()))));
            }
        }
    }

    private Component hit(SearchHit hit) {
        Anchor title = new Anchor(link(hit));
        segments(hit.title()).forEach(title::add);
        title.addClassName("search-hit-title");
        Div row = new Div(title);
        row.addClassName("search-hit");
        row.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        if (!hit.snippet().isEmpty()) {
            Div snippet = new Div();
            segments(hit.snippet()).forEach(snippet::add);
            snippet.addClassName("search-hit-snippet");
            row.add(snippet);
        }
        return row;
    }

    private static List<Span> segments(List<Segment> segments) {
        return segments.stream().map(segment -> {
            Span span = new Span(segment.text());
            if (segment.match()) {
                span.addClassName("search-match");
                span.getStyle().set("background-color", "var(--lumo-primary-color-10pct)").set("font-weight", "600");
            }
            return span;
        }).toList();
    }

    private String link(SearchHit hit) {
        return switch (hit.kind()) {
            case TASK -> TaskLinks.forUser(currentUser, hit.recordId());
            case SESSION -> SessionLinks.session(hit.recordId());
            case AGENDA_ITEM, CONCLUSION -> SessionLinks.session(hit.parentId() == null ? 0 : hit.parentId());
            case BRIEF -> BriefLinks.brief(hit.recordId());
            case INSPECTION -> InspectionLinks.inspection(hit.recordId());
            case RECOMMENDATION -> currentUser.isCentralReader() ? InspectionLinks.inspection(hit.parentId() == null ? 0 : hit.parentId())
                    : InspectionLinks.AGENCY_RECOMMENDATIONS;
            case INDICATOR -> IndicatorLinks.CATALOGUE;
            case SESSION_DOCUMENT -> SessionLinks.session(hit.parentId() == null ? 0 : hit.parentId());
            case INSPECTION_DOCUMENT -> InspectionLinks.inspection(hit.parentId() == null ? 0 : hit.parentId());
            case EVIDENCE -> TaskLinks.forUser(currentUser, hit.parentId() == null ? 0 : hit.parentId());
        };
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("search.title"));
    }
}
