"""Laufzeit der übersetzten Normen.

Jede übersetzte Norm bringt zwei erzeugte Funktionen mit:

``entscheiden(F)``
    zweiwertig und mit Kurzschluss, so schnell wie handgeschriebenes Python.
    Unbekannte Merkmale stehen in ``F`` als ``Unknown``-Platzhalter; jede
    Verwendung eines Platzhalters löst ``UnknownFact`` aus. Läuft die Funktion
    durch, ohne einen Platzhalter zu berühren, hängt das Ergebnis von keinem
    unbekannten Merkmal ab.

``werte(F, V)``
    dreiwertig nach Kleene (``True``/``False``/``None`` = ja/nein/unbekannt),
    mit Kurzschluss; schreibt den Wert jedes ausgewerteten Bedingungsknotens
    nach ``V`` (sonst bleibt dort ``NICHT_AUSGEWERTET``). Daraus entsteht die
    Begründung: Sie nennt die Gründe, die das Ergebnis tragen.

Ist das Ergebnis von unbekannten Merkmalen abhängig, bestimmt ``analyse`` aus
der Struktur der Bedingungen die möglichen Ergebnisse und genau die Merkmale,
deren Wert das Ergebnis noch ändern kann (Einzelheiten dort). Wertebereiche
werden durch Vertreter abgedeckt: ja/nein, die Auswahlwerte, Zahlen und Daten
unter, auf und über jeder Schwelle. Ein unbekanntes Merkmal, das das Ergebnis
nicht ändern kann, macht es nicht offen.

Dieses Modul importiert weder attrs noch lark.
"""

from __future__ import annotations

from .vocabulary import OUTCOME_ORDER, Action, MerkmalType, Outcome, Rank, duration_text, german_date, truth_word

# --- Ergebnis-Codes der erzeugten Entscheidungsfunktionen (siehe vocabulary.Rank) -----
NICHT_ERFUELLT = Rank.NICHT_ERFUELLT
ERMESSEN = Rank.ERMESSEN
SOLL = Rank.SOLL
ANSPRUCH = Rank.ANSPRUCH
VERSAGT = Rank.VERSAGT

_OUTCOME_BY_CODE = {rank: rank.outcome for rank in Rank}

# Platzhalter in V für Knoten, die die Kurzschlussauswertung nicht gebraucht hat.
NICHT_AUSGEWERTET = type("NichtAusgewertet", (), {"__repr__": lambda self: "<nicht ausgewertet>",
                                                  "__slots__": ()})()



# --- Unbekannte Merkmale ------------------------------------------------------

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

    def _touch(self, *_args):
        raise UnknownFact(self.name)

    __bool__ = _touch
    __lt__ = __le__ = __gt__ = __ge__ = __eq__ = __ne__ = _touch
    __hash__ = _touch  # type: ignore[assignment]
    __contains__ = __len__ = __iter__ = _touch

    def __repr__(self) -> str:
        return f"<unbekannt: {self.name}>"


class Facts:
    """Die Merkmale eines Falls, geprüft und vollständig: jeder Name hat einen Wert oder ``None``.

    ``three`` ist die dreiwertige Sicht (``None`` = unbekannt), ``fast`` die
    Sicht der Schnellauswertung (``Unknown``-Platzhalter statt ``None``).
    """

    __slots__ = ("three", "fast", "unknown", "label", "stichtag")

    def __init__(self, values: dict, label: str | None = None, stichtag: str | None = None):
        self.three = values
        self.unknown = frozenset(name for name, value in values.items() if value is None)
        if self.unknown:
            self.fast = {name: (Unknown(name) if value is None else value) for name, value in values.items()}
        else:
            self.fast = values
        self.label = label
        self.stichtag = stichtag


# --- Exakte Auswertung bei unbekannten Merkmalen ------------------------------
#
# Ein Prüfpunkt ist eine Bedingung, aus der ``kombinieren`` das Ergebnis
# zusammensetzt (Tatbestand, Regelbedingung, Ausnahme, atypischer Fall,
# Abweichung). Die Analyse nutzt die Struktur der Bedingungen aus den Daten der
# Norm:
#
# 1. Unbekannte Merkmale, die mehrfach vorkommen, werden durchprobiert (je ein
#    Vertreter jedes Wertebereichs).
# 2. Danach kommt jedes übrige unbekannte Merkmal nur einmal vor. Für solche
#    Formeln ist die Menge der erreichbaren Werte jedes Knotens exakt aus den
#    Mengen seiner Kinder bestimmbar; ein unbekannter Vergleich erreicht genau
#    die Werte, die sein Wertebereich hergibt.
# 3. Verschiedene Prüfpunkte teilen dann keine unbekannten Merkmale mehr; ihre
#    Werte sind unabhängig, und ``kombinieren`` ergibt alle möglichen Ergebnisse.
# 4. Ein einmal vorkommendes Merkmal ist entscheidend, wenn es seinen Prüfpunkt
#    kippen kann (alle Geschwister auf dem Weg lassen es durch) und der
#    Prüfpunkt das Ergebnis kippen kann. Ein mehrfach vorkommendes ist
#    entscheidend, wenn sich die möglichen Ergebnisse mit seinem Wert ändern;
#    bleiben sie gleich, aber mehrdeutig, entscheidet eine Auswertung in zwei
#    Kopien (sein Wert verschieden, alles andere gleich).

