"""Organisation failure kinds of round 22 (issue 14), read on the fresh pages of batches 29–30:
a paper named by a longer place that begins with its province's name, a cooperative or company
whose capitalised trade goes on in lower case up to its proper name, a union written again
before a count of units (a grouping, not the body), and a lone "Hội" beside the associations of
other places.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2024-05-10T08:00:00+07:00"


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [name for _, name in organisation_rows(text, pub, source)]


def surfaces(text: str, source: str | None = "baohatinh") -> list[str]:
    return [surface for surface, _ in organisation_rows(text, PUB, source)]


# ------------------------------------------------ a paper named by a longer place

def test_paper_named_by_a_city_that_begins_with_its_province_keeps_the_whole_name():
    found = names("Báo Nghệ An phối hợp với Báo Điện Biên Phủ tổ chức buổi gặp mặt.")
    assert found == ["Báo Nghệ An", "Báo Điện Biên Phủ"]


def test_paper_named_by_its_province_before_a_person_stays_the_province_paper():
    found = names("Phóng viên Báo Điện Biên Hoàng Nam đã có mặt tại hiện trường.")
    assert "Báo Điện Biên" in found
    assert not any(n.startswith("Báo Điện Biên ") for n in found)


def test_paper_of_a_province_before_another_capital_word_is_not_stretched():
    found = names("Báo Hà Tĩnh Online đăng tải loạt bài về nông thôn mới.")
    assert found == ["Báo Hà Tĩnh"]


# ------------------------------------------------ a trade that goes on in lower case

def test_cooperative_trade_goes_on_in_lower_case_up_to_its_name():
    found = names("Giám đốc HTX Tiểu thủ công nghiệp mây tre đan Hòa Bình chia sẻ kinh nghiệm.")
    assert found == ["Hợp tác xã Tiểu thủ công nghiệp mây tre đan Hòa Bình"]


def test_company_trade_goes_on_in_lower_case_up_to_its_name():
    found = names("Công ty TNHH Xây dựng dân dụng Minh Phát đã bàn giao công trình.")
    assert found == ["Công ty TNHH Xây dựng dân dụng Minh Phát"]


def test_cooperative_trade_before_a_clause_word_is_not_stretched():
    found = surfaces("HTX Nông nghiệp dịch vụ Yên Phú đã hỗ trợ các hộ trồng cam ở xã Kỳ Sơn.")
    assert "HTX Nông nghiệp dịch vụ Yên Phú" in found
    assert not any("Kỳ Sơn" in s and s.startswith("HTX") for s in found)


# ------------------------------------------------ a count of units after a union

def test_union_written_again_before_a_count_of_units_is_a_grouping():
    found = surfaces("Hội LHPN tỉnh Hà Tĩnh có gian hàng riêng; Hội LHPN 12 huyện, thị xã, "
                     "thành phố cũng tham gia trưng bày.")
    assert found == ["Hội LHPN tỉnh Hà Tĩnh"]


def test_union_written_again_as_an_actor_is_still_the_body():
    found = surfaces("Hội LHPN tỉnh Hà Tĩnh tổ chức hội thi; dịp này, Hội LHPN đã trao 20 suất quà.")
    assert found == ["Hội LHPN tỉnh Hà Tĩnh", "Hội LHPN"]


# ------------------------------------------------ a lone "Hội" beside other places' associations

def test_lone_association_beside_the_associations_of_other_provinces():
    found = surfaces("Theo Hội Nông dân tỉnh Hà Tĩnh, thời gian tới, Hội sẽ liên kết với Hội "
                     "Nông dân các tỉnh bạn để tiêu thụ bưởi.")
    assert found == ["Hội Nông dân tỉnh Hà Tĩnh", "Hội"]


def test_lone_association_beside_a_grouping_at_large_is_not_read():
    found = surfaces("Theo Hội Nông dân tỉnh Hà Tĩnh, thời gian tới, Hội sẽ phối hợp với Hội "
                     "Nông dân các cấp để tiêu thụ bưởi.")
    assert found == ["Hội Nông dân tỉnh Hà Tĩnh"]


# ------------------------------------------------ a club's name cut after its first syllable

def test_club_kind_written_in_sentence_case_is_no_body():
    found = surfaces("Hội Người cao tuổi tỉnh Hà Tĩnh nhân rộng mô hình Câu lạc bộ (CLB) Liên "
                     "thế hệ tự giúp nhau ở các xã.")
    assert not any(s.startswith(("Câu lạc bộ", "CLB")) for s in found)


def test_club_phrase_that_reaches_its_unit_is_that_unit_club():
    found = names("CLB Liên thế hệ tự giúp nhau xã Kỳ Tiến vừa ra mắt.")
    assert found == ["Câu lạc bộ Liên thế hệ tự giúp nhau xã Kỳ Tiến"]


def test_club_with_a_one_syllable_field_stays_a_club():
    assert names("CLB Thơ đã ra mắt 30 hội viên.") == ["Câu lạc bộ Thơ"]
    assert names("Câu lạc bộ Thơ xã Kỳ Tiến ra mắt.") == ["Câu lạc bộ Thơ xã Kỳ Tiến"]


# ------------------------------------------------ a university branch written parent-first

def test_branch_written_after_its_university_is_named_branch_first():
    found = names("Xã đón 30 sinh viên Trường Đại học Thủy lợi – Phân hiệu tại TP.HCM về "
                  "tham gia tình nguyện.")
    assert found == ["Phân hiệu Trường Đại học Thủy lợi tại Thành phố Hồ Chí Minh"]


def test_branch_written_after_its_university_keeps_a_province_as_written():
    found = names("Sinh viên Trường Đại học Nông Lâm - Phân hiệu tại Gia Lai đã về xã.")
    assert found == ["Phân hiệu Trường Đại học Nông Lâm tại Gia Lai"]


def test_university_without_a_branch_stays_the_university():
    found = names("Sinh viên Trường Đại học Thủy lợi - cơ sở 2 đã về xã.")
    assert not any(n.startswith("Phân hiệu") for n in found)


# ------------------------------------------------ a count of districts, then what they are

def test_body_of_a_count_of_districts_named_after_gom_is_the_body_of_each():
    found = organisation_rows("Hội Nông dân 3 huyện, thị xã thuộc cụm thi đua số 1, gồm Cẩm "
                              "Xuyên, Kỳ Anh và thị xã Hồng Lĩnh đã ký kết giao ước thi đua.",
                              PUB, "baohatinh")
    assert found == [("Cẩm Xuyên", "Hội Nông dân huyện Cẩm Xuyên"),
                     ("Kỳ Anh", "Hội Nông dân huyện Kỳ Anh"),
                     ("thị xã Hồng Lĩnh", "Hội Nông dân thị xã Hồng Lĩnh")]


def test_count_of_districts_named_by_what_is_no_district_reads_none():
    found = names("Hội Nông dân 3 huyện gồm Nguyễn Văn An, Trần Thị Bình và Lê Văn Cường "
                  "đã nhận khen thưởng.")
    assert found == []


def test_body_with_a_count_of_districts_and_no_list_reads_none():
    assert names("Hội Nông dân 3 huyện đã ký kết giao ước thi đua năm nay.") == []


# ------------------------------------------------ a ward's page: its name opens the headline

_WARD_SENTENCE = "Cùng ngày, Đoàn phường còn tổ chức ra quân dọn vệ sinh các tuyến đường."


def test_bare_ward_union_on_a_page_whose_headline_opens_with_the_ward():
    found = names(_WARD_SENTENCE, "https://baohatinh.vn/xa-hoi/tran-phu-ra-quan-chien-dich-he-123456.htm")
    assert found == ["Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Trần Phú"]


def test_two_syllable_ward_later_in_the_headline_is_not_read():
    found = names(_WARD_SENTENCE, "https://baohatinh.vn/xa-hoi/ra-quan-chien-dich-he-o-tran-phu-123456.htm")
    assert found == []


# ------------------------------------------------ a neighbouring province's propaganda board

def test_lao_provincial_propaganda_boards_listed_after_one_level():
    found = organisation_rows("Theo lời mời của Ban Tuyên huấn tỉnh Attapeu và Sekong, đoàn "
                              "công tác đã sang thăm và làm việc.", PUB, "baokontum")
    assert found == [("Ban Tuyên huấn tỉnh Attapeu", "Ban Tuyên huấn tỉnh Attapeu"),
                     ("Sekong", "Ban Tuyên huấn tỉnh Sekong")]


def test_propaganda_board_without_a_place_is_not_read_alone():
    assert names("Trưởng Ban Tuyên huấn đã phát biểu tại buổi lễ.") == []


# ------------------------------------------------ numbered wards in brackets, a glued district

def test_numbered_wards_in_brackets_take_the_district_written_without_its_space():
    found = names("Năm 2012, thị xã GòCông có 2 Hội Khuyến học cơ sở (phường 2 và phường 5) "
                  "làm điểm mô hình mới.", "https://baotiengiang.vn/xa-hoi/a-123.html")
    assert found == ["Hội Khuyến học phường 2 thị xã Gò Công",
                     "Hội Khuyến học phường 5 thị xã Gò Công"]


def test_numbered_wards_in_brackets_after_a_district_at_the_level_written():
    found = names("Năm 2010, thị xã Sa Đéc có 2 Hội Khuyến học cơ sở (phường 1 và phường 3) "
                  "làm điểm mô hình mới.", "https://www.baodongthap.vn/xa-hoi/a-123.aspx")
    assert found == ["Hội Khuyến học phường 1 thị xã Sa Đéc",
                     "Hội Khuyến học phường 3 thị xã Sa Đéc"]
