"""Organisation failure kinds of round 28 (issue 14, fixer F46): named bodies the extractor did
not read — a firm's name cut before a verb the segmenter glued to it ("… Nam| khởi công"), the
head "Công Ty" in title case, factories of a lower-case trade ("Nhà máy giầy X"), the Buddhist
Sangha of a province or city, the UN agencies written by their acronym, "Trung tâm Hội nghị
quốc gia" in lower case, a boarding school written "Phổ thông DTNT", and a member university
named with its partner country ("Việt – Hàn") and its parent after a comma.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as orgs

# ------------------------------------------------------------------------------------ firms


def test_a_firm_name_ends_before_a_glued_verb():
    got = orgs("Năm nay Công ty TNHH Vật tư Hồng Nam khởi công nâng cấp đường vào Nhà văn hóa "
               "thôn 4.")
    assert ("Công ty TNHH Vật tư Hồng Nam", "Công ty TNHH Vật tư Hồng Nam") in got
    assert not any("khởi" in surface for surface, _ in got)


def test_a_firm_with_its_head_in_title_case():
    assert orgs("Ngôi nhà mới xây bằng tiền Công Ty TNHH Minh Phát tài trợ.") == [
        ("Công Ty TNHH Minh Phát", "Công ty TNHH Minh Phát")]


def test_a_factory_named_by_its_trade_in_lower_case():
    assert names("Chiều qua, hai xe khách rời Nhà máy giầy Phúc Hưng lúc 5 giờ.") == [
        "Nhà máy giầy Phúc Hưng"]
    assert names("Năm nay Công đoàn Nhà máy giầy Phúc Hưng thuê 4 xe khách.") == [
        "Công đoàn Nhà máy giầy Phúc Hưng"]


# ------------------------------------------------------------- religious and foreign bodies


def test_the_sangha_of_a_city_written_by_its_own_name():
    assert names("Đại diện Giáo hội Phật giáo TP Đà Nẵng dự lễ khánh thành.") == [
        "Giáo hội Phật giáo thành phố Đà Nẵng"]
    assert names("Giáo hội Phật giáo Việt Nam tổ chức đại lễ.") == ["Giáo hội Phật giáo Việt Nam"]
    assert names("Đại diện Giáo hội Phật giáo Hòa Hảo dự lễ.") == ["Giáo hội Phật giáo Hòa Hảo"]


def test_un_agencies_by_their_acronym():
    assert names("Hồ sơ di sản sẽ được đệ trình UNESCO xem xét.") == [
        "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc"]
    assert names("Dự án do UNDP và FAO tài trợ.") == [
        "Chương trình Phát triển Liên hợp quốc",
        "Tổ chức Lương thực và Nông nghiệp Liên hợp quốc"]
    assert names("Hợp tác xã FAOS được thành lập năm 2020.") == ["Hợp tác xã FAOS"]


# ------------------------------------------------------------------ institutions and venues


def test_the_national_conference_centre_in_lower_case():
    assert names("Triển lãm mở cửa tại Trung tâm Hội nghị quốc gia (Hà Nội) đến hết tuần.") == [
        "Trung tâm Hội nghị quốc gia"]
    assert names("Triển lãm mở cửa tại Trung tâm Hội nghị Quốc gia đến hết tuần.") == [
        "Trung tâm Hội nghị Quốc gia"]


def test_a_boarding_school_written_pho_thong_dtnt():
    assert names("Hội trao 15 suất học bổng cho học sinh trường Phổ thông DTNT tỉnh Quảng "
                 "Nam.") == ["Trường Phổ thông dân tộc nội trú tỉnh Quảng Nam"]


def test_a_member_university_with_its_partner_and_parent():
    assert names("Ba trăm sinh viên Trường Đại học Công nghệ Thông tin và Truyền thông Việt – "
                 "Hàn, Đại học Đà Nẵng dự thi.") == [
        "Trường Đại học Công nghệ Thông tin và Truyền thông Việt - Hàn Đại học Đà Nẵng"]
    assert names("Trường Đại học Bách khoa, Đại học Đà Nẵng tổ chức lễ tốt nghiệp.") == [
        "Trường Đại học Bách khoa Đại học Đà Nẵng"]
    assert names("Trường Đại học Công nghệ Thông tin tổ chức lễ tốt nghiệp.") == [
        "Trường Đại học Công nghệ Thông tin"]


def test_the_national_centre_with_its_proper_name_after_it():
    assert names("Đại hội khai mạc tại Trung tâm Hội nghị Quốc gia Mỹ Đình, Hà Nội.") == [
        "Trung tâm Hội nghị Quốc gia Mỹ Đình"]


# ------------------------------------------------------ a lower-case union with a bare level


def test_a_lower_case_union_after_its_representative_is_the_body():
    got = names("Liên đoàn Lao động tỉnh Hà Tĩnh mở lớp tập huấn. Lãnh đạo liên đoàn lao động "
                "tỉnh phát biểu khai giảng lớp học.")
    assert got == ["Liên đoàn Lao động tỉnh Hà Tĩnh", "Liên đoàn Lao động tỉnh Hà Tĩnh"]


def test_a_lower_case_union_in_a_class_stays_a_word():
    assert names("Mỗi hội nông dân huyện chọn hai mô hình để nhân rộng.") == []
