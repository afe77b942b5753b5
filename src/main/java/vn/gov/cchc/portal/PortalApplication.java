package vn.gov.cchc.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.gov.cchc.portal.backup.RestoreCommand;
import vn.gov.cchc.portal.database.DatabaseConnections;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class PortalApplication implements AppShellConfigurator {

    /** The tab's title before a view sets its own (every view does, in the user's language). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("BCĐ CCHC");
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
