"""Wie viele Fragen braucht die beste denkbare Reihenfolge? Für kleine Normen exakt berechnet.

``python -m tests.fragen_optimum [NORM …]`` sucht für jede Norm (ohne Angabe: die mit höchstens zehn
Merkmalen) die Fragestrategie mit der kleinsten mittleren Zahl von Fragen bis zur Entscheidung, über
dieselbe Verteilung wie ``make bench`` (jedes Merkmal gleich wahrscheinlich mit jedem Vertreter seines
Wertebereichs): erschöpfend über alle Zustände, mit der exakten Analyse als Entscheidung. Das ist die
Untergrenze, an der sich die Rangfolge des Prüfassistenten messen lässt.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def optimum(corpus, norm: str) -> float:
    from lexdsl.vocabulary import Outcome

    variant = corpus.normen[norm].select(None).variant

    @functools.cache
    def best(state: tuple) -> float:
        known = dict(state)
        result = variant.pruefen(corpus.complete(known), begruendung=False)
        if result.outcome is not Outcome.OFFEN:
            return 0.0
        choices = []
        for merkmal in result.missing:
            domain = variant.domains[merkmal]
            choices.append(sum(best(tuple(sorted({**known, merkmal: value}.items()))) for value in domain)
                           / len(domain))
        return 1 + min(choices)

    return best(())


def main(argv: list[str]) -> int:
    from lexdsl.workspace.corpus import load

    corpus = load(ROOT / "norms")
    norms = argv or [n for n, v in corpus.normen.items() if len(v.select(None).variant.structure.leaves) <= 10]
    for norm in norms:
        print(f"{norm}: im besten Fall {optimum(corpus, norm):.3f} Fragen im Mittel", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
