package vn.gov.cchc.portal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.springframework.stereotype.Component;
import vn.gov.cchc.portal.common.Failures;
import vn.gov.cchc.portal.common.ValidationException;

/**
 * Decides what a file really is from its bytes. PDF and images by their signature; DOCX and XLSX by opening the
 * package with POI (whose ZipSecureFile refuses zip bombs) and reading the main part's content type. The name
 * must agree with the content.
 */
@Component
public class FileInspector {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private final StorageProperties properties;

    public FileInspector(StorageProperties properties) {
        this.properties = properties;
    }

    public FileKind inspect(IncomingFile file) {
        long size = file.size();
        if (size == 0) {
            throw new ValidationException("file", "file.empty");
        }
        if (size > properties.maxFileSize().toBytes()) {
            throw new ValidationException("file", "file.tooLarge", properties.maxFileSize().toMegabytes());
        }
        FileKind kind = detect(file);
        if (kind == null) {
            throw new ValidationException("file", "file.typeNotAllowed");
        }
        if (!kind.matchesName(file.fileName())) {
            throw new ValidationException("file", "file.nameMismatch", kind.name());
        }
        return kind;
    }

    private static FileKind detect(IncomingFile file) {
        byte[] content;
        try (InputStream in = file.open()) {
            content = in.readNBytes(PNG.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (startsWith(content, PDF)) {
            return FileKind.PDF;
        }
        if (startsWith(content, PNG)) {
            return FileKind.PNG;
        }
        if (startsWith(content, JPEG)) {
            return FileKind.JPEG;
        }
        if (startsWith(content, ZIP)) {
            return officeKind(file);
        }
        return null;
    }

    private static FileKind officeKind(IncomingFile file) {
        // from a stream, POI inflates every entry through ZipSecureFile's guards, so that a zip bomb is refused
        try (InputStream in = file.open(); OPCPackage pkg = OPCPackage.open(in)) {
            var relationships = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (relationships.size() != 1) {
                return null;
            }
            PackagePart main = pkg.getPart(relationships.getRelationship(0));
            String type = main == null ? "" : main.getContentType();
            if (WORD_MAIN.equals(type)) {
                return FileKind.DOCX;
            }
            if (EXCEL_MAIN.equals(type)) {
                return FileKind.XLSX;
            }
            return null;
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            if (Failures.zipBomb(e)) {
                throw new ValidationException("file", "file.unsafeArchive");
            }
            return null;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
