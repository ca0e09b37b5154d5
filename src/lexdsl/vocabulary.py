"""Das Vokabular von lexdsl: jedes Wort des Fachgebiets einmal, als Aufzählung mit seinen deutschen Wendungen.

Bindungsgrade der Regeln (``Grade``) und Ergebnisse (``Outcome``, mit den
Ergebnis-Codes ``Rank`` der erzeugten Funktionen), Erteilen und Verlängern
(``Action``), Typen der Merkmale (``MerkmalType``), Knotenarten (``NodeKind``),
Vergleiche (``Operator`` und das geschriebene Vergleichswort ``Comparator``),
die Geltung allgemeiner Vorschriften (``Geltung``), der Anlass von Nebenfolgen
(``Occasion``) und Normarten (``NormKind``). Dazu die eine Stelle, an der Daten,
Zahlen und Dauern deutsch geschrieben werden.

Dieses Modul braucht nur die Standardbibliothek: Die Laufzeit (und der von
``lexdsl kompilieren`` erzeugte Code) verwendet es ohne lexdsls übrige Teile.
"""

from __future__ import annotations

import datetime
import enum
import math
import re
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any, NamedTuple

# ----------------------------------------------------------------- Handlung


class Action(enum.Enum):
    """Was eine Rechtsfolge regelt: die Erteilung oder die Verlängerung."""

    ERTEILEN = "erteilen"
    VERLAENGERN = "verlängern"

    @property
    def participle(self) -> str:
        """„erteilt“ oder „verlängert“."""
        return "erteilt" if self is Action.ERTEILEN else "verlängert"

    @classmethod
    def of_phrase(cls, phrase: str) -> Action:
        """Die Handlung einer geschriebenen Rechtsfolge („… soll verlängert werden“)."""
        return cls.VERLAENGERN if "verläng" in phrase else cls.ERTEILEN


SUBJECT = "Die Aufenthaltserlaubnis"


# ----------------------------------------------------------------- Ergebnisse


class Rank(enum.IntEnum):
    """Ergebnis-Codes der erzeugten Entscheidungsfunktionen.

    Ganzzahlen, damit der erzeugte Code schnell bleibt; die Rangfolge der
    Erteilung ist ANSPRUCH > SOLL > ERMESSEN > NICHT_ERFUELLT, VERSAGT steht
    über allem.
    """

    NICHT_ERFUELLT = 0
    ERMESSEN = 2
    SOLL = 3
    ANSPRUCH = 4
    VERSAGT = 5

    @property
    def outcome(self) -> Outcome:
        return RANK_OUTCOMES[self]


class Outcome(str, enum.Enum):
    """Das Ergebnis einer Norm; der Wert ist der Text im JSON-Vertrag."""

    ANSPRUCH = "anspruch"
    SOLL = "soll"
    ERMESSEN = "ermessen"
    VERSAGT = "versagt"
    NICHT_ERFUELLT = "nicht_erfuellt"
    OFFEN = "offen"

    @property
    def grade_name(self) -> str:
        """Der Bindungsgrad in Worten, etwa „Regelanspruch (Soll-Vorschrift)“."""
        return _GRADE_NAMES[self]

    @property
    def short_name(self) -> str:
        """Kurzname für Diagramme und Legenden, etwa „Regelanspruch (Soll)“."""
        return _SHORT_NAMES[self]

    @property
    def is_grant(self) -> bool:
        return self in (Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN)

    def phrase(self, action: Action = Action.ERTEILEN) -> str:
        """Das Prädikat: „ist zu erteilen“, „soll verlängert werden“, „Tatbestand nicht erfüllt“ …"""
        if self is Outcome.ANSPRUCH:
            return f"ist zu {action.value}"
        if self is Outcome.SOLL:
            return f"soll {action.participle} werden"
        if self is Outcome.ERMESSEN:
            return f"kann {action.participle} werden"
        if self is Outcome.VERSAGT:
            return f"darf nicht {action.participle} werden"
        if self is Outcome.NICHT_ERFUELLT:
            return "Tatbestand nicht erfüllt"
        return "offen"

    def sentence(self, action: Action = Action.ERTEILEN) -> str:
        """Der Entscheidungssatz, wie ihn eine Sachbearbeiterin schreiben würde."""
        if self is Outcome.NICHT_ERFUELLT:
            return "Der Tatbestand ist nicht erfüllt; die Norm ist nicht anwendbar."
        if self is Outcome.OFFEN:
            return "Das Ergebnis ist offen; es fehlen Angaben zu Merkmalen, die es noch ändern können."
        return f"{SUBJECT} {self.phrase(action)}."

    @classmethod
    def from_word(cls, word: str) -> Outcome | None:
        """Ein Ergebnis, wie ein Szenario es schreibt: „soll“, „kann erteilt werden“, „nicht erfüllt“ …"""
        return _OUTCOME_WORDS.get(" ".join(word.split()).lower())

    @classmethod
    def words(cls) -> tuple[str, ...]:
        """Alle Schreibweisen, die ``from_word`` kennt."""
        return tuple(sorted(_OUTCOME_WORDS))


