package vn.gov.cchc.portal.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of file officials exchange, and the only ones the portal accepts. */
public enum FileKind {
    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg"));

    private final String mimeType;
    private final List<String> extensions;

    FileKind(String mimeType, List<String> extensions) {
        this.mimeType = mimeType;
        this.extensions = extensions;
    }

    public String mimeType() {
        return mimeType;
    }

    public boolean matchesName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(extension -> lower.endsWith("." + extension));
    }

    /** For the upload component: which files the browser offers. */
    public static String[] acceptedExtensions() {
        return Arrays.stream(values()).flatMap(kind -> kind.extensions.stream()).map(e -> "." + e)
                .toArray(String[]::new);
    }
}
