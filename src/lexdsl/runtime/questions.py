"""Welche fehlende Angabe zuerst? Die offenen Merkmale einer Norm, nach ihrem Gewicht geordnet.

Für jedes Merkmal, das das Ergebnis noch ändern kann, probiert ``rank`` jeden
Wertebereich durch (je ein Vertreter, wie die Analyse) und fragt die exakte
Analyse, welche Ergebnisse danach noch möglich sind:

1. Zuerst kommen Merkmale, bei denen schon eine Antwort die Norm entscheidet
   („entscheidet allein“), etwa ein Versagungsgrund.
2. Dann die, nach deren Antwort im Mittel die wenigsten Ergebnisse möglich
   bleiben.
3. Bei Gleichstand nach dem Namen, in deutscher Sortierung (Umlaute wie ihr
   Grundbuchstabe, Groß- und Kleinschreibung egal).

So fragt die Kommandozeile (und später ein Assistent) zuerst, was entscheidet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..vocabulary import MerkmalType, german_sort_key
from .analysis import Budget, Prober, value_classes
from .facts import Facts
from .program import FactValue

if TYPE_CHECKING:
    from .norm import CompiledNorm


class Question(NamedTuple):
    """Ein fehlendes Merkmal und was seine Antwort bewirkt.

    ``settling``: die Antworten, die die Norm allein entscheiden (bei ja/nein und
    Auswahl die Werte selbst; bei Zahlen, Dauern und Daten nur, ob es eine gibt).
    ``remaining``: wie viele Ergebnisse nach der Antwort im Mittel noch möglich sind.
    """

    merkmal: str
    settling: tuple[FactValue, ...]
    remaining: float
    share: float = 0.0              # Anteil der Werte (je Vertreter gleich gewichtet), die die Norm allein entscheiden

    @property
    def settles(self) -> bool:
        return bool(self.settling)


def rank(compiled: CompiledNorm, facts: Facts, missing: tuple[str, ...]) -> list[Question]:
    """Die fehlenden Merkmale einer Norm, das Entscheidende zuerst (siehe Modultext).

    Alle Probeläufe zusammen haben die Grenze einer Analyse (``analysis.MAX_STEPS``); ist sie
    erschöpft, zählt ein Merkmal als nicht allein entscheidend (die Ordnung ist dann nur gröber).
    """
    prober = Prober(compiled, facts, Budget())
    worst = len(compiled.program.rules) + 2
    questions = []
    for merkmal in missing:
        classes = value_classes(compiled, merkmal)
        found = prober.outcomes(merkmal, list(classes))
        counts: list[tuple[FactValue, int]] = [
            (value, len(found[value]) if found is not None else worst) for value in classes]
        settling = tuple(member for v, n in counts if n == 1 for member in classes[v])
        remaining = sum(n for _v, n in counts) / len(counts) if counts else 0.0
        weight = sum(len(classes[v]) for v, _n in counts)      # jeder Vertreter des Wertebereichs gleich wahrscheinlich
        share = sum(len(classes[v]) for v, n in counts if n == 1) / weight if weight else 0.0
        questions.append(Question(merkmal, settling, remaining, share))
    return sorted(questions, key=order_key)


def order_key(question: Question) -> tuple[bool, float, tuple[str, str]]:
    """Die Reihenfolge der Fragen: erst, was allein entscheidet, dann was am meisten klärt, dann der Name."""
    return (not question.settles, question.remaining, german_sort_key(question.merkmal))


def shown_values(compiled: CompiledNorm, question: Question) -> tuple[FactValue, ...]:
    """Die entscheidenden Antworten, die sich als Wert nennen lassen (ja/nein, Auswahl); sonst keine."""
    kind = compiled.types.get(question.merkmal)
    return question.settling if kind in (MerkmalType.BOOL, MerkmalType.CHOICE) else ()
