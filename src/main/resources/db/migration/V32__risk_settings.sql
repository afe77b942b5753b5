-- Early warning (ADR 0026): the settings of the risk rule, one row, edited by the secretariat.
CREATE TABLE risk_settings (
    id                   INT          NOT NULL PRIMARY KEY,
    silent_days          INT          NOT NULL,
    behind_points        INT          NOT NULL,
    behind_after_percent INT          NOT NULL,
    close_days           INT          NOT NULL,
    close_below_percent  INT          NOT NULL,
    refused_or_returned  BOOLEAN      NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    updated_by           VARCHAR(64)  NULL,
    updated_at           DATETIME(6)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO risk_settings (id, silent_days, behind_points, behind_after_percent, close_days, close_below_percent,
                           refused_or_returned)
VALUES (1, 60, 30, 40, 21, 80, TRUE);
