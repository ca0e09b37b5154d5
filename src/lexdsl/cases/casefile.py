"""Falldateien lesen und prüfen.

Eine Falldatei (YAML oder JSON) sieht so aus::

    bezeichnung: Geduldeter mit dauerhafter Reiseunfähigkeit
    stichtag: 2026-11-23          # optional: Tag der Entscheidung
    merkmale:
      vollziehbar ausreisepflichtig: ja
      Dauer der Duldung: 24 Monate
      festgestelltes Abschiebungsverbot: keines
      Reiseunfähigkeit: unbekannt

Welche Werte je Typ gelten und was über den einzelnen Wert hinaus geprüft wird
(ein Datum nicht nach dem Stichtag, der Stichtag in den Jahren 1949 bis 2100),
steht in ``lexdsl.cases.values``: Dort wandeln Falldateien, Python-Schnittstelle,
Szenarien und Tabellen ihre Werte auf demselben Weg um.

Eine Falldatei enthält nur Zuordnungen, Listen und einfache Werte. Abgelehnt
wird darum alles, was dort keinen Zweck hat und nur Angriffsfläche wäre:
YAML-Anker und -Verweise (``&a``/``*a``), Tags außer ``!!str``, ``!!map`` und
``!!seq``, mehrere YAML-Dokumente, mehr als 20 Ebenen Verschachtelung, mehr als
1.000.000 Bytes, NUL-Bytes, andere Kodierungen als UTF-8 und in JSON ``NaN``
und ``Infinity``.

Jeder Fehler ist ein ``CaseError`` (Exit-Code 2). Er nennt das Feld oder, wenn
die ganze Datei nicht lesbar ist, die Datei und – wo bekannt – Zeile und
Spalte. Nichts wird still ignoriert: unbekannte Felder, doppelte Schlüssel und
falsche Typen sind Fehler.
"""

from __future__ import annotations

import collections.abc
import errno
import json
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn

from ..errors import CaseError
from .values import MAX_BYTES, MAX_DEPTH, LongNumber, case_values, describe, field_label, position, short

if TYPE_CHECKING:
    from ..runtime import Catalog, Facts

_LONG_NUMBER_DIGITS = 30
_YAML = "tag:yaml.org,2002:"
_YAML_TAGS = {"ScalarEvent": _YAML + "str", "MappingStartEvent": _YAML + "map", "SequenceStartEvent": _YAML + "seq"}
_SURROGATE = re.compile("[\ud800-\udfff]")


# ---------------------------------------------------------------- Einlesen: Bytes und Kodierung


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError):
        raise CaseError("Die Falldatei existiert nicht.", file=name) from None
    except IsADirectoryError:
        raise CaseError("Das ist ein Verzeichnis, keine Falldatei.", file=name) from None
    except PermissionError:
        raise CaseError("Die Falldatei darf nicht gelesen werden (fehlende Berechtigung).", file=name) from None
    except OSError as exc:
        code = errno.errorcode.get(exc.errno or 0, exc.errno)
        raise CaseError(f"Die Falldatei kann nicht gelesen werden (Systemfehler {code}).", file=name) from None


def _decode(data: bytes, name: str) -> str:
    if len(data) > MAX_BYTES:
        raise CaseError(f"Die Falldatei ist zu groß (mehr als {MAX_BYTES} Bytes).", file=name)
    for bom, encoding in ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
                          (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")):
        if data.startswith(bom):
            raise CaseError(f"Die Falldatei ist in {encoding} kodiert, nicht in UTF-8.", file=name,
                            hint="Speichern Sie die Datei als UTF-8.")
    if b"\x00" in data:
        raise CaseError("Die Falldatei ist keine Textdatei (sie enthält NUL-Bytes).", file=name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        line = data.count(b"\n", 0, exc.start)
        column = len(data[line_start:exc.start].decode("utf-8", "replace"))
        hint = "Speichern Sie die Datei als UTF-8."
        try:
            data.decode("cp1252")
            hint = "Die Datei ist vermutlich in Latin-1 oder Windows-1252 gespeichert. " + hint
        except UnicodeDecodeError:
            pass
        raise CaseError(f"Die Falldatei ist nicht in UTF-8 kodiert ({position(line, column)}).", file=name,
                        hint=hint) from None


def _check_structure(data: object) -> None:
    """Prüft die gelesenen Werte ohne Rekursion: höchstens ``MAX_DEPTH`` Ebenen, nur gültige Zeichen.

    Ein einzelnes UTF-16-Surrogat (in JSON etwa ``"\\ud800"``) ist kein Zeichen;
    es ließe sich nicht einmal ausgeben.
    """
    stack = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            bad = _SURROGATE.search(item)
            if bad:
                raise CaseError(f"Die Datei enthält ein ungültiges Zeichen (U+{ord(bad.group()):04X}, ein "
                                "einzelnes Surrogat).", hint="Schreiben Sie das Zeichen selbst statt »\\u…«.")
        elif isinstance(item, (dict, list)):
            if depth > MAX_DEPTH:
                raise _too_deep_error()
            if isinstance(item, dict):
                stack.extend((key, depth) for key in item)
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))


