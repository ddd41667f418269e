"""The press inventory (nlp/catalogues/press.csv) and what a page's address says about its
province (issue 14: papers outside the registry, press and broadcasting outlets).

Sentences are written for these tests; addresses are invented in the forms papers, stations and
provincial offices use.
"""

from __future__ import annotations

import re

import pytest
from baochi.nlp import analyse, outlets, paper_province, places

PUB = "2019-03-08T08:00:00+07:00"


def names(text: str, source: str | None) -> list[str]:
    return [o.name for o in analyse(text, PUB, source).organisations]


# ------------------------------------------------------------ the inventory itself

def test_every_outlet_is_listed_once_with_clean_hosts_and_a_real_province():
    rows = outlets.outlets()
    assert len(rows) >= 40
    seen_names = [o.name for o in rows]
    assert len(seen_names) == len(set(seen_names))
    hosts = [h for o in rows for h in o.hosts]
    assert len(hosts) == len(set(hosts)), "a host names one outlet"
    assert all(re.fullmatch(r"[a-z0-9]+", h) for h in hosts)
    known = set(places.provinces())
    assert all(o.province in known for o in rows if o.province is not None)


def test_outlets_are_national_bodies_of_the_catalogue():
    assert names("Phóng viên Báo Dân tộc và Phát triển đã có mặt tại buổi lễ.", None) == [
        "Báo Dân tộc và Phát triển"]
    assert names("Báo Nông thôn Ngày nay và Báo Giáo dục và Thời đại đưa tin.", None) == [
        "Báo Nông thôn Ngày nay", "Báo Giáo dục và Thời đại"]
    # a listed paper not named by its province is one body, wherever it is written
    assert names("Báo Ấp Bắc tổ chức giải chạy việt dã.", "baohatinh") == ["Báo Ấp Bắc"]


def test_a_notice_is_not_a_paper():
    # "thông báo xây dựng …" is a notice about building, not Báo Xây dựng
    assert names("Xã đã ra thông báo xây dựng lịch tiếp dân.", None) == []


# ------------------------------------------------------------ the province of an address

@pytest.mark.parametrize("address, province", [
    # a listed provincial paper named otherwise than its province
    ("https://baoapbac.vn/xa-hoi/201905/tin-1/", "Tiền Giang"),
    ("https://www.baoanhdatmui.vn/tin-2.html", "Cà Mau"),
    ("https://baodongkhoi.vn/tin-3", "Bến Tre"),
    # a paper's staging, admin or section site is the paper's
    ("https://admin.baolamdong.vn/chinhtri/201602/tin-4", "Lâm Đồng"),
    ("https://demo.baosonla.org.vn/tin-5", "Sơn La"),
    ("https://m.baobinhduong.vn/tin-6", "Bình Dương"),
    # stations by their call sign, or "th" and the province's initials
    ("https://atv.org.vn/tin-7", "An Giang"),
    ("https://www.dnrtv.org.vn/tin-8", "Đồng Nai"),
    ("https://www.thtg.vn/tin-9", "Tiền Giang"),
    # a province's news site, a provincial office's site named by province and initials
    ("https://nghean24h.vn/tin-10", "Nghệ An"),
    ("https://ngheandost.gov.vn/tin-11", "Nghệ An"),
])
def test_the_province_of_a_provincial_address(address, province):
    assert paper_province(address) == province


@pytest.mark.parametrize("address", [
    "https://tienphong.vn/tin-1.tpo",          # national
    "https://svvn.tienphong.vn/tin-2.tpo",     # a national paper's section site
    "https://hanoimoi.vn/tin-3",               # a city's daily: its host names no province
    "https://qdnd.vn/tin-4",
    "https://vtv9.vtv.vn/tin-5",
])
def test_a_national_address_names_no_province(address):
    assert paper_province(address) is None


def test_a_bare_province_on_a_listed_provincial_paper_is_its_province():
    text = "Hội Liên hiệp Phụ nữ tỉnh và Tỉnh đoàn phối hợp tổ chức hội thi."
    assert names(text, "https://baoapbac.vn/xa-hoi/201905/tin-1/") == [
        "Hội Liên hiệp Phụ nữ tỉnh Tiền Giang", "Tỉnh đoàn Tiền Giang"]
    assert names(text, "https://admin.baolamdong.vn/chinhtri/201602/tin-4") == [
        "Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng", "Tỉnh đoàn Lâm Đồng"]
    # on a national paper the bare "tỉnh" stays unplaced
    assert names(text, "https://tienphong.vn/tin-1.tpo") == [
        "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"]
