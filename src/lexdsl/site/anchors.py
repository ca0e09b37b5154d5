"""Seitennamen und Anker der Website: lesbar, eindeutig und stabil.

Ein Anker entsteht aus dem Namen allein, nicht aus der Reihenfolge der Erklärungen:

* Der lesbare Teil ist der Name in Kleinbuchstaben, Umlaute umschrieben, alles andere
  zu Bindestrichen („Straftat (vorsätzlich)“ → ``straftat-vorsaetzlich``).
* Teilen sich mehrere Namen diesen Teil („Straftat (vorsätzlich)“, „Straftat, vorsätzlich“),
  bekommt jeder von ihnen eine Prüfsumme seines Namens angehängt; ebenso ein Name ohne
  lateinische Buchstaben („Убежище“), dessen lesbarer Teil leer wäre.
* Ein Name ohne solche Kollision behält seinen Anker, wenn andere Namen hinzukommen.

Sortiert wird überall mit ``sort_key``, einer totalen Ordnung: Die Website ist Byte für Byte
gleich, gleich in welcher Reihenfolge Mengen durchlaufen werden.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from ..vocabulary import german_sort_key

_UMLAUTS = str.maketrans({"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def slug(text: str) -> str:
    """Der lesbare Teil: „§ 25 Abs. 5 AufenthG“ → „25-abs-5-aufenthg“; leer ohne lateinische Buchstaben oder Ziffern."""
    text = unicodedata.normalize("NFC", text).translate(_UMLAUTS)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def sort_key(text: str) -> tuple[str, str]:
    """Sortierung wie im Wörterbuch (DIN 5007-1), total: Gleich sortierte Namen stehen immer gleich."""
    return german_sort_key(unicodedata.normalize("NFC", text))


def _digest(name: str, length: int) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", name).encode("utf-8")).hexdigest()[:length]


def unique_ids(names: Iterable[str], prefix: str = "") -> dict[str, str]:
    """Name → Kennung (``prefix`` + lesbarer Teil, bei Kollision oder ohne lesbaren Teil mit Prüfsumme).

    Das Ergebnis hängt nur von der Menge der Namen ab, nicht von ihrer Reihenfolge.
    """
    unique = sorted(set(names), key=sort_key)
    groups: dict[str, list[str]] = {}
    for name in unique:
        groups.setdefault(slug(name), []).append(name)
    ids: dict[str, str] = {}
    for readable, members in groups.items():
        if readable and len(members) == 1:
            ids[members[0]] = prefix + readable
            continue
        length = 8
        while len({_digest(n, length) for n in members}) < len(members):   # gleiche Prüfsumme: länger
            length += 8
        for name in members:
            ids[name] = prefix + "-".join(p for p in (readable, _digest(name, length)) if p)
    taken: dict[str, str] = {}
    for name in unique:                  # ein lesbarer Teil kann wie „x-1a2b3c4d“ aussehen: nie doppelt vergeben
        while ids[name] in taken:
            ids[name] += "-" + _digest(name, 8)
        taken[ids[name]] = name
    return ids


class Anchors:
    """Die Anker der Glossareinträge eines Korpus (Merkmale ``m-…``, Begriffe ``b-…``)."""

    def __init__(self, merkmale: Iterable[str], begriffe: Iterable[str]) -> None:
        self._merkmale = unique_ids(merkmale, "m-")
        self._begriffe = unique_ids(begriffe, "b-")

    def merkmal(self, name: str) -> str:
        return self._merkmale[name]

    def begriff(self, name: str) -> str:
        return self._begriffe[name]
