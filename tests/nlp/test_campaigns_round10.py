"""Campaign failure kinds of real-text round 10 (issue 14: the traps of held-out batch 9, now dev,
and the kinds of quoted things around them). Every sentence here was written for these tests (no
press text). Each test is one kind — a standard quoted without a trigger, a campaign's words inside
a quoted saying, a quote naming a thing (a bookcase, a group, a letter …), an appeal named by its
campaign — plus the forms around each that must keep working.
"""

from __future__ import annotations

from tests.nlp.mention_support import campaign_rows

PUB = "2024-03-12T08:00:00+07:00"


def camps(text: str, pub: str | None = PUB) -> list[tuple[str, str]]:
    return campaign_rows(text, pub)


def names(text: str, pub: str | None = PUB) -> list[str]:
    return [n for _s, n in camps(text, pub)]


FAMILIES = "Xây dựng gia đình 5 không, 3 sạch"
TREES = "Tết trồng cây đời đời nhớ ơn Bác Hồ"


def test_a_standard_quoted_without_a_trigger_is_no_campaign():
    # the criteria a family or a road is held to, quoted after "tiêu chuẩn", "đạt chuẩn", "tiêu chí"
    assert names("Hội gắn biển cho 12 gia đình đạt tiêu chuẩn “5 không, 3 sạch” ở thôn Đồng Tâm.") == []
    assert names("Năm nay xã có thêm 30 hộ đạt chuẩn “5 không 3 sạch”.") == []
    assert names("Các chi hội rà soát những hộ chưa đạt tiêu chí “5 không, 3 sạch” để giúp đỡ.") == []
    # after the campaign is named, the standard is still the standard
    assert names("Thực hiện cuộc vận động xây dựng gia đình 5 không 3 sạch, hội đã công nhận 40 gia đình "
                 "đạt tiêu chuẩn “5 không 3 sạch”.") == [FAMILIES]
    # the campaign itself, quoted after its trigger or after "gia đình", still counts
    assert names("Hội tiếp tục thực hiện cuộc vận động xây dựng gia đình “5 không, 3 sạch”.") == [FAMILIES]
    assert names("Chi hội tổ chức tập huấn xây dựng gia đình “5 không, 3 sạch” cho 60 hội viên.") == [FAMILIES]
    # the criteria of a campaign named with its trigger cite it
    assert names("Cán bộ hội phổ biến 8 tiêu chí của cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”.") == [
        FAMILIES]


def test_a_campaigns_words_inside_a_quoted_saying_are_no_mention():
    assert names("Những ngày đầu xuân, thầy trò nhắc lại lời dạy của Bác “Mùa xuân là Tết trồng cây, làm "
                 "cho đất nước càng ngày càng xuân” rồi cùng nhau trồng cây.") == []
    assert names("Ông nhắc mọi người câu nói “Ai cũng phải hưởng ứng Tết trồng cây” trước buổi lao động.") == []
    # the same words quoted as the campaign's own name, or written after a launching verb, count
    assert names("Huyện phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” năm 2024.") == [TREES]
    assert names("Sáng 15/2, xã Tân Phú phát động Tết trồng cây xuân Giáp Thìn.") == [TREES]
    # a quote holding two names joined by a dash is no saying: both count
    assert names("Đồn biên phòng duy trì chương trình “Nâng bước em tới trường - Con nuôi đồn Biên phòng” "
                 "cho 14 em.") == ["Nâng bước em tới trường", "Con nuôi Đồn Biên phòng"]


def test_a_quote_right_after_a_things_noun_names_that_thing():
    # a bookcase, a group, a letter, a page, a class or a team named in a campaign's words
    assert names("Liên đội ra mắt tủ sách “Kế hoạch nhỏ” với 500 đầu sách do học sinh góp.") == []
    assert names("Các bạn trẻ lập nhóm Zalo “Mùa hè xanh” để trao đổi lịch làm việc.") == []
    assert names("Nhà trường phát hành cuốn cẩm nang “Tiếp sức mùa thi” cho thí sinh.") == []
    assert names("Em gửi bức thư “Ngày Chủ nhật xanh” tới các bạn ở xã bạn.") == []
    assert names("Lớp học “Bình dân học vụ số” khai giảng tại nhà văn hóa thôn.") == []
    assert names("Trang fanpage “Tháng Thanh niên” đăng tải 40 tin bài.") == []
    # unquoted as well, for a name that counts without a trigger
    assert names("Liên đội ra mắt tủ sách Kế hoạch nhỏ với 500 đầu sách.") == []
    # cited by a verb, a preposition or its trigger, the campaign still counts
    assert names("Liên đội hưởng ứng “Kế hoạch nhỏ” bằng việc thu gom giấy vụn.") == ["Kế hoạch nhỏ"]
    assert names("Trong “Mùa hè xanh”, các đội hình tình nguyện sửa 3 km đường.") == ["Mùa hè xanh"]
    assert names("Huyện đoàn ra quân chiến dịch “Mùa hè xanh” tại xã Phú Lộc.") == ["Mùa hè xanh"]


