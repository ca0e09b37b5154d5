"""pytest-Plugin: meldet die Schrittbibliothek (``lexdsl.steps``) bei pytest-bdd an und sammelt die Feature-Dateien.

Das Plugin wird über den Einstiegspunkt ``pytest11`` geladen; ohne pytest-bdd
bleibt es still. Ein Schritt, dessen Erwartung nicht eintritt, meldet seine
deutsche Meldung ohne Python-Ablaufverfolgung (``pytest.fail(…, pytrace=False)``).
Mit ``--lexdsl-abdeckung=DATEI`` wird jeder geprüfte Fall aufgezeichnet und
am Ende die Bedingungsabdeckung geschrieben.
"""

from __future__ import annotations

import functools
import re
import types
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .steps import STEPS, ScenarioFailure, Szenario

try:
    import pytest_bdd
except ImportError:  # pragma: no cover – pytest-bdd nicht installiert
    pytest_bdd = None  # type: ignore[assignment]  # ohne pytest-bdd bleibt das Plugin still

if TYPE_CHECKING:
    from .coverage import Record
    from .runtime import CompiledNorm, Facts
    from .workspace.corpus import Corpus

# Aufzeichnung für die Bedingungsabdeckung (nur mit --lexdsl-abdeckung): (Korpus, Fall).
_RECORDS: list[tuple[Corpus, Record]] = []


def _record(corpus: Corpus, variant: CompiledNorm, facts: Facts, scenario: str) -> None:
    from .coverage import Record

    _RECORDS.append((corpus, Record(variant, facts, scenario)))


def _scenario_label(request: pytest.FixtureRequest) -> str:
    """Der Titel des Szenarios (bei Grundrissen mit Beispielzeile), sonst der Testname."""
    name: str = request.node.name
    try:
        from pytest_bdd.scenario import scenario_wrapper_template_registry
        from pytest_bdd.utils import registry_get_safe

        template = registry_get_safe(scenario_wrapper_template_registry, getattr(request.node, "function", None))
        if template is not None:
            name = template.name
            callspec = getattr(request.node, "callspec", None)
            if callspec is not None:
                name += f" [{callspec.id}]"
    except Exception:
        pass
    return name


@pytest.fixture
def lexdsl_szenario(request: pytest.FixtureRequest) -> Szenario:
    """Zustand eines Szenarios: gesetzte Merkmale und das Ergebnis."""
    config = request.config
    # Ohne pytest-Cache (-p no:cacheprovider) gilt der übliche Zwischenspeicher von lexdsl.
    cache = config.cache.mkdir("lexdsl") if getattr(config, "cache", None) is not None else None
    recorder = _record if config.getoption("lexdsl_abdeckung", None) else None
    return Szenario(Path(str(config.rootpath)), config.getini("lexdsl_normen") or "norms", _scenario_label(request),
                    cache, recorder)


def _german_failures(function: Callable[..., None]) -> Callable[..., None]:
    """Die Schrittfunktion, deren ``ScenarioFailure`` als pytest-Fehlschlag ohne Ablaufverfolgung erscheint."""

    @functools.wraps(function)
    def step(*args: Any, **kwargs: Any) -> None:
        try:
            function(*args, **kwargs)
        except ScenarioFailure as exc:
            pytest.fail(str(exc), pytrace=False)

    return step


# Die Schritte anmelden. pytest-bdd legt je Schritt eine Fixture im Modul des Aufrufers ab (stacklevel=1:
# hier, auf Modulebene); jeder Schritt bekommt so seine eigene.
if pytest_bdd is not None:
    for _step in STEPS:
        _register = {"given": pytest_bdd.given, "when": pytest_bdd.when, "then": pytest_bdd.then}[_step.kind]
        _register(pytest_bdd.parsers.re(_step.pattern), stacklevel=1)(_german_failures(_step.function))


# ----------------------------------------------------------------- Sammeln

class FeatureFile(pytest.Module):
    """Eine .feature-Datei als Testmodul: ohne eigene Python-Datei im Projekt.

    Das Modulobjekt entsteht, indem ``scenarios(pfad)`` von pytest-bdd in
    einem frischen Modul ausgeführt wird; pytest sammelt die so erzeugten
    Testfunktionen wie aus einer gewöhnlichen Testdatei.
    """

    def _getobj(self) -> types.ModuleType:
        name = "lexdsl_szenarien_" + re.sub(r"\W", "_", self.path.stem)
        module = types.ModuleType(name)
        module.__file__ = str(self.path)
        module.__dict__["FEATURE_PFAD"] = str(self.path)
        code = compile("from pytest_bdd import scenarios\nscenarios(FEATURE_PFAD)\n", str(self.path), "exec")
        exec(code, module.__dict__)
        return module


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix == ".feature" and pytest_bdd is not None and parent.config.getini("lexdsl_feature_dateien"):
        return FeatureFile.from_parent(parent, path=file_path)
    return None


# ----------------------------------------------------------------- Konfiguration

_TAG = re.compile(r"(?<![\w@])@([A-Za-z_][\w]*)")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("lexdsl")
    group.addoption("--lexdsl-abdeckung", dest="lexdsl_abdeckung", metavar="DATEI", default=None,
                    help="Bedingungsabdeckung der Szenarien als JSON nach DATEI schreiben und zusammenfassen")
    parser.addini("lexdsl_normen", "Pfad der Normen für die Szenarien (Standard: norms)", default="norms")
    parser.addini("lexdsl_feature_dateien", "Feature-Dateien direkt als Tests sammeln (Standard: ja)",
                  type="bool", default=True)


def pytest_configure(config: pytest.Config) -> None:
    """Meldet alle Tags der Feature-Dateien als Marker an (für --strict-markers und -m)."""
    base = config.getini("bdd_features_base_dir") if _has_ini(config, "bdd_features_base_dir") else None
    root = Path(str(config.rootpath)) / (base or "features")
    if not root.is_dir():
        return
    tags: set[str] = set()
    for feature in root.rglob("*.feature"):
        try:
            text = feature.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for line in text.splitlines():
            if line.lstrip().startswith("@"):
                tags.update(_TAG.findall(line))
    for tag in sorted(tags):
        config.addinivalue_line("markers", f"{tag}: Tag aus den Feature-Dateien")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config) -> None:
    target = config.getoption("lexdsl_abdeckung", None)
    if not target or not _RECORDS:
        return
    from .coverage import merge, report, summary_text, write

    by_corpus: dict[int, tuple[Corpus, list[Record]]] = {}
    for corpus, record in _RECORDS:
        by_corpus.setdefault(id(corpus), (corpus, []))[1].append(record)
    # Mehrere Normverzeichnisse in einem Lauf: ein Bericht mit allen Normen.
    data = merge([report(records, corpus) for corpus, records in by_corpus.values()])
    write(data, Path(str(config.rootpath)) / target)
    terminalreporter.write_line("")
    terminalreporter.write_line(summary_text(data))
    terminalreporter.write_line(f"Abdeckungsbericht: {target}")
    _RECORDS.clear()


def _has_ini(config: pytest.Config, name: str) -> bool:
    try:
        config.getini(name)
        return True
    except ValueError:
        return False
