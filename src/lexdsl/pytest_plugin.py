"""pytest-Plugin: meldet die Schrittbibliothek (``lexdsl.steps``) bei pytest-bdd an und sammelt die Feature-Dateien.

Das Plugin wird über den Einstiegspunkt ``pytest11`` geladen; ohne pytest-bdd
bleibt es still. Mit ``--lexdsl-abdeckung=DATEI`` wird jeder geprüfte Fall
aufgezeichnet und am Ende die Bedingungsabdeckung geschrieben.

Was schiefgeht, meldet es deutsch und ohne Python-Ablaufverfolgung, und der
Lauf geht weiter:

* ein Schritt, dessen Erwartung nicht eintritt, ein falscher Wert, ein
  fehlendes oder fehlerhaftes Normverzeichnis: ein Fehlschlag des Szenarios;
* ein unbekannter Schritt: ein Fehlschlag mit Zeile und den ähnlichsten Schritten;
* eine Feature-Datei ohne ``# language: de`` oder mit fehlerhafter
  Gherkin-Syntax: ein Fehlschlag für diese Datei, die übrigen laufen;
* jeder Tag, den pytest-bdd liest, ist als Marker angemeldet (auch
  ``@vwv_25.5.2``, ``@wip-2024``, ``@ümlaut``), sodass ``--strict-markers`` gilt.

Mit ``LEXDSL_DEBUG=1`` zeigt ein interner Fehler seine Ablaufverfolgung.
"""

from __future__ import annotations

import functools
import os
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
    """Die Schrittfunktion, deren Fehler als pytest-Fehlschlag ohne Ablaufverfolgung erscheinen: einmal,
    deutsch, ohne „During handling of the above exception“."""

    @functools.wraps(function)
    def step(*args: Any, **kwargs: Any) -> None:
        message = None
        try:
            function(*args, **kwargs)
        except ScenarioFailure as exc:
            message = str(exc)
        except Exception as exc:
            if os.environ.get("LEXDSL_DEBUG"):
                raise
            message = (f"Interner Fehler in lexdsl ({type(exc).__name__}: {exc}). Das ist ein Programmfehler, "
                       "nicht Ihrer; mit LEXDSL_DEBUG=1 zeigt lexdsl die Einzelheiten.")
        if message is not None:
            pytest.fail(message, pytrace=False)

    return step


def pytest_bdd_step_func_lookup_error(request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any,
                                      exception: Exception) -> None:
    """Ein Schritt, zu dem es keine Definition gibt: deutsch, mit Zeile und den ähnlichsten Schritten."""
    pytest.fail(unknown_step_message(f"{step.keyword} {step.name}", step.name, feature.filename, step.line_number),
                pytrace=False)


def unknown_step_message(shown: str, text: str, filename: str, line: int) -> str:
    """Die Meldung zu einem unbekannten Schritt (``shown`` mit Schlüsselwort, ``text`` ohne)."""
    import difflib

    examples = [e for s in STEPS for e in s.examples]
    close = difflib.get_close_matches(text, examples, n=3, cutoff=0.4)
    lines = [f"{filename}:{line}: Unbekannter Schritt: {shown}"]
    if close:
        lines.append("  Ähnliche Schritte: " + "; ".join(close))
    lines.append("  Hinweis: Alle Schritte mit Beispielen stehen auf der Seite »Szenarien schreiben«.")
    return "\n".join(lines)


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

    def collect(self) -> Any:
        """Die Szenarien der Datei; ist die Datei selbst fehlerhaft, ein einziger deutscher Fehlschlag."""
        problem = feature_problem(self.path)
        if problem is None:
            try:
                return super().collect()
            except Exception as exc:  # die Gherkin-Syntax (pytest-bdd liest die Datei beim Sammeln)
                if os.environ.get("LEXDSL_DEBUG"):
                    raise
                problem = gherkin_message(self.path, exc)
        return [BrokenFeature.from_parent(self, name=self.path.name, message=problem)]

    def _getobj(self) -> types.ModuleType:
        for tag in feature_tags(self.path):
            _register_tag(self.config, tag)
        name = "lexdsl_szenarien_" + re.sub(r"\W", "_", self.path.stem)
        module = types.ModuleType(name)
        module.__file__ = str(self.path)
        module.__dict__["FEATURE_PFAD"] = str(self.path)
        code = compile("from pytest_bdd import scenarios\nscenarios(FEATURE_PFAD)\n", str(self.path), "exec")
        exec(code, module.__dict__)
        return module


class FeatureProblem(Exception):
    """Eine Feature-Datei ist selbst fehlerhaft (Sprache, Gherkin-Syntax)."""


