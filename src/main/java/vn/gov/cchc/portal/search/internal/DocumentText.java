package vn.gov.cchc.portal.search.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.FileContent;

/**
 * The text of an uploaded document (PDF, Word, Excel) by Apache Tika, its first {@value #MAX_CHARACTERS} characters.
 * A file without text (a scanned PDF) or one Tika cannot read gives none: it is then found by its name only.
 */
@Component
class DocumentText {

    static final int MAX_CHARACTERS = 200_000;
    private static final Logger log = LoggerFactory.getLogger(DocumentText.class);

    private final Tika tika = new Tika();

    DocumentText() {
        tika.setMaxStringLength(MAX_CHARACTERS);
    }

    String of(FileContent file) {
        try {
            return tika.parseToString(new ByteArrayInputStream(file.content())).strip();
        } catch (IOException | TikaException | RuntimeException e) {
            log.warn("No text read from {}: {}", file.fileName(), e.toString());
            return "";
        }
    }
}
