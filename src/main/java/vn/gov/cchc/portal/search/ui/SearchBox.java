package vn.gov.cchc.portal.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import vn.gov.cchc.portal.search.SearchLinks;
import vn.gov.cchc.portal.search.SearchService;

/** The header's search box: Enter opens the results of what was typed. */
public class SearchBox extends TextField {

    public SearchBox() {
        setPlaceholder(getTranslation("search.placeholder"));
        setAriaLabel(getTranslation("search.placeholder"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxLength(SearchService.MAX_QUERY);
        addClassName("search-box");
        addKeyPressListener(Key.ENTER, press -> {
            if (!getValue().isBlank()) {
                getUI().ifPresent(ui -> ui.navigate(SearchLinks.RESULTS, SearchLinks.query(getValue().strip())));
            }
        });
    }
}
