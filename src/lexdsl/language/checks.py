"""Statische Prüfungen der Normen, bevor übersetzt wird.

Jede Prüfung liefert ``Diagnostic``-Objekte mit Stelle, deutscher Meldung und
Hinweis. Die Kennungen ``verschachtelung`` und ``umfang`` sind Grenzen, die
echte Normen nie erreichen: Sie halten Übersetzung und Laufzeit bei jeder
Eingabe in beschränktem Speicher und ohne Rekursionsfehler (Begriffe werden an
jeder Verwendungsstelle eingesetzt). Kennungen (``code``) der Meldungen:

=====================  =========  ==============================================
Kennung                Schwere    Bedeutung
=====================  =========  ==============================================
unbekannter-name       Fehler     Merkmal, Begriff oder Vorschrift ist nicht definiert
doppelte-definition    Fehler     Name oder Kennung ist mehrfach definiert
typfehler              Fehler     Vergleich passt nicht zum Typ des Merkmals
zyklus                 Fehler     Begriffe definieren sich gegenseitig
norm-ohne-regel        Fehler     Norm oder Vorschrift ohne Rechtsfolge
begriff-ohne-definition Fehler    Begriff ohne „liegt vor“ und ohne Regelbeispiele
widerspruch            Fehler     derselbe Umstand ist Regel- und Gegenbeispiel
regel                  Fehler     Regel passt nicht zu ihrer Umgebung
unbenutztes-merkmal    Warnung    Merkmal wird nirgends verwendet
unbenutzter-begriff    Warnung    Begriff wird nirgends verwendet
ohne-generalklausel    Warnung    nur Regelbeispiele: Aufzählung gilt als abschließend
ohne-atypischen-fall   Warnung    Soll-Regel ohne „atypischer Fall, wenn“
ohne-fundstelle        Warnung    Rechtsfolge ohne Fundstelle
fassungen              Fehler     eine Fassung endet vor ihrem Beginn
fassungen-ueberschneidung Warnung zwei Fassungen einer Norm gelten zugleich
fassungen-luecke       Warnung    zwischen zwei Fassungen gilt keine
wortlaut-quelle        Warnung    Fundstelle eines Wortlauts: weder Gesetz noch VwV noch WD
wortlaut-stand         Fehler     zitierter Gesetzeswortlaut ohne seinen Stand
verwechselbar          Fehler     zwei Namen sehen gleich aus (Buchstaben verschiedener Schriften)
verschachtelung        Fehler     Bedingungen (mit eingesetzten Begriffen) zu tief verschachtelt
umfang                 Fehler     eine Norm wird mit eingesetzten Begriffen zu groß
=====================  =========  ==============================================

"""

from __future__ import annotations

import decimal
import re
from collections.abc import Iterable, Iterator
from fractions import Fraction
from itertools import pairwise
from typing import cast

from ..errors import FEHLER, WARNUNG, Diagnostic, Span, did_you_mean, lookalike_note, skeleton
from ..vocabulary import (
    STAND_IN_CITATION,
    SUBJECT,
    Comparator,
    Grade,
    MerkmalType,
    NormKind,
    Outcome,
    SourceKind,
    german_date,
    german_number,
)
from . import nodes

_KEYWORD_STARTS = ("nicht ", "alle folgenden", "mindestens eines der folgenden", "keines der folgenden")

# Grenzen (siehe oben). Die tiefste Norm des Korpus hat 9 Ebenen, die größte gut 600 Knoten.
MAX_DEPTH = 60
MAX_NODES = 20_000


def check(modules: list[nodes.Module]) -> list[Diagnostic]:
    """Prüft alle Module gemeinsam (ein Korpus) und liefert die Meldungen, sortiert nach Stelle."""
    return _Checker(modules).run()


def _conditions(cond: nodes.Condition | None) -> Iterator[nodes.Condition]:
    if cond is None:
        return
    yield cond
    if isinstance(cond, nodes.Group):
        for item in cond.items:
            yield from _conditions(item)


def _atoms(cond: nodes.Condition | None) -> Iterator[nodes.Atom]:
    return (c for c in _conditions(cond) if isinstance(c, nodes.Atom))


def _clause_cond(clause: nodes.Clause | None) -> nodes.Condition | None:
    return clause.condition if clause is not None else None


