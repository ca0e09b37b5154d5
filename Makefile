# lexdsl – alle Einrichtung auf einer Maschine mit python3 und pip.
#   make run    prüft den Beispielfall
#   make test   führt alle Tests aus
#   make bench  misst die Geschwindigkeit gegen eine Vergleichsbasis
#   make docs   baut die Website nach site/ (öffnen: site/index.html)
#   make offline  installiert Pyodide (npm ci in offline/) für die Seite »Fall prüfen« der Website
#   make editor baut die Erweiterung für VS Code (npm ci in editor/vscode/, Grammatiktests, dann editor/vscode/lexdsl-*.vsix)
#   make fuzz   prüft die Normensprache mit mindestens 100.000 zufälligen Eingaben
#   make test-masse  der lange Differenztest der Massenprüfung (1.000.000 Zeilen; CI ruft es auf)
#   make test-spark  die Massenprüfung auf Apache Spark (local[2]) gegen die eingebettete (CI ruft es auf)
#   make haerte die langen Härtetests: 8 Prozesse × 20 Runden auf kaltem Zwischenspeicher u. a. (CI ruft es auf)
#   make lock   erneuert die Sperrdateien requirements.lock und requirements-spark.lock (neueste erlaubte Versionen, mit Hashes)
#   make test-neueste  alle Tests mit den neuesten Versionen, die pyproject.toml erlaubt (eigene Umgebung)
#
# Installiert wird nur aus der Sperrdatei requirements.lock: jede Abhängigkeit, auch die
# mittelbaren und die des Paketbaus, mit genauer Version und Hash. Ein frischer Klon bekommt
# heute und in einem Jahr dieselben Pakete. PySpark (etwa 460 MB) steht in einer eigenen Sperrdatei
# requirements-spark.lock, gebunden an die Versionen der ersten; nur make test-spark und make bench laden es.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installiert

.PHONY: run test haerte bench check docs fuzz lock test-neueste clean dienst offline test-masse test-spark editor

# MkDocs 1.x kündigt beim Start eine Nachfolgeversion an; die Website bleibt bei 1.6.1.
export NO_MKDOCS_2_WARNING := 1
# Bytecode zwischenspeichern (die Tests starten viele Python-Prozesse); manche Umgebungen schalten es ab.
unexport PYTHONDONTWRITEBYTECODE

LOCK   := requirements.lock
SPARK_LOCK  := requirements-spark.lock
SPARK_STAMP := $(VENV)/.spark
# Alle Extras außer spark (eigene Sperrdatei); tests/test_lock.py prüft, dass keines fehlt.
EXTRAS := test masse vergleich dienst analyse sprache lock docs

$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -m venv $(VENV) || { $(PYTHON) -m pip install --user virtualenv && $(PYTHON) -m virtualenv $(VENV); }
	$(BIN)/python -m pip install -qq --require-hashes -r $(LOCK)
	@# lexdsl selbst, gebaut mit dem gesperrten hatchling (keine Bauumgebung aus dem Netz)
	$(BIN)/python -m pip install -qq --no-deps --no-build-isolation -e .
	@touch $@

$(SPARK_STAMP): $(STAMP) $(SPARK_LOCK)
	$(BIN)/python -m pip install -qq --require-hashes -r $(SPARK_LOCK)
	@touch $@

# Pyodide aus npm, genau nach offline/package-lock.json (npm ci): Die Website legt es neben die Seite
# »Fall prüfen«, die die Prüfung im Browser rechnet; nichts kommt aus einem CDN.
PYODIDE := offline/node_modules/pyodide/package.json

$(PYODIDE): offline/package.json offline/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "Fehler: npm fehlt; die Seite »Fall prüfen« braucht Pyodide aus npm." \
	  "Installieren: apt-get install npm" >&2; exit 1; }
	cd offline && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

offline: $(PYODIDE)

# Die Erweiterung für VS Code: npm ci genau nach editor/vscode/package-lock.json, die Grammatiktests
# (vscode-tmgrammar-test) und ein Ladetest, dann packt @vscode/vsce die .vsix mit den Laufzeitpaketen
# (vscode-languageclient). Nach npm ci braucht das kein Netz mehr.
VSCODE     := editor/vscode
VSCODE_NPM := $(VSCODE)/node_modules/.installiert

$(VSCODE_NPM): $(VSCODE)/package.json $(VSCODE)/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "Fehler: npm fehlt; die Erweiterung für VS Code wird mit npm gebaut." \
	  "Installieren: apt-get install npm" >&2; exit 1; }
	cd $(VSCODE) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

