-- Reporting rounds (issue 14): the secretariat asks agencies for the figures of a period; each agency's report goes
-- draft → submitted → returned (with a reason) / accepted (frozen). A correction after acceptance is a new revision
-- of the report, with its reason; the latest accepted revision is the agency's figure for the period.
CREATE TABLE reporting_round (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(255) NOT NULL,
    period_kind  VARCHAR(16)  NOT NULL,
    period_year  INT          NOT NULL,
    period_from  DATE         NOT NULL,
    period_to    DATE         NOT NULL,
    cutoff       DATE         NOT NULL,
    deadline     DATE         NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_round_period CHECK (period_to >= period_from),
    CONSTRAINT ck_round_kind CHECK (period_kind IN ('QUARTER', 'HALF_YEAR', 'NINE_MONTHS', 'YEAR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE round_indicator (
    round_id       BIGINT      NOT NULL,
    indicator_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (round_id, indicator_code),
    CONSTRAINT fk_round_indicator_round FOREIGN KEY (round_id) REFERENCES reporting_round (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE round_agency (
    round_id  BIGINT NOT NULL,
    agency_id BIGINT NOT NULL,
    PRIMARY KEY (round_id, agency_id),
    CONSTRAINT fk_round_agency_round FOREIGN KEY (round_id) REFERENCES reporting_round (id),
    CONSTRAINT fk_round_agency_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE indicator_report (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id       BIGINT        NOT NULL,
    agency_id      BIGINT        NOT NULL,
    revision       INT           NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    correction     VARCHAR(2000) NULL,
    return_reason  VARCHAR(2000) NULL,
    accept_note    VARCHAR(2000) NULL,
    updated_by     VARCHAR(64)   NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    submitted_by   VARCHAR(64)   NULL,
    submitted_at   TIMESTAMP(6)  NULL,
    decided_by     VARCHAR(64)   NULL,
    decided_at     TIMESTAMP(6)  NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_indicator_report UNIQUE (round_id, agency_id, revision),
    CONSTRAINT fk_indicator_report_round FOREIGN KEY (round_id) REFERENCES reporting_round (id),
    CONSTRAINT fk_indicator_report_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_indicator_report_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_indicator_report_agency ON indicator_report (agency_id, state);

CREATE TABLE indicator_value (
    report_id      BIGINT         NOT NULL,
    indicator_code VARCHAR(32)    NOT NULL,
    level          VARCHAR(16)    NOT NULL,
    value          DECIMAL(24, 4) NOT NULL,
    PRIMARY KEY (report_id, indicator_code, level),
    CONSTRAINT fk_indicator_value_report FOREIGN KEY (report_id) REFERENCES indicator_report (id),
    CONSTRAINT ck_indicator_value_level CHECK (level IN ('TOTAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE', 'CENTRAL', 'LOCAL_BRANCH'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;
