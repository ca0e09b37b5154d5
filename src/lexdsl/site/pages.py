"""Die erzeugten Seiten: je Norm eine Seite, das Glossar, die Gesamtprüfung und die Bausteine der Handseiten.

Jede Funktion sammelt Daten und gibt sie einer Vorlage (``templates/``, Jinja2 mit Autoescape); heraus kommt
Markdown mit HTML-Blöcken. Seitenpfade sind relativ zu ``docs/`` und enden auf ``.md``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Iterator
from fractions import Fraction
from typing import Any

from markupsafe import Markup

from ..compiler import ir, printer
from ..language import nodes
from ..runtime.explain import value_text
from ..vocabulary import (
    Geltung,
    MerkmalType,
    NormKind,
    Occasion,
    Outcome,
    SourceKind,
    fassung_period,
    german_date,
    german_list,
)
from .anchors import Anchors, sort_key
from .project import NormDoc, Project
from .rendering import environment, link, render
from .scenarios import BESTANDEN, FEHLGESCHLAGEN, NICHT_AUSGEFUEHRT, ScenarioDoc

GLOSSAR = "glossar.md"
GESAMT = "gesamtpruefung.md"
FONT_FOLDER = "assets/fonts"
GLOSSAR_SCRIPT = "assets/javascripts/glossar.js"

_STATUS_CLASS = {BESTANDEN: "lx-ok", FEHLGESCHLAGEN: "lx-fehler", NICHT_AUSGEFUEHRT: "lx-offen"}


def _fassung_text(fassung: ir.Fassung | None) -> str:
    if fassung is None:
        return ""
    period = fassung_period(fassung.ab, fassung.bis, fassung.unmodelled_before, fassung.undated_change)
    stand = f", Stand {german_date(fassung.stand)}" if fassung.stand else ""
    return f"Fassung „{fassung.name}“: {period}{stand}"


# ------------------------------------------------------------ Bedingungen

def condition_view(cond: ir.Condition, page: str, anchors: Anchors) -> dict[str, Any]:
    """Ein Bedingungsbaum als Daten für den Baustein ``condition`` (Begriffe und Merkmale mit Verweis
    ins Glossar)."""
    if isinstance(cond, ir.BegriffRef):
        return {"kind": "begriff", "name": cond.name, "href": link(page, GLOSSAR, anchors.begriff(cond.name)),
                "citations": cond.citations}
    if isinstance(cond, (ir.Fact, ir.Compare)):
        label = printer.label(cond)
        return {"kind": "merkmal", "name": cond.merkmal, "href": link(page, GLOSSAR, anchors.merkmal(cond.merkmal)),
                "rest": label[len(cond.merkmal):] if label.startswith(cond.merkmal) else "",
                "citations": cond.citations}
    if isinstance(cond, ir.Not):
        return {"kind": "nicht", "operand": condition_view(cond.operand, page, anchors), "citations": cond.citations}
    return {"kind": "gruppe", "label": printer.label(cond), "citations": cond.citations,
            "children": [condition_view(child, page, anchors) for child in cond.children]}


def condition_html(cond: ir.Condition | None, page: str, anchors: Anchors) -> Markup:
    """Ein Bedingungsbaum als verschachtelte Liste (aus der Vorlage ``_bausteine.html``)."""
    if cond is None:
        return Markup("")
    return Markup(_macros().condition(condition_view(cond, page, anchors)))


def _macros() -> Any:
    return environment().get_template("_bausteine.html").module


def names_used(conditions: Iterable[ir.Condition], corpus: ir.CorpusIR) -> tuple[set[str], set[str]]:
    """Merkmale und Begriffe in Bedingungsbäumen (auch in den verwendeten Begriffen)."""
    merkmale: set[str] = set()
    begriffe: set[str] = set()
    for root in conditions:
        for node in ir.walk(root, corpus.begriff_map):
            if isinstance(node, (ir.Fact, ir.Compare)):
                merkmale.add(node.merkmal)
            elif isinstance(node, ir.BegriffRef):
                begriffe.add(node.name)
    return merkmale, begriffe


def own_conditions(norm: ir.Norm) -> Iterator[ir.Condition | None]:
    """Die Bedingungen, die in der Norm selbst stehen (ohne den Inhalt der allgemeinen Vorschriften)."""
    yield norm.tatbestand
    for rule in norm.rules:
        yield rule.condition
        yield rule.atypisch
        for a in rule.ausnahmen:
            yield a.condition
    for applied in norm.vorschriften:
        yield applied.condition
    for nebenfolge in norm.nebenfolgen:
        yield nebenfolge.condition
    for kriterium in norm.ermessenskriterien:
        yield kriterium.condition


# ------------------------------------------------------------ Wortlaut und Regel

def _flat_parts(parts: Iterable[nodes.NormPart]) -> Iterator[tuple[str, nodes.NormPart]]:
    for part in parts:
        if isinstance(part, nodes.Fassung):
            yield ("fassung", part)
            yield from _flat_parts(part.parts)
        else:
            yield ("teil", part)


def text_and_rule_rows(doc: NormDoc) -> list[tuple[str, list[nodes.Wortlaut], str]]:
    """Die Norm in Zeilen: (Art, zitierter Wortlaut, Quelltext der Regeln daneben).

    Ein Wortlaut gehört zu den Regeln, die ihm bis zum nächsten Wortlaut folgen.
    Der Kopf einer Fassung bildet eine eigene Zeile.
    """
    lines = doc.source.splitlines()
    start = doc.ast.span.line
    parts = list(_flat_parts(doc.ast.parts))
    end = doc.ast.span.end_line if doc.ast.span.end_line > start else len(lines) + 1

    def code(first: int, last: int) -> str:
        chunk = lines[first - 1:last - 1]
        while chunk and (not chunk[-1].strip() or chunk[-1].lstrip().startswith("#")):
            chunk.pop()
        return _dedent("\n".join(chunk))

    starts = [p.span.line for _, p in parts] + [end]
    rows: list[tuple[str, list[nodes.Wortlaut], str]] = []
    first_part = starts[0]
    if first_part > start:
        rows.append(("kopf", [], code(start, first_part)))
    else:
        rows.append(("kopf", [], lines[start - 1].strip()))
    pending: list[nodes.Wortlaut] = []
    code_from: int | None = None
    for index, (_, part) in enumerate(parts):
        nxt = starts[index + 1]
        if isinstance(part, nodes.Fassung):  # Art „fassung“ (siehe ``_flat_parts``)
            if code_from is not None or pending:
                rows.append(("paar", pending, code(code_from, part.span.line) if code_from else ""))
                pending, code_from = [], None
            header_end = part.parts[0].span.line if part.parts else nxt
            rows.append(("fassung", [], code(part.span.line, header_end)))
            continue
        if isinstance(part, nodes.Wortlaut):
            if code_from is not None:
                rows.append(("paar", pending, code(code_from, part.span.line)))
                pending, code_from = [], None
            pending.append(part)
            continue
        if code_from is None:
            code_from = part.span.line
    if code_from is not None or pending:
        rows.append(("paar", pending, code(code_from, end) if code_from else ""))
    return rows


def _dedent(text: str) -> str:
    """Gemeinsame Einrückung entfernen und die in der Datei rechtsbündig ausgerichteten Fundstellen heranrücken."""
    import re

    lines = text.splitlines()
    indents = [len(line) - len(line.lstrip(" ")) for line in lines if line.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(re.sub(r"[ \t]{3,}(\[[^\[\]]*\]:?)$", r"  \1", line[cut:].rstrip()) for line in lines)


def wortlaut_kind(wortlaut: nodes.Wortlaut) -> SourceKind | None:
    """Die Art der Quelle eines Wortlauts (nach seiner ersten Fundstelle)."""
    return SourceKind.of(wortlaut.citations[0]) if wortlaut.citations else None


def _kind_rank(wortlaut: nodes.Wortlaut) -> int:
    """Rangfolge der Quellen: Gesetz, VwV, WD, dann Unbekanntes (stabil sortiert, sonst wie in der Datei)."""
    kind = wortlaut_kind(wortlaut)
    return list(SourceKind).index(kind) if kind is not None else len(SourceKind)


def wortlaut_view(items: list[nodes.Wortlaut]) -> list[dict[str, Any]]:
    """Die zitierten Texte neben einer Regel, nach Art getrennt und beschriftet: Gesetz, VwV, WD."""
    out = []
    for w in sorted(items, key=_kind_rank):
        kind = wortlaut_kind(w)
        out.append({"label": kind.label if kind else "Quelle", "css": kind.value if kind else "sonstige",
                    "text": " ".join(line.lstrip(">").strip() for line in w.lines), "citations": w.citations})
    return out


def _wortlaut_html(items: list[nodes.Wortlaut]) -> str:
    return render("_wortlaut.html", items=wortlaut_view(items))


def text_and_rule_view(doc: NormDoc) -> list[dict[str, Any]]:
    """Wortlaut und Regel in Abschnitten zum Aufklappen: was für alle Fassungen gilt, dann je Fassung."""
    groups: list[dict[str, Any]] = [{"title": "", "rows": []}]
    for kind, wortlaut, source in text_and_rule_rows(doc):
        if kind == "fassung":
            head = source.splitlines()[0].strip() if source else "Fassung"
            groups.append({"title": head.split("[")[0].strip().rstrip(":"), "rows": []})
        groups[-1]["rows"].append({"kind": kind, "wortlaut": wortlaut_view(wortlaut), "source": source})
    return [g for g in groups if g["rows"]]


# ------------------------------------------------------------ Norm-Seite

def diagram_files(doc: NormDoc) -> list[str]:
    """Die Pfade der Diagramme einer Norm als eigene SVG-Dateien (relativ zu docs/), je Fassung eine."""
    return [f"{doc.page[:-3]}-diagramm-{i}.svg" for i in range(1, len(doc.variants) + 1)]


def standalone_diagrams(project: Project) -> dict[str, str]:
    """Jedes Diagramm allein, zum Öffnen in voller Größe: Pfad (relativ zu docs/) → SVG."""
    from .diagram import diagram_svg

    out: dict[str, str] = {}
    for doc in project.norms:
        for variant, path in zip(doc.variants, diagram_files(doc), strict=True):
            fonts = posixpath.relpath(FONT_FOLDER, posixpath.dirname(path) or ".") + "/"
            out[path] = '<?xml version="1.0" encoding="UTF-8"?>\n' + str(diagram_svg(variant, font_url=fonts))
    return out


def norm_page(project: Project, doc: NormDoc) -> str:
    from .diagram import diagram_svg

    variants = doc.variants
    page = doc.page
    scenarios = [s for f in project.features for s in f.scenarios if doc.id in s.norms]
    vorschrift = doc.kind is NormKind.VORSCHRIFT
    return render(
        "norm.md", doc=doc, page=page, vorschrift=vorschrift,
        description=variants[0].description if variants else "",
        source=f"{project.relative(doc.ast.span.file)}:{doc.ast.span.line}",
        fassungen=[_fassung_text(v.fassung) for v in variants if v.fassung],
        paare=text_and_rule_view(doc),
        diagramme=[(Markup(diagram_svg(v)), _fassung_text(v.fassung) if v.fassung else doc.id,
                    posixpath.basename(path)) for v, path in zip(variants, diagram_files(doc), strict=True)],
        applies_to=applies_to(project, doc) if vorschrift else "",
        nebenfolgen="" if vorschrift else nebenfolgen_html(variants, page, project.anchors),
        kriterien="" if vorschrift else kriterien_html(variants, page, project.anchors),
        szenarien="" if vorschrift else scenarios_html(project, scenarios, page),
        abdeckung="" if vorschrift else coverage_html(project, doc),
        analyse="" if vorschrift else analysis_html(project, doc),
        namen=names_html(variants, page, vorschrift, project.corpus, project.anchors))


# ------------------------------------------------------------ Analyse (lexdsl analysieren)

AENDERUNGEN = "aenderungen.md"


def _witness_text(project: Project, facts: dict[str, Any]) -> str:
    """Ein Zeugenfall aus dem JSON-Vertrag, deutsch geschrieben."""
    if not facts:
        return "jeder Fall"
    parts = []
    for name, raw in facts.items():
        info = project.runtime.merkmale.get(name)
        value: Any = raw
        if info is not None and info.type is MerkmalType.DURATION and isinstance(raw, str):
            value = Fraction(raw)
        parts.append(f"{name}: {value_text(info.type, value)}" if info is not None else f"{name}: {raw}")
    return "; ".join(parts)


def _grade(value: str) -> str:
    return Outcome(value).grade_name


def _comparison_view(project: Project, comparison: dict[str, Any]) -> dict[str, Any]:
    rows = [[_grade(t["vorher"]), _grade(t["nachher"]), _witness_text(project, t["zeugenfall"]),
             "; ".join(f"{c['bedingung']}: {'ja' if c['erfuellt'] else 'nein'}" for c in t.get("bedingungen", []))]
            for t in comparison["uebergaenge"]]
    return {"vorher": comparison["vorher"], "nachher": comparison["nachher"],
            "gleichwertig": comparison["gleichwertig"], "rows": rows}


def _findings_rows(project: Project, findings: list[dict[str, Any]]) -> list[list[str]]:
    """Befunde mit Fundstelle; angenommene mit ihrer Begründung aus „# gewollt:“."""
    rows = []
    for f in findings:
        status = f"angenommen: {f['angenommen']}" if f["angenommen"] is not None else "offen"
        text = f["text"] + (f" Zum Beispiel bei {_witness_text(project, f['fall'])}." if f.get("fall") else "")
        path, line, column = f["stelle"].rsplit(":", 2)
        rows.append([f"{project.relative(path)}:{line}:{column}", text, status])
    return rows


