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

* ja/nein: ``ja``/``nein`` (auch ``true``/``false``; Groß- und Kleinschreibung egal)
* Anzahl: ganze Zahl von 0 bis 999.999.999, auch als Ziffernfolge ``"3"``
* Dauer: ``"18 Monate"``, ``"2 Jahre"``, ``"1,5 Jahre"`` (höchstens sechs Stellen vor dem Komma)
* Datum: ``2005-01-01`` oder ``"01.01.2005"``, ohne Uhrzeit; den Tag muss es geben
* Auswahl: einer der deklarierten Werte, genau so geschrieben
* jeder Typ: ``unbekannt``, ``offen``, ``?`` oder leer – das Merkmal ist nicht festgestellt

Regeln über den einzelnen Wert hinaus:

* Ein Merkmal vom Typ Datum hält fest, wann etwas geschehen ist. Sein Datum
  darf nicht nach dem Stichtag liegen, ohne Stichtag nicht nach dem heutigen Tag.
* Der Stichtag (``stichtag:`` in der Datei oder ``--stichtag``) darf in der
  Zukunft liegen (Planung), muss aber in einem der Jahre 1949 bis 2100 liegen;
  alles andere ist ein Schreibfehler. „unbekannt“ gibt es für ihn nicht: Ist
  der Tag der Entscheidung offen, fehlt das Feld.

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

