"""Befunde über eine Fassung: erreichbare Ergebnisse, Regeln, die nie greifen, und entscheidende Bedingungen.

*Entscheidend* ist eine Bedingung (ein Merkmalsknoten), wenn es ein **Unabhängigkeitspaar** gibt: zwei Fälle,
die sich nur im Wert ihres Merkmals unterscheiden, so dass die Bedingung im einen erfüllt ist und im anderen
nicht, während jede andere Bedingung über demselben Merkmal gleich ausgeht – und die die Fassung verschieden
entscheidet (MC/DC mit „unique cause“). Gibt es keines, ist die Bedingung *verdeckt*; die Analyse sucht dann
die Bedingung, die sie verdeckt: die erste, die – durch einen freien Wahrheitswert ersetzt – ein Paar möglich
macht.
"""

from __future__ import annotations

from typing import Any

from ..runtime import Catalog
from ..runtime.norm import CompiledNorm
from ..runtime.program import BegriffInfo, NormProgram
from ..vocabulary import OUTCOME_ORDER, RANK_OUTCOMES, NodeKind, Outcome
from .encoding import CODES, Encoding, TooLarge, VariantFormula
from .model import Finding, FindingKind, Pair, Reachability, VariantFindings, Witness
from .solving import Session, confirm

OUTCOMES = tuple(o for o in OUTCOME_ORDER if o is not Outcome.OFFEN)

# So viele Kandidaten prüft die Suche nach der verdeckenden Bedingung höchstens.
MAX_MASK_CANDIDATES = 400


class Checkpoint:
    """Was ein Prüfpunkt in der Norm ist: Tatbestand, Bedingung einer Regel, Ausnahme, atypischer Fall …"""

    def __init__(self, node: int, what: str, place: str, citations: tuple[str, ...]):
        self.node, self.what, self.place, self.citations = node, what, place, citations


def checkpoints(program: NormProgram) -> dict[int, Checkpoint]:
    found: dict[int, Checkpoint] = {}
    nodes = program.nodes

    def add(node: int | None, what: str, place: str, citations: tuple[str, ...]) -> None:
        if node is not None and node not in found:
            found[node] = Checkpoint(node, what, place or nodes[node].place, citations)

    add(program.tatbestand, "Der Tatbestand", "", program.tatbestand_citations)
    for vorschrift in program.vorschriften:
        add(vorschrift.condition, f"Die Anwendung von {vorschrift.id}", "", vorschrift.citations)
    for rule in program.all_rules():
        add(rule.condition, f"Die Regel „{rule.text}“", rule.place, rule.citations)
        for ausnahme in rule.ausnahmen:
            add(ausnahme.condition, f"Die Ausnahme „es sei denn …“ zu „{rule.text}“", "", ausnahme.citations)
        add(rule.atypisch, f"Der atypische Fall zu „{rule.text}“", "", rule.citations)
    return found


def _outcome(model: Any, term: Any) -> Outcome:
    return RANK_OUTCOMES[model.eval(term, model_completion=True).as_long()]


def reachability(variant: CompiledNorm, catalog: Catalog, formula: VariantFormula | None = None,
                 session: Session | None = None) -> Reachability:
    """Je Ergebnis ein kleiner Zeugenfall, oder der Beweis, dass die Fassung es nie gibt."""
    if formula is None or session is None:
        encoding = Encoding(catalog)
        formula, session = encoding.variant(variant), Session(encoding)
    witnesses, unreachable = [], []
    for outcome in OUTCOMES:
        goal = formula.is_outcome(outcome)
        model = session.model(goal) if CODES[outcome] in formula.codes else None
        if model is None:
            unreachable.append(outcome)
            continue
        facts = session.minimal(goal, model, formula.merkmale)
        confirm(catalog, [variant], facts, [outcome])
        witnesses.append(Witness(outcome, facts))
    return Reachability(tuple(witnesses), tuple(unreachable))


