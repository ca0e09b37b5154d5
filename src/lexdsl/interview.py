"""Das Gespräch des Prüfassistenten: aus dem, was bekannt ist, die eine Frage, die als nächste entscheidet.

``Interview`` prüft die gewählte Norm oder alle (Gesamtprüfung) mit den bisherigen Antworten und wählt
unter den Merkmalen, die das Ergebnis einer noch offenen Norm ändern können (die exakte Analyse kennt sie),
die nächste Frage. Die Rangfolge:

1. Zuerst das Merkmal, dessen Antwort eine offene Norm am wahrscheinlichsten allein entscheidet: der größte
   Anteil seiner Werte (jeder Vertreter eines Wertebereichs gleich gewichtet), nach dem nur noch ein Ergebnis
   möglich ist (``runtime.questions``).
2. Dann das Merkmal, das die meisten offenen Normen brauchen (in der Gesamtprüfung).
3. Dann das, nach dessen Antwort im Mittel die wenigsten Ergebnisse möglich bleiben.
4. Bei Gleichstand nach dem Namen (deutsche Sortierung).

In der Gesamtprüfung zählt eine Norm nur als offen, solange noch ein Titel möglich ist: Bleibt nur „versagt“
oder „nicht erfüllt“, fragt der Assistent dafür nichts mehr (wie die Gesamtprüfung der Kommandozeile). Bei
einer einzelnen Norm fragt er, bis sie entschieden ist. Merkmale, auf die jemand
„weiß nicht“ geantwortet hat, fragt er nicht wieder. Das Gespräch selbst hält keinen Zustand: Jede Anfrage
bringt alle Antworten mit.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from .render import summary
from .runtime import Catalog
from .runtime.facts import Facts
from .runtime.questions import Question, order_key, rank
from .runtime.result import Result
from .vocabulary import Outcome, german_sort_key

GRANTED = (Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN)



class NextQuestion(NamedTuple):
    """Die nächste Frage: das Merkmal, die Normen, für die es zählt, und ob eine Antwort eine davon entscheidet."""

    merkmal: str
    normen: tuple[str, ...]
    settles: bool
    remaining: float
    share: float = 0.0


def still_open(result: Result, only_titles: bool = True) -> bool:
    """Ist die Norm noch offen (mit ``only_titles``: und kann sie noch einen Titel geben)?"""
    if result.outcome is not Outcome.OFFEN:
        return False
    return not only_titles or any(o in GRANTED for o in result.possible) or not result.exact


class Interview:
    """Ein Stand des Gesprächs: Norm (oder alle), Stichtag, bekannte Antworten, übersprungene Merkmale."""

    def __init__(self, catalog: Catalog, facts: Facts, norm: str | None = None,
                 skipped: Collection[str] = (), begruendung: bool = True):
        self.catalog = catalog
        self.facts = facts
        self.norm = norm
        self.skipped = frozenset(skipped)
        self.results: list[Result] = catalog.pruefen(facts, norm=norm, begruendung=begruendung)
        self._questions: list[NextQuestion] | None = None

    @property
    def summary(self) -> dict[str, list[dict[str, object]]]:
        return summary(self.results)

    def questions(self) -> list[NextQuestion]:
        """Alle Merkmale, die eine offene Norm noch entscheiden können, die wichtigste zuerst (einmal berechnet)."""
        if self._questions is None:
            self._questions = self._rank()
        return list(self._questions)

    def _rank(self) -> list[NextQuestion]:
        best: dict[str, list[tuple[Question, str]]] = {}
        for result in self.results:
            if not still_open(result, self.norm is None):
                continue
            for part in result.undated or (result,):
                for question in rank(part.compiled, part.facts, part.missing):
                    if question.merkmal not in self.skipped:
                        best.setdefault(question.merkmal, []).append((question, result.norm))
        found = []
        for merkmal, entries in best.items():
            norms = tuple(dict.fromkeys(norm for _q, norm in entries))
            top = min((q for q, _n in entries), key=order_key)
            share = max(q.share for q, _n in entries)
            found.append(NextQuestion(merkmal, norms, any(q.settles for q, _n in entries), top.remaining, share))
        return sorted(found, key=lambda q: (-q.share, -len(q.normen), q.remaining, german_sort_key(q.merkmal)))

    def next_question(self) -> NextQuestion | None:
        """Die eine nächste Frage, oder None: entschieden, oder nur noch Übersprungenes offen."""
        found = self.questions()
        return found[0] if found else None

    @property
    def decided(self) -> bool:
        return not any(still_open(r, self.norm is None) for r in self.results)
