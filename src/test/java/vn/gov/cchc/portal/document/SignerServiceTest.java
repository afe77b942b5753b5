package vn.gov.cchc.portal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Role;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.TestUsers;
import vn.gov.cchc.portal.user.UserSummary;

/** The administrator keeps the register of signers; the secretariat picks someone in office on the issue date. */
@IntegrationTest
class SignerServiceTest {

    private static final LocalDate FROM = LocalDate.of(2008, 3, 1);
    private static final LocalDate TO = LocalDate.of(2009, 2, 28);

    @Autowired
    SignerService signers;

    @Autowired
    TestUsers testUsers;

    @Test
    void a_signer_is_in_office_from_the_first_to_the_last_day_of_the_term() {
        UserSummary admin = testUsers.create(Role.ADMIN, null);
        Signer added = testUsers.callAs(admin, () -> signers.add(new SignerDraft(" Trịnh Văn Thử ", "Phó Chánh Văn phòng", FROM, TO)));

        assertThat(added.name()).isEqualTo("Trịnh Văn Thử");
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        assertThat(testUsers.callAs(secretary, () -> signers.inOfficeOn(FROM))).extracting(Signer::id).contains(added.id());
        assertThat(testUsers.callAs(secretary, () -> signers.inOfficeOn(TO))).extracting(Signer::id).contains(added.id());
        assertThat(testUsers.callAs(secretary, () -> signers.inOfficeOn(FROM.minusDays(1)))).extracting(Signer::id)
                .doesNotContain(added.id());
        assertThat(testUsers.callAs(secretary, () -> signers.inOfficeOn(TO.plusDays(1)))).extracting(Signer::id)
                .doesNotContain(added.id());
        assertThatThrownBy(() -> testUsers.callAs(secretary, () -> signers.signerOn(added.id(), TO.plusDays(1))))
                .hasFieldOrPropertyWithValue("messageKey", "document.validation.signerOutOfOffice");
        assertThat(testUsers.callAs(secretary, () -> signers.signerOn(added.id(), TO))).isEqualTo(added);
    }

    @Test
    void bad_input_is_refused_on_its_fields_and_nothing_is_saved() {
        UserSummary admin = testUsers.create(Role.ADMIN, null);
        int before = testUsers.callAs(admin, () -> signers.list()).size();

        assertThatThrownBy(() -> testUsers.callAs(admin, () -> signers.add(new SignerDraft(" ", "x".repeat(256), null, TO))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(ValidationException.FieldError::field).containsExactlyInAnyOrder("name", "position", "validFrom"));
        assertThatThrownBy(() -> testUsers.callAs(admin, () -> signers.add(new SignerDraft("Trịnh Văn Thử", "Chánh Văn phòng", TO, FROM))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(ValidationException.FieldError::messageKey).containsExactly("document.validation.endBeforeStart"));
        UserSummary secretary = testUsers.create(Role.SECRETARIAT, null);
        assertThatThrownBy(() -> testUsers.callAs(secretary, () -> signers.add(new SignerDraft("Trịnh Văn Thử", "Chánh Văn phòng",
                FROM, TO)))).as("the register is the administrator's").isInstanceOf(AccessDeniedException.class);

        assertThat(testUsers.callAs(admin, () -> signers.list())).hasSize(before);
    }
}
