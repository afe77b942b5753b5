#!/usr/bin/env python3
"""Writes the plan files the plan reader is tested with (PlanFilesAsWrittenTest), as plans are written by hand:
captions above the table (merged or not), section rows instead of an area column, the columns' usual other names,
deadlines as periods. Run once with openpyxl (`pip install openpyxl`); the .xlsx files are committed. Every number,
date and name of a document here is invented (docs/demo-data.md does not use them)."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

def caption(ws, lines, width):
    for i, text in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=width)
        ws.cell(row=i, column=1).alignment = Alignment(horizontal="center")

def table(ws, start, header, rows):
    for c, h in enumerate(header, start=1):
        ws.cell(row=start, column=c, value=h).font = Font(bold=True)
    r = start + 1
    for row in rows:
        if isinstance(row, str):  # a section row, merged across the table
            ws.cell(row=r, column=1, value=row).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        else:
            for c, v in enumerate(row, start=1):
                ws.cell(row=r, column=c, value=v)
        r += 1

# 1. The portal's template columns, with the usual caption block merged across the columns above the header.
wb = Workbook(); ws = wb.active; ws.title = "Kế hoạch"
TEMPLATE = ["STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Lĩnh vực", "Cơ quan chủ trì", "Cơ quan phối hợp",
            "Thời hạn hoàn thành", "Sản phẩm", "Văn bản giao (số, ký hiệu)", "Ngày văn bản", "Người ký", "Ghi chú"]
caption(ws, ["BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024",
             "(Kèm theo Kế hoạch số 301/KH-BCĐ ngày 28/12/2023)"], len(TEMPLATE))
table(ws, 5, TEMPLATE, [
    [1, None, "Rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước", "Cải cách thủ tục hành chính",
     "Văn phòng Chính phủ", "Bộ Tư pháp", "30/06/2024", "Báo cáo kết quả rà soát", "301/KH-BCĐ", "28/12/2023", "Nguyễn Văn Thử", None],
    [2, None, "Hướng dẫn xác định vị trí việc làm trong đơn vị sự nghiệp công lập", "Cải cách chế độ công vụ",
     "Bộ Nội vụ", None, "30/09/2024", "Thông tư hướng dẫn", "301/KH-BCĐ", "28/12/2023", "Nguyễn Văn Thử", None],
    [3, None, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
     "Tất cả các tỉnh", None, "31/12/2024", "Kết quả số hóa", "301/KH-BCĐ", "28/12/2023", "Nguyễn Văn Thử", None],
])
wb.save("ke-hoach-2024-mau-tieu-de-gop.xlsx")

# 2. As plans are written: section rows with Roman numerals, "Nhiệm vụ" / "Cơ quan chủ trì thực hiện" /
#    "Kết quả/sản phẩm" / "Thời gian hoàn thành", periods for deadlines, the document once in the caption, directives.
wb = Workbook(); ws = wb.active; ws.title = "Phụ lục"
AS_WRITTEN = ["STT", "Nhiệm vụ", "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp", "Kết quả/sản phẩm", "Thời gian hoàn thành"]
caption(ws, ["PHỤ LỤC", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024", "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 26/12/2023 của Ban Chỉ đạo)"],
        len(AS_WRITTEN))
table(ws, 5, AS_WRITTEN, [
    "I. CẢI CÁCH THỂ CHẾ",
    [1, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật về tổ chức bộ máy", "Bộ Tư pháp", "Các bộ, ngành",
     "Báo cáo rà soát", "Quý IV/2024"],
    [2, "Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính", "Bộ Tư pháp", "Các sở, ngành",
     "Báo cáo", "6 tháng đầu năm"],
    "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    [3, "Cắt giảm, đơn giản hóa quy định liên quan đến hoạt động kinh doanh", "Các bộ, cơ quan ngang bộ", "Văn phòng Chính phủ",
     "Phương án cắt giảm", "Tháng 6/2024"],
    [4, "Thực hiện thủ tục hành chính trên môi trường điện tử", "UBND các tỉnh, thành phố trực thuộc Trung ương",
     "Bộ KH&ĐT", "Báo cáo kết quả", "Năm 2024"],
    "VI. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ",
    [5, "Vận hành Cổng Dịch vụ công quốc gia", "Văn phòng Chính phủ", None, "Cổng vận hành ổn định", "Thường xuyên"],
])
wb.save("ke-hoach-2024-nhu-van-ban.xlsx")

# 3. Sections without numerals, in ordinary case, with and without "Cải cách"; no document in the file (typed at
#    upload); deadlines typed as text; a supporting unit that is no registry agency.
wb = Workbook(); ws = wb.active
PLAIN = ["Số TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn"]
table(ws, 1, PLAIN, [
    "Tổ chức bộ máy",
    ["1", "Sắp xếp các đơn vị sự nghiệp công lập", "Bộ Nội vụ", "UBND cấp huyện", "Đề án", "30/6/2024"],
    "Cải cách tài chính công",
    ["2", "Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập", "Bộ Tài chính", "Bộ Nội vụ", "Nghị định", "15/11/2024"],
    "Công tác chỉ đạo, điều hành",
    ["3", "Tổ chức kiểm tra công tác cải cách hành chính", "Bộ Nội vụ", None, "Báo cáo kiểm tra", "Quý 4 năm 2024"],
])
wb.save("ke-hoach-2024-muc-khong-danh-so.xlsx")

# 4. Columns in another order, an extra column, a long unmerged caption, "Thời gian thực hiện".
wb = Workbook(); ws = wb.active
for i, text in enumerate(["BỘ NỘI VỤ", "Số: 5678/KH-BNV", "Hà Nội, ngày 27 tháng 12 năm 2023", "",
                          "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"], start=1):
    ws.cell(row=i, column=1, value=text)
SHUFFLED = ["Thời gian thực hiện", "Kinh phí (triệu đồng)", "TT", "Tên nhiệm vụ", "Lĩnh vực cải cách", "Chủ trì", "Phối hợp"]
table(ws, 7, SHUFFLED, [
    ["Tháng 3/2024", 120, 1, "Xây dựng vị trí việc làm, cơ cấu ngạch công chức", "Cải cách chế độ công vụ", "Bộ Nội vụ", None],
    ["9 tháng", None, 2, "Đánh giá, xếp loại chất lượng cán bộ, công chức", "cải cách chế độ công vụ", "Bộ Nội vụ", "Bộ Tư pháp"],
])
wb.save("ke-hoach-2024-cot-khac-thu-tu.xlsx")

# 5. What a plan gets wrong: a quarter that does not exist, a section that names no area, a deadline before the
#    plan's date, an agency that is not in the registry.
wb = Workbook(); ws = wb.active
caption(ws, ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024", "(Kèm theo Kế hoạch số 13/KH-BCĐ ngày 26/12/2023)"], len(AS_WRITTEN))
table(ws, 4, AS_WRITTEN, [
    "I. CẢI CÁCH THỂ CHẾ",
    [1, "Rà soát văn bản quy phạm pháp luật", "Bộ Tư pháp", None, "Báo cáo", "Quý V/2024"],
    "II. NHIỆM VỤ KHÁC",
    [2, "Tổng kết công tác năm 2023", "Bộ Nội vụ", None, "Báo cáo", "Tháng 11/2023"],
    [3, "Tập huấn nghiệp vụ", "Bộ Quy hoạch", None, "Lớp tập huấn", "Quý II/2024"],
])
wb.save("ke-hoach-2024-co-loi.xlsx")