def _too_deep_error(where: str = "") -> CaseError:
    return CaseError(f"Die Falldatei ist zu tief verschachtelt (mehr als {MAX_DEPTH} Ebenen{where}).",
                     hint="Eine Falldatei braucht zwei Ebenen: die Felder und darin die Merkmale.")


# ---------------------------------------------------------------- Einlesen: JSON

_JSON_PROBLEMS = (
    ("Expecting property name enclosed in double quotes",
     "hier wird ein Schlüssel in doppelten Anführungszeichen erwartet (steht ein Komma zu viel da?)"),
    ("Expecting value", "hier wird ein Wert erwartet"),
    ("Expecting ',' delimiter", "hier fehlt ein Komma"),
    ("Expecting ':' delimiter", "hier fehlt ein Doppelpunkt"),
    ("Extra data", "nach dem Ende der Daten folgt noch Text"),
    ("Unterminated string", "eine Zeichenkette wird nicht geschlossen"),
    ("Invalid control character", "ein Steuerzeichen (etwa ein Zeilenumbruch) steht in einer Zeichenkette"),
    ("Invalid \\escape", "ungültige Schreibweise mit »\\«"),
    ("Invalid \\uXXXX escape", "ungültige Schreibweise »\\u…«"),
)


def _json_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = {}
    for key, value in pairs:
        if key in out:
            raise CaseError("Der Schlüssel steht doppelt.", field=field_label(key))
        out[key] = value
    return out


def _json_constant(name: str) -> NoReturn:
    raise CaseError(f"»{name}« ist in JSON nicht erlaubt.", hint="Ein Merkmal ohne Wert ist »unbekannt« oder null.")


def _json_int(text: str) -> int | LongNumber:
    digits = len(text.lstrip("-"))
    return LongNumber(digits) if digits > _LONG_NUMBER_DIGITS else int(text)


