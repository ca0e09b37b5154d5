"""Werte eines Falls umwandeln und prüfen: eine Stelle für Falldateien, Python-Schnittstelle, Szenarien und Tabellen.

Werte je Typ des Merkmals:

* ja/nein: ``ja``/``nein`` (auch ``true``/``false``; Groß- und Kleinschreibung egal) oder ``bool``
* Anzahl: ganze Zahl von 0 bis 999.999.999, auch als Ziffernfolge ``"3"``
* Dauer: ``"18 Monate"``, ``"2 Jahre"``, ``"1,5 Jahre"`` (höchstens sechs Stellen vor und
  30 nach dem Komma) oder ``lexdsl.Duration(months=18)``; eine Zahl ohne Einheit ist mehrdeutig
  und ein Fehler
* Datum: ``2005-01-01`` oder ``"01.01.2005"`` oder ``datetime.date``, ohne Uhrzeit; den Tag muss es geben
* Auswahl: einer der deklarierten Werte, genau so geschrieben
* jeder Typ: ``unbekannt``, ``offen``, ``?`` oder leer (``None``) – das Merkmal ist nicht festgestellt

Regeln über den einzelnen Wert hinaus:

* Ein Merkmal vom Typ Datum hält fest, wann etwas geschehen ist. Sein Datum
  darf nicht nach dem Stichtag liegen, ohne Stichtag nicht nach dem heutigen Tag.
* Der Stichtag (``stichtag:`` in der Datei, ``--stichtag`` oder ``stichtag=``)
  darf in der Zukunft liegen (Planung), muss aber in einem der Jahre 1949 bis
  2100 liegen; alles andere ist ein Schreibfehler. „unbekannt“ gibt es für ihn
  nicht: Ist der Tag der Entscheidung offen, fehlt er.

Umgewandelt wird in die Werte der Laufzeit, exakt: bool, Anzahl als ``int``,
Dauer in Monaten als ``int`` oder ``fractions.Fraction`` („17,99999999999999999
Monate“ bleibt unter 18), Datum als ISO-Text, Auswahl als Text. Keine Zahl
wird je zur Gleitkommazahl. Jeder Fehler ist ein
``CaseError`` (ein ``ValueError``), der das Feld nennt und, wo möglich, mit
„Meinten Sie …?“ hilft.

Die Muster ``*_PATTERN`` verwendet auch das JSON-Schema (``lexdsl.cases.schema``);
sie sind so geschrieben, dass Python und JSON Schema (ECMA-262) sie gleich
verstehen: nur ASCII, Leerraum nur Leerzeichen, Tabulator und Zeilenumbruch.
"""

from __future__ import annotations

import datetime
import decimal
import math
import re
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from ..errors import CaseError, did_you_mean, nfc
from ..runtime.program import FactValue, MerkmalInfo
from ..vocabulary import Duration, MerkmalType, german_date

MAX_BYTES = 1_000_000
MAX_DEPTH = 20
MAX_ANZAHL = 999_999_999
MAX_DAUER_STELLEN = 6
MAX_DAUER_NACHKOMMA = 30
STICHTAG_JAHRE = (1949, 2100)
TOP_LEVEL = ("bezeichnung", "stichtag", "merkmale")

_DURATION_UNITS = ("Monaten", "Monate", "Monat", "Jahren", "Jahre", "Jahr")


def _anycase(word: str) -> str:
    """Ein Wort als Muster ohne Rücksicht auf Groß- und Kleinschreibung (ohne Schalter, wie JSON Schema)."""
    return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else re.escape(c) for c in word)


WS = r"[ \t\r\n]*"
UNKNOWN_PATTERN = rf"^{WS}(?:{_anycase('unbekannt')}|{_anycase('offen')}|\?){WS}$"
JA_NEIN_PATTERN = rf"^{WS}(?:{_anycase('ja')}|{_anycase('nein')}){WS}$"
ANZAHL_PATTERN = rf"^{WS}0*[0-9]{{1,{len(str(MAX_ANZAHL))}}}{WS}$"
DAUER_PATTERN = (rf"^{WS}(0*[0-9]{{1,{MAX_DAUER_STELLEN}}}(?:[.,][0-9]{{1,{MAX_DAUER_NACHKOMMA}}})?){WS}"
                 rf"({'|'.join(_anycase(u) for u in _DURATION_UNITS)}){WS}$")

