"""Fragen an den Solver: ein Modell finden, einen Fall auf wenige Merkmale verkleinern, ihn bestätigen."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..runtime import Catalog
from ..runtime.norm import CompiledNorm
from ..runtime.program import FactValue
from ..vocabulary import Outcome, german_sort_key
from .encoding import Encoding, FindingError


class Session:
    """Ein Solver über einer Übersetzung; jede Frage läuft in ``push``/``pop``, der Wertebereich bleibt."""

    def __init__(self, encoding: Encoding):
        self.encoding = encoding
        self.z3 = encoding.z3
        self.solver = encoding.z3.Solver(ctx=encoding.ctx)
        self._domain = 0
        self._tracks: dict[tuple[str, object], Any] = {}

    def track(self, name: str, value: FactValue) -> Any:
        """Ein Wahrheitswert, der – angenommen – das Merkmal auf den Wert festlegt (einmal je Merkmal und Wert)."""
        key = (name, value)
        found = self._tracks.get(key)
        if found is None:
            found = self.z3.Bool(f"k{len(self._tracks)}", self.encoding.ctx)
            self.solver.add(self.z3.Implies(found, self.encoding.literal(name, value)))
            self._tracks[key] = found
        return found

    def _sync(self) -> None:
        domain = self.encoding.domain
        if self._domain < len(domain):
            self.solver.add(*domain[self._domain:])
            self._domain = len(domain)

    def model(self, *goals: Any) -> Any | None:
        """Ein Modell der Ziele, oder None: bewiesen, dass kein Fall sie erfüllt."""
        z3 = self.z3
        self._sync()
        self.solver.push()
        try:
            self.solver.add(*goals)
            verdict = self.solver.check()
            if verdict == z3.sat:
                return self.solver.model()
            if verdict == z3.unsat:
                return None
            raise FindingError("Der Solver konnte eine Frage nicht entscheiden.")
        finally:
            self.solver.pop()

    def check(self, literals: Sequence[Any]) -> Any:
        """``solver.check(*literals)`` ohne die Umwandlung jeder Annahme in Python (die Annahmen sind schon
        Wahrheitswerte dieses Kontexts): bei vielen kleinen Fragen der größte Teil der Zeit."""
        z3 = self.z3
        array = (z3.Ast * len(literals))()
        for i, literal in enumerate(literals):
            array[i] = literal.as_ast()
        verdict = z3.Z3_solver_check_assumptions(self.encoding.ctx.ref(), self.solver.solver, len(literals), array)
        return z3.CheckSatResult(verdict)

    def possible(self, *goals: Any) -> bool:
        return self.model(*goals) is not None

    def minimal(self, goal: Any, model: Any, merkmale: Iterable[str],
                fixed: Sequence[Any] = (), thorough: bool = True) -> dict[str, FactValue]:
        """Die Merkmale des Modells, ohne die ``goal`` nicht mehr für jeden Wert der übrigen gilt: so wenige,
        dass keines mehr fehlen darf (nicht notwendig die kleinste mögliche Zahl).

        ``fixed`` gilt zusätzlich, etwa der Wert des Merkmals, in dem sich zwei Fälle unterscheiden.
        ``thorough`` False: nur der erste Kern des Solvers, ohne jedes Merkmal einzeln wegzulassen (schneller;
        dann darf womöglich noch eines fehlen)."""
        z3 = self.z3
        enc = self.encoding
        facts = {m: enc.value(m, model) for m in sorted(set(merkmale), key=german_sort_key)}
        self._sync()
        solver = self.solver
        tracks: dict[int, tuple[Any, str]] = {}
        for name, value in facts.items():          # vor push: die Festlegungen bleiben für spätere Fragen
            track = self.track(name, value)
            tracks[track.get_id()] = (track, name)
        solver.push()
        try:
            solver.add(*fixed, z3.Not(goal))
            if self.check([t for t, _ in tracks.values()]) != z3.unsat:
                raise FindingError("Das Modell des Solvers erfüllt sein eigenes Ziel nicht.")
            core = {t.get_id() for t in solver.unsat_core()}
            keep = [t for i, (t, _) in tracks.items() if i in core]
            for track in list(keep) if thorough else ():
                if not any(t is track for t in keep):
                    continue
                trial = [t for t in keep if t is not track]
                if self.check(trial) == z3.unsat:      # der neue Kern kann noch kleiner sein
                    smaller = {t.get_id() for t in solver.unsat_core()}
                    keep = [t for t in trial if t.get_id() in smaller]
        finally:
            solver.pop()
        names = [tracks[t.get_id()][1] for t in keep]
        return {name: facts[name] for name in names}


def confirm(catalog: Catalog, variants: Sequence[CompiledNorm], facts: dict[str, FactValue],
            expected: Sequence[Outcome]) -> None:
    """Die übersetzten Normen entscheiden den Fall wie der Solver; sonst ist das ein Programmfehler."""
    complete = catalog.complete(facts)
    got = [v.entscheiden(complete) for v in variants]
    if got != list(expected):
        raise FindingError(f"{variants[0].id}: Die übersetzte Norm entscheidet einen Fall des Solvers anders "
                           f"({[o.value for o in got]} statt {[o.value for o in expected]}): {facts}")
