package vn.gov.cchc.portal.document;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed PDFs of issued documents, kept apart from the documents' own rows (ADR 0022): reading a brief or a
 * notice — in a list, on its page — does not read its file of about 110 KB; only its download does. Called inside the
 * issuing module's transaction and behind its access check, so it checks nothing itself.
 */
@Component
public class SignedPdfs {

    private final JdbcClient jdbc;

    SignedPdfs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the signed PDF of document {@code ownerId} (replacing one kept before). */
    public void keep(SignedDocument document, long ownerId, byte[] pdf) {
        jdbc.sql("""
                INSERT INTO signed_pdf (document, owner_id, pdf) VALUES (:document, :owner, :pdf)
                ON DUPLICATE KEY UPDATE pdf = VALUES(pdf)""")
                .param("document", document.name()).param("owner", ownerId).param("pdf", pdf).update();
    }

    /** The signed PDF of the document, if it was issued with one. */
    public Optional<byte[]> find(SignedDocument document, long ownerId) {
        return jdbc.sql("SELECT pdf FROM signed_pdf WHERE document = :document AND owner_id = :owner")
                .param("document", document.name()).param("owner", ownerId).query(byte[].class).optional();
    }

    /** Whether the document has a signed PDF. */
    public boolean has(SignedDocument document, long ownerId) {
        return jdbc.sql("SELECT COUNT(*) FROM signed_pdf WHERE document = :document AND owner_id = :owner")
                .param("document", document.name()).param("owner", ownerId).query(Long.class).single() > 0;
    }
}
