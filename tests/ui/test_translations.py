"""The window in Norwegian Bokmål, Spanish and Simplified Chinese: every string of the window translated in
every shipped language, no placeholder or keyboard accelerator lost, the language chosen in View ▸ Language
or followed from the system's, and numbers and dates in it."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import factories as f
import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain import SolveStatus
from app.domain.outcome import InterpretingNeed, UnmetCount
from app.services.reports import ADVICE, Caution, Reason, SummaryWarning
from app.ui import app as window_app
from app.ui import charts, languages
from app.ui.main_window import MainWindow
from app.ui.reasons import ReasonWords
from app.ui.time_grid import day_name, moment

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("nb", "es", "zh_CN")
Message = tuple[str, str]  # context, source


def _messages(ts: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def in_the_code(tmp_path_factory: pytest.TempPathFactory) -> dict[Message, ET.Element]:
    """Every string of the window as it is in the code now, extracted as ``make update-translations`` does."""
    ts = tmp_path_factory.mktemp("lupdate") / "now.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    files = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *files, "-ts", str(ts)], check=True, capture_output=True)
    return _messages(ts)


def test_the_extraction_finds_the_strings_of_every_page(in_the_code: dict[Message, ET.Element]) -> None:
    assert len(in_the_code) > 900
    assert ("MainWindow", "&File") in in_the_code
    assert ("RequestsPage", "must meet") in in_the_code, "strings of module-level helpers too"
    assert ("import", "Not read") in in_the_code
    assert ("ImportCounts", "%n organisations") in in_the_code, "counts with their plural forms"


def _tokens(text: str) -> list[str]:
    """What a translation must keep: placeholders, Qt's %1 and %n, HTML tags and entities, line breaks."""
    return sorted(re.findall(r"\{[a-z_]+\}|%\d|%n|<[^>]+>|&[a-z]+;|\n", text))


def _keeps_tokens(form: str, source: str, singular: bool = False) -> bool:
    """Whether a translation (or one plural form of it) keeps the source's tokens. The singular form of a
    count may say the number in words ("its one person"): there, %n may go."""
    if singular and "%n" not in form:
        return _tokens(form) == [token for token in _tokens(source) if token != "%n"]
    return _tokens(form) == _tokens(source)


def _accelerators(text: str) -> int:
    without_entities = re.sub(r"&[a-z]+;", "", text.replace("&&", ""))
    return len(re.findall(r"&\S", without_entities))


