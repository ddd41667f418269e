"""Organisation kinds of round 18 (issue 14, held-out batch 19 made dev): boards against an
epidemic named by its code, veterans' liaison boards, a city's short level after a board's
task. Sentences are written for these tests."""

from __future__ import annotations

from baochi.nlp import analyse

PUB = "2021-08-02T08:00:00+07:00"


def rows(text: str, source: str | None = "baothainguyen") -> list[tuple[str, str]]:
    return [(o.surface, o.name) for o in analyse(text, PUB, source).organisations]


def test_a_board_against_an_epidemic_named_by_its_code():
    assert rows("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh họp trực tuyến.") == [
        ("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh",
         "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Thái Nguyên")]
    assert rows("Ban Chỉ đạo phòng chống dịch cúm gia cầm H5N1 huyện Đại Từ kiểm tra.") == [
        ("Ban Chỉ đạo phòng chống dịch cúm gia cầm H5N1 huyện Đại Từ",
         "Ban Chỉ đạo phòng chống dịch cúm gia cầm H5N1 huyện Đại Từ")]


def test_a_liaison_board_with_its_level_and_place():
    assert rows("Ban Liên lạc Cựu tù chính trị tỉnh gặp mặt hội viên.") == [
        ("Ban Liên lạc Cựu tù chính trị tỉnh", "Ban Liên lạc Cựu tù chính trị tỉnh Thái Nguyên")]
    assert rows("Ban Liên lạc (BLL) Chiến sĩ Điện Biên Phủ T.P Sông Công gặp mặt.") == [
        ("Ban Liên lạc (BLL) Chiến sĩ Điện Biên Phủ T.P Sông Công",
         "Ban Liên lạc Chiến sĩ Điện Biên Phủ thành phố Sông Công")]
    # a liaison board of classes of a school, in lower case, is no body of the province
    assert rows("Ban liên lạc các khóa học tỉnh họp mặt.") == []


def test_a_city_after_a_boards_task_is_no_central_board():
    # "TP." opens the city's name: the city's board, not the national one ("Trung ương")
    assert rows("Ban Chỉ đạo phòng, chống dịch COVID-19 TP. Thái Nguyên họp.") == [
        ("Ban Chỉ đạo phòng, chống dịch COVID-19 TP. Thái Nguyên",
         "Ban Chỉ đạo phòng, chống dịch COVID-19 thành phố Thái Nguyên")]


def test_a_bodys_managing_board_written_before_it_is_one_mention():
    assert rows("Ban Giám đốc Bệnh viện Đa khoa tỉnh thăm hỏi bệnh nhân.") == [
        ("Ban Giám đốc Bệnh viện Đa khoa tỉnh", "Ban Giám đốc Bệnh viện Đa khoa tỉnh Thái Nguyên")]
    assert rows("Hội đồng quản trị Công ty cổ phần Gang thép Thái Nguyên họp.") == [
        ("Hội đồng quản trị Công ty cổ phần Gang thép Thái Nguyên",
         "Hội đồng quản trị Công ty cổ phần Gang thép Thái Nguyên")]
    # a director's title before the body is no board: the body alone
    assert rows("Ông Nguyễn Văn A, Giám đốc Sở Y tế, phát biểu.") == [
        ("Sở Y tế", "Sở Y tế tỉnh Thái Nguyên")]


def test_a_districts_association_written_by_its_level():
    assert rows("Hội Cựu chiến binh huyện Đại Từ họp. Huyện hội đã vận động 20 triệu đồng.") == [
        ("Hội Cựu chiến binh huyện Đại Từ", "Hội Cựu chiến binh huyện Đại Từ"),
        ("Huyện hội", "Hội Cựu chiến binh huyện Đại Từ")]
    # two districts' associations: the bare form is no one of them
    assert [n for _, n in rows("Hội Nông dân huyện Đại Từ và Hội LHPN huyện Đại Từ phối hợp; "
                               "Huyện hội đã vận động.")] == [
        "Hội Nông dân huyện Đại Từ", "Hội Liên hiệp Phụ nữ huyện Đại Từ"]
    # "Huyện Hội" is no district named "Hội": a bare "huyện" before it stays unplaced
    assert all("huyện Hội" not in n for _, n in rows(
        "Hội LHPN huyện tặng quà cho trẻ em mồ côi do Huyện Hội nhận đỡ đầu."))


def test_a_charity_party_of_a_quoted_name():
    assert rows("Đoàn từ thiện “Nắng ấm” trao 100 suất quà cho học sinh.") == [
        ("Đoàn từ thiện “Nắng ấm”", "Đoàn từ thiện Nắng ấm")]
    # a quote in lower case is a description, no name
    assert rows("Các đoàn từ thiện “vì người nghèo” đã đến thăm.") == []


def test_a_unit_then_a_dash_and_thuoc_is_an_aside_not_one_name():
    assert rows("Đồn Biên phòng Nhà Mát - thuộc Bộ đội Biên phòng (BĐBP) tỉnh đã trao quà.",
                "baocamau") == [
        ("Đồn Biên phòng Nhà Mát", "Đồn Biên phòng Nhà Mát"),
        ("Bộ đội Biên phòng (BĐBP) tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau")]
    # without the dash the parent is part of the unit's name (GUIDE)
    assert [n for _, n in rows("Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội làm việc.")] == [
        "Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội"]


def test_a_committee_with_its_level_written_again_is_named_without_it():
    assert [n for _, n in rows("Ban Thường vụ huyện đoàn huyện Đại Từ tổ chức.")] == [
        "Ban Thường vụ Huyện đoàn Đại Từ"]
    assert [n for _, n in rows("Huyện ủy huyện Đại Từ chỉ đạo.")] == ["Huyện ủy Đại Từ"]
    # a centrally-run city's name holds its level
    assert [n for _, n in rows("Thành đoàn thành phố Hồ Chí Minh tổ chức.")] == [
        "Thành đoàn Thành phố Hồ Chí Minh"]
