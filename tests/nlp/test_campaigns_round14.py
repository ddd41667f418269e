"""Campaign failure kinds of real-text round 14 (issue 14): the Red Cross's Tết movement quoted
without a trigger, a movement named by the titled units it builds, a short form defined for a
programme's subject only, a programme one is at, a programme's subject defined as a campaign of
the whole people. Every sentence here was written for these tests (no press text).
"""

from __future__ import annotations

from tests.nlp.mention_support import campaign_names, campaign_rows

PUB = "2024-06-12T08:00:00+07:00"
PROGRAMME = "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"


def names(text: str) -> list[str]:
    return campaign_names(text, PUB)


# ------------------------------------------------------------------------- Tết Nhân ái

def test_the_red_cross_tet_movement_quoted_without_a_trigger():
    assert names("Để có thêm nguồn lực dịp “Tết Nhân ái” Xuân Giáp Thìn 2024, Hội kêu gọi các "
                 "nhà hảo tâm ủng hộ.") == ["Tết Nhân ái"]
    # the year's theme after a dash is not part of the name, as for "Tết Sum vầy"
    assert names("Phường tổ chức Chương trình “Tết Nhân ái – Xuân sẻ chia” cho 200 hộ.") == [
        "Tết Nhân ái"]


def test_a_kind_tet_and_a_tet_market_are_no_movement():
    assert names("Các cháu được đón một cái Tết nhân ái, đầm ấm bên gia đình.") == []
    assert names("Hội mở các gian hàng “Chợ Tết Nhân ái” cho người nghèo.") == []


# ------------------------------------------------------------ a movement of titled units

def test_a_movement_named_by_the_titled_units_it_builds():
    assert campaign_rows("Hội Khuyến học tỉnh phát động phong trào xây dựng Gia đình học tập, "
                         "Dòng họ học tập, Cộng đồng học tập từ năm 2010.", PUB) == [
        ("xây dựng Gia đình học tập, Dòng họ học tập, Cộng đồng học tập",
         "Xây dựng Gia đình học tập, Dòng họ học tập, Cộng đồng học tập")]
    assert names("Xã đẩy mạnh phong trào xây dựng Gia đình văn hóa và Thôn văn hóa trong năm.") == [
        "Xây dựng Gia đình văn hóa và Thôn văn hóa"]


def test_titles_after_a_plural_trigger_bodies_or_one_title_are_no_movement():
    assert names("Các chi hội tham gia các phong trào xây dựng Gia đình học tập, Dòng họ học "
                 "tập của xã.") == []
    assert names("Đoàn viên tham gia phong trào xây dựng Hội Nông dân, Đoàn Thanh niên vững "
                 "mạnh.") == []
    assert names("Hội phát động phong trào xây dựng Gia đình học tập trong hội viên.") == []


# --------------------------------------------- a short form of a programme's subject only

def test_the_initials_of_a_programmes_subject_are_no_later_mention():
    assert names("Huyện thực hiện Chương trình mục tiêu quốc gia về xây dựng Nông thôn mới (NTM) "
                 "giai đoạn 2011 - 2015. Đến năm 2015, 20 xã đạt chuẩn NTM và huyện được công "
                 "nhận huyện NTM.") == [PROGRAMME]
    # the initials of the whole name still name the movement where they recur
    assert names("Xã hưởng ứng phong trào Toàn dân bảo vệ an ninh Tổ quốc (TDBVANTQ). Ngày hội "
                 "TDBVANTQ được tổ chức ở thôn.") == ["Toàn dân bảo vệ an ninh Tổ quốc"] * 2


def test_a_programmes_subject_defined_as_a_campaign_of_the_whole_people():
    assert names("Tỉnh xác định xây dựng nông thôn mới là nhiệm vụ trọng tâm của cả hệ thống "
                 "chính trị, là cuộc vận động lớn của toàn dân.") == [PROGRAMME]
    # a task alone defines no programme
    assert names("Huyện xác định xây dựng nông thôn mới là nhiệm vụ thường xuyên, liên tục.") == []


# ------------------------------------------------------------- a programme one is at

def test_a_programme_one_is_at_is_a_gathering():
    assert names("Tại Chương trình “Ánh sáng nhân ái” 2022 vừa được tổ chức, các nhà hảo tâm "
                 "ủng hộ 5 tỷ đồng.") == []
    # a catalogue programme keeps its gift days
    assert names("Phát biểu tại chương trình “Tết Sum vầy” năm 2024, lãnh đạo Liên đoàn Lao "
                 "động tỉnh cảm ơn các nhà tài trợ.") == ["Tết Sum vầy"]
    assert names("Tỉnh đoàn tổ chức chương trình “Ánh sáng nhân ái” cho thiếu nhi vùng cao.") == [
        "Ánh sáng nhân ái"]


# ------------------------------------------------- a movement named by its parallel aim

def test_a_movement_named_by_its_aim_in_parallel_phrases():
    assert campaign_rows("Liên đội phát động phong trào thi đua tuần học tốt, giờ học tốt trong "
                         "học sinh.", PUB) == [
        ("tuần học tốt, giờ học tốt", "Tuần học tốt, giờ học tốt")]
    assert names("Chi đoàn duy trì phong trào thi đua rèn chữ đẹp, giữ vở sạch trong năm.") == []
    assert names("Chi đoàn duy trì phong trào thi đua rèn chữ đẹp và giữ vở đẹp trong năm.") == [
        "Rèn chữ đẹp và giữ vở đẹp"]


def test_no_parallel_aim_after_a_plural_trigger_or_in_a_clause():
    assert names("Các lớp tham gia các phong trào thi đua tuần học tốt, giờ học tốt.") == []
    assert names("Phong trào thi đua trong trường rất tốt, ai cũng tốt.") == []
