package vn.gov.cchc.portal.user;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.access.prepost.PreAuthorize;
import vn.gov.cchc.portal.common.Texts;
import vn.gov.cchc.portal.security.Access;
import vn.gov.cchc.portal.security.CurrentUser;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.user.internal.UserAccount;
import vn.gov.cchc.portal.user.internal.UserAccountRepository;

/** Who to tell: the enabled users of an agency, or of a central role (for notifications); whether an account exists. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.AUTHENTICATED)
public class UserDirectory {

    private final UserAccountRepository accounts;

    private final Clock clock;
    private final CurrentUser currentUser;

    UserDirectory(UserAccountRepository accounts, Clock clock, CurrentUser currentUser) {
        this.accounts = accounts;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** The enabled user with that e-mail address (an answer to an invitation names the address only). */
    public Optional<Person> byEmail(String email) {
        return accounts.findFirstByEmailIgnoreCaseAndEnabledTrue(email.strip())
                .map(account -> new Person(account.getUsername(), account.getFullName(), account.getAgencyId()));
    }

    /** The enabled users of every agency, officers and leaders apart. */
    public AgencyMembers agencyMembers() {
        Map<Long, List<String>> officers = new HashMap<>();
        Map<Long, List<String>> leaders = new HashMap<>();
        for (Object[] row : accounts.findEnabledAgencyMembers()) {
            Map<Long, List<String>> group = row[2] == Role.AGENCY_LEADER ? leaders
                    : row[2] == Role.AGENCY_OFFICER ? officers : null;
            if (group != null) {
                group.computeIfAbsent((Long) row[1], agency -> new ArrayList<>()).add((String) row[0]);
            }
        }
        return new AgencyMembers(officers, leaders);
    }

    /** The address of each enabled user who asked for immediate mails (and has an address). */
    public Map<String, String> immediateMailEmails() {
        Map<String, String> emails = new HashMap<>();
        accounts.findImmediateEmails().forEach(row -> emails.put((String) row[0], (String) row[1]));
        return emails;
    }

    /** Whether the signed-in user asked for immediate mails. */
    public boolean immediateMail() {
        return currentUser.username().flatMap(accounts::findByUsername).map(
                UserAccount::isImmediateMail).orElse(false);
    }

    /**
     * The signed-in user's choice: a mail at once for each new assignment and decision, besides the daily digest
     * (the digest's reminders cannot be switched off).
     */
    @Transactional
    public void chooseImmediateMail(boolean immediate) {
        accounts.findByUsername(currentUser.username().orElseThrow())
                .ifPresent(account -> account.setImmediateMail(immediate, clock.instant()));
    }

    /** The language each named user reads their mails in (an unknown code: Vietnamese). */
    public Map<String, Locale> languages(Collection<String> usernames) {
        Map<String, Locale> languages = new HashMap<>();
        if (!usernames.isEmpty()) {
            accounts.findLanguages(usernames).forEach(row -> languages.put((String) row[0], Texts.language((String) row[1])));
        }
        return languages;
    }

    /** The language code the signed-in user keeps, as stored (empty: not signed in). */
    public Optional<String> storedLanguage() {
        return currentUser.username().flatMap(accounts::findByUsername).map(UserAccount::getLanguage);
    }

    /**
     * Keeps the signed-in user's language: the portal opens in it and writes their mails in it. Returns the code kept
     * (a language the portal does not have: Vietnamese).
     */
    @Transactional
    public String chooseLanguage(Locale language) {
        String code = Texts.supported(language.getLanguage()) ? language.getLanguage() : "vi";
        currentUser.username().flatMap(accounts::findByUsername).ifPresent(account -> account.setLanguage(code, clock.instant()));
        return code;
    }

    public List<String> usernamesOfAgency(long agencyId) {
        return accounts.findEnabledUsernamesOfAgency(agencyId);
    }

    /** Whether an account of that name exists (an inspection team member named as a portal user). */
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    /** The e-mail address of each enabled user of those named who has one. */
    public Map<String, String> emails(Collection<String> usernames) {
        Map<String, String> emails = new HashMap<>();
        if (!usernames.isEmpty()) {
            accounts.findEnabledEmails(usernames).forEach(row -> emails.put((String) row[0], (String) row[1]));
        }
        return emails;
    }

    public List<String> usernamesWithRole(Role role) {
        return accounts.findEnabledUsernamesWithRole(role);
    }
}
