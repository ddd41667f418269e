"""Organisation forms of round 25 (units with their parents, unions of agencies, branches,
foreign bodies): a chain of units joined down to a parent by dashes or a comma, a body's guest
house or nursery, an agency's Youth Union after its secretary's title, a central bloc's union,
a bank's branch by brand and name, a city police paper's city, a UN mission, a foreign outlet, a
reprinted wire story's tag, a province's power company, a police department's union named by
its field, an outlet's editorial board, committees named by their level after a plural.
Sentences written for these tests."""

from __future__ import annotations

from baochi.nlp import analyse


def orgs(text: str, source: str | None = "baoquangtri", published: str | None = None
         ) -> list[tuple[str, str]]:
    return [(o.surface, o.name) for o in analyse(text, published, source).organisations]


# --- a chain of units down from a parent ---------------------------------------------------

def test_a_depot_of_a_department_of_the_command_joined_by_dashes_is_one_body():
    text = ("Thượng úy Trần Văn Nam - thủ kho Kho K3- Phòng Hậu cần- Bộ CHQS tỉnh được tặng nhà. "
            "Anh gắn bó với Kho K3- Phòng Hậu cần, nơi anh làm việc mười năm.")
    name = "Kho K3 Phòng Hậu cần Bộ Chỉ huy Quân sự tỉnh Quảng Trị"
    assert orgs(text) == [("Kho K3- Phòng Hậu cần- Bộ CHQS tỉnh", name),
                          ("Kho K3- Phòng Hậu cần", name)]


def test_a_section_before_its_department_and_a_comma_is_one_body():
    text = "Lê Văn Bình, nhân viên Ban Xăng dầu, Phòng Hậu cần Bộ Chỉ huy Quân sự tỉnh, nhận khen."
    assert orgs(text, "baogialai") == [
        ("Ban Xăng dầu, Phòng Hậu cần Bộ Chỉ huy Quân sự tỉnh",
         "Ban Xăng dầu Phòng Hậu cần Bộ Chỉ huy Quân sự tỉnh Gia Lai")]


def test_departments_of_one_rank_or_a_list_of_sections_are_no_chain():
    assert "Phòng Tham mưu, Phòng Chính trị Bộ CHQS tỉnh" not in [
        s for s, _ in orgs("Phòng Tham mưu, Phòng Chính trị Bộ CHQS tỉnh họp bàn.", "baogialai")]
    assert all(not s.startswith("Ban") for s, _ in orgs(
        "Ban Tài chính, Ban Doanh trại, Phòng Hậu cần Bộ CHQS tỉnh dự lễ.", "baogialai"))


def test_a_police_departments_union_named_by_its_field():
    text = "Chị Hoa là Bí thư Đoàn cơ sở Cảnh sát kinh tế Công an tỉnh từ năm ngoái."
    assert orgs(text, "baohatinh") == [
        ("Đoàn cơ sở Cảnh sát kinh tế Công an tỉnh",
         "Đoàn cơ sở Cảnh sát kinh tế Công an tỉnh Hà Tĩnh")]


# --- a body's guest house or nursery ----------------------------------------------------------

def test_a_district_committees_guest_house_takes_the_district_named_before():
    text = "Đoàn công tác đến huyện Cô Tô, trao tặng tủ lạnh cho Nhà khách Huyện ủy."
    assert ("Nhà khách Huyện ủy", "Nhà khách Huyện ủy Cô Tô") in orgs(text, "baoquangninh")


def test_a_units_nursery_is_a_body_of_that_unit():
    text = "Các nhà tài trợ sửa lại nhà trẻ Liên đội TNXP Cô Tô trước năm học mới."
    assert orgs(text, "baoquangninh") == [
        ("nhà trẻ Liên đội TNXP Cô Tô", "Nhà trẻ Liên đội thanh niên xung phong Cô Tô")]


# --- unions of agencies and blocs -------------------------------------------------------------

def test_an_agencys_union_after_its_secretarys_title():
    text = "Anh Hùng, Phó Bí thư Đoàn Sở Tư pháp tỉnh Hà Tĩnh, nhận bằng khen."
    assert orgs(text, "baohatinh") == [
        ("Đoàn Sở Tư pháp tỉnh Hà Tĩnh", "Đoàn Thanh niên Sở Tư pháp tỉnh Hà Tĩnh")]


def test_a_delegation_named_after_a_body_stays_the_body():
    text = "Đoàn UBND tỉnh Hà Tĩnh do Chủ tịch dẫn đầu đã thăm nhà máy."
    assert orgs(text, "baohatinh") == [("UBND tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Tĩnh")]


