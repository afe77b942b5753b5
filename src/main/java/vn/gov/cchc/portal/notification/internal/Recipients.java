package vn.gov.cchc.portal.notification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.cchc.portal.user.UserDirectory;

/**
 * The users of an agency, read once per transaction: a plan import assigns hundreds of tasks to the same agency in
 * one transaction, and the users do not change within it.
 */
@Component
class Recipients {

    private final UserDirectory users;

    Recipients(UserDirectory users) {
        this.users = users;
    }

    List<String> ofAgency(long agencyId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return users.usernamesOfAgency(agencyId);
        }
        @SuppressWarnings("unchecked")
        Map<Long, List<String>> known = (Map<Long, List<String>>) TransactionSynchronizationManager.getResource(this);
        if (known == null) {
            Map<Long, List<String>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Recipients.this);
                }
            });
            known = fresh;
        }
        return known.computeIfAbsent(agencyId, users::usernamesOfAgency);
    }
}
