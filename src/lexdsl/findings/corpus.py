"""Befunde über mehrere Fassungen und Normen: Fassungsvergleich, Begriffe, Versagung und Tatbestand, die
Lücke der Gesamtprüfung – und der ganze Bericht."""

from __future__ import annotations

import gc
import re
from collections.abc import Sequence
from typing import Any

from ..runtime import Catalog
from ..runtime.analysis import Evaluator
from ..runtime.norm import CompiledNorm
from ..vocabulary import NodeKind, Outcome
from .encoding import CODES, MAX_CHECKPOINTS, Encoding, FindingError, TooLarge, VariantFormula
from .model import Comparison, Finding, FindingKind, Report, Transition, VariantFindings
from .norm import OUTCOMES, analyse_variant, begriff_nodes, begriff_place
from .solving import Session, confirm

# Begriffe, für die die Gesamtprüfung nach Fällen ohne möglichen Titel sucht („Ausreise … unmöglich“).
AUSREISE_UNMOEGLICH = re.compile(r"^Ausreise\b.*\bunmöglich$")
NO_TITLE = (Outcome.VERSAGT, Outcome.NICHT_ERFUELLT)


def _conditions(formulas: Sequence[VariantFormula], session: Session,
                facts: dict[str, Any]) -> tuple[tuple[str, bool], ...]:
    """Wie die Bedingungen über den Merkmalen des Falls für ihn ausgehen (je Wortlaut einmal)."""
    z3 = session.z3
    enc = session.encoding
    pairs = [(enc.vars[m], enc.term(m, v)) for m, v in facts.items() if m in enc.vars]
    found: dict[str, bool] = {}
    for formula in formulas:
        nodes = formula.variant.program.nodes
        for i, merkmal in formula.leaves().items():
            if merkmal in facts and nodes[i].label not in found:
                found[nodes[i].label] = z3.is_true(z3.simplify(z3.substitute(formula.nodes[i], *pairs)))
    return tuple(found.items())


def transitions(before: CompiledNorm, after: CompiledNorm, catalog: Catalog,
                other: Catalog | None = None) -> list[Transition]:
    """Alle Übergänge zwischen zwei Fassungen: je Paar verschiedener Ergebnisse ein Zeugenfall oder keiner.

    ``other``: der Katalog, aus dem ``before`` stammt, wenn es nicht derselbe ist (``--vergleich``)."""
    encoding = Encoding(catalog)
    old, new = encoding.variant(before), encoding.variant(after)
    session = Session(encoding)
    merkmale = list(dict.fromkeys(old.merkmale + new.merkmale))
    found = []
    for first in OUTCOMES:
        for second in OUTCOMES:
            if first is second:
                continue
            if CODES[first] not in old.codes or CODES[second] not in new.codes:
                found.append(Transition(first, second, None))
                continue
            goal = encoding.z3.And(old.is_outcome(first), new.is_outcome(second))
            model = session.model(goal)
            if model is None:
                found.append(Transition(first, second, None))
                continue
            facts = session.minimal(goal, model, merkmale)
            confirm(other or catalog, [before], facts, [first])
            confirm(catalog, [after], facts, [second])
            found.append(Transition(first, second, facts, _conditions([old, new], session, facts)))
    return found