_GRADE_NAMES = {
    Outcome.ANSPRUCH: "Anspruch (gebundene Entscheidung)",
    Outcome.SOLL: "Regelanspruch (Soll-Vorschrift)",
    Outcome.ERMESSEN: "Ermessen",
    Outcome.VERSAGT: "zwingende Versagung",
    Outcome.NICHT_ERFUELLT: "Tatbestand nicht erfüllt",
    Outcome.OFFEN: "offen",
}
_SHORT_NAMES = {
    Outcome.ANSPRUCH: "Anspruch",
    Outcome.SOLL: "Regelanspruch (Soll)",
    Outcome.ERMESSEN: "Ermessen",
    Outcome.VERSAGT: "Versagung",
    Outcome.NICHT_ERFUELLT: "keine Rechtsfolge",
    Outcome.OFFEN: "offen",
}
_OUTCOME_WORDS = {
    **{o.value: o for o in (Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN, Outcome.VERSAGT)},
    **{o.phrase().lower(): o for o in (Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN, Outcome.VERSAGT)},
    "nicht erfüllt": Outcome.NICHT_ERFUELLT,
    Outcome.NICHT_ERFUELLT.phrase().lower(): Outcome.NICHT_ERFUELLT,
}

# Ergebnis-Code → Ergebnis (ein Wörterbuch, weil die Laufzeit es für jeden Fall braucht).
RANK_OUTCOMES: dict[int, Outcome] = {rank: Outcome(rank.name.lower()) for rank in Rank}

# Reihenfolge der Ergebnisse in Ausgaben (stärkstes zuerst).
OUTCOME_ORDER = (Outcome.VERSAGT, Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN, Outcome.NICHT_ERFUELLT,
                 Outcome.OFFEN)


# ----------------------------------------------------------------- Bindungsgrade der Regeln


