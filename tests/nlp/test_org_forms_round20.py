"""Organisation failure kinds of round 20 (issue 14, dev batches 25-26): canonical names and
written forms of known bodies — a level written short inside a name read from the text, two
bodies joined by a dash, "ở" before a body's place, "Tỉnh hội" after a district's association,
a field written short in a club's name, a Party committee before a comma and a provincial
command.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2020-07-09"
SRC = "baophuyen"


def rows(text: str, pub: str = PUB, source: str | None = SRC) -> list[tuple[str, str]]:
    return organisation_rows(text, pub, source)


def names(text: str, pub: str = PUB, source: str | None = SRC) -> list[str]:
    return [name for _, name in rows(text, pub, source)]


# ------------------------------------------------ a level written short inside a name

def test_city_written_short_in_a_hospital_name_is_spelt_out():
    assert names("Bệnh viện Nhi đồng - Sản khoa TP Long Xuyên khám miễn phí cho 200 em.") == [
        "Bệnh viện Nhi đồng - Sản khoa thành phố Long Xuyên"]
    assert names("Bệnh viện Y học Cổ truyền Tp Quy Nhơn vừa khai trương khoa mới.") == [
        "Bệnh viện Y học Cổ truyền thành phố Quy Nhơn"]


def test_town_written_short_in_a_name_is_spelt_out():
    assert names("Bệnh viện Đa khoa TX Đông Hòa tiếp nhận 30 bệnh nhân.") == [
        "Bệnh viện Đa khoa thị xã Đông Hòa"]
    assert names("Trung tâm Văn hóa Thể thao TX Đông Hòa tổ chức giải bóng chuyền.") == [
        "Trung tâm Văn hóa Thể thao thị xã Đông Hòa"]


def test_city_initials_are_not_read_as_a_place_name():
    from baochi.nlp.organisations.names import spell_levels
    assert spell_levels("Bệnh viện Ung bướu TP.HCM") == "Bệnh viện Ung bướu TP.HCM"
    assert spell_levels("Bệnh viện Ung bướu TP HCM") == "Bệnh viện Ung bướu TP HCM"
    assert spell_levels("Bệnh viện Ung bướu TP.Biên Hòa") == "Bệnh viện Ung bướu thành phố Biên Hòa"
    assert spell_levels("Trung tâm Y tế TP. Tuy Hòa") == "Trung tâm Y tế thành phố Tuy Hòa"
    assert spell_levels("Phòng TP huyện") == "Phòng TP huyện"


# ------------------------------------------------ two bodies joined by a dash

def test_committee_dash_association_are_two_bodies():
    found = rows("Ban Thường vụ Thành đoàn - Hội Liên hiệp thanh niên thành phố Tuy Hòa tổ chức "
                 "tuyên dương 30 gương mặt trẻ.")
    assert len(found) == 2
    assert found[0][0].startswith("Ban Thường vụ Thành đoàn")
    assert found[1][1] == "Hội Liên hiệp Thanh niên Việt Nam thành phố Tuy Hòa"


def test_committee_dash_provincial_association_are_two_bodies():
    found = names("Ban Thường vụ Tỉnh đoàn - Hội Liên hiệp thanh niên tỉnh Bình Định phát động "
                  "đợt trồng cây.")
    assert found == ["Ban Thường vụ Tỉnh đoàn Bình Định",
                     "Hội Liên hiệp Thanh niên Việt Nam tỉnh Bình Định"]


def test_names_with_an_inner_dash_stay_one_body():
    assert len(names("Sở Lao động - Thương binh và Xã hội tỉnh Phú Yên trao 50 suất quà.")) == 1
    assert len(names("Đài Phát thanh - Truyền hình tỉnh Phú Yên đưa tin.")) == 1
    assert len(names("Bệnh viện Huyết học - Truyền máu thành phố Cần Thơ tiếp nhận máu.")) == 1


# ------------------------------------------------ "ở" before a body's place

def test_association_written_with_o_before_its_district():
    assert rows("Phong trào của Hội Cựu chiến binh ở huyện Sơn Hòa ngày càng lan tỏa.") == [
        ("Hội Cựu chiến binh ở huyện Sơn Hòa", "Hội Cựu chiến binh huyện Sơn Hòa")]


def test_o_before_a_place_with_no_known_association_is_no_body():
    found = names("Hội viên ở huyện Sơn Hòa tham gia đông đủ.")
    assert not any("ở" in n for n in found)


# ------------------------------------------------ "Tỉnh hội" after a district's association

def test_province_association_after_a_district_one():
    found = names("Hội Phụ nữ huyện Đồng Xuân được Trung ương Hội và Tỉnh hội tặng bằng khen.")
    assert "Hội Liên hiệp Phụ nữ tỉnh Phú Yên" in found or "Hội Phụ nữ tỉnh Phú Yên" in found


def test_province_association_after_two_kinds_of_district_association_is_left_alone():
    found = rows("Hội Nông dân huyện Đồng Xuân và Hội Cựu chiến binh huyện Đồng Xuân được Tỉnh "
                 "hội khen thưởng.")
    assert not any(surface == "Tỉnh hội" for surface, _ in found)


# ------------------------------------------------ a field written short in a club's name

def test_club_field_written_short_is_spelt_out():
    assert names("Đội viên CLB TNTN huyện Đồng Xuân dọn vệ sinh bãi biển.") == [
        "Câu lạc bộ thanh niên tình nguyện huyện Đồng Xuân"]


def test_youth_federation_written_with_its_initials_in_brackets():
    assert names("Hội Liên hiệp thanh niên (LHTN) huyện Phú Hòa tổ chức đại hội.") == [
        "Hội Liên hiệp Thanh niên Việt Nam huyện Phú Hòa"]


# ------------------------------------------------ a Party committee before a provincial command

def test_party_committee_before_a_border_guard_command():
    found = rows("Chương trình do Đảng ủy, Ban Chỉ huy Bộ đội Biên phòng tỉnh phối hợp tổ chức.",
                 pub="2026-02-06")
    assert found[0] == ("Đảng ủy", "Đảng ủy Ban Chỉ huy Bộ đội Biên phòng tỉnh Phú Yên")
    assert found[1][1] == "Ban Chỉ huy Bộ đội Biên phòng tỉnh Phú Yên"


def test_party_committee_before_a_provincial_military_command():
    assert rows("Đảng ủy, Bộ Chỉ huy Quân sự tỉnh Phú Yên tổng kết công tác năm.")[0] == (
        "Đảng ủy", "Đảng ủy Bộ Chỉ huy Quân sự tỉnh Phú Yên")


def test_party_committee_before_a_commune_command_stays_the_communes():
    found = rows("Tại xã An Ninh, Đảng ủy, Ban Chỉ huy Quân sự xã An Ninh ra quân huấn luyện.")
    assert ("Đảng ủy", "Đảng ủy xã An Ninh") in found


def test_standing_board_of_the_party_committee_before_a_command():
    assert rows("Ban Thường vụ Đảng ủy, Bộ Chỉ huy Quân sự tỉnh Phú Yên họp phiên thường kỳ.")[0] == (
        "Ban Thường vụ Đảng ủy", "Ban Thường vụ Đảng ủy Bộ Chỉ huy Quân sự tỉnh Phú Yên")
    found = rows("Xã An Ninh tổ chức lễ. Ban Thường vụ Đảng ủy, Ban Chỉ huy Quân sự xã An Ninh dự.")
    assert ("Ban Thường vụ Đảng ủy", "Ban Thường vụ Đảng ủy xã An Ninh") in found


def test_party_committee_of_a_military_region_is_named_by_the_region():
    assert rows("Đảng ủy, Bộ Tư lệnh Quân khu 5 tổ chức hội nghị.")[0] == (
        "Đảng ủy", "Đảng ủy Quân khu 5")
