#!/usr/bin/env python3
"""Writes directory.json: the demo unit directory of a (partly invented) Quảng Trị after the
March 2025 department mergers and the July 2025 two-tier reorganisation. Edit the lists
below and re-run: python3 Fixtures/units/make_directory.py"""
import json
U = []
def u(id, name, aliases=(), parent=None, frm=None, to=None, succ=None):
    U.append({"id": id, "name": name, "aliases": list(aliases), "parent": parent,
              "validFrom": frm, "validTo": to, "successor": succ})
MERGE_SO, MERGE_TINH, TWO_TIER = "2025-03-01", "2025-07-01", "2025-07-01"
END_SO, END_HUYEN = "2025-02-28", "2025-06-30"

# --- province
u("ubnd-tinh", "UBND tỉnh Quảng Trị", ["Ủy ban nhân dân tỉnh Quảng Trị", "UBND tỉnh", "UBT"])
u("ubnd-tinh-quang-binh", "UBND tỉnh Quảng Bình", ["Ủy ban nhân dân tỉnh Quảng Bình"], None, None, END_HUYEN, "ubnd-tinh")
u("vp-ubnd-tinh", "Văn phòng UBND tỉnh", ["VP UBND tỉnh", "VPUBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"], "ubnd-tinh")
u("tt-phvhc-tinh", "Trung tâm Phục vụ hành chính công tỉnh", ["TTPVHCC tỉnh", "Trung tâm PVHCC tỉnh"], "vp-ubnd-tinh")

# --- departments after the March 2025 merger
so = [
 ("so-tai-chinh", "Sở Tài chính", ["STC", "Sở TC"], None),
 ("so-noi-vu", "Sở Nội vụ", ["SNV", "Sở NV"], None),
 ("so-nnmt", "Sở Nông nghiệp và Môi trường", ["Sở NN&MT", "Sở NNMT", "SNNMT"], MERGE_SO),
 ("so-xay-dung", "Sở Xây dựng", ["SXD", "Sở XD"], None),
 ("so-khcn", "Sở Khoa học và Công nghệ", ["Sở KH&CN", "SKHCN"], None),
 ("so-dan-toc-ton-giao", "Sở Dân tộc và Tôn giáo", ["Sở DT&TG"], MERGE_SO),
 ("so-cong-thuong", "Sở Công Thương", ["SCT", "Sở CT"], None),
 ("so-y-te", "Sở Y tế", ["SYT", "Sở YT"], None),
 ("so-gddt", "Sở Giáo dục và Đào tạo", ["Sở GD&ĐT", "Sở GDĐT", "SGDĐT"], None),
 ("so-tu-phap", "Sở Tư pháp", ["STP"], None),
 ("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", ["Sở VHTTDL", "Sở VH-TT&DL"], None),
 ("thanh-tra-tinh", "Thanh tra tỉnh", ["TTT"], None),
]
for id, name, al, frm in so:
    u(id, name, al, "ubnd-tinh", frm)

# --- departments dissolved by the March 2025 merger
for id, name, al, succ in [
 ("so-khdt", "Sở Kế hoạch và Đầu tư", ["Sở KH&ĐT", "Sở KHĐT", "SKHĐT"], "so-tai-chinh"),
 ("so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", ["Sở LĐ-TB&XH", "Sở LĐTBXH"], "so-noi-vu"),
 ("so-nnptnt", "Sở Nông nghiệp và Phát triển nông thôn", ["Sở NN&PTNT", "Sở NNPTNT"], "so-nnmt"),
 ("so-tnmt", "Sở Tài nguyên và Môi trường", ["Sở TN&MT", "Sở TNMT"], "so-nnmt"),
 ("so-gtvt", "Sở Giao thông vận tải", ["Sở GTVT"], "so-xay-dung"),
 ("so-tttt", "Sở Thông tin và Truyền thông", ["Sở TT&TT", "Sở TTTT"], "so-khcn"),
 ("ban-dan-toc", "Ban Dân tộc tỉnh", ["Ban Dân tộc"], "so-dan-toc-ton-giao"),
]:
    u(id, name, al, "ubnd-tinh", None, END_SO, succ)

