package vn.gov.cchc.portal.user;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created on the first start with an empty database.
 *
 * @param adminUsername its user name
 * @param adminPassword its password (environment variable {@code PORTAL_ADMIN_PASSWORD}); when empty, one is
 *                      generated and written once to the log
 */
@ConfigurationProperties("portal.bootstrap")
public record BootstrapProperties(@DefaultValue("admin") String adminUsername, String adminPassword) {
}
