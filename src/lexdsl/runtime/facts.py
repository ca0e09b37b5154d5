"""Die Fakten eines Falls und die unbekannten Merkmale.

``Facts`` hält für jedes Merkmal des Korpus einen Wert oder ``None``
(unbekannt), in zwei Sichten: ``three`` für die dreiwertige Auswertung und
``fast`` für die schnelle zweiwertige, in der jedes unbekannte Merkmal ein
``Unknown``-Platzhalter ist. Berührt die schnelle Auswertung einen Platzhalter,
löst er ``UnknownFact`` aus: Das Ergebnis hängt dann von unbekannten Merkmalen ab.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NoReturn

from .program import FactValue


class UnknownFact(Exception):
    """Die zweiwertige Auswertung hat ein unbekanntes Merkmal berührt."""

    def __init__(self, name: str):
        super().__init__(name)
        self.name = name


class Unknown:
    """Platzhalter für ein unbekanntes Merkmal.

    Wahrheitswert, Vergleich, Gleichheit und Hash lösen ``UnknownFact`` aus.
    """

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def _touch(self, *_args: object) -> NoReturn:
        raise UnknownFact(self.name)

    __bool__ = _touch
    __lt__ = __le__ = __gt__ = __ge__ = __eq__ = __ne__ = _touch
    __hash__ = _touch
    __contains__ = __len__ = __iter__ = _touch

    def __repr__(self) -> str:
        return f"<unbekannt: {self.name}>"


class _NotEvaluated:
    """Platzhalter in den Knotenwerten für Knoten, die die Kurzschlussauswertung nicht gebraucht hat."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<nicht ausgewertet>"


NICHT_AUSGEWERTET = _NotEvaluated()

# Der Wert eines Knotens: ja, nein, unbekannt (None) oder nicht ausgewertet.
NodeValue = object


class Facts:
    """Die Merkmale eines Falls, vollständig: jeder Name hat einen Wert oder ``None`` (unbekannt).

    Die Werte sind schon umgewandelt (siehe ``lexdsl.cases.values``): ja/nein als
    bool, Anzahl als Zahl, Dauer in Monaten, Datum als ISO-Text, Auswahl als Text.
    """

    __slots__ = ("fast", "label", "stichtag", "three", "unknown")

    def __init__(self, values: Mapping[str, FactValue | None], label: str | None = None,
                 stichtag: str | None = None):
        # Ein dict wird übernommen, nicht kopiert: Fakten entstehen millionenfach (Massenprüfung, Analyse).
        self.three: dict[str, FactValue | None] = values if type(values) is dict else dict(values)
        self.unknown = frozenset(name for name, value in self.three.items() if value is None)
        self.fast: Mapping[str, object]
        if self.unknown:
            self.fast = {name: (Unknown(name) if value is None else value) for name, value in self.three.items()}
        else:
            self.fast = self.three
        self.label = label
        self.stichtag = stichtag