class Grade(enum.Enum):
    """Der Bindungsgrad einer Rechtsfolge, so wie die Norm ihn schreibt."""

    ANSPRUCH = "anspruch"                # ist zu erteilen
    REGELANSPRUCH = "regelanspruch"      # ist in der Regel zu erteilen
    SOLL = "soll"                        # soll erteilt werden
    ERMESSEN = "ermessen"                # kann erteilt werden
    VERSAGUNG = "versagung"              # darf nicht erteilt werden
    REGELVERSAGUNG = "regelversagung"    # darf in der Regel nicht erteilt werden

    @property
    def is_refusal(self) -> bool:
        return self in (Grade.VERSAGUNG, Grade.REGELVERSAGUNG)

    @property
    def is_grant(self) -> bool:
        return not self.is_refusal

    @property
    def is_rule_of_thumb(self) -> bool:
        """Soll- und Regelvorschriften: Ein atypischer Fall weicht von ihnen ab."""
        return self in (Grade.SOLL, Grade.REGELANSPRUCH, Grade.REGELVERSAGUNG)

    @property
    def outcome(self) -> Outcome:
        """Das Ergebnis, zu dem die Regel im Regelfall führt."""
        return _GRADE_OUTCOMES[self]

    @property
    def strength(self) -> int:
        """Reihenfolge der Prüfung erteilender Regeln: die stärkste zuerst (0)."""
        return {Grade.ANSPRUCH: 0, Grade.REGELANSPRUCH: 1, Grade.SOLL: 1}.get(self, 2)

    def phrase(self, action: Action = Action.ERTEILEN) -> str:
        """„ist in der Regel zu erteilen“, „darf nicht verlängert werden“ …"""
        if self is Grade.REGELANSPRUCH:
            return f"ist in der Regel zu {action.value}"
        if self is Grade.REGELVERSAGUNG:
            return f"darf in der Regel nicht {action.participle} werden"
        return self.outcome.phrase(action)

    @property
    def short_name(self) -> str:
        """Die Art der Regel für Diagramme, etwa „Versagungsgrund (darf nicht)“."""
        return _GRADE_SHORT[self]


_GRADE_OUTCOMES = {
    Grade.ANSPRUCH: Outcome.ANSPRUCH, Grade.REGELANSPRUCH: Outcome.SOLL, Grade.SOLL: Outcome.SOLL,
    Grade.ERMESSEN: Outcome.ERMESSEN, Grade.VERSAGUNG: Outcome.VERSAGT, Grade.REGELVERSAGUNG: Outcome.VERSAGT,
}
_GRADE_SHORT = {
    Grade.ANSPRUCH: "Anspruch, wenn", Grade.REGELANSPRUCH: "Regelanspruch, wenn", Grade.SOLL: "Soll-Regel, wenn",
    Grade.ERMESSEN: "Ermessen, wenn", Grade.VERSAGUNG: "Versagungsgrund (darf nicht)",
    Grade.REGELVERSAGUNG: "Regelversagung (darf in der Regel nicht)",
}


def rule_phrases() -> tuple[str, ...]:
    """Jede Rechtsfolge, wie die Normensprache sie schreibt, mit erteilen und verlängern (für Hervorhebung)."""
    return tuple(g.phrase(a) for g in Grade for a in Action)


# ----------------------------------------------------------------- Merkmale, Knoten, Vergleiche


class MerkmalType(enum.Enum):
    """Typ eines Merkmals; der Wert ist das Schlüsselwort der Normensprache."""

    BOOL = "ja/nein"
    COUNT = "Anzahl"
    DURATION = "Dauer"
    DATE = "Datum"
    CHOICE = "Auswahl"


class NodeKind(enum.Enum):
    """Art eines Knotens im Bedingungsbaum einer übersetzten Norm."""

    MERKMAL = "merkmal"          # ein ja/nein-Merkmal
    VERGLEICH = "vergleich"      # ein Merkmal mit Vergleich
    NICHT = "nicht"
    ALLE = "alle"                # alle folgenden
    MINDESTENS = "mindestens"    # mindestens eines der folgenden
    KEINES = "keines"            # keines der folgenden
    BEGRIFF = "begriff"          # ein eingesetzter Begriff
    REGEL = "regel"              # eine Rechtsfolge

    @property
    def is_group(self) -> bool:
        return self in (NodeKind.ALLE, NodeKind.MINDESTENS, NodeKind.KEINES)

    @property
    def is_leaf(self) -> bool:
        return self in (NodeKind.MERKMAL, NodeKind.VERGLEICH)

    @property
    def label(self) -> str:
        """Die Wendung einer Aufzählung: „alle folgenden“, „mindestens eines der folgenden“, „keines der folgenden“."""
        return _GROUP_LABELS[self]


_GROUP_LABELS = {NodeKind.ALLE: "alle folgenden", NodeKind.MINDESTENS: "mindestens eines der folgenden",
                 NodeKind.KEINES: "keines der folgenden"}


