-- Seed: ministry-level agencies and provinces with validity dates and successors (state as of 2025 reforms).
INSERT INTO agency (code, gso_code, name_vi, name_en, kind, valid_from, valid_to, version) VALUES
  ('bqp', NULL, 'Bộ Quốc phòng', 'Ministry of National Defence', 'MINISTRY', NULL, NULL, 0),
  ('bca', NULL, 'Bộ Công an', 'Ministry of Public Security', 'MINISTRY', NULL, NULL, 0),
  ('bng', NULL, 'Bộ Ngoại giao', 'Ministry of Foreign Affairs', 'MINISTRY', NULL, NULL, 0),
  ('bnv', NULL, 'Bộ Nội vụ', 'Ministry of Home Affairs', 'MINISTRY', NULL, NULL, 0),
  ('btp', NULL, 'Bộ Tư pháp', 'Ministry of Justice', 'MINISTRY', NULL, NULL, 0),
  ('bkhdt', NULL, 'Bộ Kế hoạch và Đầu tư', 'Ministry of Planning and Investment', 'MINISTRY', NULL, '2025-02-28', 0),
  ('btc', NULL, 'Bộ Tài chính', 'Ministry of Finance', 'MINISTRY', NULL, NULL, 0),
  ('bct', NULL, 'Bộ Công Thương', 'Ministry of Industry and Trade', 'MINISTRY', NULL, NULL, 0),
  ('bnnptnt', NULL, 'Bộ Nông nghiệp và Phát triển nông thôn', 'Ministry of Agriculture and Rural Development', 'MINISTRY', NULL, '2025-02-28', 0),
  ('btnmt', NULL, 'Bộ Tài nguyên và Môi trường', 'Ministry of Natural Resources and Environment', 'MINISTRY', NULL, '2025-02-28', 0),
  ('bnnmt', NULL, 'Bộ Nông nghiệp và Môi trường', 'Ministry of Agriculture and Environment', 'MINISTRY', '2025-03-01', NULL, 0),
  ('bgtvt', NULL, 'Bộ Giao thông vận tải', 'Ministry of Transport', 'MINISTRY', NULL, '2025-02-28', 0),
  ('bxd', NULL, 'Bộ Xây dựng', 'Ministry of Construction', 'MINISTRY', NULL, NULL, 0),
  ('btttt', NULL, 'Bộ Thông tin và Truyền thông', 'Ministry of Information and Communications', 'MINISTRY', NULL, '2025-02-28', 0),
  ('bldtbxh', NULL, 'Bộ Lao động - Thương binh và Xã hội', 'Ministry of Labour, Invalids and Social Affairs', 'MINISTRY', NULL, '2025-02-28', 0),
  ('bvhttdl', NULL, 'Bộ Văn hóa, Thể thao và Du lịch', 'Ministry of Culture, Sports and Tourism', 'MINISTRY', NULL, NULL, 0),
  ('bkhcn', NULL, 'Bộ Khoa học và Công nghệ', 'Ministry of Science and Technology', 'MINISTRY', NULL, NULL, 0),
  ('bgddt', NULL, 'Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training', 'MINISTRY', NULL, NULL, 0),
  ('byt', NULL, 'Bộ Y tế', 'Ministry of Health', 'MINISTRY', NULL, NULL, 0),
  ('ubdt', NULL, 'Ủy ban Dân tộc', 'Committee for Ethnic Minority Affairs', 'MINISTERIAL_AGENCY', NULL, '2025-02-28', 0),
  ('bdttg', NULL, 'Bộ Dân tộc và Tôn giáo', 'Ministry of Ethnic and Religious Affairs', 'MINISTRY', '2025-03-01', NULL, 0),
  ('nhnn', NULL, 'Ngân hàng Nhà nước Việt Nam', 'State Bank of Vietnam', 'MINISTERIAL_AGENCY', NULL, NULL, 0),
  ('ttcp', NULL, 'Thanh tra Chính phủ', 'Government Inspectorate', 'MINISTERIAL_AGENCY', NULL, NULL, 0),
  ('vpcp', NULL, 'Văn phòng Chính phủ', 'Office of the Government', 'MINISTERIAL_AGENCY', NULL, NULL, 0),
  ('ha-noi', '01', 'Thành phố Hà Nội', 'Ha Noi', 'CITY', NULL, NULL, 0),
  ('ha-giang', '02', 'Tỉnh Hà Giang', 'Ha Giang', 'PROVINCE', NULL, '2025-06-30', 0),
  ('cao-bang', '04', 'Tỉnh Cao Bằng', 'Cao Bang', 'PROVINCE', NULL, NULL, 0),
  ('bac-kan', '06', 'Tỉnh Bắc Kạn', 'Bac Kan', 'PROVINCE', NULL, '2025-06-30', 0),
  ('tuyen-quang', '08', 'Tỉnh Tuyên Quang', 'Tuyen Quang', 'PROVINCE', NULL, '2025-06-30', 0),
  ('lao-cai', '10', 'Tỉnh Lào Cai', 'Lao Cai', 'PROVINCE', NULL, '2025-06-30', 0),
  ('dien-bien', '11', 'Tỉnh Điện Biên', 'Dien Bien', 'PROVINCE', NULL, NULL, 0),
  ('lai-chau', '12', 'Tỉnh Lai Châu', 'Lai Chau', 'PROVINCE', NULL, NULL, 0),
  ('son-la', '14', 'Tỉnh Sơn La', 'Son La', 'PROVINCE', NULL, NULL, 0),
  ('yen-bai', '15', 'Tỉnh Yên Bái', 'Yen Bai', 'PROVINCE', NULL, '2025-06-30', 0),
  ('hoa-binh', '17', 'Tỉnh Hòa Bình', 'Hoa Binh', 'PROVINCE', NULL, '2025-06-30', 0),
  ('thai-nguyen', '19', 'Tỉnh Thái Nguyên', 'Thai Nguyen', 'PROVINCE', NULL, '2025-06-30', 0),
  ('lang-son', '20', 'Tỉnh Lạng Sơn', 'Lang Son', 'PROVINCE', NULL, NULL, 0),
  ('quang-ninh', '22', 'Tỉnh Quảng Ninh', 'Quang Ninh', 'PROVINCE', NULL, NULL, 0),
  ('bac-giang', '24', 'Tỉnh Bắc Giang', 'Bac Giang', 'PROVINCE', NULL, '2025-06-30', 0),
  ('phu-tho', '25', 'Tỉnh Phú Thọ', 'Phu Tho', 'PROVINCE', NULL, '2025-06-30', 0),
  ('vinh-phuc', '26', 'Tỉnh Vĩnh Phúc', 'Vinh Phuc', 'PROVINCE', NULL, '2025-06-30', 0),
  ('bac-ninh', '27', 'Tỉnh Bắc Ninh', 'Bac Ninh', 'PROVINCE', NULL, '2025-06-30', 0),
  ('hai-duong', '30', 'Tỉnh Hải Dương', 'Hai Duong', 'PROVINCE', NULL, '2025-06-30', 0),
  ('hai-phong', '31', 'Thành phố Hải Phòng', 'Hai Phong', 'CITY', NULL, '2025-06-30', 0),
  ('hung-yen', '33', 'Tỉnh Hưng Yên', 'Hung Yen', 'PROVINCE', NULL, '2025-06-30', 0),
  ('thai-binh', '34', 'Tỉnh Thái Bình', 'Thai Binh', 'PROVINCE', NULL, '2025-06-30', 0),
  ('ha-nam', '35', 'Tỉnh Hà Nam', 'Ha Nam', 'PROVINCE', NULL, '2025-06-30', 0),
  ('nam-dinh', '36', 'Tỉnh Nam Định', 'Nam Dinh', 'PROVINCE', NULL, '2025-06-30', 0),
  ('ninh-binh', '37', 'Tỉnh Ninh Bình', 'Ninh Binh', 'PROVINCE', NULL, '2025-06-30', 0),
  ('thanh-hoa', '38', 'Tỉnh Thanh Hóa', 'Thanh Hoa', 'PROVINCE', NULL, NULL, 0),
  ('nghe-an', '40', 'Tỉnh Nghệ An', 'Nghe An', 'PROVINCE', NULL, NULL, 0),
  ('ha-tinh', '42', 'Tỉnh Hà Tĩnh', 'Ha Tinh', 'PROVINCE', NULL, NULL, 0),
  ('quang-binh', '44', 'Tỉnh Quảng Bình', 'Quang Binh', 'PROVINCE', NULL, '2025-06-30', 0),
  ('quang-tri', '45', 'Tỉnh Quảng Trị', 'Quang Tri', 'PROVINCE', NULL, '2025-06-30', 0),
  ('thua-thien-hue', '46', 'Tỉnh Thừa Thiên Huế', 'Thua Thien Hue', 'PROVINCE', NULL, '2024-12-31', 0),
  ('hue', '46', 'Thành phố Huế', 'Hue', 'CITY', '2025-01-01', NULL, 0),
  ('da-nang', '48', 'Thành phố Đà Nẵng', 'Da Nang', 'CITY', NULL, '2025-06-30', 0),
  ('quang-nam', '49', 'Tỉnh Quảng Nam', 'Quang Nam', 'PROVINCE', NULL, '2025-06-30', 0),
  ('quang-ngai', '51', 'Tỉnh Quảng Ngãi', 'Quang Ngai', 'PROVINCE', NULL, '2025-06-30', 0),
  ('binh-dinh', '52', 'Tỉnh Bình Định', 'Binh Dinh', 'PROVINCE', NULL, '2025-06-30', 0),
  ('phu-yen', '54', 'Tỉnh Phú Yên', 'Phu Yen', 'PROVINCE', NULL, '2025-06-30', 0),
  ('khanh-hoa', '56', 'Tỉnh Khánh Hòa', 'Khanh Hoa', 'PROVINCE', NULL, '2025-06-30', 0),
  ('ninh-thuan', '58', 'Tỉnh Ninh Thuận', 'Ninh Thuan', 'PROVINCE', NULL, '2025-06-30', 0),
  ('binh-thuan', '60', 'Tỉnh Bình Thuận', 'Binh Thuan', 'PROVINCE', NULL, '2025-06-30', 0),
  ('kon-tum', '62', 'Tỉnh Kon Tum', 'Kon Tum', 'PROVINCE', NULL, '2025-06-30', 0),
  ('gia-lai', '64', 'Tỉnh Gia Lai', 'Gia Lai', 'PROVINCE', NULL, '2025-06-30', 0),
  ('dak-lak', '66', 'Tỉnh Đắk Lắk', 'Dak Lak', 'PROVINCE', NULL, '2025-06-30', 0),
  ('dak-nong', '67', 'Tỉnh Đắk Nông', 'Dak Nong', 'PROVINCE', NULL, '2025-06-30', 0),
  ('lam-dong', '68', 'Tỉnh Lâm Đồng', 'Lam Dong', 'PROVINCE', NULL, '2025-06-30', 0),
  ('binh-phuoc', '70', 'Tỉnh Bình Phước', 'Binh Phuoc', 'PROVINCE', NULL, '2025-06-30', 0),
  ('tay-ninh', '72', 'Tỉnh Tây Ninh', 'Tay Ninh', 'PROVINCE', NULL, '2025-06-30', 0),
  ('binh-duong', '74', 'Tỉnh Bình Dương', 'Binh Duong', 'PROVINCE', NULL, '2025-06-30', 0),
  ('dong-nai', '75', 'Tỉnh Đồng Nai', 'Dong Nai', 'PROVINCE', NULL, '2025-06-30', 0),
  ('ba-ria-vung-tau', '77', 'Tỉnh Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau', 'PROVINCE', NULL, '2025-06-30', 0),
  ('ho-chi-minh', '79', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City', 'CITY', NULL, '2025-06-30', 0),
  ('long-an', '80', 'Tỉnh Long An', 'Long An', 'PROVINCE', NULL, '2025-06-30', 0),
  ('tien-giang', '82', 'Tỉnh Tiền Giang', 'Tien Giang', 'PROVINCE', NULL, '2025-06-30', 0),
  ('ben-tre', '83', 'Tỉnh Bến Tre', 'Ben Tre', 'PROVINCE', NULL, '2025-06-30', 0),
  ('tra-vinh', '84', 'Tỉnh Trà Vinh', 'Tra Vinh', 'PROVINCE', NULL, '2025-06-30', 0),
  ('vinh-long', '86', 'Tỉnh Vĩnh Long', 'Vinh Long', 'PROVINCE', NULL, '2025-06-30', 0),
  ('dong-thap', '87', 'Tỉnh Đồng Tháp', 'Dong Thap', 'PROVINCE', NULL, '2025-06-30', 0),
  ('an-giang', '89', 'Tỉnh An Giang', 'An Giang', 'PROVINCE', NULL, '2025-06-30', 0),
  ('kien-giang', '91', 'Tỉnh Kiên Giang', 'Kien Giang', 'PROVINCE', NULL, '2025-06-30', 0),
  ('can-tho', '92', 'Thành phố Cần Thơ', 'Can Tho', 'CITY', NULL, '2025-06-30', 0),
  ('hau-giang', '93', 'Tỉnh Hậu Giang', 'Hau Giang', 'PROVINCE', NULL, '2025-06-30', 0),
  ('soc-trang', '94', 'Tỉnh Sóc Trăng', 'Soc Trang', 'PROVINCE', NULL, '2025-06-30', 0),
  ('bac-lieu', '95', 'Tỉnh Bạc Liêu', 'Bac Lieu', 'PROVINCE', NULL, '2025-06-30', 0),
  ('ca-mau', '96', 'Tỉnh Cà Mau', 'Ca Mau', 'PROVINCE', NULL, '2025-06-30', 0),
  ('tuyen-quang-2025', NULL, 'Tỉnh Tuyên Quang', 'Tuyen Quang', 'PROVINCE', '2025-07-01', NULL, 0),
  ('lao-cai-2025', NULL, 'Tỉnh Lào Cai', 'Lao Cai', 'PROVINCE', '2025-07-01', NULL, 0),
  ('thai-nguyen-2025', NULL, 'Tỉnh Thái Nguyên', 'Thai Nguyen', 'PROVINCE', '2025-07-01', NULL, 0),
  ('phu-tho-2025', NULL, 'Tỉnh Phú Thọ', 'Phu Tho', 'PROVINCE', '2025-07-01', NULL, 0),
  ('bac-ninh-2025', NULL, 'Tỉnh Bắc Ninh', 'Bac Ninh', 'PROVINCE', '2025-07-01', NULL, 0),
  ('hung-yen-2025', NULL, 'Tỉnh Hưng Yên', 'Hung Yen', 'PROVINCE', '2025-07-01', NULL, 0),
  ('hai-phong-2025', NULL, 'Thành phố Hải Phòng', 'Hai Phong', 'CITY', '2025-07-01', NULL, 0),
  ('ninh-binh-2025', NULL, 'Tỉnh Ninh Bình', 'Ninh Binh', 'PROVINCE', '2025-07-01', NULL, 0),
  ('quang-tri-2025', NULL, 'Tỉnh Quảng Trị', 'Quang Tri', 'PROVINCE', '2025-07-01', NULL, 0),
  ('da-nang-2025', NULL, 'Thành phố Đà Nẵng', 'Da Nang', 'CITY', '2025-07-01', NULL, 0),
  ('quang-ngai-2025', NULL, 'Tỉnh Quảng Ngãi', 'Quang Ngai', 'PROVINCE', '2025-07-01', NULL, 0),
  ('gia-lai-2025', NULL, 'Tỉnh Gia Lai', 'Gia Lai', 'PROVINCE', '2025-07-01', NULL, 0),
  ('khanh-hoa-2025', NULL, 'Tỉnh Khánh Hòa', 'Khanh Hoa', 'PROVINCE', '2025-07-01', NULL, 0),
  ('lam-dong-2025', NULL, 'Tỉnh Lâm Đồng', 'Lam Dong', 'PROVINCE', '2025-07-01', NULL, 0),
  ('dak-lak-2025', NULL, 'Tỉnh Đắk Lắk', 'Dak Lak', 'PROVINCE', '2025-07-01', NULL, 0),
  ('ho-chi-minh-2025', NULL, 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City', 'CITY', '2025-07-01', NULL, 0),
  ('dong-nai-2025', NULL, 'Tỉnh Đồng Nai', 'Dong Nai', 'PROVINCE', '2025-07-01', NULL, 0),
  ('tay-ninh-2025', NULL, 'Tỉnh Tây Ninh', 'Tay Ninh', 'PROVINCE', '2025-07-01', NULL, 0),
  ('can-tho-2025', NULL, 'Thành phố Cần Thơ', 'Can Tho', 'CITY', '2025-07-01', NULL, 0),
  ('vinh-long-2025', NULL, 'Tỉnh Vĩnh Long', 'Vinh Long', 'PROVINCE', '2025-07-01', NULL, 0),
  ('dong-thap-2025', NULL, 'Tỉnh Đồng Tháp', 'Dong Thap', 'PROVINCE', '2025-07-01', NULL, 0),
  ('ca-mau-2025', NULL, 'Tỉnh Cà Mau', 'Ca Mau', 'PROVINCE', '2025-07-01', NULL, 0),
  ('an-giang-2025', NULL, 'Tỉnh An Giang', 'An Giang', 'PROVINCE', '2025-07-01', NULL, 0);

UPDATE agency a JOIN agency s ON s.code = 'btc' SET a.successor_id = s.id WHERE a.code = 'bkhdt';
UPDATE agency a JOIN agency s ON s.code = 'bnnmt' SET a.successor_id = s.id WHERE a.code = 'bnnptnt';
UPDATE agency a JOIN agency s ON s.code = 'bnnmt' SET a.successor_id = s.id WHERE a.code = 'btnmt';
UPDATE agency a JOIN agency s ON s.code = 'bxd' SET a.successor_id = s.id WHERE a.code = 'bgtvt';
UPDATE agency a JOIN agency s ON s.code = 'bkhcn' SET a.successor_id = s.id WHERE a.code = 'btttt';
UPDATE agency a JOIN agency s ON s.code = 'bnv' SET a.successor_id = s.id WHERE a.code = 'bldtbxh';
UPDATE agency a JOIN agency s ON s.code = 'bdttg' SET a.successor_id = s.id WHERE a.code = 'ubdt';
UPDATE agency a JOIN agency s ON s.code = 'tuyen-quang-2025' SET a.successor_id = s.id WHERE a.code = 'ha-giang';
UPDATE agency a JOIN agency s ON s.code = 'thai-nguyen-2025' SET a.successor_id = s.id WHERE a.code = 'bac-kan';
UPDATE agency a JOIN agency s ON s.code = 'tuyen-quang-2025' SET a.successor_id = s.id WHERE a.code = 'tuyen-quang';
UPDATE agency a JOIN agency s ON s.code = 'lao-cai-2025' SET a.successor_id = s.id WHERE a.code = 'lao-cai';
UPDATE agency a JOIN agency s ON s.code = 'lao-cai-2025' SET a.successor_id = s.id WHERE a.code = 'yen-bai';
UPDATE agency a JOIN agency s ON s.code = 'phu-tho-2025' SET a.successor_id = s.id WHERE a.code = 'hoa-binh';
UPDATE agency a JOIN agency s ON s.code = 'thai-nguyen-2025' SET a.successor_id = s.id WHERE a.code = 'thai-nguyen';
UPDATE agency a JOIN agency s ON s.code = 'bac-ninh-2025' SET a.successor_id = s.id WHERE a.code = 'bac-giang';
UPDATE agency a JOIN agency s ON s.code = 'phu-tho-2025' SET a.successor_id = s.id WHERE a.code = 'phu-tho';
UPDATE agency a JOIN agency s ON s.code = 'phu-tho-2025' SET a.successor_id = s.id WHERE a.code = 'vinh-phuc';
UPDATE agency a JOIN agency s ON s.code = 'bac-ninh-2025' SET a.successor_id = s.id WHERE a.code = 'bac-ninh';
UPDATE agency a JOIN agency s ON s.code = 'hai-phong-2025' SET a.successor_id = s.id WHERE a.code = 'hai-duong';
UPDATE agency a JOIN agency s ON s.code = 'hai-phong-2025' SET a.successor_id = s.id WHERE a.code = 'hai-phong';
UPDATE agency a JOIN agency s ON s.code = 'hung-yen-2025' SET a.successor_id = s.id WHERE a.code = 'hung-yen';
UPDATE agency a JOIN agency s ON s.code = 'hung-yen-2025' SET a.successor_id = s.id WHERE a.code = 'thai-binh';
UPDATE agency a JOIN agency s ON s.code = 'ninh-binh-2025' SET a.successor_id = s.id WHERE a.code = 'ha-nam';
UPDATE agency a JOIN agency s ON s.code = 'ninh-binh-2025' SET a.successor_id = s.id WHERE a.code = 'nam-dinh';
UPDATE agency a JOIN agency s ON s.code = 'ninh-binh-2025' SET a.successor_id = s.id WHERE a.code = 'ninh-binh';
UPDATE agency a JOIN agency s ON s.code = 'quang-tri-2025' SET a.successor_id = s.id WHERE a.code = 'quang-binh';
UPDATE agency a JOIN agency s ON s.code = 'quang-tri-2025' SET a.successor_id = s.id WHERE a.code = 'quang-tri';
UPDATE agency a JOIN agency s ON s.code = 'hue' SET a.successor_id = s.id WHERE a.code = 'thua-thien-hue';
UPDATE agency a JOIN agency s ON s.code = 'da-nang-2025' SET a.successor_id = s.id WHERE a.code = 'da-nang';
UPDATE agency a JOIN agency s ON s.code = 'da-nang-2025' SET a.successor_id = s.id WHERE a.code = 'quang-nam';
UPDATE agency a JOIN agency s ON s.code = 'quang-ngai-2025' SET a.successor_id = s.id WHERE a.code = 'quang-ngai';
UPDATE agency a JOIN agency s ON s.code = 'gia-lai-2025' SET a.successor_id = s.id WHERE a.code = 'binh-dinh';
UPDATE agency a JOIN agency s ON s.code = 'dak-lak-2025' SET a.successor_id = s.id WHERE a.code = 'phu-yen';
UPDATE agency a JOIN agency s ON s.code = 'khanh-hoa-2025' SET a.successor_id = s.id WHERE a.code = 'khanh-hoa';
UPDATE agency a JOIN agency s ON s.code = 'khanh-hoa-2025' SET a.successor_id = s.id WHERE a.code = 'ninh-thuan';
UPDATE agency a JOIN agency s ON s.code = 'lam-dong-2025' SET a.successor_id = s.id WHERE a.code = 'binh-thuan';
UPDATE agency a JOIN agency s ON s.code = 'quang-ngai-2025' SET a.successor_id = s.id WHERE a.code = 'kon-tum';
UPDATE agency a JOIN agency s ON s.code = 'gia-lai-2025' SET a.successor_id = s.id WHERE a.code = 'gia-lai';
UPDATE agency a JOIN agency s ON s.code = 'dak-lak-2025' SET a.successor_id = s.id WHERE a.code = 'dak-lak';
UPDATE agency a JOIN agency s ON s.code = 'lam-dong-2025' SET a.successor_id = s.id WHERE a.code = 'dak-nong';
UPDATE agency a JOIN agency s ON s.code = 'lam-dong-2025' SET a.successor_id = s.id WHERE a.code = 'lam-dong';
UPDATE agency a JOIN agency s ON s.code = 'dong-nai-2025' SET a.successor_id = s.id WHERE a.code = 'binh-phuoc';
UPDATE agency a JOIN agency s ON s.code = 'tay-ninh-2025' SET a.successor_id = s.id WHERE a.code = 'tay-ninh';
UPDATE agency a JOIN agency s ON s.code = 'ho-chi-minh-2025' SET a.successor_id = s.id WHERE a.code = 'binh-duong';
UPDATE agency a JOIN agency s ON s.code = 'dong-nai-2025' SET a.successor_id = s.id WHERE a.code = 'dong-nai';
UPDATE agency a JOIN agency s ON s.code = 'ho-chi-minh-2025' SET a.successor_id = s.id WHERE a.code = 'ba-ria-vung-tau';
UPDATE agency a JOIN agency s ON s.code = 'ho-chi-minh-2025' SET a.successor_id = s.id WHERE a.code = 'ho-chi-minh';
UPDATE agency a JOIN agency s ON s.code = 'tay-ninh-2025' SET a.successor_id = s.id WHERE a.code = 'long-an';
UPDATE agency a JOIN agency s ON s.code = 'dong-thap-2025' SET a.successor_id = s.id WHERE a.code = 'tien-giang';
UPDATE agency a JOIN agency s ON s.code = 'vinh-long-2025' SET a.successor_id = s.id WHERE a.code = 'ben-tre';
UPDATE agency a JOIN agency s ON s.code = 'vinh-long-2025' SET a.successor_id = s.id WHERE a.code = 'tra-vinh';
UPDATE agency a JOIN agency s ON s.code = 'vinh-long-2025' SET a.successor_id = s.id WHERE a.code = 'vinh-long';
UPDATE agency a JOIN agency s ON s.code = 'dong-thap-2025' SET a.successor_id = s.id WHERE a.code = 'dong-thap';
UPDATE agency a JOIN agency s ON s.code = 'an-giang-2025' SET a.successor_id = s.id WHERE a.code = 'an-giang';
UPDATE agency a JOIN agency s ON s.code = 'an-giang-2025' SET a.successor_id = s.id WHERE a.code = 'kien-giang';
UPDATE agency a JOIN agency s ON s.code = 'can-tho-2025' SET a.successor_id = s.id WHERE a.code = 'can-tho';
UPDATE agency a JOIN agency s ON s.code = 'can-tho-2025' SET a.successor_id = s.id WHERE a.code = 'hau-giang';
UPDATE agency a JOIN agency s ON s.code = 'can-tho-2025' SET a.successor_id = s.id WHERE a.code = 'soc-trang';
UPDATE agency a JOIN agency s ON s.code = 'ca-mau-2025' SET a.successor_id = s.id WHERE a.code = 'bac-lieu';
UPDATE agency a JOIN agency s ON s.code = 'ca-mau-2025' SET a.successor_id = s.id WHERE a.code = 'ca-mau';
