package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import vn.gov.cchc.portal.common.ui.LanguageSwitch;
import vn.gov.cchc.portal.common.ui.PageTitles;

/**
 * The portal's own page for a refused, missing or failed page: what happened in the user's language and a way
 * back home, nothing about other routes.
 */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String titleKey = "error.page.notFound.title";

    ErrorPage() {
        addClassName("error-page");
    }

    /** Fills the page; the text may carry one argument (an incident reference). */
    final void show(String titleKey, String textKey, Object... args) {
        this.titleKey = titleKey;
        removeAll();
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("error-page-app");
        H1 title = new H1(getTranslation(titleKey));
        Paragraph text = new Paragraph(getTranslation(textKey, args));
        RouterLink home = new RouterLink(getTranslation("error.page.home"), HomeView.class);
        home.addClassName("error-page-home");
        add(appName, new LanguageSwitch(), title, text, home);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation(titleKey));
    }
}
