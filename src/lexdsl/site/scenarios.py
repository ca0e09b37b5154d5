"""Die Szenarien für die Website: gelesen mit dem Parser von pytest-bdd, Ergebnisse aus dem Cucumber-JSON.

Ein Szenario gehört zu der Norm, die sein Schritt „Wenn "…" geprüft wird“
nennt; Szenarien mit „alle Normen geprüft werden“ gehören zur Gesamtprüfung.
Das Ergebnis eines Szenarios (oder einer Beispielzeile eines Grundrisses)
kommt aus dem Cucumber-Bericht des letzten Testlaufs, zugeordnet über Datei,
Zeile und die Texte der Schritte.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pytest_bdd import parser as bdd

BESTANDEN = "bestanden"
FEHLGESCHLAGEN = "fehlgeschlagen"
NICHT_AUSGEFUEHRT = "nicht ausgeführt"

_NORM_STEP = re.compile(r'^(?:die Norm )?"(?P<norm>[^"]+)" geprüft wird$')
_ALL_STEP = "alle Normen geprüft werden"


class Step:
    def __init__(self, keyword: str, text: str, table: list[list[str]] | None):
        self.keyword = keyword
        self.text = text
        self.table = table


class Example:
    """Eine Zeile der Beispiele eines Grundrisses."""

    def __init__(self, values: dict[str, str], steps: list[str]):
        self.values = values
        self.steps = steps   # Texte der eingesetzten Schritte, für die Zuordnung zum Bericht
        self.status = NICHT_AUSGEFUEHRT


class ScenarioDoc:
    def __init__(self, name: str, line: int, tags: list[str], steps: list[Step], outline: bool,
                 params: list[str], examples: list[Example], feature: FeatureDoc):
        self.name = name
        self.line = line
        self.tags = tags
        self.steps = steps            # ohne die Schritte der Grundlage
        self.outline = outline
        self.params = params
        self.examples = examples
        self.feature = feature
        self.status = NICHT_AUSGEFUEHRT
        self.norms = sorted({m.group("norm") for s in steps if (m := _NORM_STEP.match(s.text))})
        self.gesamt = any(s.text == _ALL_STEP for s in steps)

    def all_step_texts(self, rendered: list[str] | None = None) -> tuple[str, ...]:
        return tuple(s.text for s in self.feature.background) + tuple(rendered if rendered is not None else
                                                                      [s.text for s in self.steps])


class FeatureDoc:
    def __init__(self, path: str, name: str, tags: list[str], description: str):
        self.path = path              # relativ zum Verzeichnis der Feature-Dateien, mit /
        self.name = name
        self.tags = tags
        self.description = description
        self.background: list[Step] = []
        self.scenarios: list[ScenarioDoc] = []


def _steps(steps: Iterable[bdd.Step]) -> list[Step]:
    out: list[Step] = []
    for step in steps:
        # wie ``DataTable.raw()``, das aber nur ``Sequence[Sequence[object]]`` verspricht; die Zellen sind Text
        table = ([[cell.value for cell in row.cells] for row in step.datatable.rows]
                 if step.datatable is not None else None)
        out.append(Step(step.keyword.strip(), step.name, table))
    return out


def read_features(directory: Path) -> list[FeatureDoc]:
    """Alle .feature-Dateien unter ``directory``, sortiert nach Pfad."""
    from pytest_bdd.parser import FeatureParser

    features: list[FeatureDoc] = []
    for path in sorted(directory.rglob("*.feature")):
        rel = path.relative_to(directory).as_posix()
        parsed = FeatureParser(str(directory), rel).parse()
        feature = FeatureDoc(rel, parsed.name, sorted(parsed.tags), parsed.description or "")
        background = list(parsed.background.steps) if parsed.background else []
        feature.background = _steps(background)
        for template in parsed.scenarios.values():
            own = list(template.steps)[len(background):]
            params: list[str] = []
            examples: list[Example] = []
            for block in template.examples:
                params = list(block.example_params)
                for context in block.as_contexts():
                    rendered = template.render(context)
                    texts = [s.name for s in list(rendered.steps)[len(background):]]
                    examples.append(Example(dict(context), texts))
            feature.scenarios.append(ScenarioDoc(
                template.name, template.line_number, sorted(template.tags), _steps(own),
                bool(template.templated), params, examples, feature))
        features.append(feature)
    return features


# Schlüssel eines Elements im Cucumber-Bericht: (Zeile, Texte der Schritte)
_Key = tuple[int, tuple[str, ...]]


class Results:
    """Die Ergebnisse des letzten Testlaufs aus dem Cucumber-JSON (oder keine)."""

    def __init__(self, elements: dict[_Key, list[tuple[str, str]]] | None):
        self.elements = elements      # (Zeile, Schritte) → [(Datei, Status)]; None = kein Bericht

    @classmethod
    def read(cls, path: Path) -> Results:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(None)
        elements: dict[_Key, list[tuple[str, str]]] = {}
        for feature in data if isinstance(data, list) else []:
            uri = str(feature.get("uri", "")).replace("\\", "/")
            for element in feature.get("elements", []):
                steps = element.get("steps", [])
                statuses = {s.get("result", {}).get("status") for s in steps}
                status = FEHLGESCHLAGEN if statuses - {"passed"} or not steps else BESTANDEN
                key = (element.get("line"), tuple(s.get("name", "") for s in steps))
                elements.setdefault(key, []).append((uri, status))
        return cls(elements)

    @property
    def available(self) -> bool:
        return self.elements is not None

    def status(self, feature: FeatureDoc, line: int, steps: tuple[str, ...]) -> str:
        found = [status for uri, status in (self.elements or {}).get((line, steps), [])
                 if uri == feature.path or uri.endswith("/" + feature.path) or feature.path.endswith("/" + uri)]
        if not found:
            return NICHT_AUSGEFUEHRT
        # Derselbe Fall zweimal im Bericht (etwa zwei Läufe): ein Fehler zählt.
        return FEHLGESCHLAGEN if FEHLGESCHLAGEN in found else BESTANDEN

    def apply(self, features: list[FeatureDoc]) -> None:
        """Trägt die Ergebnisse in die Szenarien ein."""
        for feature in features:
            for scenario in feature.scenarios:
                if scenario.outline:
                    for example in scenario.examples:
                        example.status = self.status(feature, scenario.line, scenario.all_step_texts(example.steps))
                    states = {e.status for e in scenario.examples}
                    scenario.status = (FEHLGESCHLAGEN if FEHLGESCHLAGEN in states else
                                       NICHT_AUSGEFUEHRT if NICHT_AUSGEFUEHRT in states or not states else BESTANDEN)
                else:
                    scenario.status = self.status(feature, scenario.line, scenario.all_step_texts())
