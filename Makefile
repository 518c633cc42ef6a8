# MeetGrid: `make demo` runs the sample event end to end, `make test` runs every check.
# Both create the virtual environment .venv on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SAMPLE := resources/samples/stavanger-delegation-day.xlsx

.PHONY: demo test lint typecheck contracts pytest bundle clean screenshots postgres translations update-translations

# The window's translations: Qt .ts files kept in the repository, compiled to .qm here (not kept).
LANGUAGES := nb es zh_CN
# English needs only its plural forms ("1 meeting", "2 meetings"): meetgrid_en.ts holds just those.
TS := $(foreach lang,en $(LANGUAGES),resources/translations/meetgrid_$(lang).ts) resources/translations/qtbase_nb.ts
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "MeetGrid needs Python 3.11 or newer; set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,sat]"
	@touch $(STAMP)

demo: $(STAMP) translations
	$(BIN)/meetgrid run $(SAMPLE) --out out/demo \
		--name "Shandong–Rogaland B2B day" --venue "Innovation Park, Stavanger" \
		--date 2026-06-09 --start 13:00 --end 17:00 --meeting-minutes 20 --pause-minutes 5 \
		--break 15:00-15:15 --tables 12 --time-limit 30 --time-zone Europe/Oslo

test: lint typecheck contracts pytest

lint: $(STAMP)
	$(BIN)/ruff check app tests benchmarks resources/samples
	$(BIN)/ruff format --check app tests benchmarks resources/samples

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) postgres translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# The tests start a real PostgreSQL server of their own (tests/postgres.py): its programs from Debian's
# postgresql package, installed here where they are missing.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
		elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then \
			sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
		else \
			echo "The tests need PostgreSQL's server programs (initdb, pg_ctl): install PostgreSQL 13 or newer"; exit 2; \
		fi; }

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing the window's strings: every string into each language's .ts (then translate the new ones).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find app/ui -name '*.py' | sort) \
		-ts $(foreach lang,$(LANGUAGES),resources/translations/meetgrid_$(lang).ts)
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly $$(find app/ui -name '*.py' | sort) \
		-ts resources/translations/meetgrid_en.ts

bundle: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e ".[bundle]"
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	dist/meetgrid/meetgrid --self-test

clean:
	rm -rf out build dist .pytest_cache .mypy_cache .ruff_cache

# Pictures of every page of the window, filled with the sample event (shown in the README).
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m app.ui.screenshots docs/screenshots