def analysis_html(project: Project, doc: NormDoc) -> str:
    """Was die Norm überhaupt entscheiden kann (je Fassung) und was sich zwischen ihren Fassungen ändert."""
    found = project.findings
    if found is None:
        return render("analyse.html", found=None)
    variants = []
    for f in (f for f in found["fassungen"] if f["norm"] == doc.id):
        rows = [[_grade(w["ergebnis"]), _witness_text(project, w["zeugenfall"])] for w in f["erreichbar"]]
        rows += [[_grade(o), "nie – kein Fall ergibt es (bewiesen)"] for o in f["nie_erreichbar"]]
        variants.append({"title": f"Fassung „{f['fassung']}“" if f["fassung"] else doc.id,
                         "nicht_analysiert": f["nicht_analysiert"], "rows": rows,
                         "pairs": len(f.get("bedingungen", [])),
                         "findings": _findings_rows(project, f.get("befunde", []))})
    comparisons = [_comparison_view(project, c) for c in found["vergleiche"] if c["norm"] == doc.id]
    return render("analyse.html", found=found, variants=variants, comparisons=comparisons)


def changes_page(project: Project) -> str:
    """Alle Übergänge zwischen aufeinanderfolgenden Fassungen im Korpus."""
    found = project.findings
    if found is None:
        return render("aenderungen.md", found=None)
    by_norm: dict[str, list[dict[str, Any]]] = {}
    for comparison in found["vergleiche"]:
        by_norm.setdefault(comparison["norm"], []).append(_comparison_view(project, comparison))
    pages = {d.id: link(AENDERUNGEN, d.page) for d in project.norms}
    return render("aenderungen.md", found=found,
                  norms=[(norm, pages.get(norm), comparisons) for norm, comparisons in by_norm.items()],
                  findings=_findings_rows(project, found.get("befunde") or []))


