package vn.gov.cchc.portal.search.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.FileContent;

/**
 * The text of an uploaded document (PDF, Word, Excel) by Apache Tika, its first {@value #MAX_CHARACTERS} characters.
 * A file without text (a scanned PDF) or one Tika cannot read (a zip bomb among them, which POI's guard refuses)
 * gives none: it is then found by its name only.
 */
@Component
class DocumentText {

    static final int MAX_CHARACTERS = 200_000;
    /** POI's own defaults, which the portal's upload checks rely on to refuse zip bombs. */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ZIP_ENTRIES = 1_000;
    private static final Logger log = LoggerFactory.getLogger(DocumentText.class);

    private final Tika tika = new Tika();

    DocumentText() {
        tika.setMaxStringLength(MAX_CHARACTERS);
        guardZipFiles();
    }

    /**
     * Tika's OOXML parser turns POI's zip-bomb guard off for the whole JVM when its class loads; the portal's upload
     * checks ({@code FileInspector}) and sheet reading rely on it. Loads the class, then puts the guard back.
     */
    static void guardZipFiles() {
        try {
            Class.forName("org.apache.tika.parser.microsoft.ooxml.OOXMLParser", true, DocumentText.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
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