def _label(program: NormProgram, node: int) -> str:
    return program.nodes[node].label


def _citations(variant: CompiledNorm, node: int) -> tuple[str, ...]:
    """Die Fundstellen des Knotens, sonst die des nächsten Oberknotens, der welche hat."""
    nodes = variant.program.nodes
    for i in (node, *variant.structure.ancestors(node)):
        if nodes[i].citations:
            return nodes[i].citations
    return ()


def _blocking_leaves(formula: VariantFormula, session: Session, node: int) -> list[int]:
    """Die Merkmalsknoten unter ``node``, die zusammen verhindern, dass seine Bedingung je erfüllt ist."""
    z3 = session.z3
    enc = formula.encoding
    nodes = formula.variant.program.nodes
    leaves: list[int] = []
    stack = [node]
    while stack:
        i = stack.pop()
        if nodes[i].kind.is_leaf:
            leaves.append(i)
        elif i in formula.deciding:
            stack.extend(c for c in nodes[i].children if c is not None and c in formula.deciding)
    leaves = sorted(set(leaves))
    switches = [(formula.nodes[i], enc.switch()) for i in leaves]
    free = z3.substitute(formula.nodes[node], *switches) if switches else formula.nodes[node]
    solver = z3.Solver(ctx=enc.ctx)
    solver.add(*enc.domain, free)
    tracks = []
    for k, (i, (term, switch)) in enumerate(zip(leaves, switches, strict=True)):
        track = z3.Bool(f"b{k}", enc.ctx)
        solver.add(z3.Implies(track, switch == term))
        tracks.append((track, i))
    if solver.check(*[t for t, _ in tracks]) != z3.unsat:
        return []
    core = {str(t) for t in solver.unsat_core()}
    return [i for t, i in tracks if str(t) in core]


def _dead_checkpoints(formula: VariantFormula, session: Session, norm: str,
                      fassung: str | None) -> tuple[list[Finding], set[int]]:
    """Regeln, Ausnahmen, atypische Fälle und Vorschriften, die nie etwas am Ergebnis ändern."""
    z3 = session.z3
    ctx = formula.encoding.ctx
    program = formula.variant.program
    points = checkpoints(program)
    found = []
    dead: set[int] = set()
    for point in points.values():
        if point.node not in program.checkpoints:    # etwa eine Vorschrift, von der die Norm abweicht
            continue
        condition = formula.nodes[point.node]
        without = formula.decision({point.node: z3.BoolVal(False, ctx)})
        if session.possible(condition, formula.code != without):
            continue
        if not session.possible(condition):
            blockers = _blocking_leaves(formula, session, point.node)
            why = ("ihre Bedingung nie erfüllt ist" + (": " + "; ".join(
                f"„{_label(program, i)}“ ({program.nodes[i].place})" for i in blockers) if blockers else ""))
        else:
            masker = None
            for other in points.values():
                if other is point or other.node not in program.checkpoints:
                    continue
                switch = formula.encoding.switch()
                code = formula.decision({other.node: switch})
                if session.possible(condition, code != formula.decision({other.node: switch,
                                                                          point.node: z3.BoolVal(False, ctx)})):
                    masker = other
                    break
            why = (f"{masker.what[0].lower()}{masker.what[1:]} ({masker.place}) ihr immer vorgeht"
                   if masker else "sie das Ergebnis nie ändert: Wo sie zutrifft, steht dasselbe Ergebnis schon "
                   "aus anderen Gründen fest")
        found.append(Finding(FindingKind.TOTE_REGEL, program.id, fassung, point.place, point.citations,
                             f"{point.what} kann nie greifen, weil {why}."))
        dead.add(point.node)
    return found, dead


