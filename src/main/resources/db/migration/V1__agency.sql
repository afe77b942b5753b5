-- Vietnamese sort order with tone-insensitive matching; see docs/decisions/0002-collation.md
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE agency (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(64)  NOT NULL,
    gso_code     VARCHAR(8)   NULL,
    name_vi      VARCHAR(255) NOT NULL,
    name_en      VARCHAR(255) NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    valid_from   DATE         NULL,
    valid_to     DATE         NULL,
    successor_id BIGINT       NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_agency_code UNIQUE (code),
    CONSTRAINT fk_agency_successor FOREIGN KEY (successor_id) REFERENCES agency (id),
    CONSTRAINT ck_agency_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CONSTRAINT ck_agency_kind CHECK (kind IN ('MINISTRY', 'MINISTERIAL_AGENCY', 'PROVINCE', 'CITY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_agency_kind_validity ON agency (kind, valid_from, valid_to);