def test_an_appeal_named_by_the_campaign_it_launched_cites_it():
    assert names("Hưởng ứng lời kêu gọi Tết trồng cây của Chủ tịch Hồ Chí Minh, xã trồng 2.000 cây.") == [TREES]
    # a quote after the appeal is its words; a generic appeal names no campaign
    assert names("Bác ra Lời kêu gọi thi đua ái quốc ngày 11/6/1948.") == []


def test_toi_and_den_are_written_for_each_other_in_the_programmes_name():
    # the catalogue holds the other writing as an alias; an unknown name keeps its own word
    assert names("Đồn trao học bổng cho 6 em trong chương trình Nâng bước em đến trường năm nay.") == [
        "Nâng bước em tới trường"]
    assert names("Các đồn duy trì chương trình “Nâng bước em đến trường” ở xã biên giới.") == [
        "Nâng bước em tới trường"]
    assert names("Chương trình Nâng bước em tới trường giúp 20 em tiếp tục đi học.") == ["Nâng bước em tới trường"]
    assert names("Chương trình “Tiếp bước đến trường” năm nay trao 90 suất học bổng.") == ["Tiếp bước đến trường"]


def test_a_longer_name_that_adds_a_counted_criterion_is_a_campaign_of_its_own():
    # the province's campaign adds "3 an toàn" to the national "5 không, 3 sạch": its own name
    assert names("Hội phụ nữ huyện đẩy mạnh cuộc vận động “Xây dựng gia đình 5 không, 3 sạch, 3 an toàn”.") == [
        "Xây dựng gia đình 5 không, 3 sạch, 3 an toàn"]
    # a longer official wording that adds no count is still the catalogue's campaign
    assert names("Hội tiếp tục phong trào “Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau "
                 "làm giàu và giảm nghèo bền vững”.") == ["Nông dân sản xuất, kinh doanh giỏi"]


def test_a_campaign_inside_its_organising_committees_name_is_no_mention():
    assert names("Ban Tổ chức Hành trình Đỏ Trung ương trao 30 kỷ niệm chương cho người hiến máu.") == []
    assert names("Ban tổ chức Tháng Thanh niên của huyện họp rút kinh nghiệm.") == []
    # the campaign named on its own, or its own blood-donation festival, counts
    assert names("Năm nay, Hành trình Đỏ đi qua 30 tỉnh, thành.") == ["Hành trình Đỏ"]
    assert names("Tỉnh khai mạc Ngày hội Hành trình Đỏ “Giọt máu nghĩa tình” tại nhà văn hóa.") == ["Hành trình Đỏ"]
    # the festival's own quoted name is an event
    assert names("Tỉnh khai mạc Ngày hội hiến máu “Giọt máu nghĩa tình” tại nhà văn hóa.") == []


def test_the_national_tree_planting_programme_after_its_head_word():
    assert names("Xã hưởng ứng chương trình trồng 1 tỷ cây xanh bằng 2.000 cây keo.") == ["Trồng 1 tỷ cây xanh"]
    # the plan of the same name, or the words without a head, are not the programme
    assert names("Huyện triển khai đề án trồng 1 tỷ cây xanh giai đoạn 2021 - 2025.") == []
    assert names("Cả nước đồng lòng trồng mới 1 tỷ cây xanh.") == []


HIV_MONTH = "Tháng hành động quốc gia phòng, chống HIV/AIDS"


