package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.common.ui.PageTitles;
import vn.gov.cchc.portal.common.ui.Toolbars;
import vn.gov.cchc.portal.indicator.IndexFramework;
import vn.gov.cchc.portal.indicator.IndexImportService;
import vn.gov.cchc.portal.indicator.IndexItem;
import vn.gov.cchc.portal.indicator.IndexPublication;
import vn.gov.cchc.portal.indicator.IndexResult;
import vn.gov.cchc.portal.indicator.IndexScores;
import vn.gov.cchc.portal.indicator.IndexService;
import vn.gov.cchc.portal.indicator.IndicatorLinks;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.spreadsheet.ExportLink;

/**
 * The published indices: pick an index (a framework: the index, the group it assesses, the decision it follows)
 * and a year; the year's results by rank, the framework's tree. The secretariat enters a result, the publication,
 * an item of the tree, or the whole year from a spreadsheet.
 */
@Route(IndicatorLinks.INDICES)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.COMMITTEE_MEMBER, Roles.AGENCY_LEADER, Roles.AGENCY_OFFICER})
@Menu(order = 6.1, icon = "vaadin:trophy", title = "nav.indices")
class IndicesView extends Main implements HasDynamicTitle {

    private final IndexService indices;
    private final IndexImportService imports;
    private final boolean editor;
    private final boolean centralReader;
    private final ComboBox<IndexFramework> framework = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Paragraph publication = new Paragraph();
    private final Grid<IndexResult> results = new Grid<>();
    private final TreeGrid<IndexItem> tree = new TreeGrid<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Button edit = new Button();
    private final List<Integer> years = new ArrayList<>();
    private @Nullable IndexPublication shownPublication;

