#!/usr/bin/env python3
"""Writes the reader's fixture documents (a made-up notice of a made-up
district, not a real document).

thong-bao-mau.docx is written here by hand (WordprocessingML with a header
table and automatic numbering), then LibreOffice re-saves it as
thong-bao-mau-lo.docx (a DOCX written by a real office suite) and prints it
to thong-bao-mau.pdf (a PDF with an embedded font and a text layer).

Run: python3 make_fixtures.py   (needs soffice on PATH)
"""
import os
import subprocess
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def para(text, num=None, level=0, bold=False, center=False):
    ppr = ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
    if center:
        ppr += '<w:jc w:val="center"/>'
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (f"<w:p><w:pPr>{ppr}</w:pPr><w:r>{rpr}"
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')


def cell(width, *paragraphs):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            + "".join(paragraphs) + "</w:tc>")


HEADER = (
    '<w:tbl><w:tblPr><w:tblW w:w="9300" w:type="dxa"/></w:tblPr>'
    '<w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="5700"/></w:tblGrid>'
    "<w:tr>"
    + cell(3600, para("ỦY BAN NHÂN DÂN", center=True), para("HUYỆN SÔNG TRÀ", bold=True, center=True))
    + cell(5700, para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
           para("Độc lập - Tự do - Hạnh phúc", bold=True, center=True))
    + "</w:tr><w:tr>"
    + cell(3600, para("Số: 27/TB-UBND", center=True))
    + cell(5700, para("Sông Trà, ngày 08 tháng 5 năm 2024", center=True))
    + "</w:tr></w:tbl>"
)

BODY = (
    HEADER
    + para("THÔNG BÁO", bold=True, center=True)
    + para("Kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 4/2024", bold=True, center=True)
    + para("Kết quả thực hiện nhiệm vụ tháng 4 năm 2024", num=2)
    + para("Các phòng, ban đã hoàn thành cơ bản nhiệm vụ được giao.")
    + para("Nhiệm vụ trọng tâm tháng 5 năm 2024", num=2)
    + para("Về kinh tế", num=1)
    + para("Phòng Tài chính - Kế hoạch chủ trì, phối hợp Chi cục Thuế:", num=1, level=1)
    + para("rà soát nguồn thu ngân sách, báo cáo trước ngày 20/5/2024;", num=1, level=2)
    + para("đôn đốc giải ngân vốn đầu tư công.", num=1, level=2)
    + para("Phòng Nông nghiệp và PTNT kiểm tra công tác phòng chống hạn.", num=1, level=1)
    + para("Về văn hoá - xã hội", num=1)
    + para("Giao Phòng Văn hoá và Thông tin:", num=1, level=1)
    + para("tuyên truyền kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh;", num=3)
    + para("hoàn thành trong tháng 5/2024.", num=3)
    + para("Văn phòng HĐND và UBND huyện theo dõi, đôn đốc thực hiện./.")
    + para("CHỦ TỊCH", bold=True, center=True)
    + para("Trần Văn Minh", bold=True, center=True)
)

NUMBERING = (
    f"<w:numbering {W}>"
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="2">'
    '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    "</w:numbering>"
)

STYLES = (
    f"<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>"
    '<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/>'
    '<w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    "</w:styles>"
)

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "</Types>"
)

PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)

DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    "</Relationships>"
)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    docx = os.path.join(here, "thong-bao-mau.docx")
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", PACKAGE_RELS)
        z.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
        z.writestr("word/document.xml",
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} {R}><w:body>{BODY}'
                   '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                   '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/></w:sectPr>'
                   "</w:body></w:document>")
        z.writestr("word/numbering.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + NUMBERING)
        z.writestr("word/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + STYLES)
    tmp = os.path.join(here, ".lo-out")
    os.makedirs(tmp, exist_ok=True)
    profile = "file://" + os.path.join(tmp, "profile")
    for target in ("pdf", "docx:MS Word 2007 XML"):
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", target, "--outdir", tmp, docx], check=True)
    os.replace(os.path.join(tmp, "thong-bao-mau.pdf"), os.path.join(here, "thong-bao-mau.pdf"))
    os.replace(os.path.join(tmp, "thong-bao-mau.docx"), os.path.join(here, "thong-bao-mau-lo.docx"))
    subprocess.run(["rm", "-rf", tmp], check=True)


if __name__ == "__main__":
    main()
