package vn.gov.cchc.portal.user.internal;

import java.security.SecureRandom;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.PasswordPolicy;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.security.SystemAuthentication;
import vn.gov.cchc.portal.user.BootstrapProperties;
import vn.gov.cchc.portal.user.UserAdminService;
import vn.gov.cchc.portal.user.UserDraft;

/**
 * On an empty database, creates one administrator. Its password comes from configuration or is generated and
 * printed once; there is never a fixed default.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAdminService users;
    private final BootstrapProperties properties;
    private final SecureRandom random = new SecureRandom();

    InitialAdministrator(UserAdminService users, BootstrapProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(this::createIfNoUsers);
    }

    private void createIfNoUsers() {
        if (users.anyUserExists()) {
            return;
        }
        boolean generated = properties.adminPassword() == null || properties.adminPassword().isBlank();
        String password = generated ? generatePassword() : properties.adminPassword();
        try {
            users.create(new UserDraft(properties.adminUsername(), "Quản trị hệ thống", null, EnumSet.of(Role.ADMIN), null,
                    password));
        } catch (ValidationException e) {
            // an operator reads this in the log: say which setting is wrong and what the policy asks for
            throw new IllegalStateException("The first administrator could not be created: " + describe(e)
                    + ". Set PORTAL_ADMIN_PASSWORD (at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common"
                    + " password, not containing the user name '" + properties.adminUsername() + "') or leave it empty"
                    + " to have one generated.", e);
        }
        if (generated) {
            log.warn("""

                    ==========================================================================
                    First start: administrator '{}' created with the generated password
                        {}
                    It is shown only this once. Sign in and change it, or set
                    PORTAL_ADMIN_PASSWORD before the first start.
                    ==========================================================================""",
                    properties.adminUsername(), password);
        } else {
            log.info("First start: administrator '{}' created with the configured password", properties.adminUsername());
        }
    }

    private static String describe(ValidationException e) {
        return switch (e.messageKey()) {
            case "password.tooShort" -> "the configured password is too short";
            case "password.tooLong" -> "the configured password is too long";
            case "password.common" -> "the configured password is too common";
            case "password.containsUsername" -> "the configured password contains the user name";
            default -> "invalid value (" + e.messageKey() + ")";
        };
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