class Operator(enum.Enum):
    """Vergleichsoperator der übersetzten Normen."""

    GE = "ge"
    GT = "gt"
    LE = "le"
    LT = "lt"
    EQ = "eq"
    IN = "in"
    NOT_IN = "not_in"

    @property
    def symbol(self) -> str:
        """Der Python-Operator, den der erzeugte Code schreibt."""
        return _SYMBOLS[self]

    def test(self, left: object, right: object) -> bool:
        """Wendet den Vergleich an: ``left`` ist der Wert des Falls, ``right`` der Wert der Norm."""
        return bool(_TESTS[self](left, right))


_SYMBOLS = {Operator.GE: ">=", Operator.GT: ">", Operator.LE: "<=", Operator.LT: "<", Operator.EQ: "==",
            Operator.IN: "in", Operator.NOT_IN: "not in"}
_TESTS: dict[Operator, Callable[[Any, Any], object]] = {
    Operator.GE: lambda x, v: x >= v, Operator.GT: lambda x, v: x > v, Operator.LE: lambda x, v: x <= v,
    Operator.LT: lambda x, v: x < v, Operator.EQ: lambda x, v: x == v, Operator.IN: lambda x, v: x in v,
    Operator.NOT_IN: lambda x, v: x not in v,
}

_NUMBERS = frozenset((MerkmalType.COUNT, MerkmalType.DURATION))


class Comparator(enum.Enum):
    """Ein Vergleichswort der Normensprache („mindestens“, „vor dem“, „einer von“ …)."""

    MINDESTENS = "mindestens"
    HOECHSTENS = "höchstens"
    MEHR_ALS = "mehr als"
    WENIGER_ALS = "weniger als"
    GENAU = "genau"
    VOR_DEM = "vor dem"
    NACH_DEM = "nach dem"
    SPAETESTENS_AM = "spätestens am"
    FRUEHESTENS_AM = "frühestens am"
    GLEICH = "gleich"
    EINER_VON = "einer von"
    KEINER_VON = "keiner von"
    JA = "ja"
    NEIN = "nein"

    @property
    def operator(self) -> Operator | None:
        """Der Operator; ``None`` bei „ja“ und „nein“ (sie vergleichen nichts)."""
        return _COMPARATOR_OPERATORS.get(self)

    @property
    def types(self) -> frozenset[MerkmalType]:
        """Die Typen der Merkmale, zu denen das Wort passt."""
        return _COMPARATOR_TYPES[self]

    @classmethod
    def of(cls, operator: Operator, merkmal_type: MerkmalType) -> Comparator:
        """Das Wort, mit dem die Normensprache diesen Vergleich für diesen Typ schreibt."""
        for word in cls:
            if word.operator is operator and merkmal_type in word.types:
                return word
        raise ValueError(f"kein Vergleichswort für {operator.value} bei {merkmal_type.value}")


_COMPARATOR_OPERATORS = {
    Comparator.MINDESTENS: Operator.GE, Comparator.HOECHSTENS: Operator.LE, Comparator.MEHR_ALS: Operator.GT,
    Comparator.WENIGER_ALS: Operator.LT, Comparator.GENAU: Operator.EQ, Comparator.VOR_DEM: Operator.LT,
    Comparator.NACH_DEM: Operator.GT, Comparator.SPAETESTENS_AM: Operator.LE, Comparator.FRUEHESTENS_AM: Operator.GE,
    Comparator.GLEICH: Operator.EQ, Comparator.EINER_VON: Operator.IN, Comparator.KEINER_VON: Operator.NOT_IN,
}
_COMPARATOR_TYPES = {
    **dict.fromkeys((Comparator.MINDESTENS, Comparator.HOECHSTENS, Comparator.MEHR_ALS, Comparator.WENIGER_ALS,
                     Comparator.GENAU), _NUMBERS),
    **{c: frozenset((MerkmalType.DATE,)) for c in (Comparator.VOR_DEM, Comparator.NACH_DEM,
                                                   Comparator.SPAETESTENS_AM, Comparator.FRUEHESTENS_AM)},
    **{c: frozenset((MerkmalType.CHOICE,)) for c in (Comparator.GLEICH, Comparator.EINER_VON,
                                                     Comparator.KEINER_VON)},
    Comparator.JA: frozenset((MerkmalType.BOOL,)), Comparator.NEIN: frozenset((MerkmalType.BOOL,)),
}


