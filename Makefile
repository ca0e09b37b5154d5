# lexdsl – alle Einrichtung auf einer Maschine mit python3 und pip.
#   make run    prüft den Beispielfall
#   make test   führt alle Tests aus
#   make bench  misst die Geschwindigkeit gegen eine Vergleichsbasis

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installiert

.PHONY: run test bench check clean

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv $(VENV) || { $(PYTHON) -m pip install --user virtualenv && $(PYTHON) -m virtualenv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

run: $(STAMP)
	$(BIN)/lexdsl prüfen beispiele/reiseunfaehigkeit.yaml

test: $(STAMP)
	@mkdir -p ergebnisse
	$(BIN)/python -m pytest --lexdsl-abdeckung=ergebnisse/abdeckung.json --cucumberjson=ergebnisse/cucumber.json

bench: $(STAMP)
	@# wie eine gewöhnliche Installation: Bytecode vorab übersetzen
	$(BIN)/python -m compileall -q src/lexdsl
	$(BIN)/python tests/bench.py

check: $(STAMP)
	$(BIN)/lexdsl check norms

clean:
	rm -rf $(VENV) .pytest_cache build dist ergebnisse
