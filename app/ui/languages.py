"""The window's language: English, Norwegian Bokmål, Spanish or Simplified Chinese.

MeetGrid's own translations are Qt ``.ts`` files in ``resources/translations`` (kept in the repository,
written by the team), compiled to ``.qm`` by the set-up and the stand-alone build (``make translations``).
Qt's own translations of its standard dialogs come with PySide6 where Qt has them (Spanish, Chinese);
for Norwegian, MeetGrid ships the standard buttons itself (``qtbase_nb.ts``). English has a translation
too, of its plural forms only (``meetgrid_en.ts``: "%n meetings" reads "1 meeting"). The language follows the
system's unless the organiser chose one (View ▸ Language), which is kept in the settings; numbers, dates
and times follow it too (``QLocale.setDefault``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator

from app.paths import resource

LANGUAGES = {"en": "English", "nb": "Norsk bokmål", "es": "Español", "zh_CN": "简体中文"}
"""The languages the window speaks, by code, each named in itself."""
SETTING = "window/language"
"""Where the organiser's choice is kept (absent or empty: the system's language)."""

_installed: list[QTranslator] = []


def translations_folder() -> Path:
    return resource("translations")


def system_language(ui_languages: list[str] | None = None) -> str:
    """The shipped language closest to the system's preferred ones (English when none is close).

    Norwegian in any form is Bokmål; Catalan and Valencian read Spanish (an organiser in Valencia);
    Chinese written in simplified characters is zh_CN."""
    for name in ui_languages if ui_languages is not None else QLocale.system().uiLanguages():
        code = name.replace("-", "_")
        lower = code.lower()
        if lower.startswith(("nb", "nn", "no")):
            return "nb"
        if lower.startswith(("es", "ca")):
            return "es"
        if lower.startswith("zh"):
            traditional = any(mark in lower for mark in ("hant", "_tw", "_hk", "_mo"))
            if not traditional:
                return "zh_CN"
            continue
        if lower.startswith("en"):
            return "en"
    return "en"


def chosen_language() -> str:
    """The organiser's choice, else the system's language."""
    chosen = str(QSettings().value(SETTING, "") or "")
    return chosen if chosen in LANGUAGES else system_language()


def choose_language(language: str | None) -> None:
    """Keep the organiser's choice (None: follow the system again)."""
    settings = QSettings()
    if language is None:
        settings.remove(SETTING)
    else:
        settings.setValue(SETTING, language)


_UNTRANSLATED = "MeetGrid: no context"


def _tr(self: QObject, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QObject.tr`` that finds a plural form in the class that wrote the string.

    PySide's own ``tr`` asks each class of the object's MRO in turn and keeps the first answer that
    differs from the source. With ``%n`` the untranslated answer ("1 meetings") already differs, so a
    count written in a base class or a mixin (the Event setup page's preview panel) was never translated.
    Here an answer counts only when it differs from what Qt gives without any translation."""
    plain = QCoreApplication.translate(_UNTRANSLATED, source, disambiguation, n)
    for cls in type(self).__mro__:
        text = QCoreApplication.translate(cls.__name__, source, disambiguation, n)
        if text != plain:
            return text
    return plain


def install(language: str) -> str:
    """Show the window in ``language`` from now on (windows made afterwards); returns the language used.

    English needs only its plural forms ("1 meeting"). A missing compiled translation (a source tree not
    set up) leaves the window in English."""
    QObject.tr = _tr  # type: ignore[method-assign]
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(QLocale(language if language != "nb" else "nb_NO"))
    if app is None:
        return language
    own = QTranslator()
    if not own.load(f"meetgrid_{language}", str(translations_folder())):
        return "en"
    _installed.append(own)
    if language == "en":
        app.installTranslator(own)
        return language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder in (qt_folder, str(translations_folder())):
        standard = QTranslator()
        if standard.load(f"qtbase_{language}", folder):
            _installed.append(standard)
            break
    for translator in _installed:
        app.installTranslator(translator)
    return language