class DurationUnit(enum.Enum):
    """Einheit einer Dauer in der Normensprache und in Falldateien."""

    MONATE = "Monate"
    JAHRE = "Jahre"

    @property
    def months(self) -> int:
        return 12 if self is DurationUnit.JAHRE else 1

    @classmethod
    def of_word(cls, word: str) -> DurationUnit:
        """„Monat“, „Monaten“, „Jahre“ … (Groß- und Kleinschreibung egal)."""
        return cls.JAHRE if word.lower().startswith("jahr") else cls.MONATE


class Duration(NamedTuple):
    """Eine Dauer für die Python-Schnittstelle: ``Duration(months=18)`` oder ``Duration.years(2)``.

    Der Betrag ist exakt: eine ganze Zahl, ``fractions.Fraction`` oder ``decimal.Decimal``
    (eine Gleitkommazahl wird mit ihrem genauen binären Wert übernommen).
    """

    months: int | Fraction | Decimal | float

    @classmethod
    def years(cls, years: int | Fraction | Decimal | float) -> Duration:
        return cls(months=exact(years) * 12)

    def __str__(self) -> str:
        return duration_text(exact(self.months))


# ----------------------------------------------------------------- Normen und Vorschriften


class SourceKind(enum.Enum):
    """Woher ein zitierter Wortlaut stammt, in der Rangfolge der Quellen: Gesetz vor Verwaltungsvorschrift
    vor Ausarbeitung. Erkannt an der Fundstelle („§ …“, „Art. …“; „VwV …“; „WD …“)."""

    GESETZ = "gesetz"
    VWV = "vwv"
    WD = "wd"

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self]

    @classmethod
    def of(cls, citation: str) -> SourceKind | None:
        """Die Art der Quelle einer Fundstelle, oder None, wenn sie keiner bekannten Art folgt."""
        text = citation.strip()
        if text.startswith(("§", "Art.", "Art ")):
            return cls.GESETZ
        if text.startswith("VwV"):
            return cls.VWV
        if text.startswith("WD"):
            return cls.WD
        return None


_SOURCE_LABELS = {
    SourceKind.GESETZ: "Gesetz",
    SourceKind.VWV: "Verwaltungsvorschrift",
    SourceKind.WD: "Wissenschaftliche Dienste",
}

# Ein zitierter Gesetzeswortlaut nennt seinen Stand: „[§ 25 Abs. 5 S. 1 AufenthG, Stand 2021]“.
STAND_IN_CITATION = re.compile(r"\bStand\s+(?:\d{1,2}\.\d{1,2}\.)?\d{4}\b")


class NormKind(enum.Enum):
    NORM = "norm"                # eine Anspruchsgrundlage (§ 25 Abs. 5 …)
    VORSCHRIFT = "vorschrift"    # eine allgemeine Vorschrift (§ 5, § 11 …), die für jede Norm gilt

    @property
    def label(self) -> str:
        return "Norm" if self is NormKind.NORM else "Vorschrift"


class Geltung(enum.Enum):
    """Wie eine allgemeine Vorschrift für eine Norm gilt."""

    GILT = "gilt"                # sie gilt
    ERMESSEN = "ermessen"        # nach Ermessen abweichend: greift sie, bleibt nur Ermessen
    ABWEICHEND = "abweichend"    # abweichend: sie gilt nicht (wenn die Bedingung erfüllt ist)

    @property
    def label(self) -> str:
        return {Geltung.GILT: "gilt", Geltung.ERMESSEN: "nach Ermessen abweichend",
                Geltung.ABWEICHEND: "abweichend"}[self]