def test_a_bare_month_of_action_named_by_its_disease_or_by_nothing():
    # the disease named in the sentence, even only in the year's theme, names the month
    assert names("Tháng hành động năm nay diễn ra từ 10/11 đến 10/12 với chủ đề “Chung tay chấm dứt dịch "
                 "bệnh AIDS”.") == [HIV_MONTH]
    assert names("Trạm y tế xã treo băng rôn trong Tháng hành động, tư vấn xét nghiệm HIV miễn phí.") == [HIV_MONTH]
    # the bare words, however capitalised, with no subject in the sentence: no campaign
    assert names("Sau khi kết thúc Tháng Hành động, các xã gửi báo cáo về huyện.") == []
    assert names("Trong Tháng Cao điểm, mỗi chi hội đăng ký một phần việc.") == []
    # a named month in full still counts, capitalised or not
    assert names("Huyện phát động Tháng Công nhân năm 2024.") == ["Tháng Công nhân"]


def test_a_theme_given_after_the_month_it_belongs_to():
    # "chủ đề Tháng …  là “…”": the quote is the theme (no campaign), the month is cited
    assert names("Bộ Y tế chọn chủ đề Tháng Hành động là “Cùng hành động để kết thúc dịch AIDS”.") == [HIV_MONTH]
    assert names("Chủ đề Tháng Thanh niên năm nay là “Tuổi trẻ tiên phong chuyển đổi số”.") == [
        "Tháng Thanh niên"]
    # a theme's quote alone stays a theme
    assert names("Chương trình có chủ đề “Tháng Ba biên giới mãi xanh”.") == []


def test_a_catalogue_name_listed_beside_campaigns_is_one_of_them():
    assert names("Trong hè, các đội hình tình nguyện Kỳ nghỉ hồng, Hoa phượng đỏ và Tiếp sức mùa thi ra quân.") == [
        "Kỳ nghỉ hồng", "Hoa phượng đỏ", "Tiếp sức mùa thi"]
    # alone, without a trigger, a name that counts only after one stays unread
    assert names("Hoa phượng đỏ rực sân trường trong ngày bế giảng.") == []
    # a list of other things does not make it one
    assert names("Sân trường trồng các loài Bằng lăng tím, Hoa phượng đỏ và Hoa sữa.") == []


def test_a_things_name_given_by_a_naming_verb_or_written_on_it():
    assert names("Ngôi nhà có tên “Mùa hè xanh” do sinh viên góp tiền xây.") == []
    assert names("Trên tấm biển ghi: “Ngày Chủ nhật xanh”.") == []
    assert names("Các em mặc áo in chữ “Kế hoạch nhỏ” đi thu gom giấy vụn.") == []
    assert names("Tour du lịch “Hành trình Đỏ” đưa du khách về nguồn.") == []
    # a verb that is no inscription still cites the campaign
    assert names("Huyện ghi nhận “Mùa hè xanh” năm nay có nhiều đổi mới.") == ["Mùa hè xanh"]


def test_trade_drives_and_price_plans_are_no_campaigns():
    assert names("Nhà mạng ra mắt gói cước “Mùa hè xanh” dành cho sinh viên.") == []
    assert names("Doanh nghiệp phát động chiến dịch quảng cáo “Sống xanh cùng bạn” trên mạng xã hội.") == []
    assert names("Ngân hàng tung chương trình ưu đãi “Tết sum vầy” cho khách hàng vay vốn.") == []
    # a communication drive of a public body is a campaign
    assert names("Huyện triển khai chiến dịch truyền thông “Nói không với rác thải nhựa”.") == [
        "Nói không với rác thải nhựa"]


def test_a_programmes_subject_defined_as_the_programme():
    assert names("Xác định giảm nghèo bền vững là chương trình mục tiêu quốc gia quan trọng, huyện dành 20 tỷ "
                 "đồng.") == ["Chương trình mục tiêu quốc gia giảm nghèo bền vững"]
    # the subject as a plain aim names no programme
    assert names("Xã tập trung giảm nghèo bền vững trong năm nay.") == []


def test_a_catalogue_name_after_to_chuc():
    assert names("Huyện tổ chức tết trồng cây đầu năm tại khu di tích.") == ["Tết trồng cây đời đời nhớ ơn Bác Hồ"]
    # a name that counts only with a capital or a trigger stays unread in lower case
    assert names("Trường tổ chức kỳ nghỉ cho học sinh vào tháng 7.") == []