def applies_to(project: Project, doc: NormDoc) -> str:
    rows = []
    for norm in project.norms:
        if norm.kind is not NormKind.NORM:
            continue
        for variant in norm.variants:
            for applied in variant.vorschriften:
                if applied.id != doc.id:
                    continue
                how = applied.mode.label
                if applied.mode is Geltung.ABWEICHEND and applied.condition is None:
                    how = "gilt nicht (abweichend von)"
                rows.append({"norm": norm.id, "href": link(doc.page, norm.page),
                             "fassung": variant.fassung.name if variant.fassung else "", "how": how,
                             "condition": (condition_view(applied.condition, doc.page, project.anchors)
                                           if applied.condition is not None else None),
                             "citations": applied.citations})
    return render("geltung.html", rows=rows)


def nebenfolgen_html(variants: list[ir.Norm], page: str, anchors: Anchors) -> str:
    seen: dict[tuple[str, str, Occasion, ir.Citations], list[ir.Norm]] = {}
    rows: list[tuple[tuple[str, str, Occasion, ir.Citations], ir.Nebenfolge]] = []
    for variant in variants:
        for item in variant.nebenfolgen:
            key = (item.key, item.text, item.on, item.citations)
            if key in seen:
                seen[key].append(variant)
                continue
            seen[key] = [variant]
            rows.append((key, item))
    several = len(variants) > 1
    items = []
    for key, item in rows:
        names = [v.fassung.name for v in seen[key] if v.fassung]
        items.append({"key": item.key, "text": item.text, "on": item.on.label, "citations": item.citations,
                      "condition": condition_view(item.condition, page, anchors) if item.condition is not None
                      else None,
                      "fassungen": (", ".join(names) if len(names) < len(variants) else "alle") if several else None})
    return render("nebenfolgen.html", items=items, several=several)