# --- the former Quảng Bình departments merged into the new province on 1 July 2025
for id, name, succ in [("so-tai-chinh-qb", "Sở Tài chính tỉnh Quảng Bình", "so-tai-chinh"),
                       ("so-nnmt-qb", "Sở Nông nghiệp và Môi trường tỉnh Quảng Bình", "so-nnmt"),
                       ("so-gddt-qb", "Sở Giáo dục và Đào tạo tỉnh Quảng Bình", "so-gddt")]:
    u(id, name, [], "ubnd-tinh-quang-binh", MERGE_SO if "nnmt" in id else None, END_HUYEN, succ)

# --- units under departments
u("chi-cuc-kiem-lam", "Chi cục Kiểm lâm", ["Chi cục Kiểm lâm tỉnh", "CCKL"], "so-nnmt")
u("hat-kl-tay", "Hạt Kiểm lâm khu vực Tây Quảng Trị", ["Hạt Kiểm lâm KV Tây Quảng Trị"], "chi-cuc-kiem-lam", TWO_TIER)
u("hat-kl-huong-hoa", "Hạt Kiểm lâm huyện Hướng Hóa", ["Hạt Kiểm lâm Hướng Hóa"], "chi-cuc-kiem-lam", None, END_HUYEN, "hat-kl-tay")
u("hat-kl-dakrong", "Hạt Kiểm lâm huyện Đakrông", ["Hạt Kiểm lâm Đakrông"], "chi-cuc-kiem-lam", None, END_HUYEN, "hat-kl-tay")
u("bql-bttn-bac-huong-hoa", "Ban Quản lý Khu bảo tồn thiên nhiên Bắc Hướng Hóa", ["BQL Khu BTTN Bắc Hướng Hóa"], "so-nnmt")
u("tt-ptqd-tinh", "Trung tâm Phát triển quỹ đất tỉnh", ["TTPTQĐ tỉnh"], "so-nnmt")
u("vpdkdd-tinh", "Văn phòng Đăng ký đất đai tỉnh", ["VPĐKĐĐ tỉnh"], "so-nnmt")
u("cn-vpdkdd-vinh-linh", "Chi nhánh Văn phòng Đăng ký đất đai khu vực Vĩnh Linh", ["CN VPĐKĐĐ khu vực Vĩnh Linh"], "vpdkdd-tinh", TWO_TIER)
u("cn-vpdkdd-cam-lo", "Chi nhánh Văn phòng Đăng ký đất đai huyện Cam Lộ", ["Chi nhánh Văn phòng Đăng ký đất đai huyện"], "vpdkdd-tinh", None, END_HUYEN, "vpdkdd-tinh")
u("cuc-qltt", "Cục Quản lý thị trường tỉnh Quảng Trị", ["Cục QLTT tỉnh"], None, None, END_SO, "chi-cuc-qltt")
u("chi-cuc-qltt", "Chi cục Quản lý thị trường tỉnh", ["Chi cục QLTT tỉnh", "Chi cục Quản lý thị trường"], "so-cong-thuong", MERGE_SO)
for n in (2, 4, 5):
    u(f"doi-qltt-{n}", f"Đội Quản lý thị trường số {n}", [f"Đội QLTT số {n}"], "chi-cuc-qltt")
