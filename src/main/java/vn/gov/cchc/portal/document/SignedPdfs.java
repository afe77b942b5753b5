package vn.gov.cchc.portal.document;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.cchc.portal.security.Access;

/**
 * The signed PDFs of issued documents, kept apart from the documents' own rows (ADR 0022): reading a brief or a
 * notice — in a list, on its page — does not read its file of about 110 KB; only its download does. Called inside the
 * issuing module's transaction (which it joins) and behind that module's own access check for the document; by
 * itself it asks only for a signed-in user.
 */
@Service
@Transactional
@PreAuthorize(Access.AUTHENTICATED)
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

    /** The documents of that kind that have a signed PDF, in one query. */
    public Set<Long> owners(SignedDocument document) {
        return new HashSet<>(jdbc.sql("SELECT owner_id FROM signed_pdf WHERE document = :document")
                .param("document", document.name()).query(Long.class).list());
    }
}