MAX_COMBINATIONS = 1 << 22

_T = frozenset((True,))
_F = frozenset((False,))
_TF = frozenset((True, False))

_COMPARE = {
    "ge": lambda x, v: x >= v, "gt": lambda x, v: x > v, "le": lambda x, v: x <= v, "lt": lambda x, v: x < v,
    "eq": lambda x, v: x == v, "in": lambda x, v: x in v, "not_in": lambda x, v: x not in v,
}


class _Structure:
    """Eltern, Wurzeln und Vorkommen der Merkmale in den Prüfpunkten einer Norm (einmal berechnet)."""

    def __init__(self, compiled: "CompiledNorm"):
        table = compiled.data["knoten"]
        self.kinds = tuple(entry[0] for entry in table)
        self.parent: dict[int, tuple[int, int]] = {}
        for i, entry in enumerate(table):
            for slot, child in enumerate(entry[3]):
                if child is not None:
                    self.parent[child] = (i, slot)
        points = set(compiled.checkpoints)
        # Merkmal → Blätter in Prüfpunkten; Gegenbeispiele zählen nicht, sie bestimmen keinen Wert.
        self.leaves: dict[str, list[int]] = {}
        for i, entry in enumerate(table):
            merkmal = entry[4]
            if merkmal and self.root(i) in points and not self._in_gegenbeispiel(i):
                self.leaves.setdefault(merkmal, []).append(i)

    def root(self, i: int) -> int:
        while i in self.parent:
            i = self.parent[i][0]
        return i

    def _in_gegenbeispiel(self, i: int) -> bool:
        while i in self.parent:
            parent, slot = self.parent[i]
            if self.kinds[parent] == "begriff" and slot == 2:
                return True
            i = parent
        return False


def _structure(compiled: "CompiledNorm") -> _Structure:
    if compiled._structure is None:
        compiled._structure = _Structure(compiled)
    return compiled._structure


class _Evaluator:
    """Erreichbare Werte jedes Knotens als Mengen von Tupeln (eine oder zwei Kopien des Falls)."""

    def __init__(self, compiled: "CompiledNorm", values: dict, copies: int = 1, twin: tuple | None = None):
        self.table = compiled.data["knoten"]
        self.compare = compiled.data["vergleiche"]
        self.domains = compiled.domains
        self.values = values          # Merkmal → Wert (None = unbekannt, einmal vorkommend)
        self.copies = copies
        self.twin = twin              # (Merkmal, Wert in Kopie 1, Wert in Kopie 2)
        self.memo: dict[int, frozenset] = {}

    def leaf(self, node_id: int, merkmal: str) -> frozenset:
        cmp = self.compare[node_id]

        def test(value):
            return bool(value) if cmp is None else _COMPARE[cmp[0]](value, cmp[1])

        if self.twin is not None and merkmal == self.twin[0]:
            return frozenset(((test(self.twin[1]), test(self.twin[2])),))
        value = self.values.get(merkmal)
        if value is None:
            outcomes = {test(v) for v in self.domains[merkmal]}
        else:
            outcomes = {test(value)}
        return frozenset((o,) * self.copies for o in outcomes)

    def node(self, node_id: int) -> frozenset:
        found = self.memo.get(node_id)
        if found is not None:
            return found
        kind, _label, _cites, children, merkmal = self.table[node_id]
        if kind in ("merkmal", "vergleich"):
            result = self.leaf(node_id, merkmal)
        elif kind == "nicht":
            result = frozenset(tuple(not x for x in t) for t in self.node(children[0]))
        elif kind == "alle":
            result = self._fold(children, all_of=True)
        elif kind == "mindestens":
            result = self._fold(children, all_of=False)
        elif kind == "keines":
            result = frozenset(tuple(not x for x in t) for t in self._fold(children, all_of=False))
        elif kind == "begriff":
            result = self._fold([c for c in (children[1], children[0]) if c is not None], all_of=False)
        else:  # pragma: no cover
            raise ValueError(kind)
        self.memo[node_id] = result
        return result

    def _fold(self, children, all_of: bool) -> frozenset:
        acc = frozenset(((all_of,) * self.copies,))
        for child in children:
            values = self.node(child)
            if all_of:
                acc = frozenset(tuple(a and b for a, b in zip(x, y)) for x in acc for y in values)
            else:
                acc = frozenset(tuple(a or b for a, b in zip(x, y)) for x in acc for y in values)
        return acc


