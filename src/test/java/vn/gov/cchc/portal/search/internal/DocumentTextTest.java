package vn.gov.cchc.portal.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import vn.gov.cchc.portal.common.FileContent;
import vn.gov.cchc.portal.support.SampleFiles;

/** Reading a document's text leaves POI's zip-bomb guard on, which the portal's upload checks rely on. */
class DocumentTextTest {

    @Test
    void a_word_file_is_read_and_the_zip_bomb_guard_stays_on() {
        DocumentText text = new DocumentText();
        String read = text.of(new FileContent("ke-hoach.docx", "application/octet-stream",
                SampleFiles.docx("Kế hoạch cải cách hành chính năm 2027 của tỉnh Lạng Sơn")));

        assertThat(read).contains("Lạng Sơn");
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(DocumentText.MIN_INFLATE_RATIO);
        assertThat(ZipSecureFile.getMaxFileCount()).isEqualTo(DocumentText.MAX_ZIP_ENTRIES);
    }
}
