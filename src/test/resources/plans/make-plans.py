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

# 7. A province's own plan for the next year, as written: an unmerged caption naming the province and its plan,
#    sections, its departments as the units in charge, periods, "Thường xuyên". Imported by the province itself.
def province_plan(ws, merged):
    header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp", "Kết quả/sản phẩm",
              "Thời gian hoàn thành"]
    lines = ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027",
             "(Kèm theo Kế hoạch số 268/KH-UBND ngày 27/11/2026 của Ủy ban nhân dân tỉnh)"]
    if merged:
        caption(ws, lines, len(header))
    else:
        for i, text in enumerate(lines, start=1):
            ws.cell(row=i, column=1, value=text)
    table(ws, 5, header, [
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
        [1, "Ban hành kế hoạch kiểm tra công tác cải cách hành chính năm 2027", "Sở Nội vụ", "Các sở, ngành",
         "Kế hoạch kiểm tra", "Quý I/2027"],
        [2, "Tổ chức tuyên truyền cải cách hành chính", "Sở Văn hóa, Thể thao và Du lịch", "UBND cấp xã",
         "Chuyên mục, tin bài", "Thường xuyên"],
        "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
        [3, "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh", "Văn phòng UBND tỉnh",
         "Các sở, ngành", "Quyết định phê duyệt phương án đơn giản hóa", "6 tháng đầu năm"],
        [4, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh",
         "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ", "Báo cáo kết quả số hóa", "Tháng 9/2027"],
        "III. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
        [5, "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2027", "Sở Nội vụ", "Các sở, ngành",
         "Báo cáo kết quả", "Quý IV/2027"],
        "IV. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ",
        [6, "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Sở Khoa học và Công nghệ",
         "Văn phòng UBND tỉnh", "Hệ thống được nâng cấp", "Năm 2027"],
    ])

wb = Workbook(); ws = wb.active; ws.title = "Phụ lục"
province_plan(ws, merged=False)
wb.save("ke-hoach-2027-tinh-nhu-van-ban.xlsx")

# 8. The same plan with its caption merged across the table, as another officer saved it.
wb = Workbook(); ws = wb.active; ws.title = "Phụ lục"
province_plan(ws, merged=True)
wb.save("ke-hoach-2027-tinh-tieu-de-gop.xlsx")

# 9. A ministry's own plan for the next year: its departments in charge, a caption giving the plan once.
wb = Workbook(); ws = wb.active; ws.title = "Kế hoạch"
header = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn"]
caption(ws, ["BỘ TƯ PHÁP", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027",
             "(Kèm theo Kế hoạch số 45/KH-BTP ngày 30/11/2026 của Bộ trưởng Bộ Tư pháp)"], len(header))
table(ws, 5, header, [
    "I. CẢI CÁCH THỂ CHẾ",
    [1, "Theo dõi tình hình thi hành pháp luật năm 2027", "Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật",
     "Các đơn vị thuộc Bộ", "Báo cáo", "Quý IV/2027"],
    [2, "Kiểm tra, rà soát văn bản quy phạm pháp luật", "Cục Kiểm tra văn bản quy phạm pháp luật", None, "Báo cáo kết quả",
     "Tháng 6/2027"],
    "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    [3, "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch", "Cục Hộ tịch, quốc tịch, chứng thực", "Văn phòng Bộ",
     "Phương án đơn giản hóa", "6 tháng đầu năm"],
    "III. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ SỐ",
    [4, "Số hóa sổ hộ tịch", "Cục Công nghệ thông tin", "Bộ Công an", "Dữ liệu hộ tịch được số hóa", "Thường xuyên"],
])
wb.save("ke-hoach-2027-bo-tu-phap.xlsx")
