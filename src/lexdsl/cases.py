"""Falldateien lesen und prüfen.

Eine Falldatei (YAML oder JSON) sieht so aus::

    bezeichnung: Geduldeter mit dauerhafter Reiseunfähigkeit
    stichtag: 2026-11-23          # optional: Tag der Entscheidung
    merkmale:
      vollziehbar ausreisepflichtig: ja
      Dauer der Duldung: 24 Monate
      festgestelltes Abschiebungsverbot: keines
      Reiseunfähigkeit: unbekannt

Werte je Typ:

* ja/nein: ``ja``/``nein`` (auch ``true``/``false``)
* Anzahl: ganze Zahl ab 0
* Dauer: ``"18 Monate"``, ``"2 Jahre"``, ``"1,5 Jahre"``
* Datum: ``2005-01-01`` oder ``"01.01.2005"``
* Auswahl: einer der deklarierten Werte
* jeder Typ: ``unbekannt`` oder leer – das Merkmal ist nicht festgestellt

Jeder Fehler nennt das Feld und führt zu Exit-Code 2. Nichts wird still
ignoriert: unbekannte Felder, doppelte Schlüssel und falsche Typen sind Fehler.
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

from .errors import CaseError, did_you_mean

MAX_BYTES = 1_000_000
TOP_LEVEL = ("bezeichnung", "stichtag", "merkmale")

_DURATION = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(Monat|Monate|Monaten|Jahr|Jahre|Jahren)\s*$", re.IGNORECASE)
_GERMAN_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_UNKNOWN = {"unbekannt", "offen", "?"}


def _type_name(value) -> str:
    if value is None:
        return "leer"
    if isinstance(value, bool):
        return "ja/nein"
    if isinstance(value, (int, float)):
        return f"Zahl {value}"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "Datum"
    if isinstance(value, str):
        return f"Text „{value}“"
    if isinstance(value, list):
        return "Liste"
    if isinstance(value, dict):
        return "Zuordnung"
    return type(value).__name__


# ---------------------------------------------------------------- Einlesen


def _yaml_loader():
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc, valid-type]
        pass

    def mapping(loader, node, deep=False):
        seen = {}
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if key in seen:
                raise CaseError(f"Der Schlüssel steht doppelt (Zeilen {seen[key] + 1} und {key_node.start_mark.line + 1}).",
                                field=str(key))
            seen[key] = key_node.start_mark.line
        return loader.construct_mapping(node, deep=deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    return yaml, Loader


def _json_pairs(pairs):
    out = {}
    for key, value in pairs:
        if key in out:
            raise CaseError("Der Schlüssel steht doppelt.", field=key)
        out[key] = value
    return out


def read_case_data(path: str | Path) -> dict:
    """Liest eine Falldatei in ein dict. Wirft ``CaseError`` mit Dateiname."""
    path = Path(path)
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CaseError("Die Falldatei existiert nicht.", file=name) from None
    except IsADirectoryError:
        raise CaseError("Das ist ein Verzeichnis, keine Falldatei.", file=name) from None
    except OSError as exc:
        raise CaseError(f"Die Falldatei kann nicht gelesen werden ({exc.strerror}).", file=name) from None
    if len(data) > MAX_BYTES:
        raise CaseError(f"Die Falldatei ist zu groß ({len(data)} Bytes, höchstens {MAX_BYTES}).", file=name)
    if b"\x00" in data:
        raise CaseError("Die Falldatei ist keine Textdatei (sie enthält NUL-Bytes).", file=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CaseError(f"Die Falldatei ist nicht in UTF-8 kodiert (Zeile {line}).", file=name,
                        hint="Speichern Sie die Datei als UTF-8.") from None
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            parsed = json.loads(text, object_pairs_hook=_json_pairs)
        elif suffix in (".yaml", ".yml"):
            yaml, loader = _yaml_loader()
            try:
                parsed = yaml.load(text, Loader=loader)  # noqa: S506 – sicherer Loader (SafeLoader-Unterklasse)
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" (Zeile {mark.line + 1}, Spalte {mark.column + 1})" if mark else ""
                raise CaseError(f"Die Datei ist kein gültiges YAML{where}.", file=name) from None
        else:
            raise CaseError(f"Unbekanntes Dateiformat »{suffix or 'ohne Endung'}«.", file=name,
                            hint="Falldateien enden auf .yaml, .yml oder .json.")
    except json.JSONDecodeError as exc:
        raise CaseError(f"Die Datei ist kein gültiges JSON (Zeile {exc.lineno}, Spalte {exc.colno}).",
                        file=name) from None
    except CaseError as exc:
        if exc.file is None:
            raise CaseError(exc.message, field=exc.field, file=name, hint=exc.hint) from None
        raise
    except RecursionError:
        raise CaseError("Die Falldatei ist zu tief verschachtelt.", file=name) from None
    if not isinstance(parsed, dict):
        raise CaseError(f"Die Falldatei muss eine Zuordnung mit »merkmale:« enthalten, nicht {_type_name(parsed)}.",
                        file=name)
    return parsed


# ---------------------------------------------------------------- Werte prüfen


def convert_value(name: str, spec: dict, value):
    """Prüft und wandelt einen Wert für das Merkmal ``name`` (``spec`` aus dem Vokabular)."""
    kind = spec["typ"]
    if value is None or (isinstance(value, str) and value.strip().lower() in _UNKNOWN):
        return None
    if kind == "ja/nein":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("ja", "nein"):
            return value.strip().lower() == "ja"
        raise CaseError(f"erwartet ja oder nein, erhalten: {_type_name(value)}.", field=name)
    if kind == "Anzahl":
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value.strip())
            else:
                raise CaseError(f"erwartet eine ganze Zahl ab 0, erhalten: {_type_name(value)}.", field=name)
        if value < 0:
            raise CaseError(f"Eine Anzahl kann nicht negativ sein ({value}).", field=name)
        return float(value)
    if kind == "Dauer":
        if isinstance(value, str):
            match = _DURATION.match(value)
            if match:
                number = float(match.group(1).replace(",", "."))
                return number * 12 if match.group(2).lower().startswith("jahr") else number
            if value.strip().startswith("-"):
                raise CaseError(f"Eine Dauer kann nicht negativ sein (»{value}«).", field=name)
        hint = "Schreiben Sie die Einheit dazu, etwa »18 Monate« oder »2 Jahre«."
        raise CaseError(f"erwartet eine Dauer, erhalten: {_type_name(value)}.", field=name, hint=hint)
    if kind == "Datum":
        if isinstance(value, datetime.datetime):
            return value.date().isoformat()
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, str):
            match = _GERMAN_DATE.match(value)
            try:
                if match:
                    day, month, year = (int(g) for g in match.groups())
                    return datetime.date(year, month, day).isoformat()
                return datetime.date.fromisoformat(value.strip()).isoformat()
            except ValueError:
                pass
        raise CaseError(f"erwartet ein Datum wie 2005-01-01 oder 01.01.2005, erhalten: {_type_name(value)}.",
                        field=name)
    if kind == "Auswahl":
        allowed = spec["werte"]
        if isinstance(value, str) and value in allowed:
            return value
        hint = did_you_mean(str(value), allowed) or "Erlaubt: " + ", ".join(f"„{v}“" for v in allowed) + "."
        raise CaseError(f"»{value}« ist kein erlaubter Wert.", field=name, hint=hint)
    raise CaseError(f"unbekannter Typ {kind}.", field=name)  # pragma: no cover


def case_values(data: dict, merkmale: dict, begriffe: dict | None = None) -> tuple[dict, str | None, str | None]:
    """dict einer Falldatei → (Werte, Bezeichnung, Stichtag). Wirft ``CaseError`` mit Feld."""
    for key in data:
        if key not in TOP_LEVEL:
            hint = did_you_mean(str(key), TOP_LEVEL) or "Erlaubt sind: " + ", ".join(TOP_LEVEL) + "."
            raise CaseError("Unbekanntes Feld.", field=str(key), hint=hint)
    label = data.get("bezeichnung")
    if label is not None and not isinstance(label, str):
        raise CaseError(f"erwartet einen Text, erhalten: {_type_name(label)}.", field="bezeichnung")
    stichtag = data.get("stichtag")
    if stichtag is not None:
        stichtag = convert_value("stichtag", {"typ": "Datum"}, stichtag)
    facts = data.get("merkmale")
    if facts is None:
        raise CaseError("Das Feld fehlt.", field="merkmale", hint="Geben Sie die Merkmale unter »merkmale:« an.")
    if not isinstance(facts, dict):
        raise CaseError(f"erwartet eine Zuordnung Merkmal → Wert, erhalten: {_type_name(facts)}.", field="merkmale")
    values = {}
    for name, value in facts.items():
        if not isinstance(name, str):
            raise CaseError(f"Der Name eines Merkmals muss ein Text sein, nicht {_type_name(name)}.", field=str(name))
        spec = merkmale.get(name)
        if spec is None:
            if begriffe and name in begriffe:
                raise CaseError("Das ist ein Begriff; er wird aus seinen Merkmalen abgeleitet und kann nicht "
                                "angegeben werden.", field=name,
                                hint="Geben Sie die Merkmale an, aus denen der Begriff besteht "
                                     "(siehe »lexdsl merkmale«).")
            hint = did_you_mean(name, merkmale) or "Die bekannten Merkmale zeigt »lexdsl merkmale«."
            raise CaseError("Unbekanntes Merkmal.", field=name, hint=hint)
        values[name] = convert_value(name, spec, value)
    return values, label, stichtag


def load_case(path: str | Path, corpus):
    """Liest eine Falldatei und liefert geprüfte ``Facts`` für ``corpus``."""
    data = read_case_data(path)
    try:
        values, label, stichtag = case_values(data, corpus.merkmale, corpus.begriffe)
    except CaseError as exc:
        raise CaseError(exc.message, field=exc.field, file=str(path), hint=exc.hint) from None
    return corpus.facts(values, label, stichtag)
