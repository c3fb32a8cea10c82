#!/usr/bin/env python3
"""Builds the DOCX fixtures with the standard library only:
docs/05_tb_tinh_nam_hoc.docx (numbered conclusion notice) and
docs/16_kh_xa_bang_docx.docx (commune plan with an assignment table).

The documents imitate what a provincial office saves from Word: the Decree 30
header as a borderless two-column table (issuer | Quốc hiệu, then Số | place
and date), automatic list numbering from numbering.xml (decimal "%1.",
"%1.%2.", lowerLetter "%3)" and a "-" bullet list), so the item labels are
NOT in the paragraph text and a reader has to rebuild them, and runs that
split words the way revision marks and spell-check leave them.

  python3 Fixtures/corpus/make_docx.py      # rewrites both .docx files in place
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

MULTILEVEL, BULLETS = 1, 2  # w:numId values


def run(text, bold=False, italic=False):
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs, align=None, num=None, level=0, indent=True):
    """runs: strings (plain) or prebuilt run XML; num: numId of a list."""
    ppr = []
    if num is not None:
        ppr.append(f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>')
    elif indent and align is None:
        ppr.append('<w:ind w:firstLine="567"/>')
    if align:
        ppr.append(f'<w:jc w:val="{align}"/>')
    body = "".join(r if r.startswith("<w:r>") else run(r) for r in runs)
    return f"<w:p><w:pPr>{''.join(ppr)}</w:pPr>{body}</w:p>"


def line_break():
    return "<w:r><w:br/></w:r>"


def cell(width, *paras):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            + "".join(paras) + "</w:tc>")


def table(rows, widths):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join("<w:tr>" + "".join(cell(w, *c) for w, c in zip(widths, r)) + "</w:tr>"
                   for r in rows)
    borders = "".join(f'<w:{s} w:val="nil"/>' for s in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}'
            f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>")


def header(issuer, number, place_date):
    """Decree 30 header: issuer | Quốc hiệu, then Số | place and date."""
    return table([
        [[para(run(issuer[0]), align="center"), para(run(issuer[1], bold=True), align="center")],
         [para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True), align="center"),
          para(run("Độc lập - Tự do - Hạnh phúc", bold=True), align="center")]],
        [[para(run(number), align="center")],
         [para(run(place_date, italic=True), align="center")]],
    ], [3600, 5800])


def notice_body():
    P, M, B = para, MULTILEVEL, BULLETS
    return [
        P(run("THÔNG BÁO", bold=True), align="center"),
        P(run("Kết luận của Phó Chủ tịch UBND tỉnh ", bold=True),
          run("Trần Thị Bích Hạnh", bold=True),
          run(" tại cuộc họp về công tác chuẩn bị năm học 2025 - 2026", bold=True), align="center"),
        P("Ngày 05/8/2025, tại trụ sở UBND tỉnh, đồng chí Trần Thị Bích Hạnh, Phó Chủ tịch UBND "
          "tỉnh chủ trì cuộc họp nghe báo cáo công tác chuẩn bị năm học 2025 - 2026 sau khi sắp xếp "
          "đơn vị hành chính cấp xã. Tham dự có lãnh đạo các sở: Giáo dục và Đào tạo, Tài chính, "
          "Nội vụ, Y tế, Xây dựng; Công an tỉnh; Bảo hiểm xã hội tỉnh và đại diện UBND một số xã, "
          "phường."),
        P("Sau khi nghe Sở Giáo dục và Đào tạo báo cáo và ý kiến của các đại biểu, Phó Chủ tịch "
          "UBND tỉnh kết luận như sau:"),
        P(run("Đánh giá chung", bold=True), num=M, level=0),
        P("Năm học 2024 - 2025, ngành giáo dục tỉnh hoàn thành các chỉ tiêu chủ yếu: tỷ lệ học sinh "
          "tốt nghiệp trung học phổ thông đạt 98,6%; có thêm 23 trường đạt chuẩn quốc gia, nâng tổng "
          "số lên 412 trường, đạt 71,4%. Việc bàn giao các trường mầm non, tiểu học, trung học cơ sở "
          "từ cấp huyện về UBND các xã, phường, đặc khu quản lý cơ bản được thực hiện đúng tiến độ."),
        P("Tuy nhiên, toàn tỉnh còn thiếu 386 giáo viên so với định mức, tập trung ở bậc mầm non; "
          "nhiều phòng học tạm, phòng học xuống cấp tại các xã miền núi chưa được sửa chữa; một số "
          "xã mới chưa bố trí đủ công chức theo dõi lĩnh vực giáo dục."),
        P(run("Nhiệm vụ trong thời gian tới", bold=True), num=M, level=0),
        P(run("Sở Giáo dục và Đào tạo:", bold=True), num=M, level=1),
        P("Chủ trì, phối hợp với Sở Nội vụ ", run("rà so"), run("át, điều động, biệt phái giáo viên "
          "giữa các xã để khắc phục tình trạng thừa, thiếu cục bộ; hoàn thành trước ngày 25/8/2025."),
          num=M, level=2),
        P("Ban hành hướng dẫn tổ chức Lễ khai giảng năm học mới gọn nhẹ, an toàn, phù hợp điều kiện "
          "của từng địa phương trước ngày 20/8/2025.", num=M, level=2),
        P("Tổng hợp nhu cầu sửa chữa, cải tạo phòng học xuống cấp, gửi Sở Tài chính trong tháng "
          "8/2025.", num=M, level=2),
        P("Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo thẩm định, tham mưu UBND tỉnh "
          "bổ sung kinh phí sửa chữa phòng học và mua sắm thiết bị dạy học tối thiểu trước ngày "
          "10/9/2025.", num=M, level=1),
        P("Sở Y tế phối hợp với Sở Giáo dục và Đào tạo kiểm tra công tác y tế trường học, an toàn "
          "thực phẩm tại các bếp ăn bán trú ngay từ đầu năm học.", num=M, level=1),
        P(run("UBND các xã, phường, đặc khu:", bold=True), num=M, level=1),
        P("Rà soát, bố trí đủ phòng học, không để học sinh phải học nhờ, học ca ba;", num=B, level=0),
        P("Huy động đoàn viên thanh niên, dân quân tự vệ dọn vệ sinh, tu sửa trường lớp trước ngày "
          "30/8/2025;", num=B, level=0),
        P("Phối hợp với Công an tỉnh bảo đảm an ninh trật tự, an toàn giao thông khu vực cổng "
          "trường trong giờ tan học.", num=B, level=0),
        P("Đề nghị Bảo hiểm xã hội tỉnh phối hợp với Sở Giáo dục và Đào tạo triển khai bảo hiểm y tế "
          "học sinh năm học 2025 - 2026, bảo đảm tỷ lệ học sinh tham gia đạt 100% trước ngày "
          "31/12/2025.", num=M, level=1),
        P("Giao Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, địa phương thực hiện nội dung "
          "kết luận này; báo cáo Phó Chủ tịch UBND tỉnh kết quả trước Lễ khai giảng.", num=M, level=0),
        P("Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./."),
    ]


def signature(recipients, authority, signer):
    """Bottom block: Nơi nhận on the left, authority lines (one paragraph, line breaks) on the right."""
    left = [para(run("Nơi nhận:", bold=True, italic=True), indent=False)] + \
           [para(r, indent=False) for r in recipients]
    lines = []
    for i, a in enumerate(authority):
        lines += ([line_break()] if i else []) + [run(a, bold=True)]
    right = [para(*lines, align="center"), para("", align="center"), para("", align="center"),
             para(run(signer, bold=True), align="center")]
    return table([[left, right]], [4700, 4700])


def notice():
    """05: a conclusion notice whose items are numbered by numbering.xml."""
    return ([header(("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"), "Số: 297/TB-UBND",
                    "Quảng Trị, ngày 08 tháng 8 năm 2025")]
            + notice_body()
            + [signature(["- Chủ tịch, các PCT UBND tỉnh;", "- Các sở: GDĐT, TC, NV, YT, XD;",
                          "- Công an tỉnh; BHXH tỉnh;", "- UBND các xã, phường, đặc khu;",
                          "- CVP, PCVP UBND tỉnh;", "- Lưu: VT, KGVX."],
                         ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
                         "Lê Hoàng Phúc")])


def task_table(rows):
    """An assignment table: a bold header row, then one row per task; a cell's list
    of strings becomes one paragraph each (several coordinating units, a period)."""
    widths = [600, 3400, 1800, 2000, 1600]
    head = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    cells = lambda values: [[para(v, align="center" if i in (0, 4) else "left", indent=False)
                             for v in (value if isinstance(value, list) else [value])]
                            for i, value in enumerate(values)]
    header_row = [[para(run(h, bold=True), align="center")] for h in head]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "<w:tr>" + "".join(cell(w, *c) for w, c in zip(widths, header_row)) + "</w:tr>"
    body += "".join("<w:tr>" + "".join(cell(w, *c) for w, c in zip(widths, cells(r))) + "</w:tr>"
                    for r in rows)
    borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{borders}'
            f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>")


def plan():
    """16: a commune plan whose tasks sit in a bordered Word table."""
    P, M = para, MULTILEVEL
    rows = [
        ["1", "Thành lập Tổ công tác làm sạch dữ liệu đất đai của xã, phân công thành viên phụ trách từng thôn",
         "Phòng Kinh tế xã", ["Công an xã;", "Văn phòng HĐND và UBND xã"], "Trước ngày 05/9/2025"],
        ["2", "Rà soát, đối chiếu thông tin người sử dụng đất với Cơ sở dữ liệu quốc gia về dân cư",
         "Công an xã", ["Phòng Kinh tế xã;", "Chi nhánh Văn phòng Đăng ký đất đai khu vực Vĩnh Linh"],
         ["Từ 08/9/2025", "đến 31/10/2025"]],
        ["3", "Thu thập, số hóa giấy chứng nhận quyền sử dụng đất của hộ gia đình, cá nhân còn thiếu",
         "Trung tâm Phục vụ hành chính công xã", "Trưởng các thôn", "Tháng 10/2025"],
        ["4", "Cập nhật, chỉnh lý biến động đất đai vào cơ sở dữ liệu đất đai của tỉnh",
         "Chi nhánh Văn phòng Đăng ký đất đai khu vực Vĩnh Linh", "Phòng Kinh tế xã", "30/11/2025"],
        ["5", "Tuyên truyền, vận động người dân chủ động cung cấp giấy tờ về đất đai cho Tổ công tác",
         "Văn phòng HĐND và UBND xã", ["Ủy ban MTTQ Việt Nam xã;", "Đoàn Thanh niên xã"], "Thường xuyên"],
        ["6", "Tổng hợp, báo cáo kết quả Chiến dịch về UBND tỉnh (qua Sở Nông nghiệp và Môi trường)",
         "Phòng Kinh tế xã", "", "Trước ngày 25/11/2025"],
    ]
    body = [
        P(run("KẾ HOẠCH", bold=True), align="center"),
        P(run("Cao điểm làm giàu, làm sạch cơ sở dữ liệu đất đai trên địa bàn xã năm 2025", bold=True),
          align="center"),
        P("Thực hiện Kế hoạch số 212/KH-UBND ngày 18/8/2025 của UBND tỉnh về cao điểm làm giàu, làm sạch "
          "cơ sở dữ liệu đất đai, UBND xã Cửa Tùng ban hành Kế hoạch thực hiện trên địa bàn xã như sau:"),
        P(run("Mục đích, yêu cầu", bold=True), num=M, level=0),
        P("Bảo đảm 100% thửa đất đã cấp giấy chứng nhận trên địa bàn xã được kiểm tra, đối chiếu và cập "
          "nhật đúng, đủ, sạch, sống; phục vụ giải quyết thủ tục hành chính về đất đai không phụ thuộc địa "
          "giới hành chính.", num=M, level=1),
        P("Huy động sự vào cuộc của cả hệ thống chính trị và sự đồng thuận của Nhân dân.", num=M, level=1),
        P(run("Thực trạng", bold=True), num=M, level=0),
        P("Toàn xã có 21.486 thửa đất, trong đó 17.902 thửa đã được cấp giấy chứng nhận; dữ liệu của hai "
          "xã cũ Vĩnh Thái, Vĩnh Tú được xây dựng ở các thời điểm khác nhau nên còn nhiều sai lệch về chủ "
          "sử dụng, số định danh cá nhân và diện tích; khoảng 31% hồ sơ chưa được số hóa."),
        P(run("Nhiệm vụ và phân công thực hiện", bold=True), num=M, level=0),
        task_table(rows),
        P(run("Tổ chức thực hiện", bold=True), num=M, level=0),
        P("Trưởng các thôn thông báo lịch thu thập giấy tờ đến từng hộ gia đình, bố trí địa điểm tiếp "
          "nhận tại nhà văn hóa thôn.", num=M, level=1),
        P("Các thành viên Tổ công tác và các cơ quan, đơn vị được phân công nghiêm túc triển khai; trong "
          "quá trình thực hiện nếu có vướng mắc, kịp thời báo cáo UBND xã (qua Phòng Kinh tế xã) để chỉ "
          "đạo giải quyết./."),
    ]
    return ([header(("ỦY BAN NHÂN DÂN", "XÃ CỬA TÙNG"), "Số: 96/KH-UBND",
                    "Cửa Tùng, ngày 28 tháng 8 năm 2025")]
            + body
            + [signature(["- UBND tỉnh (b/c);", "- Sở Nông nghiệp và Môi trường;",
                          "- TT Đảng ủy, TT HĐND xã;", "- CT, các PCT UBND xã;",
                          "- Các cơ quan, đơn vị thuộc UBND xã;", "- Trưởng các thôn;", "- Lưu: VT."],
                         ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Văn Quý")])


DOCUMENTS = {"05_tb_tinh_nam_hoc.docx": notice, "16_kh_xa_bang_docx.docx": plan}


def document_xml(parts):
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
            'w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(parts)}{sect}'
            f"</w:body></w:document>")


def level(ilvl, fmt, text, indent):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>')


def numbering_xml():
    multi = (level(0, "decimal", "%1.", 927) + level(1, "decimal", "%1.%2.", 1287)
             + level(2, "lowerLetter", "%3)", 1647))
    bullet = level(0, "bullet", "-", 1287)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:numbering xmlns:w="{W_NS}">'
            f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{multi}</w:abstractNum>'
            f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>{bullet}</w:abstractNum>'
            f'<w:num w:numId="{MULTILEVEL}"><w:abstractNumId w:val="0"/></w:num>'
            f'<w:num w:numId="{BULLETS}"><w:abstractNumId w:val="1"/></w:num>'
            f"</w:numbering>")


STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>'
          '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
          '<w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>'
          '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
          '<w:name w:val="Normal"/></w:style></w:styles>')

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '</Types>')

PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '</Relationships>')


def write(path, parts):
    files = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS),
             ("word/document.xml", document_xml(parts)), ("word/_rels/document.xml.rels", DOCUMENT_RELS),
             ("word/numbering.xml", numbering_xml()), ("word/styles.xml", STYLES)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in files:
            info = zipfile.ZipInfo(name, date_time=(2025, 8, 8, 9, 0, 0))  # fixed: reproducible bytes
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, xml.encode("utf-8"))


def main():
    for name, build in DOCUMENTS.items():
        path = os.path.join(DOCS, name)
        write(path, build())
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