_UNKNOWN = re.compile(UNKNOWN_PATTERN)
_JA_NEIN = re.compile(JA_NEIN_PATTERN)
_ANZAHL = re.compile(ANZAHL_PATTERN)
_DURATION = re.compile(DAUER_PATTERN)
# Nur für genauere Meldungen, wenn ein Wert nicht passt. Kein Muster hat zwei benachbarte
# Wiederholungen derselben Zeichen: Auch 1 MB Leerzeichen oder Nullen prüft es in linearer Zeit.
_DURATION_LOOSE = re.compile(rf"^{WS}(-?)([0-9]+)(?:[.,]([0-9]+))?(.*)$", re.DOTALL)
_INTEGER_LOOSE = re.compile(rf"^{WS}(-?)([0-9]+){WS}$")
_ISO_DATE = re.compile(rf"^{WS}([0-9]{{4}})-([0-9]{{2}})-([0-9]{{2}}){WS}$")
_GERMAN_DATE = re.compile(rf"^{WS}([0-9]{{1,2}})\.([0-9]{{1,2}})\.([0-9]{{4}}){WS}$")
_INVISIBLE_CHARS = "\\x00-\\x1f\\x7f-\\x9f\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# Dasselbe für das JSON-Schema (Python und ECMA-262 lesen \xHH und \uHHHH gleich).
LABEL_PATTERN = f"^[^{_INVISIBLE_CHARS}]*$"


# ---------------------------------------------------------------- Meldungen


class LongNumber:
    """Eine Zahl mit mehr Stellen, als ein Fall je braucht. Sie wird nie ausgewertet, nur gemeldet."""

    __slots__ = ("digits",)

    def __init__(self, digits: int):
        self.digits = digits

    def __str__(self) -> str:
        return f"Zahl mit {self.digits} Stellen"


def short(text: str, limit: int = 60) -> str:
    """Text für eine Meldung: höchstens ``limit`` Zeichen; Steuer- und Richtungszeichen als ``\\x1b`` sichtbar.

    So kann ein Wert aus der Falldatei das Terminal weder steuern noch Text optisch umdrehen.
    """
    text = _INVISIBLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(value: object) -> str:
    """Was für ein Wert das ist, für Meldungen: „Text „x““, „Zahl 3“, „Liste“ …"""
    if value is None:
        return "leer"
    if isinstance(value, bool):
        return f"Wahrheitswert {'true' if value else 'false'}"
    if isinstance(value, (int, float)):
        return f"Zahl {short(repr(value))}"
    if isinstance(value, datetime.datetime):
        return f"Datum mit Uhrzeit {short(str(value))}"
    if isinstance(value, datetime.date):
        return f"Datum {german_date(value)}"
    if isinstance(value, str):
        return f"Text „{short(value)}“"
    if isinstance(value, list):
        return "Liste"
    if isinstance(value, dict):
        return "Zuordnung"
    if isinstance(value, LongNumber):
        return str(value)
    return "Wert unbekannter Art"  # pragma: no cover – der Leser erzeugt keine anderen Werte


def field_label(key: object) -> str:
    """Ein Schlüssel als Feldname für die Meldung, auch wenn er kein Text ist."""
    if key is None or key == "":
        return "(leer)"
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, datetime.date):
        return key.isoformat()
    return short(str(key), 80)


def position(line: int, column: int) -> str:
    """Zeile und Spalte, 0-basiert übergeben, als Text für die Meldung."""
    return f"Zeile {line + 1}, Spalte {column + 1}"


# ---------------------------------------------------------------- Werte prüfen


