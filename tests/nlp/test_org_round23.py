"""Organisation failure kinds of round 23 (issue 14): a college written "Trường CĐ", the
agricultural bank's short form spelt out, a steering board named by its task and a bare
province or a town written "TX.X", and a board's standing organ written before it.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2024-05-10T08:00:00+07:00"


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [name for _, name in organisation_rows(text, pub, source)]


# ------------------------------------------------ a college written short

def test_college_written_short_after_its_head_is_spelt_out():
    assert names("Trường CĐ Y tế Nghệ An tổ chức lễ khai giảng.") == [
        "Trường Cao đẳng Y tế Nghệ An"]
    assert names("Sinh viên trường CĐ Kỹ thuật Công nghiệp và Trường CĐ Y tế Hà Tĩnh ký kết "
                 "hợp tác.") == ["Trường Cao đẳng Kỹ thuật Công nghiệp",
                                 "Trường Cao đẳng Y tế Hà Tĩnh"]
    assert names("Trường CĐ nghề Việt Đức Hà Tĩnh tuyển sinh.") == [
        "Trường Cao đẳng nghề Việt Đức Hà Tĩnh"]


def test_cd_without_a_school_head_is_no_college():
    # "CĐ" alone is also the press's short form of a trade union
    assert names("CĐ ngành Giáo dục tỉnh trao quà cho giáo viên.") == []


# ------------------------------------------------ the agricultural bank written short

def test_agricultural_bank_written_short_takes_the_catalogue_name():
    full = "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam Chi nhánh Cẩm Xuyên"
    assert names("Ngân hàng NN-PTNT Chi nhánh Cẩm Xuyên trao quà.") == [full]
    assert names("Ngân hàng NN&PTNT Chi nhánh Cẩm Xuyên trao quà.") == [full]


def test_department_of_agriculture_written_short_is_unchanged():
    assert names("Sở NN-PTNT tỉnh phối hợp tổ chức.") == [
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh"]
    assert names("Phòng NN & PTNT huyện Cẩm Xuyên phối hợp tổ chức.") == [
        "Phòng Nông nghiệp và Phát triển nông thôn huyện Cẩm Xuyên"]


# ------------------------------------------------ a steering board and its place

def test_board_named_by_a_lower_case_task_and_a_bare_province():
    assert names("Ban Chỉ đạo xây dựng nông thôn mới Hà Tĩnh họp phiên thường kỳ.") == [
        "Ban Chỉ đạo xây dựng nông thôn mới tỉnh Hà Tĩnh"]
    assert names("Ban chỉ đạo vận động hiến máu tình nguyện Thừa Thiên Huế tổ chức ngày hội.") \
        == ["Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Thừa Thiên Huế"]


def test_board_with_its_level_written_is_read_once():
    assert names("Ban Chỉ đạo xây dựng nông thôn mới tỉnh Hà Tĩnh họp.") == [
        "Ban Chỉ đạo xây dựng nông thôn mới tỉnh Hà Tĩnh"]


def test_a_clause_before_a_province_is_no_task():
    assert names("Ban Chỉ đạo đã làm việc với Quảng Nam về tiến độ.") == []
    assert names("Ban Chỉ đạo kiểm tra tiến độ Quảng Nam và Đà Nẵng.") == []
    assert names("Ban Chỉ đạo thăm Hà Tĩnh.") == []


def test_board_of_a_town_or_city_written_short_with_a_dot():
    assert names("Ban chỉ đạo vận động hiến máu tình nguyện TX.Hồng Lĩnh tổ chức ngày hội.") \
        == ["Ban chỉ đạo vận động hiến máu tình nguyện thị xã Hồng Lĩnh"]
    assert names("Ban Chỉ đạo phòng chống dịch TP.Hà Tĩnh họp.") == [
        "Ban Chỉ đạo phòng chống dịch thành phố Hà Tĩnh"]


def test_standing_organ_written_before_its_board():
    assert names("Thường trực Ban Chỉ đạo xây dựng nông thôn mới Nghệ An kiểm tra tiến độ.") == [
        "Thường trực Ban Chỉ đạo xây dựng nông thôn mới tỉnh Nghệ An"]
    assert names("Thường trực Ban Chỉ đạo xây dựng nông thôn mới tỉnh Nghệ An kiểm tra.") == [
        "Thường trực Ban Chỉ đạo xây dựng nông thôn mới tỉnh Nghệ An"]
    # a deputy head's title: the board only
    assert names("Phó ban Thường trực Ban Chỉ đạo xây dựng nông thôn mới huyện Cẩm Xuyên phát "
                 "biểu.") == ["Ban Chỉ đạo xây dựng nông thôn mới huyện Cẩm Xuyên"]


# ------------------------------------------------ armed forces written in other forms

def test_military_region_written_with_a_roman_numeral():
    assert names("Bộ Tư lệnh Quân khu IV trao tặng nhà tình nghĩa.") == ["Bộ Tư lệnh Quân khu 4"]
    assert names("Quân khu I và Quân khu II tổ chức hội thao.") == [
        "Bộ Tư lệnh Quân khu 1", "Bộ Tư lệnh Quân khu 2"]


def test_militia_as_a_national_force_only_with_viet_nam():
    assert names("Truyền thống vẻ vang của DQTV Việt Nam được phát huy.") == [
        "Dân quân tự vệ Việt Nam"]
    assert names("Lực lượng Dân quân tự vệ Việt Nam ngày càng vững mạnh.") == [
        "Dân quân tự vệ Việt Nam"]
    # the people who serve in it, written bare: no body
    assert names("Cán bộ, chiến sĩ dân quân tự vệ (DQTV) hỗ trợ ngày công.") == []
    assert names("Dân quân tự vệ tham gia dọn vệ sinh đường làng.") == []


# ------------------------------------------------ schools listed by their names after a count

def test_schools_listed_by_name_after_a_count_of_one_type():
    found = names("Hội trao máy lọc nước cho 3 trường tiểu học, gồm: Nguyễn Du, Lê Lợi và Tiểu "
                  "học Cẩm Bình cùng 2 trường THCS Phan Huy Chú và Nguyễn Trãi; đồng thời tặng "
                  "quà.")
    assert found == ["Trường Tiểu học Nguyễn Du", "Trường Tiểu học Lê Lợi",
                     "Trường Tiểu học Cẩm Bình", "Trường Trung học cơ sở Phan Huy Chú",
                     "Trường Trung học cơ sở Nguyễn Trãi"]


def test_a_count_of_schools_before_another_body_or_no_name():
    assert names("Đoàn đến thăm 2 trường THPT Hà Huy Tập và UBND xã Cẩm Bình.") == [
        "Trường Trung học phổ thông Hà Huy Tập", "Ủy ban nhân dân xã Cẩm Bình"]
    assert names("Các trường THCS trên địa bàn huyện đều tham gia.") == []
    assert names("Hai trường tiểu học của xã được công nhận đạt chuẩn.") == []


# ------------------------------------------------ a union's women's board before its union

def test_womens_board_in_lower_case_before_its_union_is_one_body():
    assert names("Ban nữ công Liên đoàn Lao động thị xã Hồng Lĩnh tổ chức hội thi.") == [
        "Ban nữ công Liên đoàn Lao động thị xã Hồng Lĩnh"]
    assert names("Ban nữ công Công đoàn cơ sở Trường Tiểu học Cẩm Bình trao quà.") == [
        "Ban nữ công Công đoàn cơ sở Trường Tiểu học Cẩm Bình"]
    # joined by "và": two actors, the board names no body
    assert names("Ban nữ công và Liên đoàn Lao động tỉnh trao quà.") == [
        "Liên đoàn Lao động tỉnh Hà Tĩnh"]


# ------------------------------------------------ "Việt Nam" in a local body at a bare level

def test_local_association_with_viet_nam_at_a_bare_level_drops_it():
    assert names("Hội CCBVN huyện Cẩm Xuyên trao quà. Dịp này, Hội CCBVN huyện tổ chức gặp "
                 "mặt.") == ["Hội Cựu chiến binh huyện Cẩm Xuyên"] * 2


def test_front_committee_keeps_viet_nam_at_a_bare_level():
    assert names("Ủy ban MTTQ Việt Nam huyện Cẩm Xuyên trao quà. Dịp này, Ủy ban MTTQ Việt Nam "
                 "huyện tổ chức gặp mặt.") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cẩm Xuyên"] * 2