def _flips(structure: _Structure, ev: _Evaluator, leaf: int) -> bool:
    """Kann ein einmal vorkommendes Blatt seinen Prüfpunkt kippen? (alle Geschwister lassen es durch)"""
    node = leaf
    while node in structure.parent:
        parent, slot = structure.parent[node]
        kind, _l, _c, children, _m = ev.table[parent]
        siblings = [c for c in children if c is not None and c != node]
        if kind == "alle":
            if any((True,) not in ev.node(c) for c in siblings):
                return False
        elif kind in ("mindestens", "keines"):
            if any((False,) not in ev.node(c) for c in siblings):
                return False
        elif kind == "begriff":
            if slot == 2:
                return False
            other = children[1 - slot] if slot in (0, 1) else None
            if other is not None and (False,) not in ev.node(other):
                return False
        node = parent
    return True


def analyse(compiled: "CompiledNorm", facts: Facts) -> tuple[frozenset, tuple[str, ...], bool]:
    """Mögliche Ergebnis-Codes und die entscheidenden unbekannten Merkmale, exakt.

    Liefert ``(ergebnisse, merkmale, exakt)``. ``exakt`` ist ``False`` nur, wenn
    die Zahl der Kombinationen die Grenze überschreitet; dann sind alle
    unbekannten Merkmale der Prüfpunkte aufgeführt (eine Obermenge).
    """
    structure = _structure(compiled)
    points = compiled.checkpoints
    combine = compiled.combine
    known = facts.three
    unknown = [m for m in structure.leaves if known.get(m) is None]
    shared = [m for m in unknown if len(structure.leaves[m]) > 1]
    single = [m for m in unknown if len(structure.leaves[m]) == 1]
    sigmas = [()]
    for m in shared:
        sigmas = [s + ((m, v),) for s in sigmas for v in compiled.domains[m]]

    def fallback():
        return frozenset(), tuple(sorted(unknown)), False

    # Je Belegung σ: Werte der Prüfpunkte und Ergebnis-Tabelle über die offenen Prüfpunkte.
    per_sigma = []
    budget = MAX_COMBINATIONS
    for sigma in sigmas:
        values = dict(known)
        values.update(sigma)
        ev = _Evaluator(compiled, values)
        sets = {p: ev.node(p) for p in points}
        free = [p for p in points if len(sets[p]) > 1]
        fixed = {p: next(iter(sets[p]))[0] for p in points if len(sets[p]) == 1}
        budget -= 1 << len(free)
        if budget < 0:
            return fallback()
        table = {}
        for bits in range(1 << len(free)):
            W = dict(fixed)
            for k, p in enumerate(free):
                W[p] = bool(bits >> k & 1)
            table[bits] = combine(W)
        per_sigma.append((sigma, ev, free, table))

    outcomes = frozenset(code for _s, _e, _f, table in per_sigma for code in table.values())
    if len(outcomes) <= 1:
        return outcomes, (), True

    missing: set[str] = set()
    # Einmal vorkommende Merkmale: Blatt kippt Prüfpunkt, Prüfpunkt kippt Ergebnis.
    for m in single:
        leaf = structure.leaves[m][0]
        point = structure.root(leaf)
        for _sigma, ev, free, table in per_sigma:
            if point not in free or len(ev.node(leaf)) < 2 or not _flips(structure, ev, leaf):
                continue
            k = free.index(point)
            if any(table[bits] != table[bits ^ (1 << k)] for bits in table):
                missing.add(m)
                break
    # Mehrfach vorkommende Merkmale: ändern sich die möglichen Ergebnisse mit ihrem Wert?
    for m in shared:
        groups: dict[tuple, dict] = {}
        for sigma, _ev, _free, table in per_sigma:
            rest = tuple(item for item in sigma if item[0] != m)
            value = dict(sigma)[m]
            groups.setdefault(rest, {})[value] = frozenset(table.values())
        for rest, by_value in groups.items():
            sets_ = list(by_value.values())
            if any(s != sets_[0] for s in sets_):
                missing.add(m)
                break
            if len(sets_[0]) > 1 and _twin_differs(compiled, known, dict(rest), m, list(by_value)):
                missing.add(m)
                break
    return outcomes, tuple(sorted(missing)), True


