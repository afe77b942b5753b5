package vn.gov.cchc.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import vn.gov.cchc.portal.agency.AgencyLinks;
import vn.gov.cchc.portal.agency.AgencySummary;
import vn.gov.cchc.portal.common.Formats;
import vn.gov.cchc.portal.common.PortalTime;
import vn.gov.cchc.portal.user.AccountsAttention;
import vn.gov.cchc.portal.user.UserLinks;

/** The administrator's queue: accounts held back or never used, and agencies whose validity ends soon. */
final class AdminHome extends Div {

    AdminHome(AccountsAttention accounts, List<AgencySummary> endingSoon) {
        addClassName("home-admin");
        add(new H3(getTranslation("home.lockouts", accounts.lockedOut().size())));
        UnorderedList locked = new UnorderedList();
        accounts.lockedOut().forEach(lockout -> locked.add(new ListItem(new Anchor(UserLinks.USERS, getTranslation(
                "home.lockouts.line", lockout.username(), lockout.failures(),
                Formats.DATE_TIME.format(lockout.until().atZone(PortalTime.ZONE)))))));
        add(accounts.lockedOut().isEmpty() ? new Paragraph(getTranslation("home.queue.empty")) : locked);
        add(new H3(getTranslation("home.neverSignedIn", Formats.integer(accounts.neverSignedInTotal()))));
        UnorderedList never = new UnorderedList();
        accounts.neverSignedIn().forEach(user -> never.add(new ListItem(new Anchor(UserLinks.USERS,
                user.username() + " — " + user.fullName()))));
        add(accounts.neverSignedIn().isEmpty() ? new Paragraph(getTranslation("home.queue.empty")) : never);
        add(new H3(getTranslation("home.endingSoon", endingSoon.size())));
        UnorderedList ending = new UnorderedList();
        endingSoon.forEach(agency -> ending.add(new ListItem(new Anchor(AgencyLinks.AGENCIES, getTranslation(
                "home.endingSoon.line", agency.name(getLocale()), Formats.date(agency.validTo()))))));
        add(endingSoon.isEmpty() ? new Paragraph(getTranslation("home.queue.empty")) : ending);
    }
}
