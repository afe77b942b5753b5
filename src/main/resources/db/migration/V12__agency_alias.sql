-- Other names people write for an agency in the files they send ("Bộ KH&ĐT", "TP.HCM"); the administrator keeps
-- the list. Matching ignores tone marks, case and the words "UBND", "tỉnh", "thành phố" (AgencyNames).
CREATE TABLE agency_alias (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agency_id BIGINT       NOT NULL,
    alias     VARCHAR(255) NOT NULL,
    CONSTRAINT uk_agency_alias UNIQUE (agency_id, alias),
    CONSTRAINT fk_agency_alias_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_ai_ci;

INSERT INTO agency_alias (agency_id, alias)
SELECT a.id, v.alias FROM agency a JOIN (
              SELECT 'bkhdt' AS code, 'Bộ KH&ĐT' AS alias
    UNION ALL SELECT 'bkhdt', 'Bộ KHĐT'
    UNION ALL SELECT 'btc', 'Bộ TC'
    UNION ALL SELECT 'bct', 'Bộ CT'
    UNION ALL SELECT 'bnnptnt', 'Bộ NN&PTNT'
    UNION ALL SELECT 'bnnptnt', 'Bộ NNPTNT'
    UNION ALL SELECT 'btnmt', 'Bộ TN&MT'
    UNION ALL SELECT 'btnmt', 'Bộ TNMT'
    UNION ALL SELECT 'bnnmt', 'Bộ NN&MT'
    UNION ALL SELECT 'bnnmt', 'Bộ NNMT'
    UNION ALL SELECT 'bgtvt', 'Bộ GTVT'
    UNION ALL SELECT 'bxd', 'Bộ XD'
    UNION ALL SELECT 'btttt', 'Bộ TT&TT'
    UNION ALL SELECT 'btttt', 'Bộ TTTT'
    UNION ALL SELECT 'bldtbxh', 'Bộ LĐ-TB&XH'
    UNION ALL SELECT 'bldtbxh', 'Bộ LĐTBXH'
    UNION ALL SELECT 'bvhttdl', 'Bộ VHTTDL'
    UNION ALL SELECT 'bvhttdl', 'Bộ VH,TT&DL'
    UNION ALL SELECT 'bkhcn', 'Bộ KH&CN'
    UNION ALL SELECT 'bkhcn', 'Bộ KHCN'
    UNION ALL SELECT 'bgddt', 'Bộ GD&ĐT'
    UNION ALL SELECT 'bgddt', 'Bộ GDĐT'
    UNION ALL SELECT 'byt', 'Bộ YT'
    UNION ALL SELECT 'bnv', 'Bộ NV'
    UNION ALL SELECT 'btp', 'Bộ TP'
    UNION ALL SELECT 'bng', 'Bộ NG'
    UNION ALL SELECT 'bqp', 'Bộ QP'
    UNION ALL SELECT 'bca', 'Bộ CA'
    UNION ALL SELECT 'ubdt', 'UBDT'
    UNION ALL SELECT 'bdttg', 'Bộ DT&TG'
    UNION ALL SELECT 'bdttg', 'Bộ DTTG'
    UNION ALL SELECT 'nhnn', 'NHNN'
    UNION ALL SELECT 'nhnn', 'Ngân hàng Nhà nước'
    UNION ALL SELECT 'ttcp', 'TTCP'
    UNION ALL SELECT 'vpcp', 'VPCP'
    UNION ALL SELECT 'ho-chi-minh', 'TP.HCM'
    UNION ALL SELECT 'ho-chi-minh', 'TPHCM'
    UNION ALL SELECT 'ho-chi-minh-2025', 'TP.HCM'
    UNION ALL SELECT 'ho-chi-minh-2025', 'TPHCM'
    UNION ALL SELECT 'ha-noi', 'TP.HN'
    UNION ALL SELECT 'ba-ria-vung-tau', 'BR-VT'
    UNION ALL SELECT 'thua-thien-hue', 'TT-Huế'
) v ON v.code = a.code;
