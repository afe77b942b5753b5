package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Role;

/** The first page after sign-in: a greeting and, for each of the user's roles, what the portal offers them. */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
class HomeView extends Main implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, Clock clock) {
        addClassName("home-view");
        add(new H2(getTranslation("home.greeting", currentUser.displayName())));
        add(new Paragraph(getTranslation("home.today", Formats.date(PortalTime.today(clock)))));
        for (Role role : currentUser.roles()) {
            Section section = new Section();
            section.addClassName("home-role");
            section.add(new H2(getTranslation(role.messageKey())));
            UnorderedList tasks = new UnorderedList();
            for (String line : getTranslation("home.role." + role.name()).split("\\|")) {
                tasks.add(new ListItem(line.strip()));
            }
            section.add(tasks);
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.shortName");
    }
}