    IndicesView(IndexService indices, IndexImportService imports, CurrentUser currentUser, Clock clock) {
        this.indices = indices;
        this.imports = imports;
        this.editor = currentUser.isSecretariatOrAdmin();
        this.centralReader = currentUser.isCentralReader();
        addClassName("indices-view");
        framework.setLabel(getTranslation("index.framework"));
        framework.setItemLabelGenerator(this::label);
        framework.setWidth("44em");
        framework.setItems(indices.frameworks());
        framework.addValueChangeListener(event -> frameworkChosen(event.getValue(), PortalTime.today(clock).getYear()));
        year.setLabel(getTranslation("index.year"));
        year.setItemLabelGenerator(String::valueOf);
        year.setWidth("8em");
        year.setAllowCustomValue(editor);
        year.addCustomValueSetListener(event -> parseYear(event.getDetail()).ifPresent(typed -> {
            if (!years.contains(typed)) {
                years.add(0, typed);
                year.setItems(years);
            }
            year.setValue(typed);
        }));
        year.addValueChangeListener(event -> show());
        publication.addClassName("index-publication");
        results.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.setHeight("50vh");
        results.addClassName("index-results");
        results.addSelectionListener(selection -> edit.setEnabled(selection.getFirstSelectedItem().isPresent()));
        edit.setText(getTranslation("index.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(click -> results.getSelectedItems().stream().findFirst().ifPresent(result ->
                new IndexResultDialog(indices, framework.getValue(), year.getValue(), result, this::show).open()));
        tree.addHierarchyColumn(item -> item.code() + ". " + item.name(getLocale())).setHeader(getTranslation("index.item.name")).setFlexGrow(4);
        tree.addColumn(item -> item.maxScore() == null ? "" : Formats.number(item.maxScore()))
                .setHeader(getTranslation("index.item.max")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        tree.setAllRowsVisible(true);
        tree.addClassName("index-tree");
        HorizontalLayout controls = Toolbars.of(framework, year);
        actions.addClassName("toolbar");
        actions.setVisible(editor);
        add(new H2(getTranslation("nav.indices")), controls, publication, actions, results,
                new H3(getTranslation("index.tree")), tree);
        Optional<Map.Entry<IndexFramework, Integer>> withResults = indices.latestWithResults();
        framework.setValue(withResults.map(Map.Entry::getKey).orElse(indices.frameworks().getFirst()));
        withResults.ifPresent(latest -> year.setValue(latest.getValue()));
    }

    private void frameworkChosen(@Nullable IndexFramework chosen, int thisYear) {
        if (chosen == null) {
            return;
        }
        TreeSet<Integer> known = new TreeSet<>(indices.years(chosen.id()));
        if (editor) {
            for (int y = Math.max(chosen.firstYear(), thisYear - 3); y <= thisYear; y++) {
                known.add(y);
            }
        }
        years.clear();
        years.addAll(known.descendingSet());
        List<Integer> newestFirst = List.copyOf(years);
        year.setItems(years);
        columns(chosen);
        tree.setItems(chosen.items().stream().filter(IndexItem::area).toList(),
                item -> chosen.items().stream().filter(child -> item.code().equals(child.parentCode())).toList());
        tree.expandRecursively(chosen.items(), 3);
        Integer latest = indices.years(chosen.id()).stream().findFirst().orElse(newestFirst.isEmpty() ? null : newestFirst.getFirst());
        year.setValue(latest);
        show();
    }

    private void columns(IndexFramework shown) {
        results.removeAllColumns();
        results.addColumn(result -> rank(result)).setHeader(getTranslation("indicator.figures.rank")).setAutoWidth(true).setFlexGrow(0);
        if (centralReader) {
            results.addComponentColumn(result -> new RouterLink(result.agency().in(getLocale()), AgencyProfileView.class,
                    result.agencyId())).setHeader(getTranslation("task.field.lead")).setFlexGrow(2);
        } else {
            results.addColumn(result -> result.agency().in(getLocale())).setHeader(getTranslation("task.field.lead")).setFlexGrow(2);
        }
        if (shown.selfAssessed()) {
            score("index.self", IndexScores::self);
        }
        if (shown.appraised()) {
            score("index.appraised", IndexScores::appraised);
        }
        if (shown.surveyed()) {
            score("index.survey", IndexScores::survey);
        }
        score("index.total", IndexScores::total);
        if (shown.maxScore() != null) {
            results.addColumn(result -> number(result.percentOfMax(shown))).setHeader(getTranslation("index.percentOfMax"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        for (IndexItem area : shown.areas()) {
            results.addColumn(result -> number(result.scores().areas().get(area.code())))
                    .setHeader(area.code() + ". " + area.name(getLocale()) + " (%)").setTextAlign(ColumnTextAlign.END).setWidth("9em");
        }
    }

    private void score(String header, Function<IndexScores, @Nullable BigDecimal> part) {
        results.addColumn(result -> number(part.apply(result.scores()))).setHeader(getTranslation(header))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private void show() {
        IndexFramework chosen = framework.getValue();
        Integer chosenYear = year.getValue();
        actions.removeAll();
        if (chosen == null || chosenYear == null) {
            results.setItems(List.of());
            publication.setText("");
            return;
        }
        List<IndexResult> lines = indices.results(chosen.id(), chosenYear);
        shownPublication = indices.publication(chosen.id(), chosenYear).orElse(null);
        publication.setText(publicationText(chosen, chosenYear, lines.size()));
        results.setItems(lines);
        if (editor) {
            Button enter = new Button(getTranslation("index.enter"), VaadinIcon.PLUS.create(),
                    click -> new IndexResultDialog(indices, chosen, chosenYear, null, this::show).open());
            edit.setEnabled(false);
            Button published = new Button(getTranslation("index.publication.edit"), VaadinIcon.NEWSPAPER.create(),
                    click -> new IndexPublicationDialog(indices, chosen, chosenYear, shownPublication, this::show).open());
            Button importing = new Button(getTranslation("index.import"), VaadinIcon.UPLOAD.create(),
                    click -> new IndexImportDialog(imports, chosen, chosenYear, this::show).open());
            Button item = new Button(getTranslation("index.item.add"), VaadinIcon.FILE_TREE.create(),
                    click -> new IndexItemDialog(indices, chosen, () -> refreshFramework(chosen.id())).open());
            Button addFramework = new Button(getTranslation("index.frameworkAdd"), VaadinIcon.PLUS_CIRCLE.create(),
                    click -> new IndexFrameworkDialog(indices, this::refreshFramework).open());
            actions.add(enter, edit, published, ExportLink.workbook(getTranslation("index.sheet"), VaadinIcon.DOWNLOAD_ALT,
                    () -> chosen.indexCode() + "-" + chosen.group().name().toLowerCase() + "-" + chosenYear,
                    out -> imports.writeSheet(chosen.id(), chosenYear, out)), importing, item, addFramework);
        }
    }

    private void refreshFramework(long id) {
        List<IndexFramework> all = indices.frameworks();
        framework.setItems(all);
        all.stream().filter(f -> f.id() == id).findFirst().ifPresent(framework::setValue);
    }

    private String publicationText(IndexFramework chosen, int chosenYear, int count) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("index.publication.results", Formats.integer(count), String.valueOf(chosenYear)));
        if (chosen.basis() != null) {
            parts.add(chosen.basis());
        }
        if (shownPublication != null && shownPublication.document() != null) {
            parts.add(getTranslation("index.publication.document", shownPublication.document()));
        }
        if (shownPublication != null && shownPublication.nationalValue() != null) {
            parts.add(getTranslation("index.publication.national", Formats.number(shownPublication.nationalValue())));
        }
        return String.join(" · ", parts);
    }

    private String rank(IndexResult result) {
        Integer rank = result.scores().rank();
        if (rank == null) {
            return getTranslation("index.notRanked");
        }
        Integer of = shownPublication == null ? null : shownPublication.rankedCount();
        return of == null ? Formats.integer(rank) : Formats.integer(rank) + "/" + Formats.integer(of);
    }

    private String label(IndexFramework item) {
        return item.name(getLocale()) + " · " + getTranslation(item.group().messageKey()) + " · "
                + getTranslation("index.fromYear", String.valueOf(item.firstYear()));
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "" : Formats.number(value);
    }

    private static Optional<Integer> parseYear(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= 1990 && value <= Year.MAX_VALUE ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.indices"));
    }
}
