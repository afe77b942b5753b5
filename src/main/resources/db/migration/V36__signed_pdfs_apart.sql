-- The signed PDF of an issued brief or conclusion notice (about 110 KB each) in a table of its own (ADR 0022): every
-- read of a brief or a notice — a list of briefs, a brief's page — read its file with it, three quarters of all the
-- bytes MariaDB sent under load. Now only a download of the signed PDF reads it.
CREATE TABLE signed_pdf (
    document VARCHAR(32) NOT NULL,
    owner_id BIGINT      NOT NULL,
    pdf      LONGBLOB    NOT NULL,
    CONSTRAINT pk_signed_pdf PRIMARY KEY (document, owner_id),
    CONSTRAINT ck_signed_pdf_document CHECK (document IN ('BRIEF', 'CONCLUSION_NOTICE'))
);

INSERT INTO signed_pdf (document, owner_id, pdf)
SELECT 'BRIEF', id, signed_pdf FROM brief WHERE signed_pdf IS NOT NULL;
INSERT INTO signed_pdf (document, owner_id, pdf)
SELECT 'CONCLUSION_NOTICE', id, signed_pdf FROM inspection_conclusion WHERE signed_pdf IS NOT NULL;

ALTER TABLE brief DROP COLUMN signed_pdf;
ALTER TABLE inspection_conclusion DROP COLUMN signed_pdf;
