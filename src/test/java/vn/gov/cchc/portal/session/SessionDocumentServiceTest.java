package vn.gov.cchc.portal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.common.ValidationException;
import vn.gov.cchc.portal.security.Roles;
import vn.gov.cchc.portal.storage.FileKind;
import vn.gov.cchc.portal.support.IntegrationTest;
import vn.gov.cchc.portal.support.SampleFiles;
import vn.gov.cchc.portal.support.TestSessions;

@IntegrationTest
@WithMockUser(username = "thuky", roles = Roles.SECRETARIAT)
class SessionDocumentServiceTest {

    @Autowired
    SessionDocumentService documents;

    @Autowired
    TestSessions testSessions;

    @Test
    void a_pdf_is_stored_with_its_checksum_and_downloads_unchanged() throws Exception {
        long sessionId = testSessions.create().id();
        byte[] pdf = SampleFiles.pdf();

        SessionDocument stored = documents.upload(sessionId, SampleFiles.incoming("Báo cáo sơ kết 6 tháng.pdf", pdf));

        assertThat(stored.kind()).isEqualTo(FileKind.PDF);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(stored.uploadedBy()).isEqualTo("thuky");
        FileContent downloaded = documents.download(stored.id());
        assertThat(downloaded.content()).isEqualTo(pdf);
        assertThat(downloaded.fileName()).isEqualTo("Báo cáo sơ kết 6 tháng.pdf");
        assertThat(downloaded.mimeType()).isEqualTo("application/pdf");
    }

    @Test
    void word_excel_and_image_files_are_recognised_by_content() {
        long sessionId = testSessions.create().id();
        assertThat(documents.upload(sessionId, SampleFiles.incoming("Dự thảo kết luận.docx", SampleFiles.docx("Kết luận"))).kind())
                .isEqualTo(FileKind.DOCX);
        assertThat(documents.upload(sessionId, SampleFiles.incoming("Số liệu.xlsx", SampleFiles.xlsx())).kind()).isEqualTo(FileKind.XLSX);
        assertThat(documents.upload(sessionId, SampleFiles.incoming("Ảnh hội nghị.png", SampleFiles.png())).kind()).isEqualTo(FileKind.PNG);
        assertThat(documents.list(sessionId)).hasSize(3);
    }

    @Test
    void a_file_whose_name_lies_about_its_type_is_refused_and_nothing_is_listed() {
        long sessionId = testSessions.create().id();
        assertThatThrownBy(() -> documents.upload(sessionId, SampleFiles.incoming("bao-cao.docx", SampleFiles.pdf())))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "file.nameMismatch");
        assertThatThrownBy(() -> documents.upload(sessionId, SampleFiles.incoming("danh-sach.xlsx", SampleFiles.docx("Không phải Excel"))))
                .hasFieldOrPropertyWithValue("messageKey", "file.nameMismatch");
        assertThat(documents.list(sessionId)).isEmpty();
    }

    @Test
    void a_file_of_another_type_is_refused() {
        long sessionId = testSessions.create().id();
        assertThatThrownBy(() -> documents.upload(sessionId, SampleFiles.incoming("virus.pdf", "MZ\u0090\u0000 executable".getBytes())))
                .hasFieldOrPropertyWithValue("messageKey", "file.typeNotAllowed");
    }

    @Test
    void a_file_over_the_size_limit_is_refused() {
        long sessionId = testSessions.create().id();
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(SampleFiles.pdf(), 0, big, 0, 10);
        assertThatThrownBy(() -> documents.upload(sessionId, SampleFiles.incoming("lon.pdf", big)))
                .hasFieldOrPropertyWithValue("messageKey", "file.tooLarge");
    }

    @Test
    void a_word_file_that_inflates_like_a_zip_bomb_is_refused() {
        long sessionId = testSessions.create().id();
        assertThatThrownBy(() -> documents.upload(sessionId, SampleFiles.incoming("bom.docx", SampleFiles.zipBombDocx())))
                .hasFieldOrPropertyWithValue("messageKey", "file.unsafeArchive");
        assertThat(documents.list(sessionId)).isEmpty();
    }

    @Test
    @WithMockUser(roles = Roles.COMMITTEE_MEMBER)
    void committee_member_cannot_upload() {
        long sessionId = testSessions.create().id();
        assertThatThrownBy(() -> documents.upload(sessionId, SampleFiles.incoming("x.pdf", SampleFiles.pdf())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
