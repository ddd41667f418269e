"""Names of enterprises and institutions that run over lower-case field words (round 20,
``pass_field_names``): the field after the head, a few lower-case words, then a proper name or a
level and place; a proper name followed by a verb is not extended.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2020-07-09"
SOURCE = "baothaibinh"


def rows(text: str, source: str | None = SOURCE) -> list[tuple[str, str]]:
    return organisation_rows(text, PUB, source)


# ------------------------------------------------ a field, then a proper name


def test_company_field_in_two_cases_then_its_proper_name():
    assert rows("Công ty Cổ phần Gốm sứ Minh Long Hải tài trợ giải bóng đá.") == [
        ("Công ty Cổ phần Gốm sứ Minh Long Hải", "Công ty Cổ phần Gốm sứ Minh Long Hải")]


def test_company_field_with_lower_case_words_then_its_proper_name():
    assert rows("Công ty TNHH MTV Khai thác công trình thủy lợi Nam Đông Hưng ký hợp đồng.") == [
        ("Công ty TNHH MTV Khai thác công trình thủy lợi Nam Đông Hưng",
         "Công ty TNHH MTV Khai thác công trình thủy lợi Nam Đông Hưng")]
    assert rows("Công ty Bảo hiểm nhân thọ Phú An chi trả quyền lợi cho khách hàng.") == [
        ("Công ty Bảo hiểm nhân thọ Phú An", "Công ty Bảo hiểm nhân thọ Phú An")]


def test_cooperative_field_and_a_qualifier_then_its_proper_name():
    expected = [("Hợp tác xã Nông nghiệp dịch vụ hữu cơ Đồng Tâm",
                 "Hợp tác xã Nông nghiệp dịch vụ hữu cơ Đồng Tâm")]
    assert rows("Hợp tác xã Nông nghiệp dịch vụ hữu cơ Đồng Tâm ra mắt xã viên.") == expected
    # the short head is read the same (its name spelt out or not: the catalogue's short forms say)
    [(surface, name)] = rows("HTX Nông nghiệp dịch vụ hữu cơ Đồng Tâm ra mắt xã viên.")
    assert surface == "HTX Nông nghiệp dịch vụ hữu cơ Đồng Tâm"
    assert name.endswith(" Nông nghiệp dịch vụ hữu cơ Đồng Tâm")


def test_cooperative_acronym_in_brackets_is_part_of_the_surface():
    assert rows("Hợp tác xã (HTX) Nông nghiệp dịch vụ hữu cơ Đồng Tâm ra mắt xã viên.") == [
        ("Hợp tác xã (HTX) Nông nghiệp dịch vụ hữu cơ Đồng Tâm",
         "Hợp tác xã Nông nghiệp dịch vụ hữu cơ Đồng Tâm")]


def test_factory_with_its_field_in_lower_case_right_after_the_head():
    assert rows("Nhà máy bánh kẹo Hồng Hà II tuyển dụng 50 lao động.") == [
        ("Nhà máy bánh kẹo Hồng Hà II", "Nhà máy bánh kẹo Hồng Hà II")]
    assert rows("Nhà máy gạch tuy nen Đông Cường đi vào hoạt động.") == [
        ("Nhà máy gạch tuy nen Đông Cường", "Nhà máy gạch tuy nen Đông Cường")]


def test_union_of_cooperatives_keeps_its_head():
    [(surface, name)] = rows("Liên hiệp HTX Thương mại thành phố Hồ Chí Minh tham gia hội chợ.")
    assert surface == "Liên hiệp HTX Thương mại thành phố Hồ Chí Minh"
    assert name.startswith("Liên hiệp ") and name.endswith(" Thương mại thành phố Hồ Chí Minh")


def test_agency_by_its_field_and_brand():
    assert rows("Tổng đại lý Bảo hiểm Phú Hưng Nam Định trao quà Tết cho học sinh.") == [
        ("Tổng đại lý Bảo hiểm Phú Hưng Nam Định", "Tổng đại lý Bảo hiểm Phú Hưng Nam Định")]


def test_legal_form_written_short_is_spelt_out():
    assert rows("Công ty CP Gốm sứ Minh Long Hải được vinh danh.") == [
        ("Công ty CP Gốm sứ Minh Long Hải", "Công ty cổ phần Gốm sứ Minh Long Hải")]


def test_union_written_before_the_enterprise_is_its_union():
    assert rows("Công đoàn Công ty Cổ phần Gốm sứ Minh Long Hải tổ chức Tết sum vầy.") == [
        ("Công đoàn Công ty Cổ phần Gốm sứ Minh Long Hải",
         "Công đoàn Công ty Cổ phần Gốm sứ Minh Long Hải")]


def test_holder_s_name_after_the_name_is_not_part_of_it():
    assert rows("Giám đốc Hợp tác xã Nông nghiệp dịch vụ hữu cơ Đồng Tâm Trần Văn Bình cho "
                "biết.") == [("Hợp tác xã Nông nghiệp dịch vụ hữu cơ Đồng Tâm",
                             "Hợp tác xã Nông nghiệp dịch vụ hữu cơ Đồng Tâm")]


def test_names_in_a_list_are_each_read():
    assert rows("Đoàn đến thăm Công ty Cổ phần Gốm sứ Minh Long Hải và Nhà máy bánh kẹo Hồng "
                "Hà II.") == [
        ("Công ty Cổ phần Gốm sứ Minh Long Hải", "Công ty Cổ phần Gốm sứ Minh Long Hải"),
        ("Nhà máy bánh kẹo Hồng Hà II", "Nhà máy bánh kẹo Hồng Hà II")]


# ------------------------------------------------ a field, then a level and place


def test_enterprise_named_by_its_field_and_district():
    assert rows("Xí nghiệp Khai thác công trình thủy lợi huyện Tiền Hải nạo vét kênh.") == [
        ("Xí nghiệp Khai thác công trình thủy lợi huyện Tiền Hải",
         "Xí nghiệp Khai thác công trình thủy lợi huyện Tiền Hải")]


def test_lottery_company_named_by_a_bare_province_is_the_papers():
    assert rows("Công ty TNHH MTV Xổ số kiến thiết tỉnh trao tặng nhà tình nghĩa.") == [
        ("Công ty TNHH MTV Xổ số kiến thiết tỉnh",
         "Công ty TNHH MTV Xổ số kiến thiết tỉnh Thái Bình")]


# ------------------------------------------------ a legal form in lower case


def test_private_enterprise_written_in_lower_case():
    assert rows("Đoàn đến thăm doanh nghiệp tư nhân Hòa Phát Đạt tại xã Đông Hòa.") == [
        ("doanh nghiệp tư nhân Hòa Phát Đạt", "Doanh nghiệp tư nhân Hòa Phát Đạt")]


# ------------------------------------------------ clubs named by their aim


def test_veterans_club_named_by_its_aim_ends_with_it():
    assert rows("Hội đã thành lập Câu lạc bộ Cựu chiến binh sản xuất, kinh doanh giúp nhau "
                "phát triển kinh tế với 30 thành viên.", source=None) == [
        ("Câu lạc bộ Cựu chiến binh sản xuất, kinh doanh giúp nhau phát triển kinh tế",
         "Câu lạc bộ Cựu chiến binh sản xuất, kinh doanh giúp nhau phát triển kinh tế")]


def test_club_named_by_its_aim_then_its_commune():
    assert rows("Câu lạc bộ Nông dân sản xuất kinh doanh giỏi xã Vũ Lạc sinh hoạt định kỳ.") == [
        ("Câu lạc bộ Nông dân sản xuất kinh doanh giỏi xã Vũ Lạc",
         "Câu lạc bộ Nông dân sản xuất kinh doanh giỏi xã Vũ Lạc")]


def test_club_then_a_clause_keeps_its_people_only():
    assert rows("Câu lạc bộ Cựu chiến binh đã giúp nhau phát triển kinh tế.") == [
        ("Câu lạc bộ Cựu chiến binh", "Câu lạc bộ Cựu chiến binh")]


# ------------------------------------------------ kept right: no extension


def test_proper_name_then_a_verb_is_not_extended():
    assert rows("Công ty TNHH Hòa Lâm hỗ trợ Hội Nông dân xã Vũ Lạc.")[0] == (
        "Công ty TNHH Hòa Lâm", "Công ty TNHH Hòa Lâm")
    assert rows("Công ty Điện lực Thái Bình phối hợp với Sở Công Thương.") == [
        ("Công ty Điện lực Thái Bình", "Công ty Điện lực Thái Bình"),
        ("Sở Công Thương", "Sở Công Thương tỉnh Thái Bình")]


def test_field_then_a_clause_verb_is_not_extended():
    assert rows("Công ty Xây dựng thi công Cầu Tân Lập.") == [
        ("Công ty Xây dựng", "Công ty Xây dựng")]
    assert ("HTX Nông nghiệp tổ chức cho Công ty Minh An", "HTX Nông nghiệp tổ chức cho Công ty "
            "Minh An") not in rows("HTX Nông nghiệp tổ chức cho Công ty Minh An thu mua lúa.")
    assert all(not surface.startswith("HTX") for surface, _ in
               rows("HTX Nông nghiệp thu mua lúa Đông Xuân cho bà con."))


def test_names_over_and_stay_as_read():
    assert rows("Xí nghiệp Chế biến nông sản Điều Phú Yên ra mắt.") == [
        ("Xí nghiệp Chế biến nông sản Điều Phú Yên", "Xí nghiệp Chế biến nông sản Điều Phú Yên")]
    assert rows("Tổng công ty Phân bón và Hóa chất Dầu khí tài trợ.") == [
        ("Tổng công ty Phân bón và Hóa chất Dầu khí", "Tổng công ty Phân bón và Hóa chất Dầu khí")]
    assert rows("Trung tâm Văn hóa và Thể thao huyện Kiến Xương tổ chức giải.") == [
        ("Trung tâm Văn hóa và Thể thao huyện Kiến Xương",
         "Trung tâm Văn hóa và Thể thao huyện Kiến Xương")]
    assert rows("Công ty TNHH Thương mại và Dịch vụ Hoàng Long trao quà.") == [
        ("Công ty TNHH Thương mại và Dịch vụ Hoàng Long",
         "Công ty TNHH Thương mại và Dịch vụ Hoàng Long")]


def test_centre_as_a_venue_or_a_mall_is_not_read():
    assert rows("Hội chợ diễn ra tại Trung tâm thương mại Vincom Thái Bình.") == []


def test_quantity_after_the_name_is_not_part_of_it():
    assert rows("Lãnh đạo huyện tặng Trung tâm Bảo trợ xã hội Thái Bình 2 tấn gạo.") == [
        ("Trung tâm Bảo trợ xã hội Thái Bình", "Trung tâm Bảo trợ xã hội Thái Bình")]



def test_market_after_a_qualifier_is_a_field_not_a_town():
    # "thị trường" (market) opens no "thị xã"/"thị trấn": the name goes on to its proper name
    assert rows("Công ty TNHH Nghiên cứu ứng dụng thị trường Sao Mai công bố báo cáo.") == [
        ("Công ty TNHH Nghiên cứu ứng dụng thị trường Sao Mai",
         "Công ty TNHH Nghiên cứu ứng dụng thị trường Sao Mai")]
    # "thành lập" opens no "thành phố"; nothing named after it
    assert rows("Hợp tác xã Nông nghiệp thành lập năm 2015.") == []
