"""Szenarien aus den Befunden: Zeugenfälle und Unabhängigkeitspaare, die noch kein Szenario abdeckt, als
deutsches Gherkin in der Schrittsprache des Projekts.

Jedes geschriebene Szenario trägt ``@ungeprueft`` und hat keine Zeile ``Dann …``: Das erwartete Ergebnis
kommt aus dem Wortlaut, nicht aus der Engine. Was die Engine entscheidet, steht nur als Kommentar darüber.
Ein Fachmensch trägt die Erwartung ein und entfernt ``@ungeprueft``; bis dahin überspringt das
pytest-Plugin das Szenario mit einem Hinweis.

Abgedeckt ist ein Zeugenfall, wenn ein Szenario dieselbe Fassung zu demselben Ergebnis geführt hat, und eine
Bedingung, wenn sie in einem Szenario entscheidend war (beides aus dem Abdeckungsbericht von
``pytest --lexdsl-abdeckung``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..runtime import Catalog
from ..runtime.explain import value_text
from ..runtime.program import FactValue
from ..vocabulary import MerkmalType, german_date
from .model import Case, Report, VariantFindings

TAG = "ungeprueft"
ADD_EXPECTATION = "Dann …  ← die Erwartung aus dem Wortlaut eintragen und @ungeprueft entfernen"


class Coverage:
    """Was die Szenarien schon abdecken (aus dem Abdeckungsbericht); ohne Bericht: nichts."""

    def __init__(self, data: Mapping[str, Any] | None):
        self.outcomes: dict[tuple[str, str], set[str]] = {}
        self.decisive: set[str] = set()
        for norm in (data or {}).get("normen", []):
            for fassung, outcomes in norm.get("ergebnisse", {}).items():
                self.outcomes[(norm["norm"], fassung)] = set(outcomes)
            for row in norm.get("liste", []):
                if row.get("entscheidend"):
                    self.decisive.add(_place_key(row["stelle"]))

    def has_outcome(self, norm: str, fassung: str | None, outcome: str) -> bool:
        return outcome in self.outcomes.get((norm, fassung or ""), set())

    def is_decisive(self, place: str) -> bool:
        return _place_key(place) in self.decisive


def _place_key(place: str) -> str:
    path, line, column = place.rsplit(":", 2)
    with contextlib.suppress(OSError):
        path = str(Path(path).resolve())
    return f"{path}:{line}:{column}"


def _value(catalog: Catalog, name: str, value: FactValue) -> str:
    """Der Wert so, wie ihn der Schritt „das Merkmal … ist …“ liest."""
    kind = catalog.merkmale[name].type
    if kind is MerkmalType.CHOICE:
        return str(value)
    if kind is MerkmalType.DATE:
        return german_date(str(value))
    return value_text(kind, value)


def _quote(text: str) -> str:
    """Text in einem Schritt in Anführungszeichen: ohne Zeilenwechsel und ohne eigenes Anführungszeichen."""
    return re.sub(r"\s+", " ", text).replace('"', "'")


def _comment(text: str) -> str:
    return "# " + re.sub(r"\s+", " ", text)


def _given(catalog: Catalog, facts: Case, first: bool = True) -> list[str]:
    lines = []
    for name, value in facts.items():
        word = "Angenommen" if first else "Und"
        lines.append(f'    {word} das Merkmal "{_quote(name)}" ist "{_quote(_value(catalog, name, value))}"')
        first = False
    return lines


def _stichtag(catalog: Catalog, variant: VariantFindings) -> str | None:
    norm = catalog.normen[variant.norm]
    for compiled in norm.variants:
        fassung = compiled.program.fassung
        if fassung is not None and fassung.name == variant.fassung:
            return german_date(fassung.ab)
    return None


def feature(catalog: Catalog, variant_findings: list[VariantFindings], coverage: Coverage) -> str | None:
    """Die Feature-Datei für eine Norm, oder None, wenn alles abgedeckt ist."""
    if not variant_findings:
        return None
    norm = variant_findings[0].norm
    scenarios: list[list[str]] = []
    for found in variant_findings:
        where = f"{norm}, Fassung „{found.fassung}“" if found.fassung else norm
        stichtag = _stichtag(catalog, found)
        head = [f'    Angenommen der Stichtag "{stichtag}"'] if stichtag else []
        for witness in found.reachability.witnesses:
            if coverage.has_outcome(norm, found.fassung, witness.outcome.value):
                continue
            given = head + _given(catalog, witness.facts, first=not head)
            scenarios.append([
                f"  {_comment(f'Zeugenfall aus der Analyse. Die Engine entscheidet: {witness.outcome.grade_name}.')}",
                f"  @{TAG}",
                f"  Szenario: {_quote(where)} – ein Fall, der „{witness.outcome.grade_name}“ ergibt",
                *given,
                f'    Wenn "{_quote(norm)}" geprüft wird',
                f"    {_comment(ADD_EXPECTATION)}",
            ])
        for pair in found.pairs:
            if coverage.is_decisive(pair.place):
                continue
            first_value = _value(catalog, pair.merkmal, pair.first)
            second_value = _value(catalog, pair.merkmal, pair.second)
            note = (f"Unabhängigkeitspaar für die Bedingung „{pair.label}“ ({pair.place}): Die Fälle unterscheiden "
                    f"sich nur in „{pair.merkmal}“. Die Engine entscheidet: bei „{first_value}“ "
                    f"{pair.first_outcome.grade_name}, bei „{second_value}“ {pair.second_outcome.grade_name}.")
            given = head + _given(catalog, pair.shared, first=not head)
            word = "Und" if given else "Angenommen"
            scenarios.append([
                f"  {_comment(note)}",
                f"  @{TAG}",
                f"  Szenariogrundriss: {_quote(where)} – die Bedingung „{_quote(pair.label)}“ entscheidet "
                f"(<{'wert'}>)",
                *given,
                f'    {word} das Merkmal "{_quote(pair.merkmal)}" ist "<wert>"',
                f'    Wenn "{_quote(norm)}" geprüft wird',
                f"    {_comment(ADD_EXPECTATION)}",
                "",
                "    Beispiele:",
                "      | wert |",
                f"      | {first_value.replace('|', '/')} |",
                f"      | {second_value.replace('|', '/')} |",
            ])
    if not scenarios:
        return None
    out = ["# language: de",
           "# Geschrieben von „lexdsl analysieren --szenarien“: Fälle aus der Analyse, die noch kein Szenario",
           "# abdeckt. Die Erwartung fehlt mit Absicht: Sie kommt aus dem Wortlaut (Fundstelle im Namen des",
           "# Szenarios ergänzen), nicht aus der Engine, deren Ergebnis nur im Kommentar steht.",
           "",
           f"Funktionalität: {_quote(norm)} – Fälle aus der Analyse, noch ungeprüft",
           ""]
    for scenario in scenarios:
        out += [*scenario, ""]
    return "\n".join(out).rstrip() + "\n"


def file_name(norm: str) -> str:
    """Ein Dateiname für die Norm: „§ 25 Abs. 5 AufenthG“ → ``analyse_25_abs_5_aufenthg.feature``."""
    stem = re.sub(r"[^0-9a-z]+", "_", norm.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                  .replace("ß", "ss")).strip("_")
    return f"analyse_{stem}.feature"


def features(report: Report, catalog: Catalog, coverage: Coverage) -> dict[str, str]:
    """Dateiname → Inhalt, je Norm mit nicht abgedeckten Fällen eine Feature-Datei."""
    by_norm: dict[str, list[VariantFindings]] = {}
    for found in report.variants:
        by_norm.setdefault(found.norm, []).append(found)
    written = {}
    for norm, variants in by_norm.items():
        text = feature(catalog, variants, coverage)
        if text is not None:
            written[file_name(norm)] = text
    return written