def gaps(catalog: Catalog) -> list[Finding]:
    """Fälle, in denen die Ausreise unmöglich ist, nach dem geltenden Recht (der letzten Fassung jeder Norm)
    aber kein Titel möglich: berichtet, nicht bewertet."""
    latest = [norm.variants[-1] for norm in catalog.normen.values()]
    encoding = Encoding(catalog)
    try:
        formulas = [encoding.variant(v) for v in latest]
    except TooLarge:
        return []
    z3 = encoding.z3
    session = Session(encoding)
    no_title = [z3.Or(*[f.is_outcome(o) for o in NO_TITLE]) for f in formulas]
    merkmale = list(dict.fromkeys(m for f in formulas for m in f.merkmale))
    found: list[Finding] = []
    for variant, formula in zip(latest, formulas, strict=True):
        for name, node in begriff_nodes(variant).items():
            if not AUSREISE_UNMOEGLICH.match(name) or any(f.message.startswith(f"Der Begriff „{name}“")
                                                          for f in found):
                continue
            begriff = formula.node(node)
            model = session.model(begriff, *no_title)
            if model is None:
                continue
            own = _merkmale_below(variant, node)
            facts = session.minimal(begriff, model, own)
            if not _begriff_holds(variant, node, facts):     # die Laufzeit kann es so nicht bestätigen
                facts = {m: session.encoding.value(m, model) for m in own}
            fixed = [session.encoding.literal(m, v) for m, v in facts.items()]
            facts.update(session.minimal(z3.And(*no_title), model, [m for m in merkmale if m not in facts], fixed))
            _confirm_gap(catalog, latest, facts, variant, node)
            info = catalog.begriffe.get(name)
            found.append(Finding(FindingKind.LUECKE, None, None, begriff_place(info, variant, node),
                                 info.citations if info else (),
                                 f"Der Begriff „{name}“ ist erfüllt, und doch gibt nach dem geltenden Recht "
                                 "keine Norm einen Aufenthaltstitel (jede: versagt oder nicht erfüllt).", facts))
    return found


def _merkmale_below(variant: CompiledNorm, node: int) -> list[str]:
    nodes = variant.program.nodes
    found: list[str] = []
    stack = [node]
    while stack:
        n = nodes[stack.pop()]
        if n.merkmal is not None and n.merkmal not in found:
            found.append(n.merkmal)
        kids = n.children[:2] if n.kind is NodeKind.BEGRIFF else n.children   # ohne Gegenbeispiele
        stack.extend(c for c in kids if c is not None)
    return found


def _begriff_holds(variant: CompiledNorm, node: int, facts: dict[str, Any]) -> bool:
    """Sagt die Laufzeit, dass der Begriff bei diesen Merkmalen für jeden Wert der übrigen erfüllt ist?"""
    return Evaluator(variant, facts).node(node) == frozenset({(True,)})


def _confirm_gap(catalog: Catalog, latest: list[CompiledNorm], facts: dict[str, Any], variant: CompiledNorm,
                 node: int) -> None:
    complete = catalog.complete(facts)
    for v in latest:
        result = v.pruefen(complete, begruendung=False)
        outcome = result.outcome
        if outcome is Outcome.OFFEN and set(result.possible) <= set(NO_TITLE):
            continue                              # offen nur zwischen „versagt“ und „nicht erfüllt“
        if outcome not in NO_TITLE:
            raise FindingError(f"{v.id}: Die übersetzte Norm gibt im Fall der Lücke {outcome.value}: {facts}")
    if not _begriff_holds(variant, node, facts):
        raise FindingError(f"{variant.id}: Der Begriff ist im Fall der Lücke nicht erfüllt: {facts}")


def compare(before: CompiledNorm, after: CompiledNorm, catalog: Catalog, before_name: str, after_name: str,
            other: Catalog | None = None) -> Comparison:
    return Comparison(after.id, before_name, after_name, tuple(transitions(before, after, catalog, other)))


def _incompatible(variant: CompiledNorm, old: Catalog, new: Catalog) -> str | None:
    """Warum sich die alte Fassung nicht mit den Merkmalen der neuen Version übersetzen lässt, oder None."""
    for name in variant.structure.leaves:
        before, after = old.merkmale.get(name), new.merkmale.get(name)
        if before is None:
            continue
        if after is None:
            return f"das Merkmal »{name}« in der Arbeitskopie nicht mehr vorkommt"
        if before.type is not after.type:
            return f"das Merkmal »{name}« einen anderen Typ hat ({before.type.value} statt {after.type.value})"
        missing = [v for v in before.values if v not in after.values]
        if missing:
            return f"das Merkmal »{name}« den Wert „{missing[0]}“ nicht mehr kennt"
    return None


