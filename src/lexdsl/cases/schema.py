"""JSON Schema der Falldateien, erzeugt aus dem Vokabular.

``case_schema(corpus.merkmale, corpus.begriffe)`` beschreibt genau die
Falldateien, die ``lexdsl.cases`` annimmt (Entwurf 2020-12): die Felder
``bezeichnung``, ``stichtag`` und ``merkmale``, darin je Merkmal die
Schreibweisen seines Typs. Eine YAML-Falldatei wird so geprüft, wie sie
gelesen wird: ein YAML-Datum (``2005-01-01`` ohne Anführungszeichen) ist dann
der Text ``"2005-01-01"``.

Nicht ausdrücken kann das Schema, was mehr als einen Wert betrifft (ein
Datum-Merkmal liegt nach dem Stichtag) oder die Datei selbst (Kodierung,
doppelte Schlüssel, YAML-Anker); das prüft nur ``lexdsl prüfen``.

Die Ausgabe ist deterministisch: Die Merkmale stehen in der Reihenfolge des
Vokabulars, alles andere in fester Reihenfolge.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..runtime.program import MerkmalInfo
from ..vocabulary import MerkmalType
from . import values as cases

SCHEMA_ID = "urn:lexdsl:falldatei"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

_WS = cases.WS
_ANY_YEAR = "(?!0000)[0-9]{4}"
# Schaltjahre als Muster: durch 4 teilbar, Jahrhunderte nur, wenn durch 400 teilbar.
_LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"


def _alternatives(*parts: str) -> str:
    return "(?:" + "|".join(parts) + ")"


def _day_month(sep: str, two_digits: bool) -> str:
    """Tag und Monat, die es in jedem Jahr gibt; ``sep`` trennt sie, Reihenfolge wie in der Schreibweise."""
    lead = "0" if two_digits else "0?"
    day_1_28 = f"(?:{lead}[1-9]|1[0-9]|2[0-8])"
    any_month = f"(?:{lead}[1-9]|1[0-2])"
    month_30 = f"(?:{lead}1|{lead}[3-9]|1[0-2])"   # alle außer Februar
    month_31 = f"(?:{lead}[13578]|1[02])"
    if sep == "-":  # ISO: Monat-Tag
        return _alternatives(f"{any_month}-{day_1_28}", f"{month_30}-(?:29|30)", f"{month_31}-31")
    return _alternatives(rf"{day_1_28}\.{any_month}", rf"(?:29|30)\.{month_30}", rf"31\.{month_31}")


def date_pattern() -> str:
    """Ein Tag, den es gibt, als JJJJ-MM-TT oder T.M.JJJJ (mit oder ohne führende Null)."""
    iso = _alternatives(f"{_ANY_YEAR}-{_day_month('-', True)}", f"{_LEAP_YEAR}-02-29")
    german = _alternatives(rf"{_day_month('.', False)}\.{_ANY_YEAR}", rf"29\.0?2\.{_LEAP_YEAR}")
    return f"^{_WS}{_alternatives(iso, german)}{_WS}$"


def _year_range(first: int, last: int) -> str:
    """Die Jahre ``first`` bis ``last`` als Muster, nach Jahrzehnten gruppiert."""
    parts = []
    for decade in range(first // 10, last // 10 + 1):
        low, high = max(first, decade * 10) % 10, min(last, decade * 10 + 9) % 10
        parts.append(f"{decade}{low}" if low == high else f"{decade}[{low}-{high}]")
    return _alternatives(*parts)


def stichtag_year_pattern() -> str:
    years = _year_range(*cases.STICHTAG_JAHRE)
    return rf"(?:^{_WS}{years}-|\.{years}{_WS}$)"


def _string(pattern: str) -> dict[str, str]:
    return {"type": "string", "pattern": pattern}


def _definitions() -> dict[str, Any]:
    unknown = {"$ref": "#/$defs/unbekannt"}
    return {
        "anzahl": {
            "description": f"Anzahl: ganze Zahl von 0 bis {cases.MAX_ANZAHL}, auch als Ziffernfolge.",
            "anyOf": [unknown, {"type": "integer", "minimum": 0, "maximum": cases.MAX_ANZAHL},
                      _string(cases.ANZAHL_PATTERN)],
        },
        "datum": {
            "description": "Datum: JJJJ-MM-TT oder TT.MM.JJJJ; den Tag muss es geben.",
            "anyOf": [unknown, _string(date_pattern())],
        },
        "dauer": {
            "description": "Dauer: Zahl mit Einheit Monate oder Jahre, etwa »18 Monate« oder »1,5 Jahre«.",
            "anyOf": [unknown, _string(cases.DAUER_PATTERN)],
        },
        "ja_nein": {
            "description": "ja/nein: ja oder nein (auch true oder false).",
            "anyOf": [unknown, {"type": "boolean"}, _string(cases.JA_NEIN_PATTERN)],
        },
        "unbekannt": {
            "description": "Nicht festgestellt: leer, »unbekannt«, »offen« oder »?«.",
            "anyOf": [{"type": "null"}, _string(cases.UNKNOWN_PATTERN)],
        },
    }


_TYPE_REFS = {MerkmalType.BOOL: "ja_nein", MerkmalType.COUNT: "anzahl", MerkmalType.DURATION: "dauer",
              MerkmalType.DATE: "datum"}


def merkmal_schema(merkmal: MerkmalInfo) -> dict[str, Any]:
    """Das Teilschema eines Merkmals: Beschreibung mit Fundstellen und die Schreibweisen seines Typs."""
    text = merkmal.description or merkmal.name
    cites = list(merkmal.citations)
    out: dict[str, Any] = {"description": f"{merkmal.type.value}. {text}" + (f" [{'; '.join(cites)}]" if cites else "")}
    if merkmal.type is MerkmalType.CHOICE:
        out["anyOf"] = [{"$ref": "#/$defs/unbekannt"}, {"enum": list(merkmal.values)}]
    else:
        out["$ref"] = f"#/$defs/{_TYPE_REFS[merkmal.type]}"
    return out


def case_schema(merkmale: Mapping[str, MerkmalInfo], begriffe: Mapping[str, object] | None = None) -> dict[str, Any]:
    """JSON Schema (Entwurf 2020-12) für Falldateien mit dem Vokabular ``merkmale`` (Name → Angaben)."""
    derived = ""
    if begriffe:
        example = next(iter(begriffe))
        derived = (f" Begriffe wie »{example}« werden aus den Merkmalen abgeleitet und können nicht "
                   "angegeben werden.")
    return {
        "$schema": DRAFT,
        "$id": SCHEMA_ID,
        "title": "Falldatei für lexdsl",
        "description": "Ein Fall: Bezeichnung, Stichtag und die festgestellten Merkmale. Nicht genannte "
                       "Merkmale sind unbekannt.",
        "type": "object",
        "properties": {
            "bezeichnung": {"description": "Kurze Beschreibung des Falls, ohne Steuer- und Richtungszeichen.",
                            "type": ["string", "null"], "pattern": cases.LABEL_PATTERN},
            "stichtag": {
                "description": f"Tag der Entscheidung (JJJJ-MM-TT oder TT.MM.JJJJ) in den Jahren "
                               f"{cases.STICHTAG_JAHRE[0]} bis {cases.STICHTAG_JAHRE[1]}; wählt die geltende "
                               "Fassung der Normen.",
                "anyOf": [{"type": "null"},
                          {"type": "string", "allOf": [{"pattern": date_pattern()},
                                                       {"pattern": stichtag_year_pattern()}]}],
            },
            "merkmale": {
                "description": "Merkmal → Wert." + derived,
                "type": "object",
                "properties": {name: merkmal_schema(spec) for name, spec in merkmale.items()},
                "additionalProperties": False,
            },
        },
        "required": ["merkmale"],
        "additionalProperties": False,
        "$defs": _definitions(),
    }


def schema_text(merkmale: Mapping[str, MerkmalInfo], begriffe: Mapping[str, object] | None = None) -> str:
    """Das Schema als JSON-Text (UTF-8-tauglich, eingerückt, mit Zeilenende)."""
    return json.dumps(case_schema(merkmale, begriffe), ensure_ascii=False, indent=2) + "\n"