def _parse_json(text: str) -> Any:
    try:
        parsed = json.loads(text, object_pairs_hook=_json_pairs, parse_constant=_json_constant, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        reason = next((german for english, german in _JSON_PROBLEMS if exc.msg.startswith(english)), None)
        where = position(exc.lineno - 1, exc.colno - 1)
        raise CaseError(f"Die Datei ist kein gültiges JSON ({where})" + (f": {reason}." if reason else ".")) from None
    except RecursionError:
        raise _too_deep_error() from None
    _check_structure(parsed)
    return parsed


# ---------------------------------------------------------------- Einlesen: YAML

_YAML_PROBLEMS = (
    ("mapping values are not allowed", "ein Doppelpunkt steht an einer Stelle, an der kein Schlüssel beginnen kann "
                                       "(Einrückung prüfen oder den Wert in Anführungszeichen setzen)"),
    ("could not find expected ':'", "hier fehlt ein Doppelpunkt"),
    ("did not find expected key", "die Einrückung stimmt nicht"),
    ("expected <block end>", "die Einrückung stimmt nicht"),
    ("did not find expected ',' or", "eine Klammer wird nicht geschlossen oder ein Komma fehlt"),
    ("did not find expected node content", "hier wird ein Wert erwartet"),
    ("expected the node content", "hier wird ein Wert erwartet"),
    ("found unexpected end of stream", "ein Anführungszeichen wird nicht geschlossen"),
    ("found undefined tag handle", "unbekannter Tag"),
)


def _yaml_reason(exc: Exception, text: str, mark: Any) -> str | None:
    problem = str(getattr(exc, "problem", "") or "")
    if "cannot start any token" in problem and mark is not None:
        lines = text.splitlines()
        char = lines[mark.line][mark.column:mark.column + 1] if mark.line < len(lines) else ""
        if char == "\t":
            return "Tabulatoren sind in YAML nicht erlaubt; rücken Sie mit Leerzeichen ein"
        return f"»{short(char)}« kann hier nichts beginnen; setzen Sie den Text in Anführungszeichen"
    return next((german for english, german in _YAML_PROBLEMS if english in problem), None)


# So meldet libyaml (ab PyYAML 6.0.4) zu tief verschachtelte Listen und Zuordnungen, bevor der
# Parser das erste Ereignis liefert, an dem lexdsl die Tiefe selbst zählt.
_LIBYAML_DEPTH = ("maximum nesting depth", "increasing flow level", "increasing indentation level")


def _yaml_error(yaml: ModuleType, exc: Exception, text: str) -> CaseError:
    described = f"{getattr(exc, 'context', '') or ''} {getattr(exc, 'problem', '') or ''}"
    if any(phrase in described for phrase in _LIBYAML_DEPTH):
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        return _too_deep_error(f"; {position(mark.line, mark.column)}" if mark is not None else "")
    if isinstance(exc, yaml.reader.ReaderError):
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        index = max(text.find(char), 0)
        line = text.count("\n", 0, index)
        column = index - (text.rfind("\n", 0, index) + 1)
        return CaseError(f"Die Datei ist kein gültiges YAML ({position(line, column)}): "
                         f"das Steuerzeichen U+{ord(char):04X} ist nicht erlaubt.")
    mark = getattr(exc, "problem_mark", None)
    where = f" ({position(mark.line, mark.column)})" if mark is not None else ""
    reason = _yaml_reason(exc, text, mark)
    return CaseError(f"Die Datei ist kein gültiges YAML{where}" + (f": {reason}." if reason else "."))


def _at(event: Any) -> str:
    return position(event.start_mark.line, event.start_mark.column)


def _tag_text(tag: str) -> str:
    return "!!" + tag[len(_YAML):] if tag.startswith(_YAML) else tag


def _scan_yaml(yaml: ModuleType, loader: type, text: str) -> None:
    """Erster Durchgang über die Ereignisse des Parsers, ohne Objekte zu bauen.

    Lehnt ab, was in einer Falldatei nichts verloren hat: Anker und Verweise
    (sie machen aus wenigen Bytes riesige Strukturen), fremde Tags (sie bauen
    beliebige Objekte), mehrere Dokumente und zu tiefe Verschachtelung (sie
    brächte den Aufbau der Struktur zum Absturz).
    """
    depth = documents = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent) or (isinstance(event, yaml.NodeEvent) and event.anchor is not None):
            raise CaseError(f"YAML-Anker und -Verweise (&…, *…) sind in Falldateien nicht erlaubt ({_at(event)}).",
                            hint="Schreiben Sie jeden Wert aus.")
        tag = getattr(event, "tag", None)
        if tag not in (None, "!", _YAML_TAGS.get(type(event).__name__)):
            problem = "passt nicht zu diesem Wert" if tag in _YAML_TAGS.values() else "ist nicht erlaubt"
            raise CaseError(f"Die Datei ist kein gültiges YAML für eine Falldatei ({_at(event)}): "
                            f"der Tag »{short(_tag_text(tag))}« {problem}.",
                            hint="Falldateien enthalten nur Texte, Zahlen, ja/nein, Daten, Listen und Zuordnungen.")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep_error(f"; {_at(event)}")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise CaseError(f"Die Datei enthält mehrere YAML-Dokumente ({_at(event)}); "
                                "eine Falldatei besteht aus genau einem.")


