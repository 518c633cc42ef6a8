"""Figures derived from a stored event are worked out once per event object."""

from __future__ import annotations

import dataclasses

import factories as f

from app.services import cache, reports


def test_the_same_event_gives_the_same_figures_without_working_them_out_again() -> None:
    event = f.delegation_day()
    first = reports.summarise(event)
    assert reports.summarise(event) is first
    assert cache.instance_of(event) is cache.instance_of(event)


def test_a_changed_event_gets_its_own_figures() -> None:
    event = f.delegation_day()
    before = reports.summarise(event)
    fewer = dataclasses.replace(event, requests=event.requests[:-1])
    after = reports.summarise(fewer)
    assert after is not before
    assert after.requests == before.requests - 1


def test_derive_prepares_what_the_window_shows() -> None:
    event = f.delegation_day()
    reports.derive(event)
    assert reports.statistics(event) is reports.statistics(event)