def kriterien_html(variants: list[ir.Norm], page: str, anchors: Anchors) -> str:
    seen: dict[tuple[str, ir.Citations], tuple[ir.Kriterium, list[ir.Norm]]] = {}
    for variant in variants:
        for item in variant.ermessenskriterien:
            seen.setdefault((item.text, item.citations), (item, []))[1].append(variant)
    if not seen:
        return ""
    items = []
    for (text, citations), (item, found) in seen.items():
        items.append({"text": text, "citations": citations,
                      "condition": condition_view(item.condition, page, anchors) if item.condition is not None
                      else None,
                      "fassungen": ", ".join(v.fassung.name for v in found if v.fassung)
                      if len(variants) > 1 and len(found) < len(variants) else ""})
    return render("kriterien.html", items=items)


def names_html(variants: list[ir.Norm], page: str, with_rules: bool, corpus: ir.CorpusIR,
               anchors: Anchors) -> str:
    conds = []
    for v in variants:
        conds += list(own_conditions(v))
        if with_rules:
            conds += [r.condition for r in v.rules]
    merkmale, begriffe = names_used((c for c in conds if c is not None), corpus)
    return render("namen.html",
                  begriffe=[(n, link(page, GLOSSAR, anchors.begriff(n))) for n in sorted(begriffe, key=sort_key)],
                  merkmale=[(n, link(page, GLOSSAR, anchors.merkmal(n))) for n in sorted(merkmale, key=sort_key)])