def _yaml_loader() -> tuple[ModuleType, type]:
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    safe = yaml.SafeLoader

    class Loader(base):  # type: ignore[misc, valid-type]
        pass

    def mapping(loader: Any, node: Any, deep: bool = False) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        lines: dict[Any, int] = {}
        for key_node, value_node in node.value:
            mark = key_node.start_mark
            if key_node.tag == _YAML + "merge":
                raise CaseError(f"»<<« (Zusammenführen) ist in Falldateien nicht erlaubt "
                                f"({position(mark.line, mark.column)}).")
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, collections.abc.Hashable):
                raise CaseError(f"Ein Schlüssel muss ein Text sein, nicht {describe(key)} "
                                f"({position(mark.line, mark.column)}).")
            if key in lines:
                raise CaseError(f"Der Schlüssel steht doppelt (Zeilen {lines[key]} und {mark.line + 1}).",
                                field=field_label(key))
            lines[key] = mark.line + 1
            result[key] = loader.construct_object(value_node, deep=True)
        return result

    def integer(loader: Any, node: Any) -> Any:
        digits = node.value.lstrip("+-").replace("_", "")
        if digits.isdigit() and len(digits) > _LONG_NUMBER_DIGITS:
            return LongNumber(len(digits))
        return _or_text(safe.construct_yaml_int, loader, node)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    Loader.add_constructor(_YAML + "int", integer)
    Loader.add_constructor(_YAML + "float", lambda loader, node: _or_text(safe.construct_yaml_float, loader, node))
    Loader.add_constructor(_YAML + "timestamp",
                           lambda loader, node: _or_text(safe.construct_yaml_timestamp, loader, node))
    return yaml, Loader


def _or_text(construct: Callable[[Any, Any], Any], loader: Any, node: Any) -> Any:
    """Baut eine Zahl oder ein Datum; was nur so aussieht (etwa 2020-02-31), bleibt Text und wird als Wert gemeldet."""
    try:
        return construct(loader, node)
    except (ValueError, OverflowError):
        return node.value


def _parse_yaml(text: str) -> Any:
    yaml, loader = _yaml_loader()
    try:
        _scan_yaml(yaml, loader, text)
        parsed = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise _yaml_error(yaml, exc, text) from None
    _check_structure(parsed)
    return parsed


def parse_case_file(path: str | Path) -> Any:
    """Liest eine Falldatei (YAML oder JSON) in Python-Werte, ohne ihre Form zu prüfen.

    Wirft ``CaseError`` mit Dateiname, wenn die Datei als solche nicht lesbar ist.
    """
    path = Path(path)
    name = str(path)
    data = _read_bytes(path, name)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".yaml", ".yml"):
        raise CaseError(f"Unbekanntes Dateiformat »{suffix or 'ohne Endung'}«.", file=name,
                        hint="Falldateien enden auf .yaml, .yml oder .json.")
    return _parse_bytes(data, name, json_format=suffix == ".json")


def _parse_bytes(data: bytes, name: str, json_format: bool) -> Any:
    text = _decode(data, name)
    try:
        return _parse_json(text) if json_format else _parse_yaml(text)
    except CaseError as exc:
        raise CaseError(exc.message, field=exc.field, file=name, hint=exc.hint) from None


def load_case_text(data: bytes, name: str, corpus: Catalog, stichtag: str | None = None) -> Facts:
    """Wie ``load_case``, aber aus Bytes (etwa der Standardeingabe); JSON, wenn der Text mit »{« beginnt, sonst
    YAML. ``name`` steht in den Meldungen statt eines Dateinamens."""
    json_format = data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")
    return _case_facts(_parse_bytes(data, name, json_format), name, corpus, stichtag)


def read_case_data(path: str | Path) -> dict[Any, Any]:
    """Liest eine Falldatei in ein dict. Wirft ``CaseError`` mit Dateiname."""
    parsed = parse_case_file(path)
    if not isinstance(parsed, dict):
        raise CaseError(f"Die Falldatei muss eine Zuordnung mit »merkmale:« enthalten, nicht {describe(parsed)}.",
                        file=str(path))
    return parsed


def load_case(path: str | Path, corpus: Catalog, stichtag: str | None = None) -> Facts:
    """Liest eine Falldatei und liefert geprüfte ``Facts`` für ``corpus``.

    ``stichtag`` (schon geprüft, ISO) ersetzt den Stichtag der Datei.
    """
    return _case_facts(parse_case_file(path), str(path), corpus, stichtag)


def _case_facts(parsed: Any, name: str, corpus: Catalog, stichtag: str | None) -> Facts:
    if not isinstance(parsed, dict):
        raise CaseError(f"Die Falldatei muss eine Zuordnung mit »merkmale:« enthalten, nicht {describe(parsed)}.",
                        file=name)
    try:
        values, label, stichtag = case_values(parsed, corpus.merkmale, corpus.begriffe, stichtag)
    except CaseError as exc:
        raise CaseError(exc.message, field=exc.field, file=name, hint=exc.hint) from None
    return corpus.complete(values, label, stichtag)
