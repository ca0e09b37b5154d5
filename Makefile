# lexdsl – alle Einrichtung auf einer Maschine mit python3 und pip.
#   make run    prüft den Beispielfall
#   make test   führt alle Tests aus
#   make bench  misst die Geschwindigkeit gegen eine Vergleichsbasis
#   make docs   baut die Website nach site/ (öffnen: site/index.html)
#   make fuzz   prüft die Normensprache mit mindestens 100.000 zufälligen Eingaben

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installiert

.PHONY: run test bench check docs fuzz clean

# MkDocs 1.x kündigt beim Start eine Nachfolgeversion an; die Website bleibt bei 1.6.1.
export NO_MKDOCS_2_WARNING := 1

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv $(VENV) || { $(PYTHON) -m pip install --user virtualenv && $(PYTHON) -m virtualenv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,docs]'
	@touch $@

run: $(STAMP)
	$(BIN)/lexdsl prüfen beispiele/reiseunfaehigkeit.yaml
	@echo
	@echo "Die Website mit allen Normen, Szenarien und dem Glossar: make docs, dann site/index.html öffnen."

test: $(STAMP)
	@mkdir -p ergebnisse
	$(BIN)/python -m pytest --lexdsl-abdeckung=ergebnisse/abdeckung.json --cucumberjson=ergebnisse/cucumber.json
	@# die Website mit den Ergebnissen dieses Testlaufs (streng: jede Warnung ist ein Fehler)
	$(BIN)/mkdocs build --strict --quiet
	@echo "Website: site/index.html"

docs: $(STAMP)
	$(BIN)/mkdocs build --strict
	@echo "Website: site/index.html"

bench: $(STAMP)
	@# wie eine gewöhnliche Installation: Bytecode vorab übersetzen
	$(BIN)/python -m compileall -q src/lexdsl
	$(BIN)/python tests/bench.py

fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz $(or $(ANZAHL),100000)

check: $(STAMP)
	$(BIN)/lexdsl check norms

clean:
	rm -rf $(VENV) .pytest_cache build dist ergebnisse site