# ------------------------------------------------------------ Szenarien

def _status(status: str) -> dict[str, str]:
    return {"text": status, "css": _STATUS_CLASS[status]}


def _steps_view(steps: Iterable[Any]) -> list[dict[str, Any]]:
    return [{"keyword": s.keyword, "text": s.text, "table": s.table} for s in steps]


def _fundstelle(scenario: ScenarioDoc) -> str:
    """Die Fundstelle, aus der ein Szenario kommt: der Anfang seines Namens vor „ – “ (etwa „VwV 25.5.0“)."""
    head, dash, _rest = scenario.name.partition(" – ")
    return head.strip() if dash and head.strip() else "ohne Fundstelle im Namen"


def _facts_text(project: Project, facts: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for name in sorted(facts, key=sort_key):
        info = project.runtime.merkmale.get(name)
        value = facts[name]
        out.append((name, "unbekannt" if value is None else value_text(info.type, value) if info else str(value)))
    return out


def scenario_view(project: Project, scenario: ScenarioDoc, anchor: str) -> dict[str, Any]:
    """Ein Szenario für die Seite: Kopf, Schritte, Beispiele und was die Engine dazu sagt."""
    from ..render import summary
    from .replay import replay

    view: dict[str, Any] = {
        "name": scenario.name, "anchor": anchor, "status": _status(scenario.status),
        "kind": "Szenariogrundriss" if scenario.outline else "Szenario", "tags": scenario.tags,
        "source": f"{scenario.feature.path}:{scenario.line}", "steps": _steps_view(scenario.steps),
        "params": scenario.params, "examples": [], "grundlage_anchor": "", "geaendert": [], "ergebnis": None,
        "gesamt": None, "fehler": None}
    if scenario.outline:
        for example in scenario.examples:
            done = replay(project, scenario, example.steps)
            outcome = done.ergebnis.outcome.grade_name if done.ergebnis is not None else (done.fehler or "–")
            view["examples"].append({"status": _status(example.status), "outcome": outcome,
                                     "cells": [example.values.get(p, "") for p in scenario.params]})
        return view
    done = replay(project, scenario)
    view["fehler"] = done.fehler
    view["grundlage_anchor"] = _grundlage_anchor(project, scenario) if done.grundlage else ""
    view["geaendert"] = _facts_text(project, done.geaendert)
    if done.ergebnis is not None:
        view["ergebnis"] = done.ergebnis.to_dict()
    elif done.ergebnisse:
        view["gesamt"] = summary(list(done.ergebnisse.values()))
    return view


def _grundlage_anchor(project: Project, scenario: ScenarioDoc) -> str:
    return f"grundlage-{project.scenario_anchor(scenario).rsplit('-', 1)[0].removeprefix('s-')}"


def _grundlage_facts(project: Project, scenarios: list[ScenarioDoc]) -> list[tuple[str, str]]:
    """Die Merkmale der Grundlage einer Feature-Datei (für alle ihre Szenarien dieselben)."""
    from .replay import replay

    for scenario in scenarios:
        done = replay(project, scenario, background_only=True)
        if done.fehler is None:
            return _facts_text(project, done.grundlage)
    return []


def scenario_html(project: Project, scenario: ScenarioDoc, anchor: str) -> str:
    return render("szenario.html", s=scenario_view(project, scenario, anchor))


def scenarios_html(project: Project, scenarios: list[ScenarioDoc], page: str) -> str:
    """Die Szenarien einer Norm: je Feature-Datei nach Fundstelle gruppiert, zugeklappt, mit Zählern."""
    cases = sum(len(s.examples) if s.outline else 1 for s in scenarios)
    passed = sum((sum(ex.status == BESTANDEN for ex in s.examples) if s.outline else s.status == BESTANDEN)
                 for s in scenarios)
    failed = sum((sum(ex.status == FEHLGESCHLAGEN for ex in s.examples) if s.outline
                  else s.status == FEHLGESCHLAGEN) for s in scenarios)
    by_feature: dict[str, list[ScenarioDoc]] = {}
    for s in scenarios:
        by_feature.setdefault(s.feature.path, []).append(s)
    features = []
    for path, items in by_feature.items():
        feature = items[0].feature
        groups: dict[str, list[ScenarioDoc]] = {}
        for s in items:
            groups.setdefault(_fundstelle(s), []).append(s)
        features.append({
            "name": feature.name, "path": path, "background": _steps_view(feature.background),
            "anchor": _grundlage_anchor(project, items[0]),
            "grundlage": _grundlage_facts(project, items) if feature.background else [],
            "groups": [{"title": title, "count": len(members),
                        "counts": _counts(members),
                        "scenarios": [scenario_view(project, s, project.scenario_anchor(s)) for s in members]}
                       for title, members in groups.items()]})
    return render("szenarien.html", total=len(scenarios), cases=cases, passed=passed, failed=failed,
                  available=project.results.available, features=features)


def _counts(scenarios: list[ScenarioDoc]) -> list[dict[str, Any]]:
    """Wie viele Fälle (Szenarien und Beispielzeilen) je Ergebnis des letzten Testlaufs."""
    found: dict[str, int] = {}
    for s in scenarios:
        for status in ([ex.status for ex in s.examples] if s.outline else [s.status]):
            found[status] = found.get(status, 0) + 1
    return [{"status": _status(status), "count": found[status]}
            for status in (BESTANDEN, FEHLGESCHLAGEN, NICHT_AUSGEFUEHRT) if status in found]


# ------------------------------------------------------------ Abdeckung

def coverage_html(project: Project, doc: NormDoc) -> str:
    data = project.coverage_for(doc.id)
    if data is None:
        return render("abdeckung.html", data=None)
    gaps = [{"fehlt": g["fehlt"], "text": g["text"], "pfad": g.get("pfad"),
             "stelle": project.relative(_file_of(g["stelle"])) + _pos_of(g["stelle"])} for g in data["luecken"]]
    return render("abdeckung.html", data=data, share=f"{data['anteil'] * 100:.1f}".replace(".", ","), gaps=gaps)


def _file_of(stelle: str) -> str:
    return stelle.rsplit(":", 2)[0]


def _pos_of(stelle: str) -> str:
    parts = stelle.rsplit(":", 2)
    return ":" + ":".join(parts[1:]) if len(parts) == 3 else ""


# ------------------------------------------------------------ Gesamtprüfung (Szenarien)

def gesamt_page(project: Project) -> str:
    scenarios = [s for f in project.features for s in f.scenarios if s.gesamt]
    return render("gesamt.md", szenarien=scenarios_html(project, scenarios, GESAMT))


# ------------------------------------------------------------ Glossar

def glossary_page(project: Project) -> str:
    usage: dict[str, set[str]] = {}
    for doc in project.norms:
        for variant in doc.variants:
            conds = list(own_conditions(variant)) + ([r.condition for r in variant.rules]
                                                      if doc.kind is NormKind.VORSCHRIFT else [])
            merkmale, begriffe = names_used((c for c in conds if c is not None), project.corpus)
            for name in merkmale:
                usage.setdefault("m:" + name, set()).add(doc.id)
            for name in begriffe:
                usage.setdefault("b:" + name, set()).add(doc.id)
    by_id = {doc.id: doc for doc in project.norms}

    def used_in(key: str) -> list[tuple[str, str]]:
        ids = sorted(usage.get(key, ()), key=lambda i: project.norms.index(by_id[i]))
        return [(i, link(GLOSSAR, by_id[i].page)) for i in ids]

    def common(name: str, anchor: str, description: str, citations: ir.Citations, span: Any,
               key: str) -> dict[str, Any]:
        return {"name": name, "anchor": anchor, "letter": initial(name), "description": description,
                "citations": citations, "source": f"{project.relative(span.file)}:{span.line}",
                "used": used_in(key)}

    begriff_entries: list[dict[str, Any]] = []
    for b in sorted(project.corpus.begriffe, key=lambda b: sort_key(b.name)):
        entry = common(b.name, project.anchors.begriff(b.name), b.description, b.citations, b.span, "b:" + b.name)
        entry["parts"] = [(label, condition_view(cond, GLOSSAR, project.anchors)) for label, cond in (
            ("liegt vor, wenn", b.definition), ("liegt insbesondere vor, wenn (Regelbeispiele)", b.regelbeispiele),
            ("liegt regelmäßig nicht vor, wenn allein (Gegenbeispiele)", b.gegenbeispiele)) if cond is not None]
        begriff_entries.append(entry)
    merkmal_entries: list[dict[str, Any]] = []
    for m in sorted(project.corpus.merkmale, key=lambda m: sort_key(m.name)):
        entry = common(m.name, project.anchors.merkmal(m.name), m.description, m.citations, m.span, "m:" + m.name)
        entry["kind"] = (m.type.value if m.type is not MerkmalType.CHOICE
                         else "Auswahl: " + ", ".join(f"„{v}“" for v in m.values))
        merkmal_entries.append(entry)
    letters = sorted({e["letter"] for e in begriff_entries + merkmal_entries}, key=sort_key)
    return render("glossar.md", begriffe=begriff_entries, merkmale=merkmal_entries, letters=letters,
                  script=link(GLOSSAR, GLOSSAR_SCRIPT),
                  first={section: _first_per_letter(entries) for section, entries
                         in (("b", begriff_entries), ("m", merkmal_entries))})


def initial(name: str) -> str:
    """Der Buchstabe des A–Z-Verzeichnisses: der erste Buchstabe, Umlaute wie ihr Grundbuchstabe, sonst „#“."""
    import unicodedata

    for ch in name:
        base = unicodedata.normalize("NFD", ch)[0].upper()
        if "A" <= base <= "Z":
            return base
        if ch.isalnum():
            return "#"
    return "#"


def _first_per_letter(entries: list[dict[str, Any]]) -> dict[str, str]:
    """Je Buchstabe der Anker seines ersten Eintrags."""
    first: dict[str, str] = {}
    for entry in entries:
        first.setdefault(entry["letter"], entry["anchor"])
    return first


# ------------------------------------------------------------ Bausteine der Handseiten

def _per_variant(doc: NormDoc, texts_of: Callable[[ir.Norm], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Eine Zelle der Übersicht: je Fassung ihre Einträge, mit dem Namen der Fassung davor (oder einmal,
    wenn alle gleich sind)."""
    several = len(doc.variants) > 1
    parts = [{"fassung": v.fassung.name if several and v.fassung else "", "items": texts_of(v)}
             for v in doc.variants]
    parts = [p for p in parts if p["items"]]
    if several and len({repr(p["items"]) for p in parts}) == 1:
        parts = [{"fassung": "", "items": parts[0]["items"]}]
    return parts


def fassungen_table(project: Project, page: str) -> str:
    """Je Norm ihre Fassungen: Name, Geltung (belegt, gilt, zuvor unbelegt), Stand und Fundstelle."""
    rows: list[dict[str, Any]] = []
    for doc in project.norms:
        if doc.kind is not NormKind.NORM:
            continue
        for variant in doc.variants:
            f = variant.fassung
            row: dict[str, Any] = {"norm": doc.id, "href": link(page, doc.page)}
            if f is None:
                row.update(name="–", period="ohne Fassungen", stand="–", citations="–")
            else:
                row.update(name=f.name, period=fassung_period(f.ab, f.bis, f.unmodelled_before, f.undated_change),
                           stand=german_date(f.stand) if f.stand else "–", citations="; ".join(f.citations) or "–")
            rows.append(row)
    return render("fassungen.html", rows=rows)


def overview_table(project: Project, page: str) -> str:
    """Die Übersicht aller Titel.

    Je Titel: Voraussetzungen in Kürze, Bindungsgrad, Zuständigkeit, Geltungsdauer, Familiennachzug.
    """
    rows: list[dict[str, Any]] = []
    for doc in project.norms:
        if doc.kind is not NormKind.NORM or not doc.variants:
            continue

        def conditions(v: ir.Norm) -> list[dict[str, Any]]:
            tb = v.tatbestand
            if tb is None:
                return [{"text": "–", "note": ""}]
            items = tb.children if isinstance(tb, ir.All) else (tb,)
            return [{"text": "; ".join(_short(c) for c in items), "note": ""}]

        def grades(v: ir.Norm) -> list[dict[str, Any]]:
            found: list[dict[str, Any]] = []
            for rule in v.rules:
                if rule.grade.is_refusal:
                    continue          # Versagungsgründe stehen auf der Seite der Norm
                notes = []
                if rule.condition is not None:
                    notes.append(f"(wenn {_short(rule.condition)})")
                if rule.atypisch is not None:
                    notes.append("– im atypischen Fall Ermessen")
                found.append({"text": rule.grade.phrase(rule.action), "note": " ".join(notes)})
            return found

        def nebenfolge(key: str) -> Callable[[ir.Norm], list[dict[str, Any]]]:
            def texts(v: ir.Norm) -> list[dict[str, Any]]:
                return [{"text": n.text, "note": "(unter Bedingungen)" if n.condition else ""}
                        for n in v.nebenfolgen if n.key == key and n.on is Occasion.ERTEILUNG]
            return texts

        rows.append({"id": doc.id, "title": doc.title, "href": link(page, doc.page),
                     "cells": [_per_variant(doc, conditions), _per_variant(doc, grades),
                               _per_variant(doc, nebenfolge("Zuständigkeit")),
                               _per_variant(doc, nebenfolge("Geltungsdauer")),
                               _per_variant(doc, nebenfolge("Familiennachzug"))]})
    return render("uebersicht.html", rows=rows)


def _short(cond: ir.Condition) -> str:
    """Eine Bedingung in Kürze: Verknüpfungen mit den Namen ihrer Glieder (eine Ebene tief)."""
    if isinstance(cond, (ir.AnyOf, ir.NoneOf, ir.All)):
        joiner = {ir.AnyOf: " oder ", ir.All: " und ", ir.NoneOf: " noch "}[type(cond)]
        prefix = "weder " if isinstance(cond, ir.NoneOf) else ""
        inner = joiner.join(printer.label(c) for c in cond.children)
        return f"{prefix}{inner}" if len(cond.children) > 1 else inner
    return printer.label(cond)


def worked_case(project: Project, case_path: str, page: str) -> str:
    """Die Gesamtprüfung an einem Beispielfall, berechnet beim Bau der Website."""
    from ..cases import load_case, read_case_data
    from ..render import summary

    path = project.root / case_path
    facts = load_case(path, project.runtime)
    data = read_case_data(path)
    results = project.runtime.pruefen(facts)
    result = summary(results)
    given = [(name, _case_value(value)) for name, value in (data.get("merkmale") or {}).items()]
    warnings = [{"scope": "alle Normen" if len(w["normen"]) == len(results) else german_list(w["normen"]),
                 "text": w["warnung"]} for w in result["warnungen"]]
    return render("gesamtfall.html", label=facts.label or case_path, path=case_path, given=given,
                  warnings=warnings, result=result,
                  links={d.id: link(page, d.page) for d in project.norms})


def _case_value(value: object) -> str:
    if value is True:
        return "ja"
    if value is False:
        return "nein"
    if value is None:
        return "unbekannt"
    return str(value)


_KIND_WORDS = {"given": "Angenommen / Und", "when": "Wenn", "then": "Dann / Und"}


def readable_pattern(pattern: str) -> str:
    """Ein Schrittmuster so, wie man den Satz schreibt: Platzhalter in ‹…›, Wahlteile in […]."""
    import re

    text = re.sub(r'"\(\?P<(\w+)>\[\^"\][+*]\)"', lambda m: f'"‹{m.group(1)}›"', pattern)
    text = re.sub(r"\(\?P<\w+>([^()]+)\)", lambda m: "‹" + m.group(1).replace("|", " | ") + "›", text)
    text = re.sub(r"\(\?:([^()]+)\)\?", lambda m: "[" + m.group(1).strip() + "] ", text)
    text = text.replace(":?", ":")
    return re.sub(r"\s+", " ", text).strip()


def steps_library() -> str:
    """Alle Schritte der Schrittbibliothek, aus den Schrittdefinitionen selbst."""
    from ..steps import STEPS

    sections = []
    for kind, title in (("given", "Angenommen – der Fall"), ("when", "Wenn – die Prüfung"),
                        ("then", "Dann – das erwartete Ergebnis")):
        sections.append({"kind": kind, "title": title,
                         "rows": [{"pattern": readable_pattern(step.pattern), "examples": step.examples,
                                   "doc": step.doc} for step in STEPS if step.kind == kind]})
    return render("schritte.html", sections=sections)


def json_example(project: Project, case_path: str, norm_id: str) -> str:
    """Die echte JSON-Ausgabe von ``lexdsl prüfen --format json`` für einen Beispielfall."""
    from ..cases import load_case
    from ..render import report_json

    facts = load_case(project.root / case_path, project.runtime)
    results = project.runtime.pruefen(facts, norm=norm_id or None)
    text = report_json(results, facts.label, facts.stichtag)
    first = results[0].to_dict() if len(results) == 1 else None
    return render("json.html", first=first, text=text.rstrip(), lines=text.count("\n"))


def norm_list(project: Project, page: str) -> str:
    """Die Liste der Normseiten (Platzhalter ``lexdsl:normen``)."""
    return render("normliste.html", norms=[(d.id, d.title, link(page, d.page)) for d in project.norms
                                           if d.kind is NormKind.NORM])
