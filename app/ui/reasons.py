"""The planner's reasons and the summary's warnings in the window's language.

The core names a reason an unmet request by a code (``Reason``), says what to do about it in English
(``reports.ADVICE``) and writes its warnings in English too (``SummaryWarning.text``), for the command line
and the exports; it also keeps them as facts, which the window says in its own language.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject

from app.domain import SolveStatus
from app.domain.outcome import InterpretingNeed
from app.services.reports import Caution, Reason, SummaryWarning


class ReasonWords(QObject):
    """The words for a reason code, the advice for it and a line of interpreting to book."""

    def reason(self, code: str) -> str:
        """A reason code of the planner in the organiser's words (the code itself when unknown)."""
        words = {
            Reason.NO_COMMON_TIME: self.tr("Never there at the same time"),
            Reason.CAP_REACHED: self.tr("Maximum of meetings reached"),
            Reason.NO_COMMON_FREE_SLOT: self.tr("No free slot in common"),
            Reason.TABLES_FULL: self.tr("No table free"),
            Reason.NOT_PLACED: self.tr("Not placed before planning stopped"),
            Reason.NOT_ALLOWED: self.tr("Kept apart"),
            Reason.NO_INTERPRETER: self.tr("No interpreter"),
            Reason.PAUSE_DUE: self.tr("A pause is due"),
            Reason.MEETING_ORDER: self.tr("Meeting order"),
            Reason.OUTRANKED: self.tr("Would leave an idle gap"),
        }
        return words.get(code, code)

    def advice(self, code: str, english: str) -> str:
        """What the organiser can do about a reason (``english``, the core's words, when there is none)."""
        words = {
            Reason.NO_INTERPRETER: self.tr(
                "register interpreters for these languages, or let such meetings go ahead without "
                "(interpreting: preferred)"
            ),
            Reason.NO_COMMON_TIME: self.tr("check the organisations' hours and absences"),
            Reason.CAP_REACHED: self.tr("raise the maximum meetings"),
            Reason.NO_COMMON_FREE_SLOT: self.tr(
                "add a slot or lengthen the day; these organisations are booked whenever both are there"
            ),
            Reason.TABLES_FULL: self.tr("add tables or a slot"),
            Reason.MEETING_ORDER: self.tr("check the required meeting orders"),
            Reason.PAUSE_DUE: self.tr("allow more meetings in a row, or add a slot"),
            Reason.OUTRANKED: self.tr("rank requests above compact days"),
            Reason.NOT_PLACED: self.tr("give the planner more time"),
            Reason.NOT_ALLOWED: self.tr(
                "the event's rules keep these apart (only meetings between groups, do-not-meet)"
            ),
        }
        return words.get(code, english)

    def interpreting(self, need: InterpretingNeed) -> str:
        """'12 meetings need Chinese–Norwegian interpreting, at most 4 at the same time'."""
        first, second = need.languages
        return (
            self.tr(
                "%n meetings need {languages} interpreting, at most {most} at the same time",
                "",
                need.meetings,
            )
            .replace("{languages}", f"{first}–{second}")
            .replace("{most}", str(need.most_at_once))
        )

    def warnings(self, cautions: tuple[SummaryWarning, ...]) -> list[str]:
        return [self.warning(caution) for caution in cautions]

    def warning(self, caution: SummaryWarning) -> str:
        """One of the summary's warnings (``SummaryWarning``) in the window's language."""
        kind = caution.kind
        if kind == Caution.NO_REQUESTS:
            return self.tr(
                "the event has no meeting requests, so no meetings were planned: give each organisation the "
                "organisations it wishes to meet (a wishes column in the workbook, or the Requests page)"
            )
        if kind == Caution.THIN:
            if not caution.held:
                return self.tr("no meetings were planned for the %n requested pairs", "", caution.pairs)
            return self.tr("only {meetings} planned for the %n requested pairs", "", caution.pairs).replace(
                "{meetings}", self.tr("%n meetings", "", caution.held)
            )
        if kind == Caution.REASON and caution.count is not None:
            count = caution.count
            return (
                self.tr("{reason}: {unmet} of %n requests unmet ({share} %); {advice}", "", caution.requests)
                .replace("{reason}", self.reason(count.reason))
                .replace("{unmet}", str(count.requests))
                .replace("{share}", f"{100 * count.requests / caution.requests:.0f}")
                .replace("{advice}", self.advice(count.reason, count.advice))
            )
        if kind == Caution.NO_GROUPS:
            return self.tr(
                "only meetings between groups were asked for, but the organisations are not in two or more "
                "groups, so the rule kept nobody apart: give each organisation its group (a Group column in "
                "the workbook, or the Organisations page)"
            )
        if kind == Caution.LEFT_OUT:
            names = ", ".join(caution.names)
            if caution.more:
                names += self.tr(" and %n more", "", caution.more)
            return self.tr(
                "%n organisations that asked for meetings have none: {names}",
                "",
                len(caution.names) + caution.more,
            ).replace("{names}", names)
        if kind == Caution.NOT_FOUND:
            verdict = {
                SolveStatus.INFEASIBLE: self.tr(
                    "no timetable keeps every locked meeting and minimum together"
                ),
                SolveStatus.CANCELLED: self.tr("stopped before a timetable was found"),
                SolveStatus.MODEL_INVALID: self.tr("the planner could not read the event"),
            }.get(caution.status, self.tr("no timetable found in the time given"))
            return self.tr("the last planning found no timetable: {verdict}").replace("{verdict}", verdict)
        return caution.text()


@cache
def reason_words() -> ReasonWords:
    """The one ``ReasonWords`` of the window (its words are looked up in the language installed at each
    call), so that a table asking for a reason per cell makes no object per cell."""
    return ReasonWords()