def _twin_differs(compiled: "CompiledNorm", known: dict, rest: dict, m: str, values: list) -> bool:
    """Gibt es eine Vervollständigung, in der nur ``m`` verschieden ist und das Ergebnis sich ändert?"""
    points = compiled.checkpoints
    for i, v in enumerate(values):
        for w in values[i + 1:]:
            base = dict(known)
            base.update(rest)
            ev = _Evaluator(compiled, base, copies=2, twin=(m, v, w))
            pair_sets = [sorted(ev.node(p)) for p in points]
            total = 1
            for options in pair_sets:
                total *= len(options)
            if total > MAX_COMBINATIONS:
                return True  # nicht entscheidbar: vorsichtshalber aufführen
            for choice in _product(pair_sets):
                first = {p: pair[0] for p, pair in zip(points, choice)}
                second = {p: pair[1] for p, pair in zip(points, choice)}
                if compiled.combine(first) != compiled.combine(second):
                    return True
    return False


def _product(lists):
    if not lists:
        yield ()
        return
    for head in lists[0]:
        for tail in _product(lists[1:]):
            yield (head,) + tail


# --- Ergebnisse -----------------------------------------------------------------

class Result:
    """Das Ergebnis einer Norm für einen Fall.

    ``begruendung`` wird beim ersten Zugriff aus den Knotenwerten aufgebaut
    (eine Liste von Knoten, je ein ``dict`` mit ``text``, ``wert``,
    ``fundstellen``, ``kinder``); ohne Begründung ist sie ``None``.
    """

    __slots__ = ("norm", "outcome", "missing", "possible", "exact", "fassung_grund", "hinweis", "_compiled",
                 "_values", "_facts", "_begruendung", "_extras")

    def __init__(self, compiled, outcome: Outcome, missing, possible, exact, values, facts):
        self._compiled = compiled
        self.norm: str = compiled.id
        self.outcome = outcome
        self.missing: tuple[str, ...] = missing
        self.possible: tuple[Outcome, ...] = possible
        self.exact = exact
        self._values = values
        self._facts = facts
        self._begruendung = None
        self._extras = None
        self.fassung_grund: str | None = None
        self.hinweis: str | None = None  # gesetzt, wenn am Stichtag keine Fassung gilt

    @property
    def fassung(self) -> dict | None:
        """Die angewandte Fassung (Name, gilt ab/bis, Stand, Fundstellen) oder None bei zeitlosen Normen."""
        return None if self.hinweis else self._compiled.data.get("fassung")

    @property
    def nebenfolgen(self) -> dict:
        """Nebenfolgen des Ergebnisses (Art → Text, Fundstellen, ggf. Vorbehalt); beim ersten Zugriff bestimmt."""
        if self._extras is None:
            self._extras = self._compiled._extras(self.outcome, self._facts)
        return self._extras[0]

    @property
    def ermessenskriterien(self) -> tuple:
        """Was die Behörde im Ermessen abzuwägen hat (bei Ermessen und Soll-Regel)."""
        if self._extras is None:
            self._extras = self._compiled._extras(self.outcome, self._facts)
        return self._extras[1]

    @property
    def title(self) -> str:
        return self._compiled.title

    @property
    def action(self) -> str:
        return self._compiled.action

    @property
    def sentence(self) -> str:
        return self.outcome.sentence(Action(self.action))

    @property
    def begruendung(self) -> list | None:
        if self.hinweis:
            return [{"text": self.hinweis, "wert": "nein", "fundstellen": [], "kinder": []}]
        if self._values is None:
            return None
        if self._begruendung is None:
            tree = explain(self._compiled, self._values, self._facts, self.outcome)
            if self.fassung is not None:
                tree.insert(0, _fassung_node(self.fassung, self.fassung_grund))
            self._begruendung = tree
        return self._begruendung

    def _node_values(self) -> list:
        """Die Knotenwerte; ohne Begründung beim ersten Bedarf nachgerechnet."""
        if self._values is None:
            self._values = [NICHT_AUSGEWERTET] * self._compiled.data["knotenzahl"]
            self._compiled.values(self._facts.three, self._values)
        return self._values

    def reasons(self) -> list[str]:
        """Kurze Gründe für Versagung oder Nichtanwendbarkeit (für die Gesamtprüfung)."""
        if self.hinweis:
            return [self.hinweis]
        V = self._node_values()
        data = self._compiled.data
        table = data["knoten"]

        def label(node_id) -> str:
            return table[node_id][1] if node_id is not None else ""

        def cites(items) -> str:
            return f" ({'; '.join(items)})" if items else ""

        out: list[str] = []
        if self.outcome is Outcome.VERSAGT:
            for rule in data["regeln"]:
                if rule["grad"] in ("versagung", "regelversagung") and V[rule["id"]] is True:
                    out.append(f"{label(rule['bedingung'])}{cites(rule['fundstellen'])}")
            for applied in data["vorschriften"]:
                derogation = applied["bedingung"]
                if applied["geltung"] in ("ermessen", "abweichend") and (derogation is None or V[derogation] is True):
                    continue
                for rule in applied["regeln"]:
                    if V[rule["id"]] is True:
                        out.append(f"{applied['id']}: {label(rule['bedingung'])}{cites(rule['fundstellen'])}")
        elif self.outcome is Outcome.NICHT_ERFUELLT:
            tb = data["tatbestand"]
            if tb is not None and V[tb] is False:
                kind, _text, tb_cites, children, _m = table[tb]
                failing = [c for c in children if V[c] is False] if kind == "alle" else [tb]
                out.extend(f"nicht erfüllt: {label(c)}" for c in failing)
            else:
                out.append("keine Rechtsfolge greift")
        return out

    def citations(self) -> list[str]:
        """Alle Fundstellen der Begründung, in Reihenfolge, ohne Wiederholung."""
        found: dict[str, None] = {}

        def walk(node):
            for c in node["fundstellen"]:
                found.setdefault(c, None)
            for child in node["kinder"]:
                walk(child)

        for node in self.begruendung or ():
            walk(node)
        return list(found)

    def to_dict(self) -> dict:
        """Der stabile JSON-Vertrag eines Ergebnisses."""
        data = {
            "norm": self.norm,
            "titel": self.title,
            "ergebnis": self.outcome.value,
            "handlung": self.action,
            "entscheidung": self.sentence,
            "begruendung": self.begruendung if self.begruendung is not None else [],
            "fehlende_merkmale": list(self.missing),
            "nebenfolgen": self.nebenfolgen,
            "ermessenskriterien": [dict(k) for k in self.ermessenskriterien],
        }
        if self.fassung is not None:
            f = self.fassung
            data["fassung"] = {"name": f["name"], "gilt_ab": f["ab"], "gilt_bis": f["bis"], "stand": f["stand"],
                               "fundstellen": list(f["fundstellen"]), "gewaehlt": self.fassung_grund}
        if self.outcome is Outcome.OFFEN:
            data["moegliche_ergebnisse"] = [o.value for o in self.possible]
            if not self.exact:
                data["hinweis"] = ("Zu viele Kombinationen unbekannter Merkmale für eine genaue Auswertung; "
                                   "aufgeführt sind alle unbekannten Merkmale der Prüfpunkte.")
        return data

    def __repr__(self) -> str:
        return f"<Result {self.norm}: {self.outcome.value}>"