def test_the_union_of_a_central_bloc():
    text = "Tỉnh đoàn cùng Đoàn khối các cơ quan trung ương khánh thành điểm trường."
    assert ("Đoàn khối các cơ quan trung ương", "Đoàn Khối các cơ quan Trung ương") \
        in orgs(text, "baobinhphuoc")


# --- banks' branches --------------------------------------------------------------------------

def test_a_banks_branch_by_its_brand_and_name():
    assert orgs("Vietcombank Nam Hà Tĩnh trao 50 suất học bổng.", "baohatinh") == [
        ("Vietcombank Nam Hà Tĩnh",
         "Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam Chi nhánh Nam Hà Tĩnh")]


def test_a_union_written_once_before_two_branches_of_one_bank():
    text = "Đoàn Thanh niên Vietcombank Bắc Ninh và Vietcombank Từ Sơn tặng sách cho học sinh."
    bank = "Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam Chi nhánh"
    assert orgs(text, "baobacninh") == [
        ("Đoàn Thanh niên Vietcombank Bắc Ninh", f"Đoàn Thanh niên {bank} Bắc Ninh"),
        ("Vietcombank Từ Sơn", f"Đoàn Thanh niên {bank} Từ Sơn")]


def test_a_bank_alone_stays_the_bank():
    bidv = ("BIDV", "Ngân hàng Thương mại Cổ phần Đầu tư và Phát triển Việt Nam")
    assert orgs("BIDV tài trợ xây cầu dân sinh.", "baohatinh") == [bidv]
    assert orgs("Khách hàng dùng BIDV SmartBanking để chuyển tiền.", "baohatinh") == [bidv]
    assert orgs("Khách hàng hạng BIDV Premier được ưu tiên.", "baohatinh") == [bidv]


# --- a city's police paper, a province's power company ---------------------------------------

def test_a_bare_city_on_the_hai_phong_police_paper_is_hai_phong():
    text = "Hơn 50 cán bộ trẻ của BĐBP thành phố tham gia làm sạch bờ biển."
    assert orgs(text, "https://anhp.vn/tin-tuc-a123.html", "2024-05-02") == [
        ("BĐBP thành phố", "Bộ Chỉ huy Bộ đội Biên phòng thành phố Hải Phòng")]
    assert orgs(text, "https://anhp.vn/tin-tuc-a123.html", "2026-05-02") == [
        ("BĐBP thành phố", "Ban Chỉ huy Bộ đội Biên phòng thành phố Hải Phòng")]


def test_a_power_company_written_with_its_province():
    assert orgs("Mỗi hộ được Điện lực Quảng Trị hỗ trợ 20 triệu đồng.") == [
        ("Điện lực Quảng Trị", "Công ty Điện lực Quảng Trị")]


# --- foreign and international bodies, the wire agency ---------------------------------------

def test_a_un_mission_by_its_initials():
    text = "Anh là sĩ quan công binh làm nhiệm vụ tại Phái bộ UNMISS ở Nam Sudan."
    assert ("Phái bộ UNMISS", "Phái bộ UNMISS") in orgs(text, "baohanam")


def test_a_foreign_outlet_named_after_its_kind_and_again_bare():
    text = "Theo hãng tin Reuters, giá gạo tăng mạnh; Reuters cũng cho biết nguồn cung giảm."
    assert orgs(text, "baohanam") == [("Reuters", "Reuters"), ("Reuters", "Reuters")]


def test_our_stations_call_sign_after_its_kind_is_no_foreign_outlet():
    assert orgs("Phóng sự phát trên đài truyền hình VTV tối qua.", "baohanam") == []
    assert orgs("Theo hãng tin AP, giá dầu tăng.", "baohanam") == [("AP", "AP")]


def test_a_vietnamese_paper_after_to_is_no_foreign_outlet():
    assert all(name != "Nhân" for _, name in orgs("Theo tờ Nhân Dân, hội nghị đã bế mạc.",
                                                   "baohanam"))
    assert orgs("Theo tờ Doanh nhân cuối tuần, giá thép giảm.", "baohanam") == []
    assert orgs("Theo hãng tin Bloomberg của Mỹ, giá thép giảm.", "baohanam") == [
        ("Bloomberg", "Bloomberg")]


def test_the_wire_agencys_tag_opening_a_reprinted_story():
    text = "(TTX) - Huyện miền núi này có hơn 40% hộ nghèo, nhiều làng nghề đang mai một."
    assert orgs(text, "https://baoquangtri.vn/print/abc/123.htm") == [
        ("TTX", "Thông tấn xã Việt Nam")]


