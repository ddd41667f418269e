"""Organisation failure kinds of round 24 (issue 14): grass-roots trade unions named by their
commune or listed after one, the unions and boards of a province's industrial parks, companies
with their legal form spelt out or their trades written short, the Youth Unions of schools
listed after one plural head, the unions of a bloc, and an urban district written "Q.".

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names

# ------------------------------------------------ grass-roots unions

def test_grassroots_union_of_a_commune_or_township_is_named_by_it():
    assert names("Liên đoàn Lao động huyện Can Lộc và Công đoàn cơ sở thị trấn Nghèn trao "
                 "quà cho đoàn viên.") == ["Liên đoàn Lao động huyện Can Lộc",
                                           "Công đoàn cơ sở thị trấn Nghèn"]
    assert names("CĐCS xã Thạch Kim tổ chức hội nghị cán bộ.") == ["Công đoàn cơ sở xã Thạch Kim"]


def test_a_commune_union_is_no_district_federation():
    # the catalogue's bare "Công đoàn" is a district's federation: not the district's again
    assert names("Liên đoàn Lao động huyện Lộc Hà, công đoàn cơ sở xã Thạch Kim tặng quà.") == [
        "Liên đoàn Lao động huyện Lộc Hà", "Công đoàn cơ sở xã Thạch Kim"]


def test_units_listed_after_a_grassroots_union_are_each_a_union():
    got = names("CĐCS Công ty May Hòa Bình và Thuận Phát Group được bàn giao về Liên đoàn Lao "
                "động huyện Thạch Hà.")
    assert got[:2] == ["Công đoàn cơ sở Công ty May Hòa Bình",
                       "Công đoàn cơ sở Thuận Phát Group"]


def test_units_listed_after_a_union_of_a_centre_are_each_a_union():
    got = names("CĐCS Trung tâm bảo tồn di sản văn hoá Hà Tĩnh, Công ty Minh Phát và Dệt may "
                "Hồng Lĩnh được bàn giao về Liên đoàn Lao động huyện Thạch Hà.")
    assert got[1:3] == ["Công đoàn cơ sở Công ty Minh Phát", "Công đoàn cơ sở Dệt may Hồng Lĩnh"]


def test_a_body_after_a_grassroots_union_closes_the_list():
    assert names("CĐCS Công ty May Hòa Bình và UBND xã Thạch Kim ký kết chương trình.") == [
        "Công đoàn cơ sở Công ty May Hòa Bình", "Ủy ban nhân dân xã Thạch Kim"]


# ------------------------------------------------ a province's industrial parks

def test_industrial_parks_union_written_bare_is_the_papers_provinces():
    assert names("Công đoàn các khu công nghiệp cùng Ban quản lý các khu công nghiệp thăm "
                 "công nhân dịp Tết.") == [
        "Công đoàn các Khu công nghiệp tỉnh Hà Tĩnh",
        "Ban Quản lý các Khu công nghiệp tỉnh Hà Tĩnh"]


def test_industrial_parks_bodies_with_their_provinces_bare_name():
    assert names("Công đoàn các KCN Bắc Ninh và Ban Quản lý các KCN Bắc Ninh khảo sát.") == [
        "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh",
        "Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"]


def test_industrial_parks_union_written_as_initials():
    assert names("Phong trào thi đua của CĐCKCNBD đạt nhiều kết quả.") == [
        "Công đoàn các Khu công nghiệp tỉnh Bình Dương"]
    assert names("CĐ các KCN tổ chức Tháng Công nhân.") == [
        "Công đoàn các Khu công nghiệp tỉnh Hà Tĩnh"]


def test_industrial_parks_union_with_its_level_is_read_as_before():
    assert names("Công đoàn các KCN tỉnh Bắc Ninh tổ chức hội nghị.") == [
        "Công đoàn các khu công nghiệp tỉnh Bắc Ninh"]


# ------------------------------------------------ companies

def test_company_with_its_legal_form_spelt_out():
    assert names("Công ty trách nhiệm hữu hạn Minh Phát tặng 50 suất quà.") == [
        "Công ty trách nhiệm hữu hạn Minh Phát"]
    assert names("Công ty trách nhiệm hữu hạn một thành viên Cấp nước Hà Tĩnh hỗ trợ.") == [
        "Công ty trách nhiệm hữu hạn một thành viên Cấp nước Hà Tĩnh"]


def test_company_trades_written_short_are_spelt_out():
    assert names("Công ty TNHH SX TMDV XNK Minh Phát hỗ trợ 10 triệu đồng.") == [
        "Công ty TNHH Sản xuất Thương mại Dịch vụ Xuất nhập khẩu Minh Phát"]
    assert names("Công ty CP XD-TM Hồng Hà trao quà.") == [
        "Công ty cổ phần Xây dựng - Thương mại Hồng Hà"]
    # a brand in capitals stays as written
    assert names("Công ty TNHH DHL Việt Nam trao quà.") == ["Công ty TNHH DHL Việt Nam"]


def test_an_amount_after_a_name_is_no_word_of_it():
    assert names("Các nhà hảo tâm ủng hộ: Công ty TNHH Minh Phát 20.000.000 đồng; Công ty CP "
                 "Hồng Hà 10 triệu đồng.") == ["Công ty TNHH Minh Phát",
                                               "Công ty cổ phần Hồng Hà"]
    assert names("Gia đình xây nhà máy 4.500m2 ở đầu xã.") == []


def test_enterprise_named_after_doanh_nghiep():
    assert names("Nhà tài trợ gồm: Doanh nghiệp Xây dựng Hoàng Long ủng hộ 20 triệu đồng.") == [
        "Doanh nghiệp Xây dựng Hoàng Long"]


def test_doanh_nghiep_of_a_class_or_another_body_is_no_enterprise():
    assert names("Doanh nghiệp Việt Nam cần đổi mới công nghệ.") == []
    assert names("Hội viên tại các Doanh nghiệp Hội viên của Hiệp hội tham gia.") == []
    assert names("Doanh nghiệp Hà Tĩnh phát triển mạnh.") == []


def test_enterprise_acronym_with_its_provinces_bare_name_keeps_it_as_written():
    assert names("Công ty Xổ số kiến thiết (XSKT) Quảng Ngãi trao nhà tình nghĩa; năm nay "
                 "Công ty XSKT Quảng Ngãi góp thêm 50 triệu đồng.", source="baoquangngai",
                 pub=None) == ["Công ty Xổ số kiến thiết Quảng Ngãi",
                               "Công ty Xổ số kiến thiết Quảng Ngãi"]
    assert names("Công ty Xổ số kiến thiết (XSKT) tỉnh Quảng Ngãi trao nhà tình nghĩa.",
                 source="baoquangngai", pub=None) == [
        "Công ty Xổ số kiến thiết tỉnh Quảng Ngãi"]


def test_banks_and_insurers_by_their_brands():
    assert names("Ngân hàng SHB và Công ty Bảo hiểm BSH tài trợ học bổng cho học sinh "
                 "nghèo.") == ["Ngân hàng Thương mại cổ phần Sài Gòn - Hà Nội",
                               "Tổng Công ty cổ phần Bảo hiểm Sài Gòn - Hà Nội"]


# ------------------------------------------------ schools' Youth Unions

def test_schools_youth_unions_listed_after_one_plural_head():
    got = names("Chiến dịch có 60 chiến sĩ của các Đoàn trường: Đại học Sư phạm TP. Hồ Chí "
                "Minh, Đại học Vinh, Đại học Lâm nghiệp Phân hiệu tại Đồng Nai và Đoàn trường "
                "Cao đẳng Nghệ An.", source="baonghean")
    assert got == ["Đoàn Thanh niên Trường Đại học Sư phạm thành phố Hồ Chí Minh",
                   "Đoàn Thanh niên Trường Đại học Vinh",
                   "Đoàn Thanh niên Phân hiệu Trường Đại học Lâm nghiệp tại Đồng Nai",
                   "Đoàn Thanh niên Trường Cao đẳng Nghệ An"]


def test_a_plural_of_school_unions_is_no_body():
    # "các Đoàn trường" names no one school's union, even beside one school
    assert names("Các Đoàn trường đã ra quân; Đoàn trường Cao đẳng Nghệ An nhận 20 chiến sĩ.",
                 source="baonghean") == ["Đoàn Thanh niên Trường Cao đẳng Nghệ An"]


# ------------------------------------------------ blocs

def test_bloc_of_agencies_and_enterprises_youth_union():
    assert names("Đoàn Khối các Cơ quan và Doanh nghiệp tỉnh Kon Tum tổ chức hiến máu.",
                 source="baokontum") == ["Đoàn Khối các Cơ quan và Doanh nghiệp tỉnh Kon Tum"]
    assert names("Ban Thường vụ Đoàn Khối cơ quan doanh nghiệp tỉnh họp.") == [
        "Ban Thường vụ Đoàn Khối cơ quan và doanh nghiệp tỉnh Hà Tĩnh"]


def test_bloc_union_without_its_level_is_the_provinces():
    assert names("Các chi đoàn trực thuộc Đoàn khối Doanh nghiệp, cùng nhiều tình nguyện viên "
                 "dọn vệ sinh.") == ["Đoàn Khối Doanh nghiệp tỉnh Hà Tĩnh"]
    assert names("Đoàn Khối Doanh nghiệp Quảng Bình ra quân tình nguyện.") == [
        "Đoàn Khối Doanh nghiệp tỉnh Quảng Bình"]


def test_bloc_unions_of_the_provinces_and_cities_are_no_body():
    assert names("Hội thao Đoàn Khối các cơ quan tỉnh, thành phố khu vực miền Trung lần thứ V.") \
        == []
    assert names("Các Đoàn khối Doanh nghiệp, Đoàn khối cơ quan cùng tham gia.") == []


# ------------------------------------------------ an urban district written short

def test_urban_district_written_q_dot():
    assert names("UBND Q. Cẩm Lệ tổ chức hội nghị.", source=None) == [
        "Ủy ban nhân dân quận Cẩm Lệ"]
    assert names("UBND Q.Hải Châu tổ chức hội nghị.", source=None) == [
        "Ủy ban nhân dân quận Hải Châu"]


def test_a_bare_city_police_is_the_city_of_the_district_named():
    assert names("Chủ tịch Q. Hải Châu và Công an TP cùng biểu dương các tổ dân phố.",
                 source="https://cadn.com.vn/print/abc.html") == ["Công an thành phố Đà Nẵng"]