# --- Übersetzte Normen ------------------------------------------------------------

class CompiledNorm:
    """Eine übersetzte Norm: Daten aus dem erzeugten Modul plus dessen Funktionen."""

    def __init__(self, data: dict, decide, combine, values, conditions: dict):
        self.data = data
        self.combine = combine
        self.checkpoints: tuple[int, ...] = data["pruefpunkte"]
        self.id: str = data["id"]
        self.title: str = data["titel"]
        self.action: str = data["handlung"]
        self.file: str = data["datei"]
        self.merkmale: tuple[str, ...] = data["merkmale"]
        self.domains: dict = data["domaenen"]
        self._structure = None
        self.decide = decide
        self.values = values
        self.conditions = conditions

    def entscheiden(self, facts: Facts) -> Outcome:
        """Nur das Ergebnis, ohne Begründung und ohne Nebenfolgen (der schnelle Weg)."""
        try:
            return _OUTCOME_BY_CODE[self.decide(facts.fast)]
        except UnknownFact:
            outcomes, _missing, exact = analyse(self, facts)
            if exact and len(outcomes) == 1:
                return _OUTCOME_BY_CODE[next(iter(outcomes))]
            return Outcome.OFFEN

    def pruefen(self, facts: Facts, begruendung: bool = True) -> Result:
        """Ergebnis mit fehlenden Merkmalen, Nebenfolgen, Ermessenskriterien und (wahlweise) Begründung."""
        missing: tuple[str, ...] = ()
        possible: tuple[Outcome, ...] = ()
        exact = True
        try:
            outcome = _OUTCOME_BY_CODE[self.decide(facts.fast)]
        except UnknownFact:
            codes, missing, exact = analyse(self, facts)
            if exact and len(codes) == 1:
                outcome = _OUTCOME_BY_CODE[next(iter(codes))]
            else:
                outcome = Outcome.OFFEN
                possible = tuple(o for o in OUTCOME_ORDER if o in {_OUTCOME_BY_CODE[c] for c in codes})
        values = None
        if begruendung:
            values = [NICHT_AUSGEWERTET] * self.data["knotenzahl"]
            self.values(facts.three, values)
        return Result(self, outcome, missing, possible, exact, values, facts)

    def _condition(self, node_id, facts: Facts):
        if node_id is None:
            return True
        try:
            return bool(self.conditions[node_id](facts.fast))
        except UnknownFact:
            return None

    def _applicable(self, items, facts: Facts):
        """Einträge, deren Bedingung erfüllt oder unbekannt ist (dann mit Vorbehalt)."""
        for item in items:
            holds = self._condition(item["bedingung"], facts)
            if holds is False:
                continue
            entry = {"text": item["text"], "fundstellen": list(item["fundstellen"])}
            if holds is None:
                entry["vorbehalt"] = "gilt nur, falls: " + item["bedingung_text"]
            yield item, entry

    def _extras(self, outcome: Outcome, facts: Facts) -> tuple[dict, tuple]:
        if outcome in (Outcome.ANSPRUCH, Outcome.SOLL, Outcome.ERMESSEN):
            on = "erteilung"
        elif outcome is Outcome.VERSAGT:
            on = "versagung"
        else:
            return {}, ()
        nebenfolgen = {item["art"]: entry for item, entry in
                       self._applicable((i for i in self.data["nebenfolgen"] if i["bei"] == on), facts)}
        kriterien = []
        if outcome in (Outcome.ERMESSEN, Outcome.SOLL):
            kriterien = [entry for _item, entry in self._applicable(self.data["ermessenskriterien"], facts)]
            if outcome is Outcome.SOLL:
                kriterien = [dict(k, hinweis="nur im atypischen Fall") for k in kriterien]
        return nebenfolgen, tuple(kriterien)