def _ja_nein(name: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and _JA_NEIN.match(value):
        return value.strip().lower() == "ja"
    raise CaseError(f"erwartet ja oder nein, erhalten: {describe(value)}.", field=name)


def _anzahl(name: str, value: object) -> int:
    if isinstance(value, str) and _ANZAHL.match(value):
        return int(value)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    limit = f"{MAX_ANZAHL:,}".replace(",", ".")
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise CaseError(f"Eine Anzahl kann nicht negativ sein ({short(str(value))}).", field=name)
        if value > MAX_ANZAHL:
            raise CaseError(f"Die Anzahl {short(str(value))} ist zu groß (höchstens {limit}).", field=name)
        return int(value)
    loose = _INTEGER_LOOSE.match(value) if isinstance(value, str) else None
    if loose and loose.group(1):
        raise CaseError(f"Eine Anzahl kann nicht negativ sein (»{short(str(value).strip())}«).", field=name)
    if loose and len(loose.group(2).lstrip("0")) > len(str(MAX_ANZAHL)):
        raise CaseError(f"Die Anzahl »{short(str(value).strip())}« ist zu groß (höchstens {limit}).", field=name)
    raise CaseError(f"erwartet eine ganze Zahl von 0 bis {limit}, erhalten: {describe(value)}.", field=name)


def _dauer(name: str, value: object) -> int | Fraction:
    """Eine Dauer in Monaten, exakt: ``int`` oder ``Fraction``."""
    example = "etwa »18 Monate« oder »2 Jahre«"
    if isinstance(value, Duration):
        try:
            months = Fraction(value.months)  # exakt, auch aus Decimal und float
        except (TypeError, ValueError, OverflowError, decimal.InvalidOperation):
            raise CaseError(f"Die Dauer {short(repr(value.months))} Monate ist keine mögliche Dauer.",
                            field=name) from None
        if months < 0 or months >= 10 ** MAX_DAUER_STELLEN * 12:
            raise CaseError(f"Die Dauer {short(repr(value.months))} Monate ist keine mögliche Dauer.", field=name)
        return _whole(months)
    if isinstance(value, str):
        match = _DURATION.match(value)
        if match:
            number = Fraction(decimal.Decimal(match.group(1).replace(",", ".")))
            return _whole(number * 12 if match.group(2).lower().startswith("jahr") else number)
        loose = _DURATION_LOOSE.match(value)
        if loose:
            sign, whole, decimals, unit = loose.groups()
            unit = unit.strip(" \t\r\n")
            shown = short(value.strip())
            if sign:
                raise CaseError(f"Eine Dauer kann nicht negativ sein (»{shown}«).", field=name)
            if unit and unit.lower() not in {u.lower() for u in _DURATION_UNITS}:
                raise CaseError(f"Unbekannte Einheit »{short(unit)}«.", field=name,
                                hint=f"Erlaubt sind Monate und Jahre, {example}.")
            if len(whole.lstrip("0")) > MAX_DAUER_STELLEN:
                raise CaseError(f"Die Dauer »{shown}« ist zu lang (höchstens {MAX_DAUER_STELLEN} Stellen vor "
                                "dem Komma).", field=name)
            if decimals and len(decimals) > MAX_DAUER_NACHKOMMA:
                raise CaseError(f"Die Dauer »{shown}« hat zu viele Nachkommastellen (höchstens "
                                f"{MAX_DAUER_NACHKOMMA}).", field=name)
    hint = f"Schreiben Sie die Zahl mit Einheit, {example}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        hint += ", oder in Python lexdsl.Duration(months=…)"
    raise CaseError(f"erwartet eine Dauer, erhalten: {describe(value)}.", field=name, hint=hint + ".")


def _whole(months: Fraction) -> int | Fraction:
    """Ganze Monate als ``int`` (wie die Schwellen der Normen), sonst der exakte Bruch."""
    return months.numerator if months.denominator == 1 else months


def convert_date(name: str, value: object) -> str:
    """Ein Datum (JJJJ-MM-TT, TT.MM.JJJJ oder ``datetime.date``) als ISO-Text; sonst ``CaseError`` mit Feld."""
    example = "erwartet ein Datum wie 2005-01-01 oder 01.01.2005"
    if isinstance(value, datetime.datetime):
        raise CaseError(f"{example} ohne Uhrzeit, erhalten: {describe(value)}.", field=name)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        iso, german = _ISO_DATE.match(value), _GERMAN_DATE.match(value)
        parts = iso.groups() if iso else tuple(reversed(german.groups())) if german else None
        if parts is not None:
            year, month, day = parts
            try:
                return datetime.date(int(year), int(month), int(day)).isoformat()
            except ValueError:
                raise CaseError(f"Den Tag »{value.strip()}« gibt es nicht.", field=name) from None
    raise CaseError(f"{example}, erhalten: {describe(value)}.", field=name)


def _auswahl(name: str, merkmal: MerkmalInfo, value: object) -> str:
    allowed = list(merkmal.values)
    if isinstance(value, str) and nfc(value) in allowed:
        return nfc(value)
    listed = "Erlaubt: " + ", ".join(f"„{v}“" for v in allowed) + "."
    if not isinstance(value, str):
        raise CaseError(f"erwartet einen der erlaubten Werte, erhalten: {describe(value)}.", field=name,
                        hint=listed)
    hint = did_you_mean(value[:200], allowed) or listed
    raise CaseError(f"»{short(value)}« ist kein erlaubter Wert.", field=name, hint=hint)


def is_unknown(value: object) -> bool:
    """Steht der Wert für „nicht festgestellt“ (leer, ``unbekannt``, ``offen``, ``?``)?"""
    return value is None or (isinstance(value, str) and _UNKNOWN.match(value) is not None)


def convert_value(name: str, merkmal: MerkmalInfo, value: object) -> FactValue | None:
    """Prüft und wandelt einen Wert für das Merkmal ``name``.

    Ergebnis: ``None`` (unbekannt), ``bool`` (ja/nein), ``int`` (Anzahl), ``int`` oder
    ``Fraction`` (Dauer in Monaten), ISO-Datum als Text (Datum) oder der Wert der Auswahl.
    """
    if is_unknown(value):
        return None
    kind = merkmal.type
    if kind is MerkmalType.BOOL:
        return _ja_nein(name, value)
    if kind is MerkmalType.COUNT:
        return _anzahl(name, value)
    if kind is MerkmalType.DURATION:
        return _dauer(name, value)
    if kind is MerkmalType.DATE:
        return convert_date(name, value)
    return _auswahl(name, merkmal, value)


def convert_stichtag(value: object, field: str = "stichtag") -> str:
    """Prüft einen Stichtag (Tag der Entscheidung) und liefert ihn als ISO-Datum."""
    if isinstance(value, str) and _UNKNOWN.match(value):
        raise CaseError("Ein unbekannter Stichtag ist nicht möglich.", field=field,
                        hint="Ist der Tag der Entscheidung offen, lassen Sie den Stichtag weg.")
    day = convert_date(field, value)
    first, last = STICHTAG_JAHRE
    if not first <= int(day[:4]) <= last:
        raise CaseError(f"Der Stichtag {german_date(day)} ist unplausibel; er muss in einem der Jahre {first} "
                        f"bis {last} liegen.", field=field,
                        hint="Der Stichtag ist der Tag der Entscheidung; er darf auch in der Zukunft liegen.")
    return day


def lookup(name: object, merkmale: Mapping[str, MerkmalInfo], begriffe: Mapping[str, object] | None) -> MerkmalInfo:
    """Das Merkmal zu einem Namen; sonst ein ``CaseError`` mit „Meinten Sie …?“ (auch für Begriffe)."""
    if not isinstance(name, str):
        raise CaseError(f"Der Name eines Merkmals muss ein Text sein, nicht {describe(name)}.",
                        field=field_label(name), hint="Setzen Sie den Namen in Anführungszeichen.")
    name = nfc(name)
    merkmal = merkmale.get(name)
    if merkmal is not None:
        return merkmal
    if begriffe and name in begriffe:
        raise CaseError("Das ist ein Begriff; er wird aus seinen Merkmalen abgeleitet und kann nicht "
                        "angegeben werden.", field=name,
                        hint="Geben Sie die Merkmale an, aus denen der Begriff besteht (siehe »lexdsl merkmale«).")
    hint = did_you_mean(name[:500], merkmale) or "Die bekannten Merkmale zeigt »lexdsl merkmale«."
    raise CaseError("Unbekanntes Merkmal.", field=field_label(name), hint=hint)


def convert_facts(values: Mapping[Any, object], merkmale: Mapping[str, MerkmalInfo],
                  begriffe: Mapping[str, object] | None = None) -> dict[str, FactValue | None]:
    """Name → Wert (wie in einer Falldatei oder als Python-Wert) → Name → Wert der Laufzeit, jeder geprüft.

    Namen zählen in Unicode-NFC; derselbe Name in zwei Schreibweisen ist ein Fehler, kein stilles Überschreiben.
    """
    out: dict[str, FactValue | None] = {}
    for name, value in values.items():
        merkmal = lookup(name, merkmale, begriffe)
        if merkmal.name in out:
            raise CaseError("Das Merkmal steht doppelt (in zwei Unicode-Schreibweisen desselben Namens).",
                            field=merkmal.name)
        out[merkmal.name] = convert_value(merkmal.name, merkmal, value)
    return out


# ---------------------------------------------------------------- Den ganzen Fall prüfen


def _check_fields(data: Mapping[Any, object]) -> None:
    for key in data:
        if key not in TOP_LEVEL:
            hint = did_you_mean(key[:200], TOP_LEVEL) if isinstance(key, str) else None
            raise CaseError("Unbekanntes Feld.", field=field_label(key),
                            hint=hint or "Erlaubt sind: " + ", ".join(TOP_LEVEL) + ".")


def check_label(value: object) -> str | None:
    """Die Bezeichnung eines Falls: ein Text ohne Steuer- und Richtungszeichen (oder keiner)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise CaseError(f"erwartet einen Text, erhalten: {describe(value)}.", field="bezeichnung")
    invisible = _INVISIBLE.search(value)
    if invisible is not None:
        # Die Bezeichnung steht in jeder Ausgabe; ein Steuerzeichen könnte das Terminal steuern.
        raise CaseError(f"Die Bezeichnung enthält das Steuer- oder Richtungszeichen U+{ord(invisible.group()):04X} "
                        f"(»{short(value)}«).", field="bezeichnung", hint="Schreiben Sie die Bezeichnung als "
                        "gewöhnlichen Text in einer Zeile.")
    return value


def _facts(value: object) -> Mapping[Any, object]:
    if value is None:
        raise CaseError("Das Feld fehlt.", field="merkmale", hint="Geben Sie die Merkmale unter »merkmale:« an.")
    if not isinstance(value, dict):
        raise CaseError(f"erwartet eine Zuordnung Merkmal → Wert, erhalten: {describe(value)}.", field="merkmale")
    return value


def check_past(values: Mapping[str, FactValue | None], merkmale: Mapping[str, MerkmalInfo], stichtag: str | None,
               today: datetime.date | None = None) -> None:
    """Ein Datum-Merkmal beschreibt ein vergangenes Ereignis: nicht nach dem Stichtag, ohne ihn nicht nach heute."""
    limit = stichtag or (today or datetime.date.today()).isoformat()
    for name, value in values.items():
        if merkmale[name].type is not MerkmalType.DATE or value is None or str(value) <= limit:
            continue
        if stichtag:
            message = f"Das Datum {german_date(str(value))} liegt nach dem Stichtag {german_date(stichtag)}"
            hint = "Prüfen Sie das Datum und den Stichtag."
        else:
            message = f"Das Datum {german_date(str(value))} liegt in der Zukunft (heute ist der {german_date(limit)})"
            hint = "Prüfen Sie das Datum oder geben Sie den Stichtag der Entscheidung an."
        raise CaseError(message + "; das Merkmal beschreibt ein vergangenes Ereignis.", field=name, hint=hint)


def case_values(data: Mapping[Any, object], merkmale: Mapping[str, MerkmalInfo],
                begriffe: Mapping[str, object] | None = None, stichtag: str | None = None,
                today: datetime.date | None = None) -> tuple[dict[str, FactValue | None], str | None, str | None]:
    """dict einer Falldatei → (Werte, Bezeichnung, Stichtag). Wirft ``CaseError`` mit Feld.

    ``stichtag`` (schon geprüft, ISO) ersetzt den Stichtag der Datei, etwa aus
    ``--stichtag``; ``today`` ersetzt den heutigen Tag (für Tests).
    """
    _check_fields(data)
    label = check_label(data.get("bezeichnung"))
    own = data.get("stichtag")
    stichtag = stichtag or (convert_stichtag(own) if own is not None else None)
    values = convert_facts(_facts(data.get("merkmale")), merkmale, begriffe)
    check_past(values, merkmale, stichtag, today)
    return values, label, stichtag
