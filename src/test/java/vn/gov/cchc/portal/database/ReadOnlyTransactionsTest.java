package vn.gov.cchc.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.cchc.portal.support.IntegrationTest;

@IntegrationTest
class ReadOnlyTransactionsTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    DataSource dataSource;

    @Test
    void a_read_only_transaction_reads_through_a_read_only_session_without_setting_the_connection_read_only() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> {
            assertThat(entityManager.unwrap(Session.class).isDefaultReadOnly()).isTrue();
            try {
                // no SET SESSION TRANSACTION READ ONLY before and READ WRITE after: two statements fewer
                assertThat(DataSourceUtils.getConnection(dataSource).isReadOnly()).isFalse();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