@pytest.mark.parametrize("language", SHIPPED)
def test_every_string_of_the_window_is_translated_keeping_placeholders_and_accelerators(
    language: str, in_the_code: dict[Message, ET.Element]
) -> None:
    shipped = _messages(ROOT / "resources" / "translations" / f"meetgrid_{language}.ts")
    untranslated, broken = [], []
    for (context, source), _ in in_the_code.items():
        message = shipped.get((context, source))
        translation = message.find("translation") if message is not None else None
        texts = (
            [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            if translation is not None
            else []
        )
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            untranslated.append(f"{context}: {source!r}")
            continue
        for index, text in enumerate(texts):
            if not text.strip():
                untranslated.append(f"{context}: {source!r}")
            elif not _keeps_tokens(text, source, singular=index == 0 and len(texts) > 1):
                broken.append(f"{context}: {source!r} -> {text!r} (placeholders or tags differ)")
            elif _accelerators(text) != _accelerators(source):
                broken.append(f"{context}: {source!r} -> {text!r} (keyboard accelerator lost or added)")
    assert untranslated == [], (
        f"{len(untranslated)} strings without a {language} translation (make update-translations)"
    )
    assert broken == []


_FORMS = {"en": 2, "nb": 2, "es": 2, "zh_CN": 1}
"""How many plural forms each language has (Qt's rules: one and other; Chinese has one form)."""


@pytest.mark.parametrize("language", ["en", *SHIPPED])
def test_every_count_has_the_plural_forms_of_each_language(
    language: str, in_the_code: dict[Message, ET.Element]
) -> None:
    counts = {key: message for key, message in in_the_code.items() if message.get("numerus") == "yes"}
    assert len(counts) > 50, "the window's counts are written with %n"
    shipped = _messages(ROOT / "resources" / "translations" / f"meetgrid_{language}.ts")
    wrong = []
    for (context, source), _ in counts.items():
        message = shipped.get((context, source))
        translation = message.find("translation") if message is not None else None
        forms = (
            [form.text or "" for form in translation.iter("numerusform")] if translation is not None else []
        )
        if translation is None or translation.get("type") is not None or len(forms) != _FORMS[language]:
            wrong.append(f"{context}: {source!r} has {len(forms)} finished forms")
        elif not all(
            _keeps_tokens(form, source, singular=i == 0 and len(forms) > 1) for i, form in enumerate(forms)
        ):
            wrong.append(f"{context}: {source!r} -> {forms!r} (a form loses %n or a placeholder)")
    assert wrong == []


def test_counts_read_in_the_right_plural_form_in_each_language(qapp: object) -> None:
    def meetings(n: int) -> str:
        return QCoreApplication.translate("CheckPanel", "%n meetings", "", n)

    def slots(n: int, days: int) -> str:
        text = QCoreApplication.translate("PreviewPanel", "%n meeting slots over {days}", "", n)
        return text.replace("{days}", QCoreApplication.translate("PreviewPanel", "%n days", "", days))

    try:
        assert languages.install("en") == "en"
        assert (meetings(1), meetings(2), meetings(0)) == ("1 meeting", "2 meetings", "0 meetings")
        assert (slots(1, 1), slots(9, 2)) == ("1 meeting slot over 1 day", "9 meeting slots over 2 days")
        languages.install("nb")
        assert (meetings(1), meetings(4)) == ("1 møte", "4 møter")
        assert slots(1, 2) == "1 tidsluke fordelt på 2 dager"
        languages.install("es")
        assert (meetings(1), meetings(4)) == ("1 reunión", "4 reuniones")
        assert slots(9, 1) == "9 franjas de reunión en 1 día"
        languages.install("zh_CN")
        assert (meetings(1), meetings(4)) == ("1 场洽谈", "4 场洽谈")
        assert slots(9, 2) == "2 天共 9 个洽谈时段"
    finally:
        languages.install("en")


def test_a_count_written_in_a_base_class_or_mixin_is_found_in_the_class_that_wrote_it(qapp: object) -> None:
    class PreviewPanel(QWidget):  # as the Event setup page's panel, mixed into the page
        def slots(self, days: int) -> str:
            return self.tr("%n days", "", days)

    class Page(QWidget):
        pass

    class SetupPage(Page, PreviewPanel):
        pass

    assert SetupPage().slots(1) == "1 day", "PySide's own tr stops at SetupPage with '1 days'"
    assert SetupPage().tr("&File") == "&File"


def test_the_planners_reasons_and_advice_are_in_the_windows_language(qapp: object) -> None:
    codes = [value for name, value in vars(Reason).items() if name.isupper()]
    words = ReasonWords()
    assert all(words.reason(code) != code for code in codes), "every reason has words"
    assert all(words.advice(code, "") for code in codes), "and advice"
    need = InterpretingNeed(("Chinese", "Norwegian"), 1, 1)
    assert words.interpreting(need) == (
        "1 meeting needs Chinese–Norwegian interpreting, at most 1 at the same time"
    )
    try:
        languages.install("es")
        assert words.reason(Reason.TABLES_FULL) == "Ninguna mesa libre"
        assert words.advice(Reason.TABLES_FULL, ADVICE[Reason.TABLES_FULL]) == "añadir mesas o una franja"
        assert words.interpreting(InterpretingNeed(("Chinese", "Spanish"), 5, 2)) == (
            "5 reuniones necesitan interpretación Chinese–Spanish, como máximo 2 a la vez"
        )
    finally:
        languages.install("en")


def test_the_summarys_warnings_are_in_the_windows_language_with_their_figures_and_names(qapp: object) -> None:
    unmet = UnmetCount(Reason.TABLES_FULL, 12, ADVICE[Reason.TABLES_FULL])
    cautions = (
        SummaryWarning(Caution.NO_REQUESTS),
        SummaryWarning(Caution.THIN, pairs=40, held=1),
        SummaryWarning(Caution.REASON, count=unmet, requests=40),
        SummaryWarning(Caution.NO_GROUPS),
        SummaryWarning(Caution.LEFT_OUT, names=("Weihai Port Group", "Sørvest Havn AS"), more=3),
        SummaryWarning(Caution.NOT_FOUND, status=SolveStatus.UNKNOWN),
    )
    words = ReasonWords()
    english = words.warnings(cautions)
    assert english[1] == "only 1 meeting planned for the 40 requested pairs"
    assert english[2] == "No table free: 12 of 40 requests unmet (30 %); add tables or a slot"
    assert (
        english[4]
        == "5 organisations that asked for meetings have none: Weihai Port Group, Sørvest Havn AS and 3 more"
    )
    try:
        languages.install("nb")
        norwegian = words.warnings(cautions)
    finally:
        languages.install("en")
    assert all(n != e for n, e in zip(norwegian, english, strict=True)), "each one in Norwegian"
    assert norwegian[1] == "bare 1 møte planlagt for de 40 forespurte parene"
    assert "Weihai Port Group, Sørvest Havn AS og 3 til" in norwegian[4]
    assert (
        norwegian[5]
        == "forrige planlegging fant ingen timeplan: ingen timeplan funnet innen tiden som ble gitt"
    )


def test_the_check_of_placeholders_and_accelerators_catches_what_it_must() -> None:
    assert _tokens("Remove {name}?") != _tokens("Fjerne?")
    assert _tokens("<b>{n}</b> meetings") == _tokens("<b>{n}</b> møter")
    assert _keeps_tokens("its one person", "its %n people", singular=True)
    assert not _keeps_tokens("its people", "its %n people"), (
        "only the singular form may say the number in words"
    )
    assert not _keeps_tokens("its one person", "its {n} people", singular=True)
    assert _accelerators("Open &shared event…") == _accelerators("打开共享活动(&S)…") == 1
    assert _accelerators("Q&&A") == 0 and _accelerators("&File") != _accelerators("Fil")


@pytest.mark.parametrize(
    ("system", "language"),
    [
        (["nb-NO", "en-US"], "nb"),
        (["nn-NO"], "nb"),
        (["ca-ES-valencia"], "es"),
        (["es-ES"], "es"),
        (["zh-Hans-CN"], "zh_CN"),
        (["zh-Hant-TW", "en-GB"], "en"),
        (["de-DE", "es-ES"], "es"),
        (["de-DE"], "en"),
    ],
)
def test_the_language_follows_the_systems(system: list[str], language: str) -> None:
    assert languages.system_language(system) == language


def test_each_shipped_language_is_loaded_with_numbers_and_dates_in_it(qapp: object) -> None:
    try:
        assert languages.install("nb") == "nb"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fil"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt", "Qt's own buttons too"
        assert day_name(date(2026, 6, 9)) == "tirsdag 9. juni 2026"
        assert moment(datetime(2026, 6, 9, 14, 5)) == "9. juni 14:05"
        assert QLocale().toString(1234.5, "f", 1) == "1\u00a0234,5"
        assert charts._number(0.45) == "0,45" and charts._number(2209) == "2209", "a chart's scale too"
        assert languages.install("es") == "es"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
        assert day_name(date(2026, 6, 9)) == "martes 9 de junio de 2026"
        assert languages.install("zh_CN") == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        assert day_name(date(2026, 6, 9)) == "2026年6月9日 星期二"
        assert moment(datetime(2026, 6, 9, 14, 5)) == "6月9日 14:05"
    finally:
        languages.install("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("MainWindow", "%n people", "", 1) == "1 person", "English plurals"


def test_view_language_opens_the_window_again_in_the_chosen_language_with_the_same_event_and_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window_app.application()
    f.planned_day(tmp_path / "day.meetgrid")[0].close()
    first = window_app.open_window(tmp_path / "day.meetgrid", "statistics")
    try:
        assert "&Language" in [a.text() for a in first.view_menu.actions()]
        first.language_actions["nb"].trigger()
        qtbot.waitUntil(lambda: window_app._windows[-1] is not first, timeout=5000)
        second = window_app._windows[-1]
        assert first not in window_app._windows, "the window in English is closed"
        assert [a.text() for a in second.menuBar().actions()][:2] == ["&Fil", "&Rediger"]
        assert second.current_page() == "statistics" and second.location == tmp_path / "day.meetgrid"
        assert second.session.current is not None and len(second.session.current.meetings) == 3
        assert second.language_actions["nb"].isChecked()
        second.language_actions[None].trigger()  # the system's language again: English here
        qtbot.waitUntil(lambda: window_app._windows[-1] is not second, timeout=5000)
        third = window_app._windows[-1]
        assert third.menuBar().actions()[0].text() == "&File"
        assert third.language_actions[None].isChecked()
    finally:
        languages.install("en")
        for opened in list(window_app._windows):
            opened.close()
        window_app._windows.clear()


@pytest.mark.parametrize("language", ["en", *SHIPPED])
def test_no_two_items_of_a_menu_share_an_accelerator_in_any_language(language: str, qtbot: QtBot) -> None:
    try:
        languages.install(language)
        window = MainWindow()
        qtbot.addWidget(window)
        shared = {}
        for menu in [window.menuBar(), *(action.menu() for action in window.menuBar().actions())]:
            letters = [
                match.group(1).casefold()
                for action in menu.actions()
                if (match := re.search(r"&([^&\s])", action.text().replace("&&", "")))
            ]
            repeated = {letter for letter in letters if letters.count(letter) > 1}
            if repeated:
                shared[menu.title() if menu is not window.menuBar() else "menu bar"] = sorted(repeated)
        assert shared == {}
    finally:
        languages.install("en")