class Occasion(enum.Enum):
    """Wann eine Nebenfolge eintritt."""

    ERTEILUNG = "erteilung"
    VERSAGUNG = "versagung"

    @property
    def label(self) -> str:
        return "Erteilung" if self is Occasion.ERTEILUNG else "Versagung"


# ----------------------------------------------------------------- Deutsche Schreibweisen


def german_date(day: datetime.date | str) -> str:
    """Ein Datum als TT.MM.JJJJ (aus ``datetime.date`` oder ISO-Text)."""
    if isinstance(day, str):
        day = datetime.date.fromisoformat(day)
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def fassung_period(ab: datetime.date | str, bis: datetime.date | str | None, unmodelled_before: bool = False,
                   undated_change: bool = False) -> str:
    """Die Geltung einer Fassung in Worten: „gilt ab 01.08.2015 bis 31.12.2015“, „belegt ab …“, „…, zuvor unbelegt“."""
    text = f"{'belegt' if unmodelled_before else 'gilt'} ab {german_date(ab)}"
    if bis is not None:
        text += f" bis {german_date(bis)}"
    if undated_change:
        text += ", zuvor unbelegt"
    return text


def exact(value: int | Fraction | Decimal | float) -> Fraction:
    """Eine Zahl als exakter Bruch. ``ValueError`` für unendliche oder undefinierte Zahlen."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("keine endliche Zahl")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError("keine endliche Zahl")
    return Fraction(value)


def german_number(value: int | Fraction | Decimal | float) -> str:
    """Eine Zahl mit Dezimalkomma, exakt und ohne überflüssige Nachkommastellen: 18, 1,5, 17,99999999999999999.

    Ein Bruch ohne endliche Dezimaldarstellung (nur über die Python-Schnittstelle möglich) wird
    auf sechs Stellen gerundet und mit „etwa“ gekennzeichnet.
    """
    number = exact(value)
    if number.denominator == 1:
        return str(number.numerator)
    denominator = number.denominator
    for factor in (2, 5):
        while denominator % factor == 0:
            denominator //= factor
    if denominator != 1:
        return "etwa " + _decimal_text(round(number, 6))
    return _decimal_text(number)


def _decimal_text(number: Fraction) -> str:
    """Ein Bruch mit endlicher Dezimaldarstellung als Text mit Komma."""
    sign, number = ("-" if number < 0 else ""), abs(number)
    whole, rest = divmod(number, 1)
    digits = ""
    while rest:
        rest *= 10
        digit, rest = divmod(rest, 1)
        digits += str(digit)
    return f"{sign}{whole},{digits}" if digits else f"{sign}{whole}"


def duration_text(months: int | Fraction | Decimal | float) -> str:
    """Eine Dauer in Monaten als Text: „2 Jahre“, „1 Jahr“, „18 Monate“, „1 Monat“, „1,5 Monate“."""
    number = exact(months)
    if number and number % 12 == 0:
        years = int(number // 12)
        return f"{years} Jahr" if years == 1 else f"{years} Jahre"
    text = german_number(number)
    return f"{text} Monat" if number == 1 else f"{text} Monate"


def truth_word(value: bool | None) -> str:
    """ja, nein oder unbekannt."""
    return "unbekannt" if value is None else ("ja" if value else "nein")


_SORT_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def german_sort_key(text: str) -> tuple[str, str]:
    """Sortierschlüssel nach DIN 5007-1: Umlaute wie ihr Grundbuchstabe, Groß- und Kleinschreibung egal.

    Der zweite Teil (der Text selbst) macht die Ordnung total: Gleich sortierte Texte stehen immer gleich.
    """
    return text.casefold().translate(_SORT_FOLD), text


def german_list(items: list[str] | tuple[str, ...], last: str = "und") -> str:
    """Eine Aufzählung als deutscher Satzteil: „a“, „a oder b“, „a, b oder c“."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {last} {items[-1]}"
