"""The import wizard, a module a step: ``file``, ``sheets``, ``columns``, ``check``, ``names``, then
``details`` (a new event) or ``changes`` (an update); ``common`` holds what the steps share and ``wizard``
the wizard itself and the window's Import page."""

from app.ui.import_wizard.common import CHANGES, CHECK, COLUMNS, DETAILS, FILE, NAMES, SHEETS
from app.ui.import_wizard.wizard import ImportPage, ImportWizard

__all__ = ["CHANGES", "CHECK", "COLUMNS", "DETAILS", "FILE", "NAMES", "SHEETS", "ImportPage", "ImportWizard"]