def compare_versions(current: Catalog, other: Catalog, revision: str, norm: str | None = None) -> Report:
    """Der Fassungsvergleich zwischen einer anderen Version der Normen (``other``) und der Arbeitskopie:
    je Norm und Fassung, die es in beiden gibt, alle Übergänge mit Zeugenfall oder „gleichwertig“."""
    comparisons: list[Comparison] = []
    notes: list[str] = []
    names = [norm] if norm else list(current.normen)
    for name in names:
        after_norm = current.normen[name]
        before_norm = other.normen.get(name)
        if before_norm is None:
            notes.append(f"{name}: neu in der Arbeitskopie, in {revision} nicht vorhanden.")
            continue
        before_variants = {_fassung(v): v for v in before_norm.variants}
        after_variants = {_fassung(v): v for v in after_norm.variants}
        if len(before_variants) == len(after_variants) == 1 and set(before_variants) != set(after_variants):
            before_variants = dict.fromkeys(after_variants, next(iter(before_variants.values())))
        for fassung, after in after_variants.items():
            before = before_variants.get(fassung)
            label = f"Fassung „{fassung}“" if fassung else "die Norm"
            if before is None:
                notes.append(f"{name}: {label} ist neu in der Arbeitskopie.")
                continue
            why = _incompatible(before, other, current)
            if why is not None:
                notes.append(f"{name}: {label} nicht verglichen, weil {why}.")
                continue
            try:
                where = f"„{fassung}“ " if fassung else ""
                comparisons.append(compare(before, after, current, f"{where}in {revision}",
                                           f"{where}in der Arbeitskopie", other))
            except TooLarge as exc:
                notes.append(f"{name}: {label} nicht verglichen: {exc}.")
        for fassung in before_variants.keys() - after_variants.keys():
            notes.append(f"{name}: Fassung „{fassung}“ gibt es nur in {revision}.")
    for name in sorted(set(other.normen) - set(current.normen)):
        if norm is None:
            notes.append(f"{name}: nur in {revision}, in der Arbeitskopie entfernt.")
    return Report((), tuple(comparisons), (), revision, tuple(notes))


def _fassung(variant: CompiledNorm) -> str:
    fassung = variant.program.fassung
    return fassung.name if fassung else ""


_CATALOG: Catalog | None = None          # der Katalog der Arbeitsprozesse (geerbt beim Abspalten)

Task = tuple[str, str, int, frozenset[str]]


def _run(task: Task) -> Any:
    """Eine Aufgabe der Analyse: eine Fassung, ein Vergleich zweier Fassungen oder die Lücken.

    Welches Modell z3 liefert, hängt von den Nummern seiner Terme ab, und z3 vergibt die Nummern freigegebener
    Terme neu. Gibt Pythons Speicherbereinigung Terme mitten in einer Aufgabe frei, hinge der Zeugenfall davon
    ab, was der Prozess vorher getan hat (etwa ob die Normen frisch übersetzt oder aus dem Zwischenspeicher
    geladen wurden). Deshalb ruht sie während einer Aufgabe und räumt danach auf: Jede Aufgabe gibt in
    jedem Prozess dieselben Zeugenfälle, gleich wie viele Prozesse und in welcher Reihenfolge."""
    gc.disable()
    try:
        return _task(task)
    finally:
        gc.collect()
        gc.enable()


def _task(task: Task) -> Any:
    catalog = _CATALOG
    assert catalog is not None
    kind, norm, index, seen = task
    if kind == "fassung":
        return analyse_variant(catalog.normen[norm].variants[index], catalog, set(seen))
    if kind == "vergleich":
        first, second = catalog.normen[norm].variants[index:index + 2]
        f1, f2 = first.program.fassung, second.program.fassung
        assert f1 is not None and f2 is not None
        return compare(first, second, catalog, f1.name, f2.name)
    return gaps(catalog)


