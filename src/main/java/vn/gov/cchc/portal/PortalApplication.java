package vn.gov.cchc.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.gov.cchc.portal.backup.RestoreCommand;
import vn.gov.cchc.portal.common.ui.UiLocale;
import vn.gov.cchc.portal.database.DatabaseConnections;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class PortalApplication implements AppShellConfigurator {

    /** The tab's title before a view sets its own (every view does, in the user's language). */
    @Override
    public void configurePage(AppShellSettings settings) {
        I18NProvider texts = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        settings.setPageTitle(texts.getTranslation("app.shortName", UiLocale.VIETNAMESE));
    }

    public static void main(String[] args) {
        if (RestoreCommand.isRestore(args)) {
            RestoreCommand.run(args);
            return;
        }
        DatabaseConnections.checkEveryBorrow();
        SpringApplication.run(PortalApplication.class, args);
    }
}
