package vn.gov.cchc.portal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A row of fields and buttons above a list or below a form, styled as the portal's toolbars (wrapping on a phone). */
public final class Toolbars {

    private Toolbars() {
    }

    public static HorizontalLayout of(Component... items) {
        HorizontalLayout toolbar = new HorizontalLayout(items);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        return toolbar;
    }
}