Die Muster ``*_PATTERN`` verwendet auch das JSON-Schema (``lexdsl.cases.schema``);
sie sind so geschrieben, dass Python und JSON Schema (ECMA-262) sie gleich
verstehen: nur ASCII, Leerraum nur Leerzeichen, Tabulator und Zeilenumbruch.
"""

from __future__ import annotations

import collections.abc
import datetime
import errno
import json
import math
import re
from pathlib import Path

from ..errors import CaseError, did_you_mean
from ..vocabulary import german_date

MAX_BYTES = 1_000_000
MAX_DEPTH = 20
MAX_ANZAHL = 999_999_999
MAX_DAUER_STELLEN = 6
STICHTAG_JAHRE = (1949, 2100)
TOP_LEVEL = ("bezeichnung", "stichtag", "merkmale")

_DURATION_UNITS = ("Monaten", "Monate", "Monat", "Jahren", "Jahre", "Jahr")
_LONG_NUMBER_DIGITS = 30
_YAML = "tag:yaml.org,2002:"
_YAML_TAGS = {"ScalarEvent": _YAML + "str", "MappingStartEvent": _YAML + "map", "SequenceStartEvent": _YAML + "seq"}


def _anycase(word: str) -> str:
    """Ein Wort als Muster ohne Rücksicht auf Groß- und Kleinschreibung (ohne Schalter, wie JSON Schema)."""
    return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else re.escape(c) for c in word)


WS = r"[ \t\r\n]*"
UNKNOWN_PATTERN = rf"^{WS}(?:{_anycase('unbekannt')}|{_anycase('offen')}|\?){WS}$"
JA_NEIN_PATTERN = rf"^{WS}(?:{_anycase('ja')}|{_anycase('nein')}){WS}$"
ANZAHL_PATTERN = rf"^{WS}0*[0-9]{{1,{len(str(MAX_ANZAHL))}}}{WS}$"
DAUER_PATTERN = (rf"^{WS}(0*[0-9]{{1,{MAX_DAUER_STELLEN}}}(?:[.,][0-9]+)?){WS}"
                 rf"({'|'.join(_anycase(u) for u in _DURATION_UNITS)}){WS}$")

_UNKNOWN = re.compile(UNKNOWN_PATTERN)
_JA_NEIN = re.compile(JA_NEIN_PATTERN)
_ANZAHL = re.compile(ANZAHL_PATTERN)
_DURATION = re.compile(DAUER_PATTERN)
# Nur für genauere Meldungen, wenn ein Wert nicht passt. Kein Muster hat zwei benachbarte
# Wiederholungen derselben Zeichen: Auch 1 MB Leerzeichen oder Nullen prüft es in linearer Zeit.
_DURATION_LOOSE = re.compile(rf"^{WS}(-?)([0-9]+)(?:[.,][0-9]+)?(.*)$", re.DOTALL)
_INTEGER_LOOSE = re.compile(rf"^{WS}(-?)([0-9]+){WS}$")
_ISO_DATE = re.compile(rf"^{WS}([0-9]{{4}})-([0-9]{{2}})-([0-9]{{2}}){WS}$")
_GERMAN_DATE = re.compile(rf"^{WS}([0-9]{{1,2}})\.([0-9]{{1,2}})\.([0-9]{{4}}){WS}$")
_INVISIBLE_CHARS = "\\x00-\\x1f\\x7f-\\x9f\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# Dasselbe für das JSON-Schema (Python und ECMA-262 lesen \xHH und \uHHHH gleich).
LABEL_PATTERN = f"^[^{_INVISIBLE_CHARS}]*$"
_SURROGATE = re.compile("[\ud800-\udfff]")


# ---------------------------------------------------------------- Meldungen


class _LongNumber:
    """Eine Zahl mit mehr Stellen, als ein Fall je braucht. Sie wird nie ausgewertet, nur gemeldet."""

    __slots__ = ("digits",)

    def __init__(self, digits: int):
        self.digits = digits

    def __str__(self) -> str:
        return f"Zahl mit {self.digits} Stellen"


def _short(text: str, limit: int = 60) -> str:
    """Text für eine Meldung: höchstens ``limit`` Zeichen; Steuer- und Richtungszeichen als ``\\x1b`` sichtbar.

    So kann ein Wert aus der Falldatei das Terminal weder steuern noch Text optisch umdrehen.
    """
    text = _INVISIBLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _type_name(value) -> str:
    if value is None:
        return "leer"
    if isinstance(value, bool):
        return f"Wahrheitswert {'true' if value else 'false'}"
    if isinstance(value, (int, float)):
        return f"Zahl {_short(repr(value))}"
    if isinstance(value, datetime.datetime):
        return f"Datum mit Uhrzeit {_short(str(value))}"
    if isinstance(value, datetime.date):
        return f"Datum {german_date(value)}"
    if isinstance(value, str):
        return f"Text „{_short(value)}“"
    if isinstance(value, list):
        return "Liste"
    if isinstance(value, dict):
        return "Zuordnung"
    if isinstance(value, _LongNumber):
        return str(value)
    return "Wert unbekannter Art"  # pragma: no cover – der Leser erzeugt keine anderen Werte


def _key_label(key) -> str:
    """Ein Schlüssel als Feldname für die Meldung, auch wenn er kein Text ist."""
    if key is None or key == "":
        return "(leer)"
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, datetime.date):
        return key.isoformat()
    return _short(str(key), 80)


def _position(line: int, column: int) -> str:
    """Zeile und Spalte, 0-basiert übergeben, als Text für die Meldung."""
    return f"Zeile {line + 1}, Spalte {column + 1}"


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
        raise CaseError(f"Die Falldatei ist nicht in UTF-8 kodiert ({_position(line, column)}).", file=name,
                        hint=hint) from None


def _check_structure(data) -> None:
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


def _json_pairs(pairs):
    out = {}
    for key, value in pairs:
        if key in out:
            raise CaseError("Der Schlüssel steht doppelt.", field=_key_label(key))
        out[key] = value
    return out


def _json_constant(name: str):
    raise CaseError(f"»{name}« ist in JSON nicht erlaubt.", hint="Ein Merkmal ohne Wert ist »unbekannt« oder null.")


def _json_int(text: str):
    digits = len(text.lstrip("-"))
    return _LongNumber(digits) if digits > _LONG_NUMBER_DIGITS else int(text)


def _parse_json(text: str):
    try:
        parsed = json.loads(text, object_pairs_hook=_json_pairs, parse_constant=_json_constant, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        reason = next((german for english, german in _JSON_PROBLEMS if exc.msg.startswith(english)), None)
        where = _position(exc.lineno - 1, exc.colno - 1)
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


def _yaml_reason(exc, text: str, mark) -> str | None:
    problem = str(getattr(exc, "problem", "") or "")
    if "cannot start any token" in problem and mark is not None:
        lines = text.splitlines()
        char = lines[mark.line][mark.column:mark.column + 1] if mark.line < len(lines) else ""
        if char == "\t":
            return "Tabulatoren sind in YAML nicht erlaubt; rücken Sie mit Leerzeichen ein"
        return f"»{_short(char)}« kann hier nichts beginnen; setzen Sie den Text in Anführungszeichen"
    return next((german for english, german in _YAML_PROBLEMS if english in problem), None)


# So meldet libyaml (ab PyYAML 6.0.4) zu tief verschachtelte Listen und Zuordnungen, bevor der
# Parser das erste Ereignis liefert, an dem lexdsl die Tiefe selbst zählt.
_LIBYAML_DEPTH = ("maximum nesting depth", "increasing flow level", "increasing indentation level")


def _yaml_error(yaml, exc, text: str) -> CaseError:
    described = f"{getattr(exc, 'context', '') or ''} {getattr(exc, 'problem', '') or ''}"
    if any(phrase in described for phrase in _LIBYAML_DEPTH):
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        return _too_deep_error(f"; {_position(mark.line, mark.column)}" if mark is not None else "")
    if isinstance(exc, yaml.reader.ReaderError):
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        index = max(text.find(char), 0)
        line = text.count("\n", 0, index)
        column = index - (text.rfind("\n", 0, index) + 1)
        return CaseError(f"Die Datei ist kein gültiges YAML ({_position(line, column)}): "
                         f"das Steuerzeichen U+{ord(char):04X} ist nicht erlaubt.")
    mark = getattr(exc, "problem_mark", None)
    where = f" ({_position(mark.line, mark.column)})" if mark is not None else ""
    reason = _yaml_reason(exc, text, mark)
    return CaseError(f"Die Datei ist kein gültiges YAML{where}" + (f": {reason}." if reason else "."))


def _at(event) -> str:
    return _position(event.start_mark.line, event.start_mark.column)


def _tag_text(tag: str) -> str:
    return "!!" + tag[len(_YAML):] if tag.startswith(_YAML) else tag


def _scan_yaml(yaml, loader, text: str) -> None:
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
                            f"der Tag »{_short(_tag_text(tag))}« {problem}.",
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


def _yaml_loader():
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    safe = yaml.SafeLoader

    class Loader(base):  # type: ignore[misc, valid-type]
        pass

    def mapping(loader, node, deep=False):
        result, lines = {}, {}
        for key_node, value_node in node.value:
            mark = key_node.start_mark
            if key_node.tag == _YAML + "merge":
                raise CaseError(f"»<<« (Zusammenführen) ist in Falldateien nicht erlaubt "
                                f"({_position(mark.line, mark.column)}).")
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, collections.abc.Hashable):
                raise CaseError(f"Ein Schlüssel muss ein Text sein, nicht {_type_name(key)} "
                                f"({_position(mark.line, mark.column)}).")
            if key in lines:
                raise CaseError(f"Der Schlüssel steht doppelt (Zeilen {lines[key]} und {mark.line + 1}).",
                                field=_key_label(key))
            lines[key] = mark.line + 1
            result[key] = loader.construct_object(value_node, deep=True)
        return result

    def integer(loader, node):
        digits = node.value.lstrip("+-").replace("_", "")
        if digits.isdigit() and len(digits) > _LONG_NUMBER_DIGITS:
            return _LongNumber(len(digits))
        return _or_text(safe.construct_yaml_int, loader, node)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    Loader.add_constructor(_YAML + "int", integer)
    Loader.add_constructor(_YAML + "float", lambda loader, node: _or_text(safe.construct_yaml_float, loader, node))
    Loader.add_constructor(_YAML + "timestamp",
                           lambda loader, node: _or_text(safe.construct_yaml_timestamp, loader, node))
    return yaml, Loader


def _or_text(construct, loader, node):
    """Baut eine Zahl oder ein Datum; was nur so aussieht (etwa 2020-02-31), bleibt Text und wird als Wert gemeldet."""
    try:
        return construct(loader, node)
    except (ValueError, OverflowError):
        return node.value


def _parse_yaml(text: str):
    yaml, loader = _yaml_loader()
    try:
        _scan_yaml(yaml, loader, text)
        parsed = yaml.load(text, Loader=loader)  # noqa: S506 – sicherer Loader (SafeLoader-Unterklasse)
    except yaml.YAMLError as exc:
        raise _yaml_error(yaml, exc, text) from None
    _check_structure(parsed)
    return parsed


def parse_case_file(path: str | Path):
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
    text = _decode(data, name)
    try:
        return _parse_json(text) if suffix == ".json" else _parse_yaml(text)
    except CaseError as exc:
        raise CaseError(exc.message, field=exc.field, file=name, hint=exc.hint) from None


def read_case_data(path: str | Path) -> dict:
    """Liest eine Falldatei in ein dict. Wirft ``CaseError`` mit Dateiname."""
    parsed = parse_case_file(path)
    if not isinstance(parsed, dict):
        raise CaseError(f"Die Falldatei muss eine Zuordnung mit »merkmale:« enthalten, nicht {_type_name(parsed)}.",
                        file=str(path))
    return parsed


# ---------------------------------------------------------------- Werte prüfen


def _ja_nein(name: str, value) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and _JA_NEIN.match(value):
        return value.strip().lower() == "ja"
    raise CaseError(f"erwartet ja oder nein, erhalten: {_type_name(value)}.", field=name)


def _anzahl(name: str, value) -> float:
    if isinstance(value, str) and _ANZAHL.match(value):
        return float(int(value))
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    limit = f"{MAX_ANZAHL:,}".replace(",", ".")
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise CaseError(f"Eine Anzahl kann nicht negativ sein ({_short(str(value))}).", field=name)
        if value > MAX_ANZAHL:
            raise CaseError(f"Die Anzahl {_short(str(value))} ist zu groß (höchstens {limit}).", field=name)
        return float(value)
    loose = _INTEGER_LOOSE.match(value) if isinstance(value, str) else None
    if loose and loose.group(1):
        raise CaseError(f"Eine Anzahl kann nicht negativ sein (»{_short(value.strip())}«).", field=name)
    if loose and len(loose.group(2).lstrip("0")) > len(str(MAX_ANZAHL)):
        raise CaseError(f"Die Anzahl »{_short(value.strip())}« ist zu groß (höchstens {limit}).", field=name)
    raise CaseError(f"erwartet eine ganze Zahl von 0 bis {limit}, erhalten: {_type_name(value)}.", field=name)


def _dauer(name: str, value) -> float:
    example = "etwa »18 Monate« oder »2 Jahre«"
    if isinstance(value, str):
        match = _DURATION.match(value)
        if match:
            number = float(match.group(1).replace(",", "."))
            return number * 12 if match.group(2).lower().startswith("jahr") else number
        loose = _DURATION_LOOSE.match(value)
        if loose:
            sign, whole, unit = loose.group(1), loose.group(2), loose.group(3).strip(" \t\r\n")
            shown = _short(value.strip())
            if sign:
                raise CaseError(f"Eine Dauer kann nicht negativ sein (»{shown}«).", field=name)
            if unit and unit.lower() not in {u.lower() for u in _DURATION_UNITS}:
                raise CaseError(f"Unbekannte Einheit »{_short(unit)}«.", field=name,
                                hint=f"Erlaubt sind Monate und Jahre, {example}.")
            if len(whole.lstrip("0")) > MAX_DAUER_STELLEN:
                raise CaseError(f"Die Dauer »{shown}« ist zu lang (höchstens {MAX_DAUER_STELLEN} Stellen vor "
                                "dem Komma).", field=name)
    raise CaseError(f"erwartet eine Dauer, erhalten: {_type_name(value)}.", field=name,
                    hint=f"Schreiben Sie die Zahl mit Einheit, {example}.")


def _datum(name: str, value) -> str:
    example = "erwartet ein Datum wie 2005-01-01 oder 01.01.2005"
    if isinstance(value, datetime.datetime):
        raise CaseError(f"{example} ohne Uhrzeit, erhalten: {_type_name(value)}.", field=name)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        iso, german = _ISO_DATE.match(value), _GERMAN_DATE.match(value)
        if iso or german:
            year, month, day = iso.groups() if iso else reversed(german.groups())
            try:
                return datetime.date(int(year), int(month), int(day)).isoformat()
            except ValueError:
                raise CaseError(f"Den Tag »{value.strip()}« gibt es nicht.", field=name) from None
    raise CaseError(f"{example}, erhalten: {_type_name(value)}.", field=name)


def _auswahl(name: str, spec: dict, value) -> str:
    allowed = list(spec["werte"])
    if isinstance(value, str) and value in allowed:
        return value
    listed = "Erlaubt: " + ", ".join(f"„{v}“" for v in allowed) + "."
    if not isinstance(value, str):
        raise CaseError(f"erwartet einen der erlaubten Werte, erhalten: {_type_name(value)}.", field=name,
                        hint=listed)
    hint = did_you_mean(value[:200], allowed) or listed
    raise CaseError(f"»{_short(value)}« ist kein erlaubter Wert.", field=name, hint=hint)


def convert_value(name: str, spec: dict, value):
    """Prüft und wandelt einen Wert für das Merkmal ``name`` (``spec`` aus dem Vokabular).

    Ergebnis: ``None`` (unbekannt), ``bool`` (ja/nein), ``float`` (Anzahl;
    Dauer in Monaten), ISO-Datum als Text (Datum) oder der Wert der Auswahl.
    """
    kind = spec["typ"]
    if value is None or (isinstance(value, str) and _UNKNOWN.match(value)):
        return None
    if kind == "ja/nein":
        return _ja_nein(name, value)
    if kind == "Anzahl":
        return _anzahl(name, value)
    if kind == "Dauer":
        return _dauer(name, value)
    if kind == "Datum":
        return _datum(name, value)
    if kind == "Auswahl":
        return _auswahl(name, spec, value)
    raise CaseError(f"unbekannter Typ {kind}.", field=name)  # pragma: no cover


def convert_stichtag(value, field: str = "stichtag") -> str:
    """Prüft einen Stichtag (Tag der Entscheidung) und liefert ihn als ISO-Datum."""
    if isinstance(value, str) and _UNKNOWN.match(value):
        raise CaseError("Ein unbekannter Stichtag ist nicht möglich.", field=field,
                        hint="Ist der Tag der Entscheidung offen, lassen Sie den Stichtag weg.")
    day = _datum(field, value)
    first, last = STICHTAG_JAHRE
    if not first <= int(day[:4]) <= last:
        raise CaseError(f"Der Stichtag {german_date(day)} ist unplausibel; er muss in einem der Jahre {first} "
                        f"bis {last} liegen.", field=field,
                        hint="Der Stichtag ist der Tag der Entscheidung; er darf auch in der Zukunft liegen.")
    return day


# ---------------------------------------------------------------- Den ganzen Fall prüfen


def _check_fields(data: dict) -> None:
    for key in data:
        if key not in TOP_LEVEL:
            hint = did_you_mean(key[:200], TOP_LEVEL) if isinstance(key, str) else None
            raise CaseError("Unbekanntes Feld.", field=_key_label(key),
                            hint=hint or "Erlaubt sind: " + ", ".join(TOP_LEVEL) + ".")


def _label(value) -> str | None:
    if value is not None and not isinstance(value, str):
        raise CaseError(f"erwartet einen Text, erhalten: {_type_name(value)}.", field="bezeichnung")
    invisible = _INVISIBLE.search(value) if value is not None else None
    if invisible is not None:
        # Die Bezeichnung steht in jeder Ausgabe; ein Steuerzeichen könnte das Terminal steuern.
        raise CaseError(f"Die Bezeichnung enthält das Steuer- oder Richtungszeichen U+{ord(invisible.group()):04X} "
                        f"(»{_short(value)}«).", field="bezeichnung", hint="Schreiben Sie die Bezeichnung als "
                        "gewöhnlichen Text in einer Zeile.")
    return value


def _facts(value) -> dict:
    if value is None:
        raise CaseError("Das Feld fehlt.", field="merkmale", hint="Geben Sie die Merkmale unter »merkmale:« an.")
    if not isinstance(value, dict):
        raise CaseError(f"erwartet eine Zuordnung Merkmal → Wert, erhalten: {_type_name(value)}.", field="merkmale")
    return value


def _spec(name, merkmale: dict, begriffe: dict | None) -> dict:
    if not isinstance(name, str):
        raise CaseError(f"Der Name eines Merkmals muss ein Text sein, nicht {_type_name(name)}.",
                        field=_key_label(name), hint="Setzen Sie den Namen in Anführungszeichen.")
    spec = merkmale.get(name)
    if spec is not None:
        return spec
    if begriffe and name in begriffe:
        raise CaseError("Das ist ein Begriff; er wird aus seinen Merkmalen abgeleitet und kann nicht "
                        "angegeben werden.", field=name,
                        hint="Geben Sie die Merkmale an, aus denen der Begriff besteht (siehe »lexdsl merkmale«).")
    hint = did_you_mean(name[:500], merkmale) or "Die bekannten Merkmale zeigt »lexdsl merkmale«."
    raise CaseError("Unbekanntes Merkmal.", field=_key_label(name), hint=hint)


def _check_past(values: dict, merkmale: dict, stichtag: str | None, today: datetime.date | None) -> None:
    """Ein Datum-Merkmal beschreibt ein vergangenes Ereignis: nicht nach dem Stichtag, ohne ihn nicht nach heute."""
    limit = stichtag or (today or datetime.date.today()).isoformat()
    for name, value in values.items():
        if merkmale[name]["typ"] != "Datum" or value is None or value <= limit:
            continue
        if stichtag:
            message = f"Das Datum {german_date(value)} liegt nach dem Stichtag {german_date(stichtag)}"
            hint = "Prüfen Sie das Datum und den Stichtag."
        else:
            message = f"Das Datum {german_date(value)} liegt in der Zukunft (heute ist der {german_date(limit)})"
            hint = "Prüfen Sie das Datum oder geben Sie den Stichtag der Entscheidung an."
        raise CaseError(message + "; das Merkmal beschreibt ein vergangenes Ereignis.", field=name, hint=hint)


def case_values(data: dict, merkmale: dict, begriffe: dict | None = None, stichtag: str | None = None,
                today: datetime.date | None = None) -> tuple[dict, str | None, str | None]:
    """dict einer Falldatei → (Werte, Bezeichnung, Stichtag). Wirft ``CaseError`` mit Feld.

    ``stichtag`` (schon geprüft, ISO) ersetzt den Stichtag der Datei, etwa aus
    ``--stichtag``; ``today`` ersetzt den heutigen Tag (für Tests).
    """
    _check_fields(data)
    label = _label(data.get("bezeichnung"))
    own = data.get("stichtag")
    own = convert_stichtag(own) if own is not None else None
    stichtag = stichtag or own
    values = {}
    for name, value in _facts(data.get("merkmale")).items():
        values[name] = convert_value(name, _spec(name, merkmale, begriffe), value)
    _check_past(values, merkmale, stichtag, today)
    return values, label, stichtag


def load_case(path: str | Path, corpus, stichtag: str | None = None):
    """Liest eine Falldatei und liefert geprüfte ``Facts`` für ``corpus``.

    ``stichtag`` (schon geprüft, ISO) ersetzt den Stichtag der Datei.
    """
    data = read_case_data(path)
    try:
        values, label, stichtag = case_values(data, corpus.merkmale, corpus.begriffe, stichtag)
    except CaseError as exc:
        raise CaseError(exc.message, field=exc.field, file=str(path), hint=exc.hint) from None
    return corpus.facts(values, label, stichtag)
