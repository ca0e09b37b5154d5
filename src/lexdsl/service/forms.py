"""Formularfelder des Prüfassistenten ↔ Antworten, und die Falldatei zum Herunterladen.

Jede Antwort steht im Formular als Feld ``fakt:<Merkmal>`` mit ihrem Text, so wie ihn eine Falldatei
schreibt („ja“, „18 Monate“, „01.03.2020“, der Wert einer Auswahl). Geprüft wird mit denselben Regeln und
Meldungen wie beim Lesen einer Falldatei (``cases``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..cases.values import convert_stichtag, convert_value, lookup
from ..errors import CaseError
from ..runtime import Catalog
from ..runtime.explain import value_text
from ..runtime.program import FactValue
from ..vocabulary import MerkmalType, german_date

PREFIX = "fakt:"
UNKNOWN = ("", "unbekannt", "weiss_nicht")


def answer_text(catalog: Catalog, name: str, value: FactValue) -> str:
    """Ein Wert als Text einer Falldatei."""
    kind = catalog.merkmale[name].type
    if kind is MerkmalType.CHOICE:
        return str(value)
    if kind is MerkmalType.DATE:
        return german_date(str(value))
    return value_text(kind, value)


def parse_answers(catalog: Catalog, fields: Iterable[tuple[str, str]]) -> dict[str, FactValue]:
    """Die Antworten aus den Formularfeldern ``fakt:…``; leere und „unbekannt“ zählen nicht."""
    found: dict[str, FactValue] = {}
    for key, raw in fields:
        if not key.startswith(PREFIX):
            continue
        text = raw.strip()
        if text in UNKNOWN:
            continue
        merkmal = lookup(key[len(PREFIX):], catalog.merkmale, catalog.begriffe)
        value = convert_value(merkmal.name, merkmal, text)
        if value is not None:
            found[merkmal.name] = value
    return found


def parse_stichtag(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    return convert_stichtag(text.strip(), field="Stichtag")


def parse_norm(catalog: Catalog, text: str | None) -> str | None:
    if text is None or text in ("", "alle"):
        return None
    if text not in catalog.normen:
        raise CaseError(f"Die Norm »{text}« gibt es nicht.", field="Norm")
    return text


def case_file(catalog: Catalog, facts: Mapping[str, FactValue], stichtag: str | None, label: str | None) -> str:
    """Die Antworten als Falldatei (YAML), wie ``lexdsl prüfen`` sie liest."""
    import yaml

    data: dict[str, Any] = {}
    if label:
        data["bezeichnung"] = label
    if stichtag:
        data["stichtag"] = german_date(stichtag)
    data["merkmale"] = {name: answer_text(catalog, name, value) for name, value in facts.items()}
    head = "# Falldatei aus dem Prüfassistenten von lexdsl; lesbar mit „lexdsl prüfen“.\n"
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
