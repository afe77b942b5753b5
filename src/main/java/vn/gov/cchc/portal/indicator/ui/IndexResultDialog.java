package vn.gov.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.agency.AgencyName;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.ui.DecimalFields;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.indicator.IndexFramework;
import vn.gov.cchc.portal.indicator.IndexItem;
import vn.gov.cchc.portal.indicator.IndexResult;
import vn.gov.cchc.portal.indicator.IndexScores;
import vn.gov.cchc.portal.indicator.IndexService;
import vn.gov.cchc.portal.indicator.IndicatorUnit;

/** Enters or changes one agency's result of an index for a year: the scores the index has, the areas, the rank. */
class IndexResultDialog extends Dialog {

    private final IndexService indices;
    private final IndexFramework framework;
    private final int year;
    private final @Nullable IndexResult existing;
    private final Runnable saved;
    private final ComboBox<IndexAgency> agency = new ComboBox<>();
    private final Map<String, BigDecimalField> scores = new LinkedHashMap<>();
    private final Map<String, BigDecimalField> areas = new LinkedHashMap<>();
    private final IntegerField rank = new IntegerField();

    /** An agency the result can be of. */
    record IndexAgency(long id, AgencyName name) {
    }

    IndexResultDialog(IndexService indices, IndexFramework framework, int year, @Nullable IndexResult existing, Runnable saved) {
        this.indices = indices;
        this.framework = framework;
        this.year = year;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(getTranslation("index.result.title", framework.name(getLocale()), String.valueOf(year)));
        setWidth("min(52rem, 100vw)");
        FormLayout form = new FormLayout();
        agency.setLabel(getTranslation("task.field.lead"));
        agency.setItemLabelGenerator(item -> item.name().in(getLocale()));
        if (existing != null) {
            IndexAgency shown = new IndexAgency(existing.agencyId(), existing.agency());
            agency.setItems(shown);
            agency.setValue(shown);
            agency.setReadOnly(true);
        } else {
            agency.setItems(indices.agenciesFor(framework.id(), year).stream().map(a -> new IndexAgency(a.id(), a.label())).toList());
        }
        form.add(agency, 2);
        IndexScores before = existing == null ? null : existing.scores();
        if (framework.selfAssessed()) {
            score("self", "index.self", before == null ? null : before.self(), form);
        }
        if (framework.appraised()) {
            score("appraised", "index.appraised", before == null ? null : before.appraised(), form);
        }
        if (framework.surveyed()) {
            score("survey", "index.survey", before == null ? null : before.survey(), form);
        }
        score("total", framework.unit() == IndicatorUnit.PERCENT ? "index.totalPercent" : "index.total",
                before == null ? null : before.total(), form);
        if (framework.maxScore() != null) {
            scores.get("total").setHelperText(getTranslation("index.outOf", Formats.number(framework.maxScore())));
        }
        for (IndexItem area : framework.areas()) {
            BigDecimalField field = DecimalFields.create(area.code() + ". " + area.name(getLocale()) + " (%)", this);
            field.setValue(before == null ? null : before.areas().get(area.code()));
            areas.put(area.code(), field);
            form.add(field);
        }
        rank.setLabel(getTranslation("indicator.figures.rank"));
        rank.setHelperText(getTranslation("index.rankHint"));
        rank.setMin(1);
        rank.setValue(before == null ? null : before.rank());
        form.add(rank);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void score(String field, String labelKey, @Nullable BigDecimal value, FormLayout form) {
        BigDecimalField input = DecimalFields.create(getTranslation(labelKey), this);
        input.setValue(value);
        scores.put(field, input);
        form.add(input);
    }

    private void save() {
        List<BigDecimalField> all = new ArrayList<>(scores.values());
        all.addAll(areas.values());
        if (!DecimalFields.allNumbers(all, this)) {
            return;
        }
        if (agency.getValue() == null) {
            agency.setErrorMessage(getTranslation("validation.required"));
            agency.setInvalid(true);
            return;
        }
        Map<String, BigDecimal> areaValues = new LinkedHashMap<>();
        areas.forEach((code, field) -> {
            if (field.getValue() != null) {
                areaValues.put(code, field.getValue());
            }
        });
        IndexScores typed = new IndexScores(value("self"), value("appraised"), value("survey"), value("total"), areaValues,
                rank.getValue());
        FieldErrors errors = new FieldErrors(this).bind("agency", agency).bind("rank", rank);
        scores.forEach(errors::bind);
        areas.forEach((code, field) -> errors.bind("area/" + code, field));
        if (errors.attempt(() -> indices.saveResult(framework.id(), year, agency.getValue().id(), typed,
                existing == null ? 0 : existing.version()))) {
            Messages.success(this, "index.result.saved");
            close();
            saved.run();
        }
    }

    private @Nullable BigDecimal value(String field) {
        BigDecimalField input = scores.get(field);
        return input == null ? null : input.getValue();
    }
}