def _in_processes(catalog: Catalog, tasks: list[Task], workers: int) -> list[Any]:
    """Die Aufgaben, fest auf ``workers`` Prozesse verteilt (die größten zuerst, je in den am wenigsten
    belasteten)."""
    import multiprocessing

    def cost(task: Task) -> int:
        """Geschätzte Rechenzeit: wächst mit dem Quadrat der Merkmalsknoten (ein Paar je Bedingung, jedes
        über die ganze Fassung); gemessen etwa 0,15 ms je Quadrat."""
        if task[0] == "luecken":
            return 900
        leaves = len(catalog.normen[task[1]].variants[task[2]].structure.leaves)
        return leaves * leaves + 300 if task[0] == "fassung" else 5 * leaves + 200

    groups: list[list[int]] = [[] for _ in range(min(workers, len(tasks)))]
    load = [0] * len(groups)
    for i in sorted(range(len(tasks)), key=lambda i: (-cost(tasks[i]), i)):
        lightest = load.index(min(load))
        groups[lightest].append(i)
        load[lightest] += cost(tasks[i])
    with multiprocessing.get_context("fork").Pool(len(groups)) as pool:
        done = pool.map(_run_group, [[tasks[i] for i in group] for group in groups], chunksize=1)
    results: list[Any] = [None] * len(tasks)
    for group, found in zip(groups, done, strict=True):
        for i, result in zip(group, found, strict=True):
            results[i] = result
    return results


def _run_group(tasks: list[Task]) -> list[Any]:
    return [_run(task) for task in tasks]


def analyse_corpus(catalog: Catalog, norm: str | None = None, workers: int = 1) -> Report:
    """Alle Befunde: je Fassung, je Paar aufeinanderfolgender Fassungen und über die Normen hinweg.

    ``workers`` ≥ 2 verteilt die Aufgaben (eine Fassung, ein Vergleich) fest auf so viele abgespaltene
    Prozesse (``_in_processes``). Der Bericht ist Byte für Byte derselbe wie in einem Prozess (``_run``);
    die Objekte des Katalogs sind währenddessen von der Speicherbereinigung ausgenommen (``gc.freeze``), die
    nach jeder Aufgabe aufräumt, damit sie schnell bleibt."""
    global _CATALOG
    norms = [catalog.normen[norm]] if norm else list(catalog.normen.values())
    owner: dict[str, tuple[str, int]] = {}
    for versioned in norms:
        for index, variant in enumerate(versioned.variants):
            if len(variant.program.checkpoints) <= MAX_CHECKPOINTS:
                for name in begriff_nodes(variant):
                    owner.setdefault(name, (versioned.id, index))
    everything = frozenset(owner)
    tasks: list[Task] = []
    for versioned in norms:
        for index, _variant in enumerate(versioned.variants):
            mine = frozenset(name for name, where in owner.items() if where == (versioned.id, index))
            tasks.append(("fassung", versioned.id, index, everything - mine))
        if all(len(v.program.checkpoints) <= MAX_CHECKPOINTS for v in versioned.variants):
            tasks += [("vergleich", versioned.id, i, frozenset()) for i in range(len(versioned.variants) - 1)]
    if norm is None:
        tasks.append(("luecken", "", 0, frozenset()))
    _CATALOG = catalog
    gc.collect()
    gc.freeze()
    try:
        if workers >= 2 and len(tasks) > 1:
            results = _in_processes(catalog, tasks, workers)
        else:
            results = [_run(task) for task in tasks]
    finally:
        _CATALOG = None
        gc.unfreeze()
    variants: list[VariantFindings] = []
    comparisons: list[Comparison] = []
    corpus: list[Finding] = []
    for task, result in zip(tasks, results, strict=True):
        if task[0] == "fassung":
            variants.append(result._replace(shared=()))
            corpus += result.shared
        elif task[0] == "vergleich":
            comparisons.append(result)
        else:
            corpus += result
    return Report(tuple(variants), tuple(comparisons), tuple(corpus))