class Group:
    """Eine Bedingung: Merkmalsknoten über demselben Merkmal, die für jeden Wert gleich (``same``) oder für jeden
    Wert entgegengesetzt (``opposite``) ausgehen, etwa „Inhalt: erteilen“ und „Inhalt: nach Ermessen“ bei
    zwei Werten."""

    def __init__(self, merkmal: str, node: int, term: Any):
        self.merkmal, self.node, self.term = merkmal, node, term
        self.same: list[int] = [node]
        self.opposite: list[int] = []

    @property
    def members(self) -> list[int]:
        return self.same + self.opposite

    def replaced(self, formula: VariantFormula, term: Any, value: Any) -> Any:
        """``term`` mit der Bedingung überall durch ``value`` ersetzt (Gegenstücke durch sein Gegenteil)."""
        z3 = formula.encoding.z3
        pairs = [(formula.nodes[i], value) for i in self.same]
        pairs += [(formula.nodes[i], z3.Not(value)) for i in self.opposite]
        unique = list({p[0].get_id(): p for p in pairs}.values())
        return z3.substitute(term, *unique)


def _groups(formula: VariantFormula, session: Session) -> list[Group]:
    groups: list[Group] = []
    for i, merkmal in formula.leaves().items():
        term = formula.nodes[i]
        for group in groups:
            if group.merkmal != merkmal:
                continue
            if not session.possible(term != group.term):
                group.same.append(i)
                break
            if not session.possible(term == group.term):
                group.opposite.append(i)
                break
        else:
            groups.append(Group(merkmal, i, term))
    return groups


def _conditions(formula: VariantFormula, session: Session, catalog: Catalog, fassung: str | None,
                dead: set[int]) -> tuple[list[Pair], list[Finding]]:
    """Je Bedingung ein Unabhängigkeitspaar, oder der Befund, dass sie verdeckt ist, und wodurch.

    Verdeckt ist eine Bedingung, die sich durch „immer erfüllt“ oder durch „nie erfüllt“ ersetzen lässt, ohne
    dass die Fassung auch nur einen Fall anders entscheidet: Sie kann entfallen. Sonst sucht die Analyse ein
    Paar, das sich nur in ihrem Merkmal unterscheidet und bei dem jede andere Bedingung über diesem Merkmal
    gleich ausgeht; gibt es das nicht (etwa wenn ein Wert zwei Bedingungen zugleich ändert), ein Paar, bei dem
    diese anderen mitwechseln (``Pair.together``)."""
    z3 = session.z3
    enc = formula.encoding
    variant = formula.variant
    program = variant.program
    nodes = program.nodes
    groups = _groups(formula, session)
    structure = variant.structure
    pairs: list[Pair] = []
    findings: list[Finding] = []
    true, false = z3.BoolVal(True, enc.ctx), z3.BoolVal(False, enc.ctx)
    for group in groups:
        merkmal, first = group.merkmal, group.node
        place, label = nodes[first].place, _label(program, first)
        if dead and all(structure.root(m) in dead for m in group.members):
            continue                    # steht nur unter Regeln, die nie greifen: dort schon berichtet
        x, y = enc.var(merkmal), enc.fresh(merkmal)
        term = group.term
        primed = z3.substitute(term, (x, y))
        others = [g for g in groups if g is not group and g.merkmal == merkmal]
        same = [g.term == z3.substitute(g.term, (x, y)) for g in others]
        code2 = z3.substitute(formula.code, (x, y))
        # Ein Paar, bei dem jede andere Bedingung über dem Merkmal gleich ausgeht, beweist zugleich, dass sich
        # die Bedingung durch keine Konstante ersetzen lässt; nur ohne ein solches Paar ist das zu prüfen.
        model = session.model(term, z3.Not(primed), *same, formula.code != code2)
        if model is None:
            constant = next((c for c in (true, false)
                             if not session.possible(formula.code != group.replaced(formula, formula.code, c))), None)
            if constant is not None:
                why = _masked_by(formula, session, group, constant)
                findings.append(Finding(
                    FindingKind.VERDECKT, program.id, fassung, place, _citations(variant, first),
                    f"Die Bedingung „{label}“ entscheidet nie über das Ergebnis: Als "
                    f"„{'immer' if z3.is_true(constant) else 'nie'} erfüllt“ gelesen, entschiede die Fassung "
                    f"jeden Fall gleich; {why}."))
                continue
            model = session.model(term, z3.Not(primed), formula.code != code2)
        if model is None:
            findings.append(Finding(FindingKind.VERDECKT, program.id, fassung, place, _citations(variant, first),
                                    f"Die Bedingung „{label}“ entscheidet nie allein über das Ergebnis: Kein Paar "
                                    "von Fällen, die sich nur in ihr unterscheiden, wird verschieden entschieden."))
            continue
        together = tuple(_label(program, g.node) for g in others
                         if z3.is_true(model.eval(g.term != z3.substitute(g.term, (x, y)), model_completion=True)))
        a, b = enc.value(merkmal, model), enc.value(merkmal, model, y)
        oa, ob = _outcome(model, formula.code), _outcome(model, code2)
        goal = z3.And(formula.is_outcome(oa), code2 == CODES[ob])
        shared = session.minimal(goal, model, [m for m in formula.merkmale if m != merkmal],
                                 fixed=[enc.literal(merkmal, a), enc.literal(merkmal, b, y)], thorough=False)
        confirm(catalog, [variant], {**shared, merkmal: a}, [oa])
        confirm(catalog, [variant], {**shared, merkmal: b}, [ob])
        pairs.append(Pair(first, label, place, merkmal, shared, a, oa, b, ob, together))
    return pairs, findings


