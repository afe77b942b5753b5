-- Published indices (issue 14): PAR INDEX, SIPAS, the service index of QĐ 766, PAPI, PCI… Each index has a framework
-- per agency group and version (the year it applies from; QĐ 1150 → QĐ 876), a tree of areas → criteria →
-- sub-criteria with their maximum scores, and per year a result per agency: the scores the index has, the total,
-- the per-area percentages as published, and the rank in its group (none: assessed but not ranked). Results keep
-- the agency as it was (a 2023 result of Bình Thuận stays Bình Thuận's).
CREATE TABLE index_framework (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    index_code    VARCHAR(16)  NOT NULL,
    name_vi       VARCHAR(255) NOT NULL,
    name_en       VARCHAR(255) NOT NULL,
    agency_group  VARCHAR(16)  NOT NULL,
    basis         VARCHAR(255) NULL,
    first_year    INT          NOT NULL,
    unit          VARCHAR(16)  NOT NULL,
    max_score     DECIMAL(8, 2) NULL,
    self_assessed BOOLEAN      NOT NULL,
    appraised     BOOLEAN      NOT NULL,
    surveyed      BOOLEAN      NOT NULL,
    CONSTRAINT uk_index_framework UNIQUE (index_code, agency_group, first_year),
    CONSTRAINT ck_index_group CHECK (agency_group IN ('MINISTRIES', 'PROVINCES')),
    CONSTRAINT ck_index_unit CHECK ((unit = 'SCORE' AND max_score IS NOT NULL) OR (unit = 'PERCENT' AND max_score IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE index_item (
    framework_id BIGINT       NOT NULL,
    code         VARCHAR(16)  NOT NULL,
    parent_code  VARCHAR(16)  NULL,
    name_vi      VARCHAR(500) NOT NULL,
    name_en      VARCHAR(500) NOT NULL,
    max_score    DECIMAL(8, 2) NULL,
    position     INT          NOT NULL,
    PRIMARY KEY (framework_id, code),
    CONSTRAINT fk_index_item_framework FOREIGN KEY (framework_id) REFERENCES index_framework (id),
    CONSTRAINT fk_index_item_parent FOREIGN KEY (framework_id, parent_code) REFERENCES index_item (framework_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE index_publication (
    framework_id   BIGINT       NOT NULL,
    index_year     INT          NOT NULL,
    document       VARCHAR(255) NULL,
    national_value DECIMAL(8, 2) NULL,
    ranked_count   INT          NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (framework_id, index_year),
    CONSTRAINT fk_index_publication_framework FOREIGN KEY (framework_id) REFERENCES index_framework (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE TABLE index_result (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    framework_id    BIGINT       NOT NULL,
    index_year      INT          NOT NULL,
    agency_id       BIGINT       NOT NULL,
    self_score      DECIMAL(8, 2) NULL,
    appraised_score DECIMAL(8, 2) NULL,
    survey_score    DECIMAL(8, 2) NULL,
    total           DECIMAL(8, 2) NULL,
    rank_no         INT          NULL,
    entered_by      VARCHAR(64)  NOT NULL,
    entered_at      TIMESTAMP(6) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_index_result UNIQUE (framework_id, index_year, agency_id),
    CONSTRAINT fk_index_result_framework FOREIGN KEY (framework_id) REFERENCES index_framework (id),
    CONSTRAINT fk_index_result_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_index_result_rank CHECK (rank_no IS NULL OR rank_no > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

CREATE INDEX ix_index_result_agency ON index_result (agency_id, index_year);

CREATE TABLE index_result_area (
    result_id BIGINT       NOT NULL,
    item_code VARCHAR(16)  NOT NULL,
    percent   DECIMAL(6, 2) NOT NULL,
    PRIMARY KEY (result_id, item_code),
    CONSTRAINT fk_index_area_result FOREIGN KEY (result_id) REFERENCES index_result (id) ON DELETE CASCADE,
    CONSTRAINT ck_index_area_percent CHECK (percent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

-- The frameworks as their decisions give them, to the area level; criteria and sub-criteria are added on screen
-- from the decision's appendix. An area's maximum is left empty where it is not at hand here.
INSERT INTO index_framework (id, index_code, name_vi, name_en, agency_group, basis, first_year, unit, max_score, self_assessed, appraised, surveyed) VALUES
  (1, 'PAR_INDEX', 'Chỉ số cải cách hành chính của các tỉnh, thành phố trực thuộc Trung ương', 'Administrative reform index of the provinces', 'PROVINCES', 'Quyết định số 1150/QĐ-BNV năm 2019 của Bộ Nội vụ', 2019, 'SCORE', 100, TRUE, TRUE, TRUE),
  (2, 'PAR_INDEX', 'Chỉ số cải cách hành chính của các tỉnh, thành phố trực thuộc Trung ương', 'Administrative reform index of the provinces', 'PROVINCES', 'Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ', 2022, 'SCORE', 100, TRUE, TRUE, TRUE),
  (3, 'PAR_INDEX', 'Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ', 'Administrative reform index of the ministries', 'MINISTRIES', 'Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ', 2022, 'SCORE', 100, TRUE, TRUE, TRUE),
  (4, 'SIPAS', 'Chỉ số hài lòng về sự phục vụ hành chính', 'Satisfaction index of public administrative services', 'PROVINCES', NULL, 2017, 'PERCENT', NULL, FALSE, FALSE, TRUE),
  (5, 'DVC_766', 'Chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công', 'Index of service to citizens and businesses in procedures and public services', 'PROVINCES', 'Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ', 2022, 'SCORE', 100, FALSE, FALSE, FALSE),
  (6, 'DVC_766', 'Chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công', 'Index of service to citizens and businesses in procedures and public services', 'MINISTRIES', 'Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ', 2022, 'SCORE', 100, FALSE, FALSE, FALSE),
  (7, 'PAPI', 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)', 'Provincial governance and public administration performance index (PAPI)', 'PROVINCES', NULL, 2011, 'SCORE', 80, FALSE, FALSE, TRUE),
  (8, 'PCI', 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', 'Provincial competitiveness index (PCI)', 'PROVINCES', NULL, 2005, 'SCORE', 100, FALSE, FALSE, TRUE);

INSERT INTO index_item (framework_id, code, parent_code, name_vi, name_en, max_score, position) VALUES
  (1, '1', NULL, 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Direction of administrative reform', NULL, 1),
  (1, '2', NULL, 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh', 'Legal documents of the province', NULL, 2),
  (1, '3', NULL, 'Cải cách thủ tục hành chính', 'Administrative procedures', NULL, 3),
  (1, '4', NULL, 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Organisation of the apparatus', NULL, 4),
  (1, '5', NULL, 'Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức', 'Civil servants', NULL, 5),
  (1, '6', NULL, 'Đổi mới cơ chế tài chính đối với cơ quan hành chính và đơn vị sự nghiệp công lập', 'Public finance', NULL, 6),
  (1, '7', NULL, 'Hiện đại hóa hành chính', 'Modernisation of the administration', NULL, 7),
  (1, '8', NULL, 'Tác động của cải cách hành chính đến người dân, tổ chức và các chỉ tiêu phát triển kinh tế - xã hội của tỉnh', 'Impact on citizens, organisations and development', NULL, 8),
  (2, '1', NULL, 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Direction of administrative reform', NULL, 1),
  (2, '2', NULL, 'Cải cách thể chế', 'Institutions', NULL, 2),
  (2, '3', NULL, 'Cải cách thủ tục hành chính', 'Administrative procedures', NULL, 3),
  (2, '4', NULL, 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Organisation of the apparatus', NULL, 4),
  (2, '5', NULL, 'Cải cách chế độ công vụ', 'Civil service', NULL, 5),
  (2, '6', NULL, 'Cải cách tài chính công', 'Public finance', NULL, 6),
  (2, '7', NULL, 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 'E-government and digital government', NULL, 7),
  (2, '8', NULL, 'Tác động của cải cách hành chính đến người dân, tổ chức và các chỉ tiêu phát triển kinh tế - xã hội của tỉnh', 'Impact on citizens, organisations and development', NULL, 8),
  (3, '1', NULL, 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Direction of administrative reform', NULL, 1),
  (3, '2', NULL, 'Cải cách thể chế', 'Institutions', NULL, 2),
  (3, '3', NULL, 'Cải cách thủ tục hành chính', 'Administrative procedures', NULL, 3),
  (3, '4', NULL, 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Organisation of the apparatus', NULL, 4),
  (3, '5', NULL, 'Cải cách chế độ công vụ', 'Civil service', NULL, 5),
  (3, '6', NULL, 'Cải cách tài chính công', 'Public finance', NULL, 6),
  (3, '7', NULL, 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 'E-government and digital government', NULL, 7),
  (4, '1', NULL, 'Tiếp cận dịch vụ', 'Access to the service', NULL, 1),
  (4, '2', NULL, 'Thủ tục hành chính', 'The procedure', NULL, 2),
  (4, '3', NULL, 'Công chức giải quyết công việc', 'The officials', NULL, 3),
  (4, '4', NULL, 'Kết quả dịch vụ', 'The result', NULL, 4),
  (4, '5', NULL, 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', 'Receiving and handling feedback', NULL, 5),
  (5, '1', NULL, 'Công khai, minh bạch', 'Transparency', 18, 1),
  (5, '2', NULL, 'Tiến độ, kết quả giải quyết hồ sơ', 'Progress and results of handling dossiers', 20, 2),
  (5, '3', NULL, 'Số hóa hồ sơ', 'Digitisation', 22, 3),
  (5, '4', NULL, 'Cung cấp dịch vụ công trực tuyến', 'Online public services', 22, 4),
  (5, '5', NULL, 'Mức độ hài lòng', 'Satisfaction', 18, 5),
  (6, '1', NULL, 'Công khai, minh bạch', 'Transparency', 18, 1),
  (6, '2', NULL, 'Tiến độ, kết quả giải quyết hồ sơ', 'Progress and results of handling dossiers', 20, 2),
  (6, '3', NULL, 'Số hóa hồ sơ', 'Digitisation', 22, 3),
  (6, '4', NULL, 'Cung cấp dịch vụ công trực tuyến', 'Online public services', 22, 4),
  (6, '5', NULL, 'Mức độ hài lòng', 'Satisfaction', 18, 5);
