"""Word lists for the synthetic Báo Thanh Hóa site.

Everything here is invented or generic vocabulary; the national campaign names and the
canonical organisation names follow the shared NLP catalogue convention exactly (they are the
ground truth the NLP evaluation compares against).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PROVINCE = "Thanh Hóa"
SOURCE = "baothanhhoa"
SITE_NAME = "Báo Thanh Hóa"
LEAD_PREFIX = "(Baothanhhoa.vn) - "

CATEGORIES: dict[str, str] = {
    "thoi-su": "Thời sự",
    "kinh-te": "Kinh tế",
    "doi-song-xa-hoi": "Đời sống - Xã hội",
    "van-hoa-giai-tri": "Văn hóa - Giải trí",
    "nong-thon-moi": "Nông thôn mới",
    "phap-luat": "Pháp luật",
    "y-te-suc-khoe": "Y tế - Sức khỏe",
}

# Trigger words exactly as the contract lists them; the manifest `kind` is one of these.
KIND_PTTD = "phong trào thi đua"
KIND_PT = "phong trào"
KIND_CVD = "cuộc vận động"
KIND_CT = "chương trình"
KIND_CD = "chiến dịch"
KIND_THD = "tháng hành động"

# Plural forms used by list sentences ("Các phong trào thi đua như “A”, “B”...").
KIND_PLURAL = {
    KIND_PTTD: "phong trào thi đua",
    KIND_PT: "phong trào",
    KIND_CVD: "cuộc vận động",
    KIND_CT: "chương trình",
}


@dataclass(frozen=True)
class Campaign:
    name: str  # canonical
    kind: str
    catalogued: bool
    # surface variants (weights in parallel); the canonical name is always variant 0
    variants: tuple[str, ...] = ()
    weights: tuple[int, ...] = ()
    thi_dua_prefix: bool = False  # may be written with a leading "Thi đua"
    partial_quote: tuple[str, str] | None = None  # (unquoted head, quoted tail)
    categories: tuple[str, ...] = ()

    def all_variants(self) -> tuple[tuple[str, ...], tuple[int, ...]]:
        if self.variants:
            return self.variants, self.weights
        return (self.name,), (1,)


CAMPAIGNS: tuple[Campaign, ...] = (
    # national (catalogued) campaigns
    Campaign(
        "Chung sức xây dựng nông thôn mới", KIND_PTTD, True,
        ("Chung sức xây dựng nông thôn mới", "Cả nước chung sức xây dựng nông thôn mới",
         "Thanh Hóa chung sức xây dựng nông thôn mới"), (6, 3, 1),
        thi_dua_prefix=True, categories=("nong-thon-moi", "kinh-te", "thoi-su"),
    ),
    Campaign(
        "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", KIND_PTTD, True,
        ("Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
         "Cả nước chung tay vì người nghèo",
         "Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau"), (4, 3, 3),
        categories=("doi-song-xa-hoi", "thoi-su", "nong-thon-moi"),
    ),
    Campaign("Doanh nghiệp Việt Nam hội nhập và phát triển", KIND_PTTD, True,
             thi_dua_prefix=True, categories=("kinh-te",)),
    Campaign("Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", KIND_PTTD, True,
             categories=("thoi-su",)),
    Campaign("Toàn dân đoàn kết xây dựng đời sống văn hóa", KIND_PT, True,
             categories=("van-hoa-giai-tri", "doi-song-xa-hoi")),
    Campaign("Người Việt Nam ưu tiên dùng hàng Việt Nam", KIND_CVD, True,
             categories=("kinh-te", "van-hoa-giai-tri")),
    Campaign("Toàn dân bảo vệ an ninh Tổ quốc", KIND_PT, True, categories=("phap-luat",)),
    Campaign("Xây dựng gia đình 5 không, 3 sạch", KIND_CVD, True,
             partial_quote=("xây dựng gia đình", "5 không, 3 sạch"),
             categories=("doi-song-xa-hoi", "nong-thon-moi")),
    Campaign("Nông dân sản xuất, kinh doanh giỏi", KIND_PTTD, True, thi_dua_prefix=True,
             categories=("nong-thon-moi", "kinh-te")),
    Campaign("Dạy tốt, học tốt", KIND_PTTD, True, thi_dua_prefix=True,
             categories=("doi-song-xa-hoi", "thoi-su")),
    Campaign("Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại", KIND_PT, True,
             categories=("y-te-suc-khoe", "van-hoa-giai-tri")),
    Campaign(
        "Cả nước chung tay xóa nhà tạm, nhà dột nát", KIND_PTTD, True,
        ("Cả nước chung tay xóa nhà tạm, nhà dột nát", "Chung tay xóa nhà tạm, nhà dột nát"),
        (1, 1), categories=("doi-song-xa-hoi", "nong-thon-moi"),
    ),
    Campaign("Mùa hè xanh", KIND_CD, True, categories=("doi-song-xa-hoi", "thoi-su")),
    Campaign("Tháng hành động vì an toàn thực phẩm", KIND_THD, True,
             categories=("y-te-suc-khoe",)),
    # provincial / local inventions (not catalogued)
    Campaign("Xứ Thanh xanh - sạch - đẹp", KIND_PT, False,
             categories=("doi-song-xa-hoi", "nong-thon-moi")),
    Campaign("Mỗi thôn một mô hình tự quản", KIND_PTTD, False, categories=("nong-thon-moi",)),
    Campaign("Đường làng rợp bóng hoa", KIND_PT, False, categories=("nong-thon-moi",)),
    Campaign("Chủ nhật vì cộng đồng", KIND_PT, False, categories=("doi-song-xa-hoi",)),
    Campaign("Nông dân xứ Thanh chung tay làm giàu", KIND_PTTD, False,
             categories=("nong-thon-moi", "kinh-te")),
    Campaign("Thanh niên xứ Thanh tiên phong chuyển đổi số", KIND_PT, False,
             categories=("thoi-su", "kinh-te")),
    Campaign("Mỗi gia đình một tủ sách", KIND_PT, False, categories=("van-hoa-giai-tri",)),
    Campaign("Áo ấm cho em vùng cao", KIND_CT, False, categories=("doi-song-xa-hoi",)),
    Campaign("Bữa trưa no cho em", KIND_CT, False, categories=("doi-song-xa-hoi",)),
    Campaign("Mái ấm cho người cao tuổi cô đơn", KIND_CT, False,
             categories=("doi-song-xa-hoi", "y-te-suc-khoe")),
    Campaign("Phụ nữ xứ Thanh khởi nghiệp xanh", KIND_CVD, False,
             categories=("kinh-te", "doi-song-xa-hoi")),
    Campaign("Mỗi cán bộ, đảng viên gắn với một hộ nghèo", KIND_CVD, False,
             categories=("thoi-su", "doi-song-xa-hoi")),
    Campaign("Làm sạch bờ biển Sầm Sơn", KIND_CD, False, categories=("doi-song-xa-hoi",)),
    Campaign("Nói không với rác thải nhựa trên sông Mã", KIND_CD, False,
             categories=("doi-song-xa-hoi", "nong-thon-moi")),
    Campaign("Vì trẻ em xứ Thanh", KIND_THD, False, categories=("doi-song-xa-hoi",)),
    Campaign("Doanh nghiệp xứ Thanh đồng hành cùng nông dân", KIND_PTTD, False,
             categories=("kinh-te",)),
    Campaign("Bệnh viện xanh - sạch - đẹp, thân thiện", KIND_PTTD, False,
             categories=("y-te-suc-khoe",)),
    Campaign("Khu dân cư bình yên, không tội phạm", KIND_PT, False, categories=("phap-luat",)),
    Campaign("Văn nghệ xứ Thanh về cơ sở", KIND_CT, False, categories=("van-hoa-giai-tri",)),
)

CAMPAIGN_BY_NAME = {c.name: c for c in CAMPAIGNS}


@dataclass(frozen=True)
class Org:
    key: str
    name: str  # canonical
    acronym: str | None
    plain: tuple[str, ...]  # ordinary surfaces (first or later mention)
    define: tuple[str, ...] = ()  # surfaces defining the acronym "(TĐKT)"
    reuse: tuple[str, ...] = ()  # short surfaces allowed after the first mention
    until: date | None = None  # body ceased to exist (renamed / merged) on this date
    categories: tuple[str, ...] = ()


_P = PROVINCE
ORGS: tuple[Org, ...] = (
    Org("tdkt", f"Ban Thi đua - Khen thưởng tỉnh {_P}", "TĐKT",
        ("Ban Thi đua - Khen thưởng tỉnh",),
        (f"Ban Thi đua - Khen thưởng (TĐKT) tỉnh {_P}", "Ban Thi đua - Khen thưởng (TĐKT) tỉnh"),
        ("Ban TĐKT tỉnh",), categories=("thoi-su",)),
    Org("mttq", f"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh {_P}", "MTTQ",
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",),
        ("Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh", f"Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh {_P}"),
        ("Ủy ban MTTQ tỉnh",), categories=("doi-song-xa-hoi", "thoi-su", "van-hoa-giai-tri")),
    Org("lhpn", f"Hội Liên hiệp Phụ nữ tỉnh {_P}", "LHPN",
        ("Hội Liên hiệp Phụ nữ tỉnh",),
        ("Hội Liên hiệp Phụ nữ (LHPN) tỉnh",), ("Hội LHPN tỉnh",),
        categories=("doi-song-xa-hoi", "kinh-te")),
    Org("ubnd", f"Ủy ban nhân dân tỉnh {_P}", "UBND",
        ("UBND tỉnh", f"UBND tỉnh {_P}", "Ủy ban nhân dân tỉnh")),
    Org("hdnd", f"Hội đồng nhân dân tỉnh {_P}", "HĐND", ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        categories=("thoi-su",)),
    Org("tinhuy", f"Tỉnh ủy {_P}", None, ("Tỉnh ủy", f"Tỉnh ủy {_P}"), categories=("thoi-su",)),
    Org("sogd", f"Sở Giáo dục và Đào tạo tỉnh {_P}", "GD&ĐT",
        ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT"), categories=("doi-song-xa-hoi",)),
    Org("soyte", f"Sở Y tế tỉnh {_P}", None, ("Sở Y tế",), categories=("y-te-suc-khoe",)),
    Org("hnd", f"Hội Nông dân tỉnh {_P}", None, ("Hội Nông dân tỉnh",),
        categories=("nong-thon-moi", "kinh-te")),
    Org("tinhdoan", f"Tỉnh đoàn {_P}", None, ("Tỉnh đoàn", f"Tỉnh đoàn {_P}"),
        categories=("doi-song-xa-hoi", "thoi-su")),
    Org("congan", f"Công an tỉnh {_P}", None, ("Công an tỉnh",), categories=("phap-luat",)),
    Org("bct", "Bộ Chính trị", None, ("Bộ Chính trị",)),
    Org("bonn", "Bộ Nông nghiệp và Phát triển nông thôn", "NN&PTNT",
        ("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ NN&PTNT"),
        until=date(2025, 3, 1), categories=("nong-thon-moi",)),
    Org("vpdp", f"Văn phòng Điều phối chương trình xây dựng nông thôn mới tỉnh {_P}", None,
        ("Văn phòng Điều phối chương trình xây dựng nông thôn mới tỉnh",
         f"Văn phòng Điều phối chương trình xây dựng nông thôn mới tỉnh {_P}")),
)
ORG_BY_KEY = {o.key: o for o in ORGS}

# Districts were abolished on 2025-07-01: district bodies appear only before that date.
DISTRICTS_UNTIL = date(2025, 7, 1)
DISTRICTS = ("Thọ Xuân", "Nông Cống", "Hoằng Hóa", "Quảng Xương", "Ngọc Lặc", "Bá Thước",
             "Như Thanh", "Triệu Sơn")
PLACES_OLD = tuple(f"huyện {d}" for d in DISTRICTS) + ("thị xã Nghi Sơn", "TP Sầm Sơn")
PLACES_NEW = ("xã Lam Sơn", "xã Hồi Xuân", "phường Hạc Thành", "xã Nga Sơn", "xã Mường Lát",
              "phường Sầm Sơn", "xã Yên Định", "xã Bá Thước")
VILLAGES = ("thôn Đông Hòa", "làng Quảng Hợp", "bản Sa Ná", "thôn Yên Thái", "làng Mỹ Thịnh",
            "bản Lát", "thôn Phú Lộc", "khu phố Trung Tâm")

HONOURS_QUOTED = ("Bà Mẹ Việt Nam Anh hùng", "Anh hùng Lao động",
                  "Anh hùng Lực lượng vũ trang nhân dân", "Nhà giáo Nhân dân", "Thầy thuốc Ưu tú",
                  "Nghệ nhân Ưu tú", "Chiến sĩ thi đua toàn quốc", "Gia đình văn hóa",
                  "Tập thể lao động xuất sắc")
HONOURS_PLAIN = ("Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì",
                 "Huân chương Lao động hạng Nhất", "Huân chương Độc lập hạng Ba",
                 "Huân chương Bảo vệ Tổ quốc hạng Ba")

# (kind, number, issuer org key or None, subject, subject quoted?)
DOCUMENTS: tuple[tuple[str, str, str | None, str, bool], ...] = (
    ("Chỉ thị", "05-CT/TW", "bct",
     "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", True),
    ("Nghị quyết", "10-NQ/TU", "tinhuy",
     "phát triển nông nghiệp hàng hóa gắn với xây dựng nông thôn mới", False),
    ("Kế hoạch", "125/KH-UBND", "ubnd", "tổ chức các hoạt động hưởng ứng ngày hội đại đoàn kết",
     False),
    ("Quyết định", "2817/QĐ-UBND", "ubnd", "ban hành bộ tiêu chí thôn kiểu mẫu", False),
    ("Kết luận", "14-KL/TW", "bct",
     "Khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung", True),
    ("Chỉ thị", "34-CT/TW", "bct", "Đổi mới công tác thi đua, khen thưởng", True),
    ("Kế hoạch", "87/KH-UBND", None, "triển khai công tác thi đua, khen thưởng", False),
    ("Chỉ thị", "21-CT/TU", "tinhuy", "tăng cường công tác dân vận", False),
)

AUTHORS = ("Tố Phương", "Minh Hằng", "Lê Hợi", "Thùy Linh", "Quốc Hương", "Hoài Thu",
           "Lê Phượng", "Khánh Phương", "Trần Hằng", "Ngọc Huấn", "Thanh Nga", "Đình Giang",
           "Phương Đỗ", "Hạnh Nguyễn", "Bùi Hân")
PHOTOGRAPHERS = ("Minh Hiếu", "Lê Hội", "Văn Long", "Thu Trang", "Tường Vi", "Ngọc Anh",
                 "Huy Tùng", "Đức Anh")
OFFICIALS = ("Nguyễn Văn Thành", "Lê Thị Hòa", "Trịnh Xuân Sơn", "Phạm Minh Đức",
             "Hoàng Thị Mai", "Đỗ Quang Vinh", "Lê Đức Tâm", "Mai Thị Hà")
ROLES_ORG = (("Phó Chủ tịch", "ubnd"), ("Chủ tịch", "ubnd"), ("Phó Chủ tịch", "hdnd"),
             ("Trưởng", "tdkt"), ("Chủ tịch", "mttq"), ("Chủ tịch", "lhpn"),
             ("Giám đốc", "soyte"), ("Giám đốc", "sogd"), ("Chủ tịch", "hnd"),
             ("Bí thư", "tinhdoan"), ("Phó Giám đốc", "congan"))

TOPICS: dict[str, tuple[str, ...]] = {
    "thoi-su": ("công tác thi đua - khen thưởng", "công tác TĐKT", "cải cách hành chính",
                "công tác dân vận", "xây dựng chính quyền số"),
    "kinh-te": ("phát triển kinh tế tập thể", "thu hút đầu tư", "chuyển đổi số trong doanh nghiệp",
                "xuất khẩu nông sản", "phát triển thương mại điện tử"),
    "doi-song-xa-hoi": ("công tác giảm nghèo bền vững", "chăm lo an sinh xã hội",
                        "hỗ trợ nhà ở cho hộ khó khăn", "công tác chăm sóc trẻ em",
                        "giáo dục vùng cao"),
    "van-hoa-giai-tri": ("xây dựng đời sống văn hóa ở cơ sở", "bảo tồn di sản văn hóa",
                         "phát triển phong trào văn nghệ quần chúng", "phát triển du lịch cộng đồng",
                         "bảo tồn lễ hội truyền thống"),
    "nong-thon-moi": ("xây dựng nông thôn mới nâng cao", "phát triển sản phẩm OCOP",
                      "cứng hóa đường giao thông nông thôn", "xây dựng thôn kiểu mẫu",
                      "tích tụ ruộng đất"),
    "phap-luat": ("tuyên truyền, phổ biến giáo dục pháp luật", "phòng, chống tội phạm",
                  "bảo đảm trật tự an toàn giao thông", "phòng, chống ma túy",
                  "hòa giải ở cơ sở"),
    "y-te-suc-khoe": ("chăm sóc sức khỏe ban đầu", "bảo đảm an toàn thực phẩm",
                      "phòng, chống dịch bệnh", "tiêm chủng mở rộng",
                      "nâng cao chất lượng khám, chữa bệnh"),
}

PEOPLE = ("cán bộ, đảng viên", "đoàn viên, thanh niên", "hội viên phụ nữ", "hội viên nông dân",
          "các tầng lớp Nhân dân", "cán bộ, công chức, viên chức", "người dân", "các doanh nghiệp")

EVENTS = ("hội nghị sơ kết", "hội nghị tổng kết", "lễ phát động", "hội thảo", "lễ ra quân",
          "buổi gặp mặt", "hội nghị triển khai nhiệm vụ", "lễ tuyên dương")

# Quoted strings that are NOT campaigns (no trigger before them).
SLOGANS = ("Nói không với thực phẩm bẩn", "Sống xanh vì ngày mai", "Mỗi người dân là một chiến sĩ",
           "Vì bình yên bản làng", "Đi xe an toàn, về nhà hạnh phúc")
PRODUCTS = ("Nem chua Hạc Thành", "Mật ong rừng Pù Luông", "Gạo thơm Sông Chu", "Chè lam Phủ Quảng",
            "Nước mắm Khúc Phụ")
CONTESTS = ("Tìm hiểu lịch sử quê hương", "Sáng tạo trẻ xứ Thanh", "Bàn tay vàng nhà nông",
            "Giọng hát hay làng quê")
FUNDS = ("Vì người nghèo", "Khuyến học", "Đền ơn đáp nghĩa")

TAGS: dict[str, str] = {
    "thi-dua-khen-thuong": "thi đua khen thưởng",
    "nong-thon-moi": "nông thôn mới",
    "giam-ngheo": "giảm nghèo",
    "an-toan-thuc-pham": "an toàn thực phẩm",
    "chuyen-doi-so": "chuyển đổi số",
    "giao-duc": "giáo dục",
    "van-hoa": "văn hóa",
    "an-ninh-trat-tu": "an ninh trật tự",
    "ocop": "OCOP",
    "thanh-nien": "thanh niên",
    "phu-nu": "phụ nữ",
    "y-te": "y tế",
}
CATEGORY_TAGS: dict[str, tuple[str, ...]] = {
    "thoi-su": ("thi-dua-khen-thuong", "chuyen-doi-so", "thanh-nien"),
    "kinh-te": ("chuyen-doi-so", "ocop", "phu-nu"),
    "doi-song-xa-hoi": ("giam-ngheo", "giao-duc", "phu-nu", "thanh-nien"),
    "van-hoa-giai-tri": ("van-hoa", "thanh-nien"),
    "nong-thon-moi": ("nong-thon-moi", "ocop", "giam-ngheo"),
    "phap-luat": ("an-ninh-trat-tu", "thanh-nien"),
    "y-te-suc-khoe": ("y-te", "an-toan-thuc-pham"),
}

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
ROMAN = ("I", "II", "III", "IV")