def _masked_by(formula: VariantFormula, session: Session, group: Group, constant: Any) -> str:
    """Welche Bedingung die verdeckte verdeckt: die erste, die – frei gelassen – sie entscheidend machte."""
    z3 = session.z3
    program = formula.variant.program
    nodes = program.nodes
    if not session.possible(group.term):
        return "sie ist nie erfüllt"
    if not session.possible(z3.Not(group.term)):
        return "sie ist immer erfüllt"
    structure = formula.variant.structure
    around = {a for m in group.members for a in structure.ancestors(m)} | set(group.members)
    points = [p for p in checkpoints(program) if p in program.checkpoints]
    begriffe = [i for i in sorted(formula.deciding) if nodes[i].kind is NodeKind.BEGRIFF]
    order = points + begriffe + sorted(formula.deciding)      # zuerst, was ein Leser benennen kann
    seen: set[int] = set()
    for number, candidate in enumerate(order[:MAX_MASK_CANDIDATES]):
        if candidate in seen or candidate in around:
            continue
        seen.add(candidate)
        switch = formula.encoding.switch()
        if number < len(points):        # ein Prüfpunkt: nur an seiner Stelle frei, nicht in den Bedingungen
            code = formula.decision({candidate: switch})
        else:
            code = z3.substitute(formula.code, (formula.nodes[candidate], switch))
        if session.possible(code != group.replaced(formula, code, constant)):
            return f"verdeckt durch „{_label(program, candidate)}“ ({nodes[candidate].place})"
    return "verdeckt durch das Zusammenspiel mehrerer Bedingungen"


def begriff_nodes(variant: CompiledNorm) -> dict[str, int]:
    return {n.label: i for i, n in enumerate(variant.program.nodes) if n.kind is NodeKind.BEGRIFF}


def definition_place(variant: CompiledNorm, node: int) -> str:
    n = variant.program.nodes[node]
    parts = [c for c in n.children if c is not None]
    return variant.program.nodes[parts[0]].place if parts else n.place


def begriff_place(info: BegriffInfo | None, variant: CompiledNorm, node: int) -> str:
    """Wo der Begriff erklärt ist (die Zeile „Begriff …“), sonst wo seine Definition beginnt."""
    return info.place if info is not None and info.place else definition_place(variant, node)