def _fassung_node(fassung: dict, grund: str | None) -> dict:
    period = f"gilt ab {german_date(fassung['ab'])}"
    if fassung["bis"]:
        period += f" bis {german_date(fassung['bis'])}"
    text = f"Angewandte Fassung: {fassung['name']} ({period})"
    if grund:
        text += f" – {grund}"
    return {"text": text, "wert": "ja", "fundstellen": list(fassung["fundstellen"]), "kinder": []}


class VersionedNorm:
    """Eine Norm mit ihren Fassungen. Wählt nach dem Stichtag die geltende Fassung.

    Ohne Stichtag gilt die neueste Fassung (und das Ergebnis sagt es). Gilt am
    Stichtag keine Fassung, ist die Norm nicht anwendbar, mit diesem Grund.
    Eine Norm ohne Fassungen hat genau eine, zeitlose Variante. Attribute wie
    ``data`` oder ``decide`` beziehen sich auf die neueste Fassung.
    """

    def __init__(self, variants: list[CompiledNorm]):
        self.variants = sorted(variants, key=lambda v: (v.data.get("fassung") or {}).get("ab") or "")
        self.newest = self.variants[-1]

    def __getattr__(self, name):
        return getattr(self.newest, name)

    def select(self, stichtag: str | None) -> tuple[CompiledNorm | None, str | None]:
        """(Variante, Grund der Wahl); Variante None, wenn am Stichtag keine Fassung gilt."""
        if self.newest.data.get("fassung") is None:
            return self.newest, None
        if stichtag is None:
            return self.newest, "kein Stichtag angegeben, daher die neueste Fassung"
        for variant in self.variants:
            f = variant.data["fassung"]
            if f["ab"] <= stichtag and (f["bis"] is None or stichtag <= f["bis"]):
                return variant, f"gilt am Stichtag {german_date(stichtag)}"
        known = "; ".join(
            f"{v.data['fassung']['name']} ab {german_date(v.data['fassung']['ab'])}"
            + (f" bis {german_date(v.data['fassung']['bis'])}" if v.data["fassung"]["bis"] else "")
            for v in self.variants
        )
        return None, (f"Am Stichtag {german_date(stichtag)} gilt keine hinterlegte Fassung von "
                      f"{self.id} ({known}).")

    def entscheiden(self, facts: Facts, stichtag: str | None = None) -> Outcome:
        variant, _why = self.select(stichtag or facts.stichtag)
        return variant.entscheiden(facts) if variant is not None else Outcome.NICHT_ERFUELLT

    def pruefen(self, facts: Facts, begruendung: bool = True, stichtag: str | None = None) -> Result:
        variant, why = self.select(stichtag or facts.stichtag)
        if variant is None:
            result = Result(self.newest, Outcome.NICHT_ERFUELLT, (), (), True, None, facts)
            result.hinweis = why
            return result
        result = variant.pruefen(facts, begruendung=begruendung)
        result.fassung_grund = why
        return result


