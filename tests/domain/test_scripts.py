"""Names in two scripts, as registrations write them, split for printing."""

from __future__ import annotations

import pytest

from app.domain import Organisation, Participant
from app.domain.scripts import has_local_script, two_scripts


@pytest.mark.parametrize(
    ("registered", "latin", "local"),
    [
        ("王海涛 Wang Haitao", "Wang Haitao", "王海涛"),
        ("Wang Haitao (王海涛)", "Wang Haitao", "王海涛"),
        ("Wang Haitao（王海涛）", "Wang Haitao", "王海涛"),
        ("王 海涛 / Wang Haitao", "Wang Haitao", "王海涛"),
        ("Kari  Nilsen", "Kari Nilsen", ""),
        ("José Ñúñez Català", "José Ñúñez Català", ""),
        ("王海涛", "", "王海涛"),
        ("Иван Петров Ivan Petrov", "Ivan Petrov", "Иван Петров"),
    ],
)
def test_a_name_is_split_by_script(registered: str, latin: str, local: str) -> None:
    assert two_scripts(registered) == (latin, local)


def test_a_local_name_given_apart_is_kept_as_given() -> None:
    assert Participant(1, 1, "Wang Haitao", local_name=" 王海涛 ").names == ("Wang Haitao", "王海涛")
    org = Organisation(1, "Qingdao Bluewater Port Logistics", "青岛蓝海港口物流有限公司")
    assert org.names == ("Qingdao Bluewater Port Logistics", "青岛蓝海港口物流有限公司")


def test_latin_letters_with_accents_are_not_a_local_script() -> None:
    assert not has_local_script("Sørvest Havn AS · València")
    assert has_local_script("济南") and has_local_script("Ελλάδα")
