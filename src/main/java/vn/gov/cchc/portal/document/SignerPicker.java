package vn.gov.cchc.portal.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.List;

/**
 * The signer field of an issue form: the register's people in office on the date picked beside it (the list follows
 * the date), shown as "name, position".
 */
public final class SignerPicker {

    private SignerPicker() {
    }

    /** @param inOffice who may sign on a date ({@link SignerService#inOfficeOn}, or a service that asks it) */
    public static ComboBox<Signer> create(Component owner, Function<LocalDate, List<Signer>> inOffice,
            DatePicker date) {
        ComboBox<Signer> signer = new ComboBox<>(owner.getTranslation("document.field.signer"));
        signer.setItemLabelGenerator(s -> s.name() + ", " + s.position());
        signer.setHelperText(owner.getTranslation("document.field.signer.helper"));
        signer.setRequiredIndicatorVisible(true);
        signer.setWidthFull();
        Runnable refresh = () -> {
            LocalDate on = date.getValue();
            Signer chosen = signer.getValue();
            signer.setItems(on == null ? List.of() : inOffice.apply(on));
            if (chosen != null && (on == null || chosen.activeOn(on))) {
                signer.setValue(chosen);
            }
        };
        refresh.run();
        date.addValueChangeListener(event -> refresh.run());
        return signer;
    }
}