u("ban-qlda-giao-thong", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", ["Ban QLDA giao thông tỉnh"], "ubnd-tinh")
u("ban-qlda-dan-dung", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", ["Ban QLDA dân dụng và công nghiệp tỉnh"], "ubnd-tinh")
u("bao-ptth", "Báo và Phát thanh, Truyền hình Quảng Trị", ["Báo và PT-TH Quảng Trị"], "ubnd-tinh", TWO_TIER)
u("bao-quang-tri", "Báo Quảng Trị", [], "ubnd-tinh", None, END_HUYEN, "bao-ptth")
u("dai-ptth", "Đài Phát thanh - Truyền hình Quảng Trị", ["Đài PT-TH Quảng Trị"], "ubnd-tinh", None, END_HUYEN, "bao-ptth")

# --- armed forces, police, central agencies in the province
u("cong-an-tinh", "Công an tỉnh", ["CA tỉnh", "Công an tỉnh Quảng Trị"])
u("bchqs-tinh", "Bộ Chỉ huy Quân sự tỉnh", ["BCHQS tỉnh", "Bộ CHQS tỉnh"])
u("bdbp-tinh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", ["BĐBP tỉnh", "Bộ CH BĐBP tỉnh"])
for id, name in [("don-bp-huong-lap", "Đồn Biên phòng Hướng Lập"), ("don-bp-tan-hop", "Đồn Biên phòng Tân Hợp"),
                 ("don-bp-cua-tung", "Đồn Biên phòng Cửa Tùng"), ("don-bp-con-co", "Đồn Biên phòng đặc khu Cồn Cỏ")]:
    u(id, name, [], "bdbp-tinh")
u("bhxh-tinh", "Bảo hiểm xã hội tỉnh", ["BHXH tỉnh", "Bảo hiểm xã hội tỉnh Quảng Trị"])
u("thue-tinh", "Thuế tỉnh Quảng Trị", ["Thuế tỉnh"], None, TWO_TIER)
u("cuc-thue", "Cục Thuế tỉnh Quảng Trị", ["Cục Thuế tỉnh"], None, None, END_SO, "thue-tinh")
u("kbnn-kv11", "Kho bạc Nhà nước khu vực XI", ["KBNN khu vực XI"], None, MERGE_SO)
u("kbnn-kv11-pgd4", "Kho bạc Nhà nước khu vực XI - Phòng giao dịch số 4", ["KBNN khu vực XI - PGD số 4"], "kbnn-kv11", MERGE_SO)
u("hq-lao-bao", "Hải quan cửa khẩu Lao Bảo", ["HQCK Lao Bảo"])
u("dai-kttv", "Đài Khí tượng Thủy văn tỉnh", ["Đài KTTV tỉnh"])
u("dien-luc", "Công ty Điện lực Quảng Trị", ["PC Quảng Trị"])

# --- socio-political organisations that plans name as coordinators
u("tinh-doan", "Tỉnh Đoàn", ["Tỉnh Đoàn Quảng Trị", "Đoàn Thanh niên tỉnh"])
u("hoi-lhpn-tinh", "Hội Liên hiệp Phụ nữ tỉnh", ["Hội LHPN tỉnh"])

# --- Party bodies of a former district (Party documents assign tasks to them too)
u("huyen-uy-gio-linh", "Huyện ủy Gio Linh", ["Ban Thường vụ Huyện ủy Gio Linh", "BTV Huyện ủy Gio Linh"], None, None, END_HUYEN)
for id, name in [("btc-hu-gio-linh", "Ban Tổ chức Huyện ủy Gio Linh"), ("vp-hu-gio-linh", "Văn phòng Huyện ủy Gio Linh"),
                 ("ubkt-hu-gio-linh", "Ủy ban Kiểm tra Huyện ủy Gio Linh"),
                 ("btgdv-hu-gio-linh", "Ban Tuyên giáo và Dân vận Huyện ủy Gio Linh")]:
    u(id, name, [], "huyen-uy-gio-linh", None, END_HUYEN)

# --- communes, wards and the special zone (two-tier government from 1 July 2025)
communes = [("tan-hop", "xã Tân Hợp"), ("ben-hai", "xã Bến Hải"), ("cua-tung", "xã Cửa Tùng"),
            ("dong-ha", "phường Đông Hà"), ("huong-lap", "xã Hướng Lập"), ("huong-phung", "xã Hướng Phùng"),
            ("hai-an", "xã Hải An"), ("trieu-lang", "xã Triệu Lăng"), ("cam-lo", "xã Cam Lộ"),
            ("quang-tri", "phường Quảng Trị"), ("con-co", "đặc khu Cồn Cỏ")]
for cid, cname in communes:
    u(f"ubnd-{cid}", f"UBND {cname}", [f"Ủy ban nhân dân {cname}"], "ubnd-tinh", TWO_TIER)
kind = lambda cname: cname.split()[0] if not cname.startswith("đặc") else "đặc khu"
for cid, cname in [("tan-hop", "xã Tân Hợp"), ("ben-hai", "xã Bến Hải"), ("cua-tung", "xã Cửa Tùng"),
                   ("dong-ha", "phường Đông Hà")]:
    k = kind(cname)
    p = f"ubnd-{cid}"
    u(f"vp-{cid}", f"Văn phòng HĐND và UBND {cname}", [f"Văn phòng HĐND&UBND {cname}", f"VP HĐND-UBND {cname}"], p, TWO_TIER)
    u(f"pkt-{cid}", f"Phòng Kinh tế {cname}" if k == "xã" else f"Phòng Kinh tế, Hạ tầng và Đô thị {cname}", [], p, TWO_TIER)
    u(f"pvhxh-{cid}", f"Phòng Văn hóa - Xã hội {cname}", [f"Phòng VH-XH {cname}"], p, TWO_TIER)
    u(f"ttpvhcc-{cid}", f"Trung tâm Phục vụ hành chính công {cname}", [f"TTPVHCC {cname}"], p, TWO_TIER)
    u(f"ca-{cid}", f"Công an {cname}", [f"CA {cname}"], "cong-an-tinh", TWO_TIER)
    u(f"bchqs-{cid}", f"Ban Chỉ huy Quân sự {cname}", [f"BCH Quân sự {cname}", f"BCHQS {cname}"], "bchqs-tinh", TWO_TIER)
    u(f"tyt-{cid}", f"Trạm Y tế {cname}", [], "so-y-te", TWO_TIER)

# --- former district tier (ended 30 June 2025); open tasks pass to the successor
districts = [("cam-lo-h", "huyện Cam Lộ", "ubnd-cam-lo"), ("vinh-linh", "huyện Vĩnh Linh", "ubnd-ben-hai"),
             ("gio-linh", "huyện Gio Linh", None), ("qt-tx", "thị xã Quảng Trị", "ubnd-quang-tri"),
             ("dong-ha-tp", "thành phố Đông Hà", "ubnd-dong-ha")]
for did, dname, succ in districts:
    u(f"ubnd-{did}", f"UBND {dname}", [f"Ủy ban nhân dân {dname}"], "ubnd-tinh", None, END_HUYEN, succ)
def old(id, name, aliases, parent, succ):
    u(id, name, aliases, parent, None, END_HUYEN, succ)
old("vp-cam-lo-h", "Văn phòng HĐND và UBND huyện Cam Lộ", ["Văn phòng HĐND&UBND huyện Cam Lộ"], "ubnd-cam-lo-h", "ubnd-cam-lo")
old("ptckh-cam-lo-h", "Phòng Tài chính - Kế hoạch huyện Cam Lộ", ["Phòng TC-KH huyện Cam Lộ"], "ubnd-cam-lo-h", "ubnd-cam-lo")
old("ptnmt-cam-lo-h", "Phòng Tài nguyên và Môi trường huyện Cam Lộ", ["Phòng TN&MT huyện Cam Lộ"], "ubnd-cam-lo-h", "ubnd-cam-lo")
old("pktht-cam-lo-h", "Phòng Kinh tế và Hạ tầng huyện Cam Lộ", ["Phòng KT&HT huyện Cam Lộ"], "ubnd-cam-lo-h", "ubnd-cam-lo")
old("bqlda-cam-lo-h", "Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện Cam Lộ", ["Ban QLDA ĐTXD và PTQĐ huyện Cam Lộ"], "ubnd-cam-lo-h", "ubnd-cam-lo")
for xid, x in [("cam-hieu", "xã Cam Hiếu"), ("cam-thuy", "xã Cam Thủy"), ("cam-thanh", "xã Cam Thành"),
                ("tt-cam-lo", "thị trấn Cam Lộ")]:
    old(f"ubnd-{xid}", f"UBND {x}", [f"Ủy ban nhân dân {x}"], "ubnd-cam-lo-h", "ubnd-cam-lo")
old("pnnptnt-vinh-linh", "Phòng Nông nghiệp và Phát triển nông thôn huyện Vĩnh Linh", ["Phòng NN&PTNT huyện Vĩnh Linh"], "ubnd-vinh-linh", "ubnd-ben-hai")
old("ptckh-vinh-linh", "Phòng Tài chính - Kế hoạch huyện Vĩnh Linh", ["Phòng TC-KH huyện Vĩnh Linh"], "ubnd-vinh-linh", "ubnd-ben-hai")
old("tram-thu-y-vinh-linh", "Trạm Chăn nuôi và Thú y huyện Vĩnh Linh", ["Trạm CN&TY huyện Vĩnh Linh"], "so-nnptnt", "so-nnmt")
old("ttvhtt-vinh-linh", "Trung tâm Văn hóa - Thông tin huyện Vĩnh Linh", ["TTVH-TT huyện Vĩnh Linh"], "ubnd-vinh-linh", "ubnd-ben-hai")
old("pkt-qt-tx", "Phòng Kinh tế thị xã Quảng Trị", [], "ubnd-qt-tx", "ubnd-quang-tri")
old("pnv-qt-tx", "Phòng Nội vụ thị xã Quảng Trị", [], "ubnd-qt-tx", "ubnd-quang-tri")
old("ptp-qt-tx", "Phòng Tư pháp thị xã Quảng Trị", [], "ubnd-qt-tx", "ubnd-quang-tri")
old("pyt-qt-tx", "Phòng Y tế thị xã Quảng Trị", [], "ubnd-qt-tx", "ubnd-quang-tri")
old("vp-qt-tx", "Văn phòng HĐND và UBND thị xã Quảng Trị", ["Văn phòng HĐND&UBND thị xã Quảng Trị"], "ubnd-qt-tx", "ubnd-quang-tri")
old("bqlda-qt-tx", "Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất thị xã Quảng Trị", ["Ban QLDA ĐTXD và PTQĐ thị xã Quảng Trị"], "ubnd-qt-tx", "ubnd-quang-tri")
old("ttdvnn-qt-tx", "Trung tâm Dịch vụ nông nghiệp thị xã Quảng Trị", [], "ubnd-qt-tx", "ubnd-quang-tri")
old("ca-qt-tx", "Công an thị xã Quảng Trị", [], "cong-an-tinh", "cong-an-tinh")
old("bchqs-qt-tx", "Ban Chỉ huy Quân sự thị xã Quảng Trị", ["BCH Quân sự thị xã Quảng Trị"], "bchqs-tinh", "bchqs-tinh")
old("bhxh-qt-tx", "Bảo hiểm xã hội thị xã Quảng Trị", ["BHXH thị xã Quảng Trị"], "bhxh-tinh", "bhxh-tinh")
old("ttyt-qt-tx", "Trung tâm Y tế thị xã Quảng Trị", [], "so-y-te", "so-y-te")

ids = [x["id"] for x in U]
assert len(ids) == len(set(ids)), "duplicate id"
for x in U:
    for ref in (x["parent"], x["successor"]):
        assert ref is None or ref in ids, (x["id"], ref)
import os
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "directory.json"), "w", encoding="utf-8") as f:
    f.write('{\n "province": "Quảng Trị (demo data; people, communes and units partly invented)",\n "units": [\n')
    f.write(",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in U))
    f.write("\n ]\n}\n")
print(len(U), "units")
