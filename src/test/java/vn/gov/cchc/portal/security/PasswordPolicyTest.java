package vn.gov.cchc.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "OK", value = {
            "short-pass1, password.tooShort",
            "'', password.tooShort",
            "123456789012, password.common",
            "Password1234, password.common",
            "MatKhau12345, password.common",
            "aaaaaaaaaaaaaaaa, password.common",
            "nguyenvan.an-2026, password.containsUsername",
            "Sông-Hồng-chảy-về-biển, OK",
            "correct horse battery staple, OK",
            "ĐườngĐiHọcNgàyXưaĐẹpLắmĐườngĐiHọcNgàyXưaĐẹpLắm, password.tooLong"
    })
    void judges_passwords(String password, String expectedViolation) {
        assertThat(policy.violation(password, "nguyenvan.an").orElse(null)).isEqualTo(expectedViolation);
    }
}
