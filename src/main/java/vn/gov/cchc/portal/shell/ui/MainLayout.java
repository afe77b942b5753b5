package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.common.ui.LanguagePreference;
import vn.gov.cchc.portal.common.ui.LanguageSwitch;
import vn.gov.cchc.portal.common.ui.UiLocale;
import vn.gov.cchc.portal.notification.NotificationService;
import vn.gov.cchc.portal.notification.ui.NotificationBell;
import vn.gov.cchc.portal.search.ui.SearchBox;
import vn.gov.cchc.portal.security.CurrentUser;

/**
 * Every signed-in view sits in this layout. The navigation lists only the views the user's roles may open
 * (Vaadin's menu registry applies the same access rules as navigation).
 */
@Layout
@PermitAll
@Uses(SideNav.class)
@Uses(SideNavItem.class)
class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, NotificationService notifications,
            LanguagePreference language) {
        addClassName("main-layout");
        sayOnceIfLanguageUnknown(language);
        setPrimarySection(Section.DRAWER);
        Span appName = new Span(getTranslation("app.shortName"));
        appName.addClassName("app-name");
        addToDrawer(appName, DrawerMenu.of(MenuConfiguration.getMenuEntries(), this::getTranslation));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(toggle, header(currentUser, authentication, new NotificationBell(notifications)));
    }

    /**
     * A language kept with the account that the portal does not have (set outside the portal) reads as Vietnamese;
     * the user is told once, and Vietnamese is kept from then on.
     */
    private void sayOnceIfLanguageUnknown(LanguagePreference language) {
        language.stored().filter(code -> !Texts.supported(code)).ifPresent(code -> {
            language.keep(UiLocale.VIETNAMESE);
            Notification.show(getTranslation("language.unknown", code), 8000, Notification.Position.TOP_CENTER);
        });
    }

    private HorizontalLayout header(CurrentUser currentUser, AuthenticationContext authentication, NotificationBell bell) {
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        String roles = currentUser.roles().stream().map(role -> getTranslation(role.messageKey()))
                .collect(Collectors.joining(", "));
        Span user = new Span(currentUser.displayName() + " · " + roles);
        user.addClassName("current-user");
        Button logout = new Button(getTranslation("action.logout"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // on a phone only the icon shows: the name stays for screen readers
        logout.setAriaLabel(getTranslation("action.logout"));
        logout.addClassName("logout");
        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(title, spacer, new SearchBox(), user, bell, new LanguageSwitch(), logout);
        header.setFlexGrow(1, spacer);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("main-header");
        return header;
    }
}