# --- Begründung ----------------------------------------------------------------------

_WERT = {True: truth_word(True), False: truth_word(False), None: truth_word(None)}


def _fmt_value(merkmal_type: str, value) -> str:
    if value is None:
        return truth_word(None)
    kind = MerkmalType(merkmal_type)
    if kind is MerkmalType.DURATION:
        return duration_text(float(value))
    if kind is MerkmalType.COUNT:
        return f"{float(value):g}"
    if kind is MerkmalType.DATE:
        return german_date(value)
    if kind is MerkmalType.BOOL:
        return truth_word(value)
    return f"„{value}“"


def explain(compiled: CompiledNorm, V: list, facts: Facts, outcome: Outcome) -> list:
    """Begründungsbaum aus den Knotenwerten.

    Gezeigt wird, was das Ergebnis trägt: Bei erfüllten „alle folgenden“ jede
    Voraussetzung, bei nicht erfüllten nur die fehlenden; bei „mindestens
    eines“ umgekehrt. Unbekannte Teile werden immer gezeigt. Jeder Knoten
    nennt seine Fundstellen.
    """
    data = compiled.data
    table = data["knoten"]
    types = data["typen"]

    def leaf_text(node_id: int) -> str:
        kind, label, _cites, _children, merkmal = table[node_id]
        if kind == "vergleich":
            return f"{label} (laut Fall: {_fmt_value(types[merkmal], facts.three.get(merkmal))})"
        return f"{label} (laut Fall: {_WERT[facts.three.get(merkmal)]})"

    def node(node_id: int) -> dict:
        kind, label, cites, children, merkmal = table[node_id]
        value = V[node_id]
        cites = list(cites)
        kids: list[dict] = []
        if kind == "merkmal":
            text = f"{label}: {_WERT[value]}"
        elif kind == "vergleich":
            text = leaf_text(node_id)
        elif kind == "nicht":
            inner = children[0]
            if table[inner][0] in ("merkmal", "vergleich"):
                text = "nicht " + leaf_text(inner)
                cites = list(dict.fromkeys(cites + list(table[inner][2])))
            else:
                text = label
                kids = [node(inner)]
        elif kind == "begriff":
            text = f"{label}: " + {True: "liegt vor", False: "liegt nicht vor", None: "offen"}[value]
            definition, regel, gegen = children
            parts = [c for c in (regel, definition) if c is not None]
            if value is True:
                parts = [c for c in parts if V[c] is True]
            elif value is None:
                parts = [c for c in parts if V[c] is None]
            for c in parts:
                child = node(c)
                if c == regel:
                    child["text"] = "Regelbeispiele: " + child["text"]
                kids.append(child)
            if gegen is not None and V[gegen] is True and value is not True:
                child = node(gegen)
                child["text"] = "genügt allein regelmäßig nicht: " + child["text"]
                kids.append(child)
            kids = _collapse(kids, cites)
        else:  # alle, mindestens, keines
            text = label
            kids = [node(c) for c in _relevant(kind, value, children, V)]
        return {"text": text, "wert": _WERT[value], "fundstellen": cites, "kinder": kids}

    def rule_node(rule: dict, prefix: str) -> dict:
        value = V[rule["id"]]
        verdict = {True: "greift", False: "greift nicht", None: "offen"}[value]
        kids = []
        if rule["bedingung"] is not None:
            kids.append(node(rule["bedingung"]))
        for ausnahme_id, cites in rule["ausnahmen"]:
            if V[ausnahme_id] is True or V[ausnahme_id] is None:
                child = node(ausnahme_id)
                child["text"] = "es sei denn: " + child["text"]
                child["fundstellen"] = list(dict.fromkeys(list(cites) + child["fundstellen"]))
                kids.append(child)
        if rule["atypisch"] is not None and V[rule["atypisch"]] is not NICHT_AUSGEWERTET:
            child = node(rule["atypisch"])
            child["text"] = "atypischer Fall: " + child["text"]
            kids.append(child)
        return {"text": f"{prefix}{rule['text']} – {verdict}", "wert": _WERT[value],
                "fundstellen": list(rule["fundstellen"]), "kinder": _collapse(kids, rule["fundstellen"])}

    def tatbestand() -> dict | None:
        tb = data["tatbestand"]
        if tb is None:
            return None
        value = V[tb]
        verdict = {True: "erfüllt", False: "nicht erfüllt", None: "offen"}[value]
        return {"text": f"Tatbestand des {compiled.id} {verdict}", "wert": _WERT[value],
                "fundstellen": list(data["tatbestand_fundstellen"]),
                "kinder": _collapse([node(tb)], data["tatbestand_fundstellen"])}

    def vorschrift_node(applied: dict) -> dict | None:
        """Eine allgemeine Vorschrift: steht sie entgegen, öffnet sie nur das Ermessen, gilt sie nicht?"""
        rules = applied["regeln"]
        fired = _any3(V[r["id"]] for r in rules)
        name = f"{applied['id']} ({applied['titel']})"
        derogation = applied["bedingung"]
        cites = list(applied["fundstellen"])
        if applied["geltung"] == "abweichend" and (derogation is None or V[derogation] is True):
            if fired is False:
                return None
            kids = [rule_node(r, "") for r in rules if V[r["id"]] is not False]
            if derogation is not None:
                kids.append(node(derogation))
            return {"text": f"abweichend von {name}: steht nicht entgegen", "wert": "nein", "fundstellen": cites,
                    "kinder": kids}
        if applied["geltung"] == "ermessen" and (derogation is None or V[derogation] is not False):
            text = {True: f"{name}: nicht erfüllt – nach Ermessen abweichend, daher nur Ermessen",
                    False: f"{name}: steht nicht entgegen", None: f"{name}: offen"}[fired]
            kids = [rule_node(r, "") for r in rules]
            if derogation is not None and fired is not False:
                kids.append(node(derogation))
            return {"text": text, "wert": _WERT[fired], "fundstellen": cites or list(rules[0]["fundstellen"]),
                    "kinder": kids}
        kids = [rule_node(r, "") for r in rules]
        if derogation is not None and V[derogation] is not True:
            child = node(derogation)
            child["text"] = "Abweichung nur, wenn: " + child["text"]
            kids.append(child)
        text = {True: f"{name}: steht entgegen", False: f"{name}: steht nicht entgegen", None: f"{name}: offen"}[fired]
        return {"text": text, "wert": _WERT[fired], "fundstellen": cites or list(rules[0]["fundstellen"]),
                "kinder": kids}

    rules = data["regeln"]
    refusals = [r for r in rules if r["grad"] in ("versagung", "regelversagung")]
    grants = [r for r in rules if r["grad"] not in ("versagung", "regelversagung")]
    vorschriften = [v for v in (vorschrift_node(a) for a in data["vorschriften"]) if v is not None]
    out: list[dict] = []
    if outcome is Outcome.VERSAGT:
        out.extend(rule_node(r, "Versagung: ") for r in refusals if V[r["id"]] is True)
        out.extend(v for v in vorschriften if v["wert"] == "ja" and "entgegen" in v["text"])
    elif outcome is Outcome.NICHT_ERFUELLT:
        tb = tatbestand()
        if tb is not None:
            out.append(tb)
        if tb is None or tb["wert"] != "nein":
            out.extend(rule_node(r, "Rechtsfolge: ") for r in grants)
    else:
        tb = tatbestand()
        if tb is not None:
            out.append(tb)
        if outcome in (Outcome.ANSPRUCH, Outcome.SOLL):
            wanted = {"anspruch"} if outcome is Outcome.ANSPRUCH else {"soll", "regelanspruch"}
            shown = [r for r in grants if r["grad"] in wanted and V[r["id"]] is True]
        else:
            # Bei Ermessen gehört dazu, warum keine stärkere Rechtsfolge greift.
            shown = grants
        out.extend(rule_node(r, "Rechtsfolge: ") for r in shown or grants)
        out.extend(rule_node(r, "Versagungsgrund: ") for r in refusals)
        out.extend(vorschriften)
    return out


def _collapse(kids: list[dict], parent_cites=()) -> list[dict]:
    """Eine einzelne Aufzählung unter einem Knoten wird nicht als eigene Zeile gezeigt,
    wenn der Knoten ihre Fundstellen schon nennt."""
    if len(kids) == 1 and kids[0]["text"] in _GROUP_TEXTS and set(kids[0]["fundstellen"]) <= set(parent_cites):
        return kids[0]["kinder"]
    return kids


_GROUP_TEXTS = ("alle folgenden", "mindestens eines der folgenden", "keines der folgenden")


def _any3(values) -> bool | None:
    values = list(values)
    if True in values:
        return True
    if None in values:
        return None
    return False


def _relevant(kind: str, value, children, V):
    """Die Kinder einer Aufzählung, die ihren Wert tragen."""
    if value is None:
        return [c for c in children if V[c] is None]
    if kind == "alle":
        return list(children) if value else [c for c in children if V[c] is False]
    if kind == "mindestens":
        return [c for c in children if V[c] is True] if value else list(children)
    return list(children) if value else [c for c in children if V[c] is True]