editor: $(VSCODE_NPM)
	cd $(VSCODE) && npm test --silent
	@rm -f $(VSCODE)/*.vsix
	cd $(VSCODE) && npx --no-install vsce package --allow-missing-repository </dev/null
	@for f in $(VSCODE)/*.vsix; do echo "Erweiterung: $$f ($$(wc -c <$$f) Bytes)." \
	  "Installieren: code --install-extension $$f"; done

run: $(STAMP)
	$(BIN)/lexdsl prüfen beispiele/reiseunfaehigkeit.yaml
	@echo
	@echo "Die Website mit allen Normen, Szenarien und dem Glossar: make docs, dann site/index.html öffnen."
	@echo "Der Prüfassistent im Browser, Frage für Frage: make dienst, dann http://127.0.0.1:8000/ öffnen."

test: $(STAMP) $(PYODIDE)
	@# der Code selbst: Typen (mypy --strict, Einstellungen in pyproject.toml) und Stil (ruff)
	$(BIN)/mypy
	$(BIN)/ruff check src tests offline
	@# die Normen selbst: jeder Befund des Solvers ist geprüft und mit „# gewollt: …“ angenommen
	@mkdir -p ergebnisse
	$(BIN)/lexdsl analysieren --streng -o ergebnisse/analyse.txt
	$(BIN)/python -m pytest --lexdsl-abdeckung=ergebnisse/abdeckung.json --cucumberjson=ergebnisse/cucumber.json
	@# die Website mit den Ergebnissen dieses Testlaufs (streng: jede Warnung ist ein Fehler)
	$(BIN)/mkdocs build --strict --quiet
	@echo "Website: site/index.html"

# Der lange Differenztest der Massenprüfung: 1.000.000 Zufallszeilen gegen die Laufzeit, Fall für Fall
# (Markierung „masse“, etwa eine Viertelstunde auf zwei Kernen); make test führt ihn in kurzer Form aus.
test-masse: $(STAMP)
	$(BIN)/python -m pytest -m masse -p no:cacheprovider tests/test_massenpruefung.py

# --engine spark: dieselben 20.000 Zufallszeilen mit Spark (local[2]) und mit Polars, Zeile für Zeile verglichen
# (Markierung „spark“, einige Minuten). Braucht Java 17 (apt-get install openjdk-17-jre-headless); ohne PySpark
# oder Java übersprungen, mit LEXDSL_SPARK_PFLICHT=1 (CI) ein Fehler.
test-spark: $(SPARK_STAMP)
	$(BIN)/python -m pytest -m spark -p no:cacheprovider tests/test_massenpruefung_spark.py

# Lange Läufe unter Last (Markierung „haerte“); make test führt dieselben Tests in kurzer Form aus.
haerte: $(STAMP)
	$(BIN)/python -m pytest -m haerte -p no:cacheprovider tests

# Der Prüfassistent im Browser und die HTTP-Schnittstelle, auf http://127.0.0.1:8000/
dienst: $(STAMP)
	$(BIN)/lexdsl dienst

docs: $(STAMP) $(PYODIDE)
	$(BIN)/mkdocs build --strict
	@echo "Website: site/index.html"

bench: $(SPARK_STAMP)
	@# wie eine gewöhnliche Installation: Bytecode vorab übersetzen
	$(BIN)/python -m compileall -q src/lexdsl
	$(BIN)/python tests/bench.py

fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz $(or $(ANZAHL),100000)

check: $(STAMP)
	$(BIN)/lexdsl check --normen norms

# Die Sperrdateien neu auflösen: neueste Versionen, die pyproject.toml erlaubt, für alle Extras und den
# Paketbau, mit Hashes; spark für sich, an die Versionen der ersten gebunden (-c). pip-compile liest die
# pip-Einstellungen der Maschine (Indizes, find-links).
COMPILE := $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	  --no-emit-find-links --upgrade
lock: $(STAMP)
	$(COMPILE) --all-build-deps $(foreach e,$(EXTRAS),--extra $(e)) --output-file $(LOCK) pyproject.toml
	$(COMPILE) --extra spark --constraint $(LOCK) --output-file $(SPARK_LOCK) pyproject.toml
	$(BIN)/python -m tests.lockfile --stempel $(LOCK)
	$(BIN)/python -m tests.lockfile --stempel $(SPARK_LOCK)
	@echo "Sperrdateien $(LOCK) und $(SPARK_LOCK) erneuert; make test prüft sie."

# Drift mit Absicht finden: die neuesten erlaubten Versionen in einer eigenen Umgebung, ohne Sperrdatei.
NEU := .venv-neueste
test-neueste: $(PYODIDE)
	rm -rf $(NEU)
	$(PYTHON) -m venv $(NEU)
	$(NEU)/bin/python -m pip install -qq --upgrade pip
	$(NEU)/bin/python -m tests.lockfile --bau > $(NEU)/bau.txt
	$(NEU)/bin/python -m pip install -qq --upgrade -r $(NEU)/bau.txt
	$(NEU)/bin/python -m pip install -qq --upgrade --no-build-isolation -e '.[test,docs]'
	$(NEU)/bin/python -m pip list --format=freeze > $(NEU)/versionen.txt
	$(NEU)/bin/mypy
	$(NEU)/bin/ruff check src tests offline
	@mkdir -p ergebnisse/neueste
	$(NEU)/bin/python -m pytest -p no:cacheprovider --lexdsl-abdeckung=ergebnisse/neueste/abdeckung.json \
	  --cucumberjson=ergebnisse/neueste/cucumber.json
	$(NEU)/bin/mkdocs build --strict --quiet --site-dir $(NEU)/site
	@echo "Alle Tests grün mit den neuesten Versionen (Liste: $(NEU)/versionen.txt)."

clean:
	rm -rf $(VENV) $(NEU) .pytest_cache build dist ergebnisse site offline/node_modules $(VSCODE)/node_modules $(VSCODE)/*.vsix