class _Checker:
    def __init__(self, modules: list[nodes.Module]) -> None:
        self.modules = modules
        self.out: list[Diagnostic] = []
        self.merkmale: dict[str, nodes.Merkmal] = {}
        self.begriffe: dict[str, nodes.Begriff] = {}
        self.normen: dict[str, nodes.Norm] = {}
        self.vorschriften: dict[str, nodes.Norm] = {}
        self.used: set[str] = set()

    def error(self, code: str, message: str, span: Span, hint: str | None = None) -> None:
        self.out.append(Diagnostic(FEHLER, code, message, span, hint))

    def warn(self, code: str, message: str, span: Span, hint: str | None = None) -> None:
        self.out.append(Diagnostic(WARNUNG, code, message, span, hint))

    def run(self) -> list[Diagnostic]:
        self.collect()
        for decl in self.declarations():
            if isinstance(decl, nodes.Begriff):
                self.check_begriff(decl)
            elif isinstance(decl, nodes.Norm):
                self.check_norm(decl)
        if not self.check_cycles():
            self.check_limits()
        self.check_unused()
        # Gemeinsame Teile einer Norm werden in jeder Fassung geprüft; jede Meldung zählt einmal.
        unique = {(d.severity, d.code, d.message, d.span): d for d in self.out}
        return sorted(unique.values(),
                      key=lambda d: (d.span.file, d.span.line, d.span.column) if d.span else ("", 0, 0))

    def declarations(self) -> Iterator[nodes.Declaration]:
        for module in self.modules:
            yield from module.declarations

    # ------------------------------------------------------------ Definitionen

    def collect(self) -> None:
        first: dict[str, Span] = {}
        looks: dict[str, tuple[str, Span]] = {}
        ids: dict[str, Span] = {}
        for decl in self.declarations():
            if isinstance(decl, (nodes.Merkmal, nodes.Begriff)):
                kind = "Merkmal" if isinstance(decl, nodes.Merkmal) else "Begriff"
                if decl.name in first:
                    self.error("doppelte-definition", f"»{decl.name}« ist mehrfach definiert ({kind}).",
                               decl.name_span, f"Zuerst definiert in {first[decl.name]}.")
                    continue
                twin = looks.get(skeleton(decl.name))
                if twin is not None:
                    self.error("verwechselbar", lookalike_note(decl.name, twin[0]), decl.name_span,
                               f"Zwei Namen, die gleich aussehen, wären zwei Merkmale; der andere steht in {twin[1]}. "
                               "Schreiben Sie beide mit denselben Buchstaben.")
                    continue
                looks[skeleton(decl.name)] = (decl.name, decl.name_span)
                first[decl.name] = decl.name_span
                if isinstance(decl, nodes.Merkmal):
                    self.merkmale[decl.name] = decl
                else:
                    self.begriffe[decl.name] = decl
            else:
                label = decl.kind.label
                if decl.id in ids:
                    self.error("doppelte-definition", f"Die {label} »{decl.id}« ist mehrfach definiert.",
                               decl.id_span, f"Zuerst definiert in {ids[decl.id]}.")
                    continue
                ids[decl.id] = decl.id_span
                (self.normen if decl.kind is NormKind.NORM else self.vorschriften)[decl.id] = decl

    # ------------------------------------------------------------ Bedingungen

    def check_condition(self, cond: nodes.Condition | None) -> None:
        for atom in _atoms(cond):
            self.check_atom(atom)

    def check_atom(self, atom: nodes.Atom) -> None:
        name = atom.name
        self.used.add(name)
        if name in self.begriffe:
            if atom.comparison is not None:
                self.error("typfehler", f"»{name}« ist ein Begriff (ja/nein) und wird ohne Vergleich geschrieben.",
                           atom.comparison.span, self._bool_hint(atom))
            return
        merkmal = self.merkmale.get(name)
        if merkmal is None:
            self.error("unbekannter-name", f"Unbekanntes Merkmal oder unbekannter Begriff »{name}«.",
                       atom.name_span, self._unknown_hint(name))
            return
        self.check_types(atom, merkmal)

    def _unknown_hint(self, name: str) -> str | None:
        known = list(self.merkmale) + list(self.begriffe)
        lowered = name.lower()
        for start in _KEYWORD_STARTS:
            if lowered.startswith(start) and not name.startswith(start):
                return (f"Schlüsselwörter werden kleingeschrieben: »{start.strip()}« statt "
                        f"»{name[:len(start.strip())]}«.")
        parts = re.split(r"\s+(?:und|oder)\s+", name)
        if len(parts) > 1 and all(p in known for p in parts):
            return ("»und« und »oder« verbinden keine Bedingungen. Schreiben Sie »alle folgenden:« oder "
                    "»mindestens eines der folgenden:« und darunter eingerückt je eine Zeile pro Bedingung.")
        if lowered.rstrip(":").endswith("folgenden"):
            return "Nach »… folgenden« fehlt der Doppelpunkt."
        return did_you_mean(name, known)

    @staticmethod
    def _bool_hint(atom: nodes.Atom) -> str:
        if atom.comparison is not None and atom.comparison.op is Comparator.NEIN:
            return f"Schreiben Sie »nicht {atom.name}«."
        return f"Schreiben Sie nur »{atom.name}« (oder »nicht {atom.name}«)."

    def check_types(self, atom: nodes.Atom, merkmal: nodes.Merkmal) -> None:
        kind = merkmal.type.kind
        comparison = atom.comparison
        name = atom.name
        declared = f"(deklariert in {merkmal.name_span})"
        if comparison is None:
            if kind is not MerkmalType.BOOL:
                example = {
                    MerkmalType.DURATION: "mindestens 18 Monate", MerkmalType.COUNT: "mehr als 1",
                    MerkmalType.DATE: "vor dem 01.01.2005",
                    MerkmalType.CHOICE: "einer von " + ", ".join(f'"{v}"' for v in merkmal.type.values[:2]),
                }[kind]
                self.error("typfehler", f"Das Merkmal »{name}« hat den Typ {kind.value} und braucht einen Vergleich.",
                           atom.name_span, f"Schreiben Sie etwa »{name}: {example}« {declared}.")
            return
        op = comparison.op
        if kind is MerkmalType.BOOL:
            self.error("typfehler", f"Das Merkmal »{name}« ist ja/nein und kann nicht mit »{_cmp_text(comparison)}« "
                       "verglichen werden.", comparison.span, self._bool_hint(atom))
            return
        if kind in (MerkmalType.DURATION, MerkmalType.COUNT):
            if kind not in op.types:
                self.error("typfehler", f"Das Merkmal »{name}« hat den Typ {kind.value}; "
                           f"»{_cmp_text(comparison)}« passt nicht dazu.", comparison.span,
                           "Vergleichen Sie mit mindestens, höchstens, mehr als, weniger als oder genau.")
            elif kind is MerkmalType.DURATION and comparison.unit is None:
                self.error("typfehler", f"Bei der Dauer »{name}« fehlt die Einheit.", comparison.span,
                           f"Schreiben Sie »{op.value} {_num(comparison.value)} Monate« oder »… Jahre«.")
            elif kind is MerkmalType.COUNT and isinstance(comparison.value, decimal.Decimal) and \
                    Fraction(comparison.value).denominator != 1:
                self.error("typfehler", f"»{name}« ist eine Anzahl; »{_num(comparison.value)}« ist keine ganze Zahl.",
                           comparison.span, "Eine Anzahl wird mit einer ganzen Zahl verglichen, etwa »mehr als 1«.")
            elif kind is MerkmalType.DURATION and isinstance(comparison.value, decimal.Decimal) and \
                    comparison.unit is not None and \
                    (Fraction(comparison.value) * comparison.unit.months).denominator != 1:
                self.error("typfehler", f"Die Schwelle »{_cmp_text(comparison)}« bei »{name}« ist keine ganze Zahl "
                           "von Monaten.", comparison.span,
                           "Schwellen einer Dauer sind ganze Monate, etwa »mindestens 18 Monate« oder »mehr als "
                           "1,5 Jahre« (= 18 Monate); so vergleicht lexdsl exakt.")
            elif kind is MerkmalType.COUNT and comparison.unit is not None:
                self.error("typfehler", f"»{name}« ist eine Anzahl und hat keine Einheit wie {comparison.unit.value}.",
                           comparison.span, f"Deklarieren Sie »{name}« als Dauer, wenn eine Zeitspanne gemeint ist.")
        elif kind is MerkmalType.DATE:
            if kind not in op.types:
                self.error("typfehler", f"Das Merkmal »{name}« ist ein Datum; »{_cmp_text(comparison)}« passt nicht "
                           "dazu.", comparison.span, "Vergleichen Sie mit vor dem, nach dem, spätestens am oder "
                           "frühestens am und einem Datum TT.MM.JJJJ.")
        elif kind is MerkmalType.CHOICE:
            if kind not in op.types:
                self.error("typfehler", f"Das Merkmal »{name}« ist eine Auswahl; »{_cmp_text(comparison)}« passt "
                           "nicht dazu.", comparison.span,
                           'Schreiben Sie »"Wert"« oder »einer von "a", "b"«.')
                return
            values = comparison.value if isinstance(comparison.value, tuple) else (comparison.value,)
            for value in values:
                if value not in merkmal.type.values:
                    # Auswahlwerte sind Texte: »gleich« und »einer von« liefern nur solche.
                    hint = did_you_mean(cast(str, value), merkmal.type.values) or (
                        "Erlaubt sind: " + ", ".join(f"„{v}“" for v in merkmal.type.values) + ".")
                    self.error("typfehler", f"»{value}« ist kein Wert der Auswahl »{name}«.", comparison.span, hint)

    # ------------------------------------------------------------ Begriffe

    def check_begriff(self, begriff: nodes.Begriff) -> None:
        for clause in (begriff.definition, begriff.regelbeispiele, begriff.gegenbeispiele):
            self.check_condition(_clause_cond(clause))
        if begriff.definition is None and begriff.regelbeispiele is None:
            self.error("begriff-ohne-definition", f"Der Begriff »{begriff.name}« hat weder »liegt vor, wenn« noch "
                       "Regelbeispiele.", begriff.name_span, "Ergänzen Sie eingerückt »liegt vor, wenn …«.")
        elif begriff.definition is None:
            self.warn("ohne-generalklausel", f"Der Begriff »{begriff.name}« hat nur Regelbeispiele; die Aufzählung "
                      "wird als abschließend behandelt.", begriff.name_span,
                      "Ergänzen Sie »liegt vor, wenn …« mit einem Merkmal für sonstige Fälle.")
        positive = {a.name for c in (begriff.definition, begriff.regelbeispiele) for a in _atoms(_clause_cond(c))
                    if not a.negated}
        for atom in _atoms(_clause_cond(begriff.gegenbeispiele)):
            if atom.name in positive:
                self.error("widerspruch", f"»{atom.name}« ist im Begriff »{begriff.name}« zugleich Grund und "
                           "Gegenbeispiel.", atom.name_span,
                           "Was allein nicht genügt, kann den Begriff nicht zugleich begründen.")

    def _graph(self) -> dict[str, list[str]]:
        """Begriff → die Begriffe, die er verwendet (in der Reihenfolge der Quelle)."""
        return {
            name: [a.name for c in (b.definition, b.regelbeispiele, b.gegenbeispiele) for a in _atoms(_clause_cond(c))
                   if a.name in self.begriffe]
            for name, b in self.begriffe.items()
        }

    def check_cycles(self) -> bool:
        """Meldet zirkuläre Definitionen; True, wenn es welche gibt. Ohne Rekursion (beliebig lange Ketten)."""
        graph = self._graph()
        state: dict[str, int] = {}          # 1 = auf dem Pfad, 2 = fertig
        reported: set[frozenset[str]] = set()
        for root in sorted(graph):
            if root in state:
                continue
            path, stack = [root], [iter(graph[root])]
            state[root] = 1
            while stack:
                nxt = next(stack[-1], None)
                if nxt is None:
                    state[path.pop()] = 2
                    stack.pop()
                elif state.get(nxt) == 1:
                    cycle = [*path[path.index(nxt):], nxt]
                    if frozenset(cycle) not in reported:
                        reported.add(frozenset(cycle))
                        self.error("zyklus", "Zirkuläre Definition: " + " → ".join(f"»{c}«" for c in cycle) + ".",
                                   self.begriffe[nxt].name_span, "Ein Begriff darf sich nicht über andere Begriffe "
                                   "selbst voraussetzen. Führen Sie für den gemeinsamen Teil ein Merkmal ein.")
                elif nxt not in state:
                    state[nxt] = 1
                    path.append(nxt)
                    stack.append(iter(graph[nxt]))
        return bool(reported)

    # ------------------------------------------------------------ Grenzen

    def check_limits(self) -> None:
        """Tiefe und Größe der Bedingungen mit eingesetzten Begriffen (setzt voraus: keine Zyklen)."""
        graph = self._graph()
        measure: dict[str, tuple[int, int]] = {}       # Begriff → (Tiefe, Knoten)
        for root in graph:                             # Begriffe in Abhängigkeitsreihenfolge, ohne Rekursion
            stack = [root]
            while stack:
                name = stack[-1]
                missing = [d for d in graph[name] if d not in measure]
                if missing and name not in measure:
                    stack.extend(missing)
                    continue
                stack.pop()
                if name not in measure:
                    b = self.begriffe[name]
                    measured = [self._measure(_clause_cond(c), measure)
                                for c in (b.definition, b.regelbeispiele, b.gegenbeispiele)]
                    measure[name] = (max(d for d, _ in measured), _cap(sum(n for _, n in measured) + 1))
        too_deep: list[tuple[nodes.Atom, int]] = []
        for begriff in self.begriffe.values():
            for clause in (begriff.definition, begriff.regelbeispiele, begriff.gegenbeispiele):
                too_deep += self._too_deep(_clause_cond(clause), measure)
        reported: set[str] = set()
        vorschriften = sum(self._measure(r.condition, measure)[1] for v in self.vorschriften.values()
                           for r in v.parts if isinstance(r, nodes.Rule))
        for norm in self.normen.values():
            fassungen = [p for p in norm.parts if isinstance(p, nodes.Fassung)]
            common = tuple(p for p in norm.parts if not isinstance(p, nodes.Fassung))
            for parts in [common + f.parts for f in fassungen] or [common]:
                conditions = list(_variant_conditions(parts))
                for cond in conditions:
                    too_deep += self._too_deep(cond, measure)
                size = vorschriften + sum(self._measure(c, measure)[1] for c in conditions)
                if size > MAX_NODES and norm.id not in reported:
                    reported.add(norm.id)
                    self.error("umfang", f"Die Norm »{norm.id}« hätte mit eingesetzten Begriffen mehr als "
                               f"{MAX_NODES:,} Bedingungen.".replace(",", "."), norm.id_span,
                               "Ein Begriff, der viele andere mehrfach verwendet, vervielfacht sich beim Einsetzen. "
                               "Fassen Sie gemeinsame Teile als Merkmal zusammen.")
        if too_deep:
            # Eine lange Kette überschreitet die Grenze an vielen Stellen; gemeldet wird die erste.
            atom, depth = min(too_deep, key=lambda item: (item[0].name_span.file, item[0].name_span.line,
                                                          item[0].name_span.column))
            more = f" (und an {len(too_deep) - 1} weiteren Stellen)" if len(too_deep) > 1 else ""
            self.error("verschachtelung", f"»{atom.name}« ist mit den Begriffen, aus denen er besteht, {depth} "
                       f"Ebenen tief verschachtelt; erlaubt sind {MAX_DEPTH}{more}.", atom.name_span,
                       "Begriffe, die auf Begriffe aufbauen, sollten wenige Stufen tief bleiben. Fassen Sie "
                       "eine Zwischenstufe als Merkmal.")

    def _measure(self, cond: nodes.Condition | None, measure: dict[str, tuple[int, int]]) -> tuple[int, int]:
        """(Tiefe, Knoten) einer Bedingung mit eingesetzten Begriffen; die Gruppentiefe begrenzt der Parser."""
        if cond is None:
            return 0, 0
        if isinstance(cond, nodes.Group):
            parts = [self._measure(c, measure) for c in cond.items]
            return 1 + max((d for d, _ in parts), default=0), _cap(1 + sum(n for _, n in parts))
        depth, size = measure.get(cond.name, (0, 0))
        extra = 1 if cond.negated else 0
        return 1 + depth + extra, _cap(1 + size + extra)

    def _too_deep(self, cond: nodes.Condition | None,
                  measure: dict[str, tuple[int, int]]) -> list[tuple[nodes.Atom, int]]:
        found: list[tuple[nodes.Atom, int]] = []
        for atom in _atoms(cond):
            depth = self._measure(atom, measure)[0]
            if depth > MAX_DEPTH:
                found.append((atom, depth))
        return found

    # ------------------------------------------------------------ Normen

    def check_norm(self, norm: nodes.Norm) -> None:
        fassungen = [p for p in norm.parts if isinstance(p, nodes.Fassung)]
        common = tuple(p for p in norm.parts if not isinstance(p, nodes.Fassung))
        if fassungen and norm.kind is NormKind.VORSCHRIFT:
            self.error("regel", "Eine Vorschrift hat keine Fassungen.", fassungen[0].name_span,
                       "Fassungen gibt es nur bei Normen.")
        # Jede Fassung ist eine vollständige Variante: gemeinsame Teile plus ihre eigenen.
        for parts in [common + f.parts for f in fassungen] or [common]:
            self.check_variant(norm, parts)
        self.check_timeline(norm, fassungen)
        for part in common + tuple(p for f in fassungen for p in f.parts):
            if isinstance(part, nodes.Wortlaut):
                self.check_wortlaut(part)

    def check_wortlaut(self, wortlaut: nodes.Wortlaut) -> None:
        """Ein Wortlaut nennt seine Quelle so, dass ihre Art erkennbar ist; ein Gesetzeszitat auch seinen Stand."""
        for citation in wortlaut.citations:
            kind = SourceKind.of(citation)
            if kind is None:
                self.warn("wortlaut-quelle", f"Die Fundstelle »{citation}« des Wortlauts ist weder Gesetz "
                          "(»§ …«, »Art. …«) noch Verwaltungsvorschrift (»VwV …«) noch Ausarbeitung (»WD …«).",
                          wortlaut.span, "Beginnen Sie die Fundstelle mit »§«, »VwV« oder »WD«; die Website "
                          "zeigt die drei Arten getrennt.")
            elif kind is SourceKind.GESETZ and not STAND_IN_CITATION.search(citation):
                self.error("wortlaut-stand", f"Der zitierte Gesetzeswortlaut »{citation}« nennt seinen Stand "
                           "nicht.", wortlaut.span, f"Schreiben Sie etwa »[{citation}, Stand 2021]«: Das Gesetz "
                           "ändert sich, und die Leserin muss wissen, welchen Text sie vor sich hat.")

    def check_timeline(self, norm: nodes.Norm, fassungen: list[nodes.Fassung]) -> None:
        import datetime

        names: dict[str, Span] = {}
        for f in fassungen:
            if f.name in names:
                self.error("doppelte-definition", f"Die Fassung »{f.name}« steht in »{norm.id}« mehrfach.",
                           f.name_span, f"Zuerst in {names[f.name]}.")
            names[f.name] = f.name_span
            if f.bis is not None and f.bis < f.ab:
                self.error("fassungen", f"Die Fassung »{f.name}« endet vor ihrem Beginn.", f.name_span)
        ordered = sorted(fassungen, key=lambda f: f.ab)
        for f in ordered[1:]:
            if f.unmodelled_before:
                self.error("fassungen", f"»belegt ab« steht bei »{f.name}«, aber eine frühere Fassung von "
                           f"»{norm.id}« geht ihr voraus.", f.name_span,
                           "»belegt ab« gehört zur frühesten Fassung; hier schreiben Sie »gilt ab«.")
        if ordered and ordered[0].undated_change:
            self.error("fassungen", f"»zuvor unbelegt« steht bei »{ordered[0].name}«, der frühesten Fassung von "
                       f"»{norm.id}«; vor ihr gibt es keine Fassung, von der sie sich ändert.", ordered[0].name_span,
                       "Für Recht vor der frühesten Fassung, das die Quellen nicht abbilden, schreiben Sie "
                       "»belegt ab«.")
        for first, second in pairwise(ordered):
            if second.undated_change and first.bis is not None and second.ab > first.bis:
                gap_start = datetime.date.fromisoformat(first.bis) + datetime.timedelta(days=1)
                if gap_start.isoformat() == second.ab:
                    self.error("fassungen", f"»zuvor unbelegt« bei »{second.name}«, aber »{first.name}« endet "
                               f"unmittelbar davor: Es bleibt kein Zeitraum, in dem das Recht unbelegt wäre.",
                               second.name_span, "Lassen Sie »zuvor unbelegt« weg, oder lassen Sie "
                               f"»{first.name}« dort enden, wo die Quellen sie zuletzt belegen.")
                continue          # der Zeitraum dazwischen ist ausdrücklich unbelegt: keine Lücke
            if first.bis is None or second.ab <= first.bis:
                self.warn("fassungen-ueberschneidung", f"Die Fassungen »{first.name}« und »{second.name}« von "
                          f"»{norm.id}« gelten zugleich (ab {_de_date(second.ab)}).", second.name_span,
                          f"Lassen Sie »{first.name}« vor dem {_de_date(second.ab)} enden.")
            else:
                gap_start = datetime.date.fromisoformat(first.bis) + datetime.timedelta(days=1)
                if gap_start.isoformat() < second.ab:
                    self.warn("fassungen-luecke", f"Zwischen den Fassungen »{first.name}« und »{second.name}« "
                              f"von »{norm.id}« gilt vom {_de_date(gap_start.isoformat())} bis "
                              f"{_de_date(second.ab, before=True)} keine Fassung.", second.name_span,
                              f"Lassen Sie »{second.name}« am {_de_date(gap_start.isoformat())} beginnen.")

    def check_variant(self, norm: nodes.Norm, parts: tuple[nodes.NormPart, ...]) -> None:
        label = norm.kind.label
        rules = [p for p in parts if isinstance(p, nodes.Rule)]
        tatbestaende = [p for p in parts if isinstance(p, nodes.Tatbestand)]
        if not rules:
            self.error("norm-ohne-regel", f"Die {label} »{norm.id}« hat keine Rechtsfolge.", norm.id_span,
                       f"Ergänzen Sie eine Regel wie »{SUBJECT} {Grade.ERMESSEN.phrase()}, wenn …«.")
        for extra in tatbestaende[1:]:
            self.error("doppelte-definition", f"Die {label} »{norm.id}« hat mehr als einen Tatbestand.", extra.span,
                       "Fassen Sie die Voraussetzungen in einem »Der Tatbestand ist erfüllt, wenn …« zusammen.")
        for tb in tatbestaende:
            self.check_condition(tb.clause.condition)
        for rule in rules:
            self.check_rule(norm, rule, has_tatbestand=bool(tatbestaende))
        targets: dict[str, Span] = {}
        for part in parts:
            if isinstance(part, nodes.Abweichung):
                if norm.kind is NormKind.VORSCHRIFT:
                    self.error("regel", "Eine Vorschrift kann nicht von einer anderen abweichen.", part.span)
                if part.target in targets:
                    self.error("doppelte-definition", f"Die Abweichung von »{part.target}« steht mehrfach.",
                               part.target_span, f"Zuerst in {targets[part.target]}.")
                targets[part.target] = part.target_span
                if part.target not in self.vorschriften:
                    hint = did_you_mean(part.target, list(self.vorschriften)) or (
                        "Bekannte Vorschriften: " + ", ".join(f"»{v}«" for v in sorted(self.vorschriften)) + "."
                        if self.vorschriften else "Es ist keine Vorschrift definiert.")
                    self.error("unbekannter-name", f"Unbekannte Vorschrift »{part.target}«.", part.target_span, hint)
                self.check_condition(_clause_cond(part.condition))
            elif isinstance(part, (nodes.Nebenfolgen, nodes.Ermessenskriterien)):
                for item in part.items:
                    self.check_condition(_clause_cond(item.condition))

    def check_rule(self, norm: nodes.Norm, rule: nodes.Rule, has_tatbestand: bool) -> None:
        self.check_condition(rule.condition)
        for ausnahme in rule.ausnahmen:
            self.check_condition(ausnahme.clause.condition)
        if rule.atypisch is not None:
            self.check_condition(rule.atypisch.condition)
        regel = rule.grade.is_rule_of_thumb
        if norm.kind is NormKind.VORSCHRIFT and not rule.grade.is_refusal:
            self.error("regel", f"Eine Vorschrift kann nur versagen (»{Grade.VERSAGUNG.phrase()}«).", rule.span,
                       "Erteilende Regeln gehören in eine Norm.")
        if rule.atypisch is not None and not regel:
            self.error("regel", f"»atypischer Fall« gibt es nur bei Soll-Regeln und »in der Regel«, nicht bei "
                       f"»{rule.text}«.", rule.atypisch.span,
                       f"Verwenden Sie »{Grade.SOLL.phrase()}« oder »{Grade.REGELVERSAGUNG.phrase()}«.")
        if regel and rule.atypisch is None:
            self.warn("ohne-atypischen-fall", f"»{rule.text}« hat keinen atypischen Fall und wirkt daher wie ein "
                      f"{Outcome.ANSPRUCH.grade_name}.", rule.span,
                      "Ergänzen Sie eingerückt »atypischer Fall, wenn …«.")
        if rule.condition is None and not has_tatbestand and not rule.grade.is_refusal:
            self.error("regel", f"»{rule.text}« hat weder eine Bedingung noch einen Tatbestand und würde immer "
                       "gelten.", rule.span, "Ergänzen Sie », wenn …« oder »Der Tatbestand ist erfüllt, wenn …«.")
        if not rule.citations:
            self.warn("ohne-fundstelle", f"»{rule.text}« hat keine Fundstelle; die Begründung kann sie nicht belegen.",
                      rule.span, "Ergänzen Sie am Zeilenende eine Fundstelle wie [VwV 25.5.2].")
        if rule.condition is None and rule.grade.is_refusal:
            self.error("regel", f"»{rule.text}« braucht eine Bedingung.", rule.span,
                       "Eine Versagung ohne Bedingung würde jede Erteilung ausschließen.")

    # ------------------------------------------------------------ Verwendung

    def check_unused(self) -> None:
        for name, merkmal in self.merkmale.items():
            if name not in self.used:
                self.warn("unbenutztes-merkmal", f"Das Merkmal »{name}« wird nirgends verwendet.", merkmal.name_span)
        for name, begriff in self.begriffe.items():
            if name not in self.used:
                self.warn("unbenutzter-begriff", f"Der Begriff »{name}« wird nirgends verwendet.", begriff.name_span)


