package vn.gov.cchc.portal.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.cchc.portal.common.ui.Dialogs;
import vn.gov.cchc.portal.common.ui.FieldErrors;
import vn.gov.cchc.portal.common.ui.Messages;
import vn.gov.cchc.portal.inspection.InspectionDetails;
import vn.gov.cchc.portal.inspection.InspectionService;
import vn.gov.cchc.portal.inspection.TeamMember;

/** The inspection team as its decision lists it; edited member by member. */
class TeamSection extends Div {

    /** The fields of one member in the editor. */
    private record MemberRow(TextField name, TextField title, TextField agency, TextField username, Checkbox lead,
            HorizontalLayout layout) {
    }

    TeamSection(InspectionDetails details, InspectionService inspections, Runnable saved) {
        addClassName("inspection-team");
        add(new H3(getTranslation("inspection.team")));
        Grid<TeamMember> grid = new Grid<>();
        grid.addColumn(TeamMember::fullName).setHeader(getTranslation("inspection.member.name")).setFlexGrow(2);
        grid.addColumn(m -> m.title() == null ? "" : m.title()).setHeader(getTranslation("inspection.member.title")).setFlexGrow(3);
        grid.addColumn(m -> m.agencyName() == null ? "" : m.agencyName()).setHeader(getTranslation("inspection.member.agency")).setFlexGrow(2);
        grid.addColumn(m -> m.lead() ? getTranslation("inspection.member.lead") : "").setHeader(getTranslation("inspection.member.role"))
                .setAutoWidth(true);
        grid.setItems(details.team());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
        if (details.editable()) {
            add(new Button(getTranslation("inspection.team.edit"), VaadinIcon.USERS.create(), click -> editor(details, inspections, saved)));
        }
    }

    private void editor(InspectionDetails details, InspectionService inspections, Runnable saved) {
        Dialog dialog = new Dialog(getTranslation("inspection.team.edit"));
        dialog.setWidth("min(72rem, 100vw)");
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        List<MemberRow> members = new ArrayList<>();
        Runnable addRow = () -> members.add(row(rows, members, null));
        details.team().forEach(member -> members.add(row(rows, members, member)));
        if (members.isEmpty()) {
            addRow.run();
        }
        dialog.add(rows, new Button(getTranslation("inspection.member.add"), VaadinIcon.PLUS.create(), click -> addRow.run()));
        Dialogs.footer(dialog, "action.save", () -> {
            List<TeamMember> team = members.stream().filter(row -> !row.name().getValue().isBlank() || !row.title().getValue().isBlank())
                    .map(row -> new TeamMember(row.name().getValue(), row.title().getValue(), row.agency().getValue(),
                            row.username().getValue(), row.lead().getValue())).toList();
            FieldErrors errors = new FieldErrors(this).bind("team", members.getFirst().name());
            for (int i = 0; i < members.size(); i++) {
                errors.bind("team/" + i, members.get(i).name());
            }
            boolean ok = errors.attempt(() -> inspections.saveTeam(details.summary().id(), details.summary().version(), team));
            if (ok) {
                Messages.success(this, "inspection.team.saved");
                saved.run();
            }
            return ok;
        });
        dialog.open();
    }

    private MemberRow row(VerticalLayout rows, List<MemberRow> members, @Nullable TeamMember member) {
        TextField name = field("inspection.member.name", 255, member == null ? null : member.fullName());
        TextField title = field("inspection.member.title", 500, member == null ? null : member.title());
        TextField agency = field("inspection.member.agency", 255, member == null ? null : member.agencyName());
        TextField username = field("inspection.member.username", 64, member == null ? null : member.username());
        Checkbox lead = new Checkbox(getTranslation("inspection.member.lead"), member != null && member.lead());
        HorizontalLayout layout = new HorizontalLayout(name, title, agency, username, lead);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.setWrap(true);
        MemberRow row = new MemberRow(name, title, agency, username, lead, layout);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            members.remove(row);
            rows.remove(layout);
        });
        remove.setAriaLabel(getTranslation("inspection.member.remove"));
        layout.add(remove);
        rows.add(layout);
        return row;
    }

    private TextField field(String label, int max, @Nullable String value) {
        TextField field = new TextField(getTranslation(label));
        field.setMaxLength(max);
        field.setValue(value == null ? "" : value);
        return field;
    }
}