class BrokenFeature(pytest.Item):
    """Ein Fehlschlag für eine fehlerhafte Feature-Datei; die übrigen Dateien laufen weiter."""

    def __init__(self, *, message: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.message = message

    def runtest(self) -> None:
        raise FeatureProblem(self.message)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        return self.message

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"Feature-Datei {self.path.name}"


_LANGUAGE = re.compile(r"^\s*#\s*language\s*:\s*(\S+)\s*$")


def feature_problem(path: Path) -> str | None:
    """Was an einer Feature-Datei schon vor pytest-bdd falsch ist: unlesbar oder ohne ``# language: de``."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return f"{path}: Die Datei ist nicht in UTF-8 gespeichert.\n  Hinweis: Speichern Sie sie als UTF-8."
    except OSError as exc:
        return f"{path}: Die Datei lässt sich nicht lesen ({exc.strerror or exc})."
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if not line.strip():
            continue
        match = _LANGUAGE.match(line)
        if match and match.group(1) == "de":
            return None
        if match:
            return (f"{path}:{number}: Die Sprache ist »{match.group(1)}«; die Schritte von lexdsl sind deutsch.\n"
                    "  Hinweis: Schreiben Sie »# language: de« in die erste Zeile.")
        if not line.lstrip().startswith("#"):
            break
    return (f"{path}:1: Die erste Zeile muss »# language: de« sein; ohne sie versteht pytest-bdd die deutschen "
            "Schlüsselwörter (Funktionalität, Szenario, Angenommen, Wenn, Dann) nicht.\n"
            "  Hinweis: Fügen Sie »# language: de« als erste Zeile ein.")


def gherkin_message(path: Path, exc: Exception) -> str:
    """Ein Fehler von pytest-bdd beim Lesen einer Feature-Datei, deutsch, mit Zeile."""
    line = getattr(exc, "line", None)
    content = getattr(exc, "line_content", None)
    where = f"{path}:{line}" if isinstance(line, int) else str(path)
    shown = f" (»{str(content).strip()}«)" if content else ""
    return (f"{where}: Die Gherkin-Syntax ist hier fehlerhaft{shown}.\n"
            "  Hinweis: Eine Feature-Datei besteht aus »Funktionalität:«, optional »Grundlage:«, und "
            "»Szenario:« oder »Szenariogrundriss:« mit Schritten, die mit Angenommen, Wenn, Dann, Und oder Aber "
            "beginnen.")


def feature_tags(path: Path) -> set[str]:
    """Genau die Tags, die pytest-bdd aus der Datei liest (ohne »@«); leer, wenn sie sich nicht lesen lässt."""
    try:
        from pytest_bdd.gherkin_parser import get_gherkin_document

        document = get_gherkin_document(str(path))
    except Exception:
        return set()
    found: set[str] = set()
    stack: list[Any] = [document.feature]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        found.update(tag.name.lstrip("@") for tag in getattr(item, "tags", None) or ())
        for attribute in ("children", "examples"):
            stack.extend(getattr(item, attribute, None) or ())
        for attribute in ("scenario", "rule", "background"):
            stack.append(getattr(item, attribute, None))
    return found


def _register_tag(config: pytest.Config, tag: str) -> None:
    """Meldet einen Tag als Marker an, einmal."""
    known = config.stash.setdefault(_KNOWN_TAGS, set())
    if tag not in known:
        known.add(tag)
        config.addinivalue_line("markers", f"{tag}: Tag aus den Feature-Dateien")


_KNOWN_TAGS = pytest.StashKey[set[str]]()


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix == ".feature" and pytest_bdd is not None and parent.config.getini("lexdsl_feature_dateien"):
        return FeatureFile.from_parent(parent, path=file_path)
    return None


# ----------------------------------------------------------------- Konfiguration

def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("lexdsl")
    group.addoption("--lexdsl-abdeckung", dest="lexdsl_abdeckung", metavar="DATEI", default=None,
                    help="Bedingungsabdeckung der Szenarien als JSON nach DATEI schreiben und zusammenfassen")
    parser.addini("lexdsl_normen", "Pfad der Normen für die Szenarien (Standard: norms)", default="norms")
    parser.addini("lexdsl_feature_dateien", "Feature-Dateien direkt als Tests sammeln (Standard: ja)",
                  type="bool", default=True)


def pytest_configure(config: pytest.Config) -> None:
    """Meldet alle Tags der Feature-Dateien unter dem Feature-Verzeichnis als Marker an (für ``--strict-markers``
    und ``-m``), genau wie pytest-bdd sie liest; Dateien anderswo melden ihre Tags beim Sammeln an."""
    base = config.getini("bdd_features_base_dir") if _has_ini(config, "bdd_features_base_dir") else None
    root = Path(str(config.rootpath)) / (base or "features")
    if not root.is_dir():
        return
    tags: set[str] = set()
    for feature in sorted(root.rglob("*.feature")):
        tags |= feature_tags(feature)
    for tag in sorted(tags):
        _register_tag(config, tag)


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Szenarien mit ``@ungeprueft`` (von ``lexdsl analysieren --szenarien``) haben noch keine Erwartung aus dem
    Wortlaut: übersprungen, mit Hinweis, bis jemand die Zeile „Dann …“ einträgt und den Tag entfernt."""
    if item.get_closest_marker("ungeprueft") is not None:
        pytest.skip("ungeprüft: Die Erwartung (Dann …) aus dem Wortlaut eintragen und @ungeprueft entfernen.")


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