def _cap(nodes_count: int) -> int:
    """Knotenzahlen über der Grenze genügen als „zu viele“ (keine riesigen Zahlen bei Vervielfachung)."""
    return min(nodes_count, MAX_NODES + 1)


def _variant_conditions(parts: Iterable[nodes.NormPart]) -> Iterator[nodes.Condition | None]:
    """Alle Bedingungen einer Normvariante, wie die Zwischendarstellung sie einsetzt."""
    for part in parts:
        if isinstance(part, nodes.Tatbestand):
            yield part.clause.condition
        elif isinstance(part, nodes.Rule):
            yield part.condition
            yield from (a.clause.condition for a in part.ausnahmen)
            yield _clause_cond(part.atypisch)
        elif isinstance(part, nodes.Abweichung):
            yield _clause_cond(part.condition)
        elif isinstance(part, (nodes.Nebenfolgen, nodes.Ermessenskriterien)):
            yield from (_clause_cond(item.condition) for item in part.items)


def _de_date(iso: str, before: bool = False) -> str:
    import datetime

    day = datetime.date.fromisoformat(iso)
    if before:
        day -= datetime.timedelta(days=1)
    return german_date(day)


def _num(value: object) -> str:
    return german_number(value) if isinstance(value, decimal.Decimal) else str(value)


def _cmp_text(comparison: nodes.Comparison) -> str:
    op = comparison.op.value
    if comparison.op in (Comparator.JA, Comparator.NEIN):
        return op
    if isinstance(comparison.value, tuple):
        return op + " " + ", ".join(f'"{v}"' for v in comparison.value)
    if comparison.op is Comparator.GLEICH:
        return f'"{comparison.value}"'
    if isinstance(comparison.value, decimal.Decimal):
        unit = f" {comparison.unit.value}" if comparison.unit else ""
        return f"{op} {_num(comparison.value)}{unit}"
    return f"{op} {comparison.value}"


__all__ = ["check"]
