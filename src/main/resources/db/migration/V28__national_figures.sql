-- Issue 27: national figures come from the body that reports them for the nation, at every level it publishes.
--
-- 1. A national reporter (the Government Office) gives figures of "all localities" as one level beside the central
--    agencies, the provincial departments, the districts, the communes and the vertical branches: seed 001 counts
--    1.395 procedures "thực hiện tại địa phương", seed 000 2.054 directing documents "các địa phương".
ALTER TABLE indicator_value DROP CONSTRAINT ck_indicator_value_level;
ALTER TABLE indicator_value ADD CONSTRAINT ck_indicator_value_level
    CHECK (level IN ('TOTAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE', 'CENTRAL', 'LOCAL_BRANCH', 'LOCAL'));

-- 2. An indicator may name another that reports the same thing (two counts of the services on the national portal):
--    the checks flag a report whose two figures differ.
ALTER TABLE indicator_version ADD COLUMN same_as VARCHAR(32) NULL;

-- 3. The first-half figures of 2023 that seed 000 reports nationally, and what seed 002 really says of Cao Bằng.
--    Directing documents are counted by level from 2023 on (ministries and localities, seed 000).
INSERT INTO indicator_version (code, valid_from, name_vi, name_en, unit, by_level, provinces, ministries, numerator, denominator, position, same_as) VALUES
  ('DOCS_DIRECTION', '2023-01-01', 'Văn bản chỉ đạo, điều hành cải cách hành chính ban hành', 'Documents issued to direct the reform', 'COUNT', TRUE, TRUE, TRUE, NULL, NULL, 220, NULL),
  ('DVC_PROVINCIAL', '2020-01-01', 'Dịch vụ công trực tuyến cung cấp trên Cổng dịch vụ công cấp tỉnh (mức độ 2, 3, 4)', 'Online services offered on the provincial portal (levels 2 to 4)', 'COUNT', FALSE, TRUE, FALSE, NULL, NULL, 82, NULL),
  ('DVC_NATIONAL_L34', '2020-01-01', 'Dịch vụ công trực tuyến mức độ 3, 4 tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia', 'Level 3 and 4 online services integrated on the National Public Service Portal', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 84, 'DVC_NATIONAL'),
  ('RATE_PROCESSED_ONLINE', '2020-01-01', 'Tỷ lệ hồ sơ được xử lý trực tuyến', 'Share of dossiers processed online', 'PERCENT', TRUE, TRUE, TRUE, NULL, NULL, 175, NULL),
  ('PORTALS_MERGED', '2020-01-01', 'Cơ quan đã hợp nhất Cổng dịch vụ công và Hệ thống thông tin một cửa điện tử', 'Agencies that merged their service portal and one-stop system', 'COUNT', TRUE, TRUE, TRUE, NULL, NULL, 192, NULL),
  ('PORTALS_IN_SCOPE', '2020-01-01', 'Cơ quan thuộc diện hợp nhất Cổng dịch vụ công và Hệ thống thông tin một cửa điện tử', 'Agencies required to merge their service portal and one-stop system', 'COUNT', TRUE, TRUE, TRUE, NULL, NULL, 193, NULL),
  ('RATE_PORTALS_MERGED', '2020-01-01', 'Tỷ lệ cơ quan đã hợp nhất Cổng dịch vụ công và Hệ thống thông tin một cửa điện tử', 'Share of agencies that merged their service portal and one-stop system', 'PERCENT', TRUE, TRUE, TRUE, 'PORTALS_MERGED', 'PORTALS_IN_SCOPE', 194, NULL),
  ('NP_ACCOUNTS', '2020-01-01', 'Tài khoản đăng ký trên Cổng Dịch vụ công quốc gia', 'Accounts registered on the National Public Service Portal', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 195, NULL),
  ('NP_SYNCED', '2020-01-01', 'Hồ sơ đồng bộ trạng thái trên Cổng Dịch vụ công quốc gia', 'Dossiers whose status is synchronised with the National Public Service Portal', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 196, NULL),
  ('NP_UTILITIES', '2020-01-01', 'Lượt thực hiện dịch vụ tiện ích trên Cổng Dịch vụ công quốc gia', 'Uses of utility services on the National Public Service Portal', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 197, NULL),
  ('NP_ONLINE_DOSSIERS', '2020-01-01', 'Hồ sơ trực tuyến thực hiện từ Cổng Dịch vụ công quốc gia', 'Online dossiers filed through the National Public Service Portal', 'COUNT', FALSE, TRUE, TRUE, NULL, NULL, 198, NULL),
  ('LAWS_PASSED', '2020-01-01', 'Luật, nghị quyết được Quốc hội thông qua', 'Laws and resolutions passed by the National Assembly', 'COUNT', FALSE, FALSE, TRUE, NULL, NULL, 225, NULL),
  ('BIZ_RULES_PM', '2020-01-01', 'Quy định kinh doanh được cắt giảm, đơn giản hóa theo quyết định của Thủ tướng Chính phủ', 'Business regulations cut or simplified by decisions of the Prime Minister', 'COUNT', FALSE, FALSE, TRUE, NULL, NULL, 226, NULL),
  ('BIZ_RULES_DOCS', '2020-01-01', 'Quy định kinh doanh được cắt giảm, đơn giản hóa tại văn bản quy phạm pháp luật do các bộ ban hành, trình ban hành', 'Business regulations cut or simplified by legal documents of the ministries', 'COUNT', FALSE, FALSE, TRUE, NULL, NULL, 227, NULL),
  ('BIZ_RULES_AMENDED', '2020-01-01', 'Quy định kinh doanh được cắt giảm, đơn giản hóa qua văn bản sửa đổi, hoàn thiện', 'Business regulations cut or simplified through amended documents', 'COUNT', FALSE, FALSE, TRUE, NULL, NULL, 228, NULL);
