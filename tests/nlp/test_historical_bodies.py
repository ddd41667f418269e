"""Bodies of the country's history (round 20): anniversary and history pages of every province
name the Party's earlier names, the fronts and the liberation bodies of the South, each by its
name of the time. Sentences written for these tests."""

from __future__ import annotations

import pytest
from baochi.nlp import analyse

PUB = "2022-09-02T08:00:00+07:00"


def found(text: str) -> list[tuple[str, str]]:
    return [(o.surface, o.name) for o in analyse(text, PUB, "baohatinh").organisations]


@pytest.mark.parametrize(("text", "expected"), [
    ("Năm 1962, bà tham gia Hội Liên hiệp Phụ nữ Giải phóng miền Nam Việt Nam, rồi được Trung "
     "ương Cục miền Nam điều về Mặt trận Dân tộc Giải phóng miền Nam.",
     [("Hội Liên hiệp Phụ nữ Giải phóng miền Nam Việt Nam",
       "Hội Liên hiệp Phụ nữ Giải phóng miền Nam Việt Nam"),
      ("Trung ương Cục miền Nam", "Trung ương Cục miền Nam"),
      # the name without its final 'Việt Nam' is the same front
      ("Mặt trận Dân tộc Giải phóng miền Nam", "Mặt trận Dân tộc Giải phóng miền Nam Việt Nam")]),
    ("Năm 1941, Mặt trận Việt Minh ra đời; năm 1951, Đảng Lao động Việt Nam công khai hoạt "
     "động và Mặt trận Liên Việt được thành lập.",
     [("Mặt trận Việt Minh", "Mặt trận Việt Minh"),
      ("Đảng Lao động Việt Nam", "Đảng Lao động Việt Nam"),
      ("Mặt trận Liên Việt", "Mặt trận Liên Việt")]),
    ("Xứ ủy Nam Kỳ chỉ đạo khởi nghĩa; Đông Dương Cộng sản Đảng và An Nam Cộng sản Đảng hợp "
     "nhất thành Đảng Cộng sản Việt Nam.",
     [("Xứ ủy Nam Kỳ", "Xứ ủy Nam Kỳ"),
      ("Đông Dương Cộng sản Đảng", "Đảng Cộng sản Đông Dương"),
      ("An Nam Cộng sản Đảng", "An Nam Cộng sản Đảng"),
      ("Đảng Cộng sản Việt Nam", "Đảng Cộng sản Việt Nam")]),
    ("Đội viên Đoàn Thanh niên Cứu quốc và Hội Phụ nữ Cứu quốc của xã tiếp tế cho Quân Giải "
     "phóng miền Nam.",
     [("Đoàn Thanh niên Cứu quốc", "Đoàn Thanh niên Cứu quốc"),
      ("Hội Phụ nữ Cứu quốc", "Hội Phụ nữ Cứu quốc"),
      ("Quân Giải phóng miền Nam", "Quân Giải phóng miền Nam Việt Nam")]),
])
def test_a_historical_body_is_named_as_it_was(text, expected):
    assert found(text) == expected


def test_the_successor_is_not_put_for_the_historical_body():
    # a present-day front in the same sentence keeps its own name
    names = [n for _s, n in found("Từ Mặt trận Việt Minh đến Mặt trận Tổ quốc Việt Nam hôm nay, "
                                  "khối đại đoàn kết không ngừng lớn mạnh.")]
    assert names == ["Mặt trận Việt Minh", "Mặt trận Tổ quốc Việt Nam"]