def test_an_outlets_own_tag_stays_unlabelled():
    assert orgs("(VOH) – Tại mỗi nơi đoàn đến, 30 suất quà được trao.",
                "https://voh.com.vn/xa-hoi/a.html") == []


def test_an_outlets_editorial_board():
    text = "Ban biên tập báo Nhân Dân trao tặng hai suất học bổng."
    assert orgs(text) == [("Ban biên tập báo Nhân Dân", "Ban Biên tập Báo Nhân Dân")]


# --- groupings --------------------------------------------------------------------------------

def test_level_named_committees_after_a_plural_are_a_grouping():
    text = "Danh sách đề cử do các Huyện ủy, Thị ủy trong tỉnh gửi lên."
    assert orgs(text, "baogialai") == []


# --- one body at two bare levels ------------------------------------------------------------

def test_a_body_at_its_level_and_a_lower_bare_level_after_va():
    text = ("Ở xã Kỳ Tân, huyện Kỳ Anh, Hội Nông dân huyện và xã cùng góp 30 triệu đồng "
            "dựng chuồng trại cho hội viên.")
    assert orgs(text, "baohatinh") == [("Hội Nông dân huyện", "Hội Nông dân huyện Kỳ Anh"),
                                       ("xã", "Hội Nông dân xã Kỳ Tân")]


def test_the_levels_of_a_grouping_are_no_second_body():
    assert orgs("Hội Chữ thập đỏ hai cấp huyện và xã tặng 80 suất quà.", "baohatinh") == []


# --- an absorbed province's older page on the merged paper's site ---------------------------

def test_a_bare_level_on_an_absorbed_provinces_page_named_by_its_address():
    text = "Phó Bí thư Tỉnh đoàn trao giấy khen cho 15 đoàn viên tiêu biểu."
    page = "https://www.baobacninhtv.vn/bg/tre/1234/tinh-doan-bac-giang-khen-thuong-doan-vien.html"
    assert orgs(text, page) == [("Tỉnh đoàn", "Tỉnh đoàn Bắc Giang")]


def test_a_ward_named_like_the_absorbed_province_names_no_province():
    text = "Phó Bí thư Tỉnh đoàn trao giấy khen cho 15 đoàn viên tiêu biểu."
    page = "https://www.baobacninhtv.vn/tre/1234/phuong-bac-giang-khen-thuong-doan-vien.html"
    assert orgs(text, page) == [("Tỉnh đoàn", "Tỉnh đoàn Bắc Ninh")]


# --- a bank's transaction office written again by its head ----------------------------------

def test_a_transaction_office_written_again_by_its_head():
    text = ("Phòng giao dịch Ngân hàng Chính sách xã hội huyện Kỳ Anh giải ngân 5 tỷ đồng; "
            "nhiều hộ gửi tiết kiệm tại Phòng giao dịch trong tuần qua.")
    name = "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Kỳ Anh"
    assert orgs(text, "baohatinh") == [
        ("Phòng giao dịch Ngân hàng Chính sách xã hội huyện Kỳ Anh", name),
        ("Phòng giao dịch", name)]


# --- an outlet's tag after a page stamp; an association's central standing unit -------------

def test_an_outlets_own_tag_after_a_page_stamp_stays_unlabelled():
    text = " date 2022-05 (Báo Quảng Ngãi)- Chiều 3/5, Hội LHPN tỉnh trao 30 suất quà."
    assert orgs(text, "http://baoquangngai.vn/channel/1/202205/x.htm") == [
        ("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi")]


def test_the_standing_unit_of_an_associations_centre_written_short():
    text = "Ông Tư, Phó Chủ tịch Hội CCB Việt Nam, thay mặt Thường trực T.Ư Hội tặng 20 sổ tiết kiệm."
    assert ("Thường trực T.Ư Hội", "Thường trực Trung ương Hội Cựu chiến binh Việt Nam") \
        in orgs(text, "baohatinh")


def test_a_party_organ_listed_before_a_councils_department_is_no_chain():
    text = "Dự họp có đại diện Ban Dân vận, Phòng Nội vụ UBND huyện Kỳ Anh."
    assert ("Phòng Nội vụ UBND huyện Kỳ Anh", "Phòng Nội vụ Ủy ban nhân dân huyện Kỳ Anh") \
        in orgs(text, "baohatinh")


def test_a_team_of_a_police_department_is_one_body():
    text = "Anh là cán bộ Đội 2, Phòng Cảnh sát hình sự Công an tỉnh."
    assert orgs(text, "baohatinh") == [
        ("Đội 2, Phòng Cảnh sát hình sự Công an tỉnh",
         "Đội 2 Phòng Cảnh sát hình sự Công an tỉnh Hà Tĩnh")]