def begriffe(formula: VariantFormula, session: Session, seen: set[str]) -> list[Finding]:
    """Begriffe dieser Fassung, die für jeden Fall gleich ausgehen (immer oder nie erfüllt); ``seen``: die
    schon an einer anderen Fassung geprüften."""
    z3 = session.z3
    variant = formula.variant
    catalog = session.encoding.catalog
    found = []
    for name, node in begriff_nodes(variant).items():
        if name in seen:
            continue
        seen.add(name)
        term = formula.node(node)
        never, always = not session.possible(term), not session.possible(z3.Not(term))
        if never or always:
            info = catalog.begriffe.get(name)
            found.append(Finding(FindingKind.BEGRIFF_KONSTANT, None, None, begriff_place(info, variant, node),
                                 info.citations if info else (),
                                 f"Der Begriff „{name}“ ist {'nie' if never else 'immer'} erfüllt, "
                                 "gleich welche Merkmale vorliegen."))
    return found


def refusals_against_tatbestand(formula: VariantFormula, session: Session) -> list[Finding]:
    """Versagungsgründe, die jeder Fall erfüllt, der den Tatbestand erfüllt."""
    program = formula.variant.program
    if program.tatbestand is None:
        return []
    z3 = session.z3
    tatbestand = formula.nodes[program.tatbestand]
    fassung = program.fassung.name if program.fassung else None
    found = []
    for rule in program.all_rules():
        if not rule.grade.is_refusal or rule.condition not in program.checkpoints:
            continue
        refused = z3.And(formula.nodes[rule.condition],
                         *[z3.Not(formula.nodes[a.condition]) for a in rule.ausnahmen])
        if session.possible(tatbestand) and not session.possible(tatbestand, z3.Not(refused)):
            found.append(Finding(FindingKind.TATBESTAND_VERSAGT, program.id, fassung, rule.place, rule.citations,
                                 f"„{rule.text}“ trifft auf jeden Fall zu, der den Tatbestand erfüllt: "
                                 "Der Tatbestand ist nie ohne diesen Versagungsgrund erfüllbar."))
    return found


def _unconditional(variant: CompiledNorm, reach: Reachability) -> list[Finding]:
    """Regeln ohne Bedingung, deren Ergebnis die Fassung nie gibt: Eine andere Regel geht ihnen immer vor."""
    program = variant.program
    fassung = program.fassung.name if program.fassung else None
    found = []
    for rule in program.rules:
        if rule.condition is None and rule.grade.outcome in reach.unreachable:
            found.append(Finding(FindingKind.TOTE_REGEL, program.id, fassung, rule.place, rule.citations,
                                 f"Die Regel „{rule.text}“ kann nie greifen, weil ihr Ergebnis "
                                 f"„{rule.grade.outcome.grade_name}“ in keinem Fall herauskommt: Andere Regeln "
                                 "gehen ihr immer vor."))
    return found


def analyse_variant(variant: CompiledNorm, catalog: Catalog, seen: set[str] | None = None) -> VariantFindings:
    """Alle Befunde einer Fassung: erreichbare Ergebnisse, Regeln, die nie greifen, Bedingungen, Versagungsgründe
    gegen den Tatbestand; in ``shared`` die Befunde über ihre Begriffe, soweit nicht schon in ``seen``."""
    fassung = variant.program.fassung
    name = fassung.name if fassung else None
    encoding = Encoding(catalog)
    try:
        formula = encoding.variant(variant)
    except TooLarge as exc:
        return VariantFindings(variant.id, name, variant.file, Reachability((), ()), skipped=str(exc))
    session = Session(encoding)
    reach = reachability(variant, catalog, formula, session)
    dead, dead_points = _dead_checkpoints(formula, session, variant.id, name)
    dead += _unconditional(variant, reach)
    pairs, masked = _conditions(formula, session, catalog, name, dead_points)
    against = refusals_against_tatbestand(formula, session)
    shared = begriffe(formula, session, set() if seen is None else seen)
    return VariantFindings(variant.id, name, variant.file, reach, tuple(pairs), tuple(dead + masked + against),
                           shared=tuple(shared))
