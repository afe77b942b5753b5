package vn.gov.cchc.portal.notification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.cchc.portal.user.UserDirectory;

/**
 * The users of an agency, and the addresses of those who want immediate mails, read once per transaction: a plan
 * import assigns hundreds of tasks to the same agency in one transaction, and the users do not change within it.
 */
@Component
class Recipients {

    private final UserDirectory users;

    Recipients(UserDirectory users) {
        this.users = users;
    }

    List<String> ofAgency(long agencyId) {
        return cached("agency:" + agencyId, () -> users.usernamesOfAgency(agencyId));
    }

    /** The address of every user who asked for a mail at once for assignments and decisions. */
    Map<String, String> immediateMailEmails() {
        return cached("immediate", users::immediateMailEmails);
    }

    /** The language each of those users reads their mails in. */
    Map<String, Locale> immediateMailLanguages() {
        return cached("immediate-languages", () -> users.languages(immediateMailEmails().keySet()));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read.get();
        }
        Map<String, Object> known = (Map<String, Object>) TransactionSynchronizationManager.getResource(this);
        if (known == null) {
            Map<String, Object> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Recipients.this);
                }
            });
            known = fresh;
        }
        return (T) known.computeIfAbsent(key, ignored -> read.get());
    }
}
