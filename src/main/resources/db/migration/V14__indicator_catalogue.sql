-- The indicator catalogue (issue 14): each indicator as it stands from a date on. A change is a new row with a later
-- valid_from; the periods before it keep the row they were reported under. Seeded with the figures agencies report
-- each period (docs: ../shared/domain/indicators.md §1), in force since 2020.
CREATE TABLE indicator_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    valid_from  DATE         NOT NULL,
    name_vi     VARCHAR(255) NOT NULL,
    name_en     VARCHAR(255) NOT NULL,
    unit        VARCHAR(16)  NOT NULL,
    by_level    BOOLEAN      NOT NULL,
    provinces   BOOLEAN      NOT NULL,
    ministries  BOOLEAN      NOT NULL,
    numerator   VARCHAR(32)  NULL,
    denominator VARCHAR(32)  NULL,
    position    INT          NOT NULL,
    CONSTRAINT uk_indicator_version UNIQUE (code, valid_from),
    CONSTRAINT ck_indicator_unit CHECK (unit IN ('COUNT', 'VND', 'PERCENT', 'SCORE')),
    CONSTRAINT ck_indicator_rate CHECK ((numerator IS NULL) = (denominator IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO indicator_version (code, valid_from, name_vi, name_en, unit, by_level, provinces, ministries, numerator, denominator, position) VALUES
  ('TTHC_IN_FORCE', '2020-01-01', 'Thủ tục hành chính đang có hiệu lực', 'Administrative procedures in force', 'COUNT', TRUE, TRUE, TRUE, NULL, NULL, 10),
  ('TTHC_PUBLISHED', '2020-01-01', 'Thủ tục hành chính được công bố, công khai', 'Administrative procedures published', 'COUNT', TRUE, TRUE, TRUE, NULL, NULL, 20),
  ('TTHC_SIMPLIFIED', '2020-01-01', 'Thủ tục hành chính được cắt giảm, đơn giản hóa', 'Administrative procedures cut or simplified', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 30),
  ('TTHC_LINKED_SAME', '2020-01-01', 'Thủ tục hành chính liên thông cùng cấp', 'Procedures handled across agencies of the same level', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 40),
  ('TTHC_LINKED_LEVELS', '2020-01-01', 'Thủ tục hành chính liên thông giữa các cấp', 'Procedures handled across levels', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 50),
  ('DVC_FULL', '2020-01-01', 'Dịch vụ công trực tuyến toàn trình', 'End-to-end online public services', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 60),
  ('DVC_PARTIAL', '2020-01-01', 'Dịch vụ công trực tuyến một phần', 'Partial online public services', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 70),
  ('DVC_NATIONAL', '2020-01-01', 'Dịch vụ công tích hợp trên Cổng Dịch vụ công quốc gia', 'Services integrated on the National Public Service Portal', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 80),
  ('HS_RECEIVED', '2020-01-01', 'Hồ sơ tiếp nhận', 'Dossiers received', 'COUNT', TRUE, TRUE, TRUE, NULL, NULL, 90),
  ('HS_ONLINE', '2020-01-01', 'Hồ sơ tiếp nhận trực tuyến', 'Dossiers received online', 'COUNT', TRUE, TRUE, TRUE, NULL, NULL, 100),
  ('HS_RESOLVED', '2020-01-01', 'Hồ sơ đã giải quyết', 'Dossiers resolved', 'COUNT', TRUE, TRUE, TRUE, NULL, NULL, 110),
  ('HS_ON_TIME', '2020-01-01', 'Hồ sơ giải quyết trước và đúng hạn', 'Dossiers resolved early or on time', 'COUNT', TRUE, TRUE, TRUE, NULL, NULL, 120),
  ('HS_LATE', '2020-01-01', 'Hồ sơ giải quyết quá hạn', 'Dossiers resolved late', 'COUNT', TRUE, TRUE, TRUE, NULL, NULL, 130),
  ('HS_PENDING', '2020-01-01', 'Hồ sơ đang giải quyết', 'Dossiers pending', 'COUNT', TRUE, TRUE, TRUE, NULL, NULL, 140),
  ('RATE_ON_TIME', '2020-01-01', 'Tỷ lệ hồ sơ giải quyết trước và đúng hạn', 'Share of dossiers resolved on time', 'PERCENT', TRUE, TRUE, TRUE, 'HS_ON_TIME', 'HS_RESOLVED', 150),
  ('RATE_LATE', '2020-01-01', 'Tỷ lệ hồ sơ giải quyết quá hạn', 'Share of dossiers resolved late', 'PERCENT', TRUE, TRUE, TRUE, 'HS_LATE', 'HS_RESOLVED', 160),
  ('RATE_ONLINE', '2020-01-01', 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', 'Share of dossiers received online', 'PERCENT', TRUE, TRUE, TRUE, 'HS_ONLINE', 'HS_RECEIVED', 170),
  ('RATE_DIGITISED', '2020-01-01', 'Tỷ lệ hồ sơ được số hóa', 'Share of dossiers digitised', 'PERCENT', FALSE, TRUE, TRUE, NULL, NULL, 180),
  ('RATE_E_RESULTS', '2020-01-01', 'Tỷ lệ kết quả giải quyết TTHC được cấp bản điện tử có giá trị pháp lý', 'Share of results issued electronically with legal value', 'PERCENT', FALSE, TRUE, TRUE, NULL, NULL, 190),
  ('PAY_ONLINE', '2020-01-01', 'Giao dịch thanh toán trực tuyến', 'Online payments', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 200),
  ('PAY_ONLINE_VND', '2020-01-01', 'Số tiền thanh toán trực tuyến', 'Amount paid online', 'VND', FALSE, TRUE, TRUE, NULL, NULL, 210),
  ('DOCS_DIRECTION', '2020-01-01', 'Văn bản chỉ đạo, điều hành cải cách hành chính ban hành', 'Documents issued to direct the reform', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 220),
  ('DOCS_LEGAL', '2020-01-01', 'Văn bản quy phạm pháp luật ban hành', 'Legal documents issued', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 230),
  ('UNITS', '2020-01-01', 'Đơn vị sự nghiệp công lập', 'Public-service units', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 240),
  ('STAFF', '2020-01-01', 'Biên chế được giao', 'Staff positions', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 250),
  ('RATE_E_DOCS', '2020-01-01', 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', 'Share of documents exchanged electronically', 'PERCENT', FALSE, TRUE, TRUE, NULL, NULL, 260),
  ('RATE_DMS_USERS', '2020-01-01', 'Tỷ lệ cán bộ, công chức sử dụng phần mềm quản lý văn bản', 'Share of staff using document-management software', 'PERCENT', FALSE, TRUE, TRUE, NULL, NULL, 270);
