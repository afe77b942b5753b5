package vn.gov.cchc.portal.database;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.stereotype.Component;

/**
 * A read-only transaction without two statements of its own (ADR 0022). By default Spring also marks the JDBC
 * connection of a read-only transaction read-only, and MariaDB Connector/J then sends
 * {@code SET SESSION TRANSACTION READ ONLY} before the transaction and {@code READ WRITE} after it: measured under
 * load, 28 of every 129 statements the portal sent. What makes the transaction read-only stays: Hibernate's
 * session reads without snapshots, never flushes, and never writes an entity; the portal sets no isolation level of
 * its own, the other thing Spring would apply to the connection.
 */
@Component
class ReadOnlyTransactions implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HibernateJpaVendorAdapter adapter) {
            adapter.getJpaDialect().setPrepareConnection(false);
        }
        return bean;
    }
}
