"""Die erzeugten Seiten: je Norm eine Seite, das Glossar, die Gesamtprüfung und die Bausteine der Handseiten.

Jede Funktion liefert Markdown (mit HTML-Blöcken aus ``markup``). Seitenpfade
sind relativ zu ``docs/`` und enden auf ``.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from fractions import Fraction
from typing import Any

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
from .markup import block, cites, code, dsl, e, link, md_heading, table
from .project import NormDoc, Project
from .scenarios import BESTANDEN, FEHLGESCHLAGEN, NICHT_AUSGEFUEHRT, ScenarioDoc

GLOSSAR = "glossar.md"
GESAMT = "gesamtpruefung.md"

_STATUS_CLASS = {BESTANDEN: "lx-ok", FEHLGESCHLAGEN: "lx-fehler", NICHT_AUSGEFUEHRT: "lx-offen"}


def _fassung_text(fassung: ir.Fassung | None) -> str:
    if fassung is None:
        return ""
    period = fassung_period(fassung.ab, fassung.bis, fassung.unmodelled_before, fassung.undated_change)
    stand = f", Stand {german_date(fassung.stand)}" if fassung.stand else ""
    return f"Fassung „{fassung.name}“: {period}{stand}"


# ------------------------------------------------------------ Bedingungen

def condition_html(cond: ir.Condition | None, page: str, anchors: Anchors, depth: int = 0) -> str:
    """Ein Bedingungsbaum als verschachtelte Liste; Begriffe und Merkmale verweisen ins Glossar."""
    if cond is None:
        return ""
    if isinstance(cond, ir.BegriffRef):
        head = f'Begriff <a href="{link(page, GLOSSAR, anchors.begriff(cond.name))}">{e(cond.name)}</a>'
        return head + cites(cond.citations)
    if isinstance(cond, (ir.Fact, ir.Compare)):
        name = e(cond.merkmal)
        label = printer.label(cond)
        rest = e(label[len(cond.merkmal):]) if label.startswith(cond.merkmal) else ""
        return f'<a href="{link(page, GLOSSAR, anchors.merkmal(cond.merkmal))}">{name}</a>{rest}{cites(cond.citations)}'
    if isinstance(cond, ir.Not):
        return "nicht " + condition_html(cond.operand, page, anchors, depth) + cites(cond.citations)
    items = "".join(f"<li>{condition_html(child, page, anchors, depth + 1)}</li>" for child in cond.children)
    return f"{e(printer.label(cond))}:{cites(cond.citations)}<ul>{items}</ul>"


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


def _wortlaut_html(items: list[nodes.Wortlaut]) -> str:
    """Die zitierten Texte neben einer Regel, nach Art getrennt und beschriftet: Gesetz, VwV, WD."""
    out: list[str] = []
    for w in sorted(items, key=_kind_rank):
        kind = wortlaut_kind(w)
        label = kind.label if kind else "Quelle"
        css = kind.value if kind else "sonstige"
        text = " ".join(line.lstrip(">").strip() for line in w.lines)
        out.append(f'<blockquote class="lx-wortlaut lx-quelle-{css}"><p class="lx-quellenart">{e(label)}</p>'
                   f'<p>{e(text)}</p><footer>{e("; ".join(w.citations))}</footer></blockquote>')
    return "".join(out) or '<p class="lx-leer">ohne zitierten Wortlaut</p>'


def text_and_rule(doc: NormDoc) -> str:
    out = ['<div class="lx-paare">']
    for kind, wortlaut, source in text_and_rule_rows(doc):
        if kind in ("kopf", "fassung"):
            out.append(f'<div class="lx-paar lx-{kind}"><div class="lx-regel">{dsl(source)}</div></div>')
        else:
            rule = dsl(source) if source else ""
            out.append(f'<div class="lx-paar"><div class="lx-text">{_wortlaut_html(wortlaut)}</div>'
                       f'<div class="lx-regel">{rule}</div></div>')
    out.append("</div>")
    return block("".join(out))


# ------------------------------------------------------------ Norm-Seite

def norm_page(project: Project, doc: NormDoc) -> str:
    from .diagram import diagram_svg

    variants = doc.variants
    page = doc.page
    out = [f"# {md_heading(doc.id)} – {md_heading(doc.title)}", ""]
    head = []
    description = variants[0].description if variants else ""
    if description:
        head.append(f"<p>{e(description)}</p>")
    facts = [("Fundstellen", e("; ".join(doc.ast.citations)) or "–"),
             ("Quelle", f"<code>{e(project.relative(doc.ast.span.file))}:{doc.ast.span.line}</code>")]
    if any(v.fassung for v in variants):
        facts.append(("Fassungen", "<br>".join(e(_fassung_text(v.fassung)) for v in variants)))
    head.append('<dl class="lx-kopfdaten">' + "".join(f"<dt>{e(k)}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>")
    out.append(block("".join(head)))

    out += ["## Wortlaut und Regel", "",
            "Links der zitierte Text aus Gesetz, Verwaltungsvorschrift oder Ausarbeitung, rechts die Regel, "
            "die lexdsl daraus macht.", text_and_rule(doc)]

    out += ["## Entscheidungsdiagramm", "",
            "So entscheidet lexdsl: von oben nach unten, Versagungsgründe vor dem Tatbestand, "
            "die stärkste Rechtsfolge zuerst.", ""]
    for variant in variants:
        caption = e(_fassung_text(variant.fassung)) if variant.fassung else e(f"{doc.id}")
        out.append(block(f'<figure class="lx-diagramm">{diagram_svg(variant)}'
                         f"<figcaption>{caption}</figcaption></figure>"))

    if doc.kind is NormKind.VORSCHRIFT:
        out += ["## Geltung für die Normen", "", applies_to(project, doc)]
    else:
        out += ["## Nebenfolgen", "", nebenfolgen_html(variants, page, project.anchors)]
        kriterien = kriterien_html(variants, page, project.anchors)
        if kriterien:
            out += ["## Ermessenskriterien", "", kriterien]
        out += ["## Szenarien", "", scenarios_html(project, [s for f in project.features for s in f.scenarios
                                                             if doc.id in s.norms], page)]
        out += ["## Bedingungsabdeckung", "", coverage_html(project, doc)]
        out += ["## Analyse", "", analysis_html(project, doc)]
    out += ["## Merkmale und Begriffe", "", names_html(variants, page, doc.kind is NormKind.VORSCHRIFT,
                                                        project.corpus, project.anchors)]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ Analyse (lexdsl analysieren)

AENDERUNGEN = "aenderungen.md"
_MISSING_SOLVER = ("<p>Nicht berechnet: Für die Analyse fehlt der Solver z3 "
                   "(<code>pip install 'lexdsl[analyse]'</code>).</p>")


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


def _comparison_html(project: Project, comparison: dict[str, Any]) -> str:
    head = f"<p><strong>{e(comparison['vorher'])}</strong> → <strong>{e(comparison['nachher'])}</strong></p>"
    if comparison["gleichwertig"]:
        return head + "<p>Gleichwertig: Kein Fall wird verschieden entschieden (bewiesen).</p>"
    rows = [[e(_grade(t["vorher"])), e(_grade(t["nachher"])), e(_witness_text(project, t["zeugenfall"])),
             e("; ".join(f"{c['bedingung']}: {'ja' if c['erfuellt'] else 'nein'}" for c in t.get("bedingungen", [])))]
            for t in comparison["uebergaenge"]]
    return head + table(["vorher", "nachher", "zum Beispiel bei", "unter den Bedingungen"], rows, "lx-uebergaenge")


def _findings_html(project: Project, findings: list[dict[str, Any]]) -> str:
    """Befunde mit Fundstelle; angenommene mit ihrer Begründung aus „# gewollt:“."""
    if not findings:
        return ""
    rows = []
    for f in findings:
        status = f"angenommen: {f['angenommen']}" if f["angenommen"] is not None else "offen"
        text = f["text"] + (f" Zum Beispiel bei {_witness_text(project, f['fall'])}." if f.get("fall") else "")
        path, line, column = f["stelle"].rsplit(":", 2)
        rows.append([e(f"{project.relative(path)}:{line}:{column}"), e(text), e(status)])
    return table(["Stelle", "Befund", "Stand"], rows, "lx-befunde")


def analysis_html(project: Project, doc: NormDoc) -> str:
    """Was die Norm überhaupt entscheiden kann (je Fassung) und was sich zwischen ihren Fassungen ändert."""
    found = project.findings
    if found is None:
        return block(_MISSING_SOLVER)
    parts = ["<p>Für alle denkbaren Fälle, nicht nur die getesteten, mit einem Solver bestimmt "
             "(<code>lexdsl analysieren</code>). Jeder Beispielfall nennt nur die bekannten Merkmale; "
             "die übersetzte Norm entscheidet ihn so.</p>"]
    for f in (f for f in found["fassungen"] if f["norm"] == doc.id):
        title = f"Fassung „{f['fassung']}“" if f["fassung"] else doc.id
        if f["nicht_analysiert"]:
            parts.append(f"<p><strong>{e(title)}</strong>: nicht analysiert, {e(f['nicht_analysiert'])}.</p>")
            continue
        rows = [[e(_grade(w["ergebnis"])), e(_witness_text(project, w["zeugenfall"]))] for w in f["erreichbar"]]
        rows += [[e(_grade(o)), "nie – kein Fall ergibt es (bewiesen)"] for o in f["nie_erreichbar"]]
        parts.append(f"<p><strong>{e(title)}</strong></p>"
                     + table(["Ergebnis", "zum Beispiel bei"], rows, "lx-erreichbar"))
        pairs = f.get("bedingungen", [])
        parts.append(f"<p>Entscheidende Bedingungen: {len(pairs)}, jede mit einem Paar von Fällen, die sich nur "
                     "in ihr unterscheiden und verschieden entschieden werden.</p>")
        parts.append(_findings_html(project, f.get("befunde", [])))
    own = [c for c in found["vergleiche"] if c["norm"] == doc.id]
    if own:
        parts.append("<p><strong>Zwischen den Fassungen</strong></p>")
        parts += [_comparison_html(project, c) for c in own]
    return block("".join(parts))


def changes_page(project: Project) -> str:
    """Alle Übergänge zwischen aufeinanderfolgenden Fassungen im Korpus."""
    out = ["# Änderungen zwischen den Fassungen", "",
           "Je Norm mit Fassungen: welche Fälle zwei aufeinanderfolgende Fassungen verschieden entscheiden, "
           "je mit einem kleinen Beispielfall, oder dass sie gleichwertig sind. Bestimmt mit einem Solver "
           "für alle denkbaren Fälle (`lexdsl analysieren`).", ""]
    found = project.findings
    if found is None:
        return "\n".join(out) + "\n" + block(_MISSING_SOLVER) + "\n"
    by_norm: dict[str, list[dict[str, Any]]] = {}
    for comparison in found["vergleiche"]:
        by_norm.setdefault(comparison["norm"], []).append(comparison)
    pages = {d.id: d.page for d in project.norms}
    for norm, comparisons in by_norm.items():
        link_html = f'<p><a href="{link(AENDERUNGEN, pages[norm])}">zur Norm</a></p>' if norm in pages else ""
        out += [f"## {md_heading(norm)}", "",
                block(link_html + "".join(_comparison_html(project, c) for c in comparisons))]
    if found.get("befunde"):
        out += ["## Befunde über mehrere Normen", "",
                "Begriffe, die immer oder nie erfüllt sind, und Fälle, in denen die Ausreise unmöglich ist, "
                "nach dem geltenden Recht aber keine Norm einen Titel gibt (berichtet, nicht bewertet).", "",
                block(_findings_html(project, found["befunde"]))]
    return "\n".join(out) + "\n"


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
                elif applied.condition is not None:
                    how += ", wenn " + condition_html(applied.condition, doc.page, project.anchors)
                where = f'<a href="{link(doc.page, norm.page)}">{e(norm.id)}</a>'
                if variant.fassung:
                    where += f" ({e(variant.fassung.name)})"
                rows.append([where, how + cites(applied.citations)])
    return block(table(["Norm", "Geltung"], rows))


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
    if not rows:
        return "Die Norm nennt keine Nebenfolgen.\n"
    several = len(variants) > 1
    body: list[list[str]] = []
    for key, item in rows:
        cond = condition_html(item.condition, page, anchors) if item.condition is not None else ""
        cells = [e(item.key),
                 e(item.text) + (f'<br><span class="lx-vorbehalt">nur, wenn {cond}</span>' if cond else ""),
                 item.on.label, e("; ".join(item.citations))]
        if several:
            names = [v.fassung.name for v in seen[key] if v.fassung]
            cells.append(e(", ".join(names)) if len(names) < len(variants) else "alle")
        body.append(cells)
    head = ["Art", "Inhalt", "bei", "Fundstelle"] + (["Fassung"] if several else [])
    return block(table(head, body, "lx-nebenfolgen"))


def kriterien_html(variants: list[ir.Norm], page: str, anchors: Anchors) -> str:
    seen: dict[tuple[str, ir.Citations], tuple[ir.Kriterium, list[ir.Norm]]] = {}
    for variant in variants:
        for item in variant.ermessenskriterien:
            seen.setdefault((item.text, item.citations), (item, []))[1].append(variant)
    if not seen:
        return ""
    items: list[str] = []
    for (text, citations), (item, found) in seen.items():
        extra = f' <span class="lx-vorbehalt">(nur, wenn {condition_html(item.condition, page, anchors)})</span>' \
            if item.condition is not None else ""
        if len(variants) > 1 and len(found) < len(variants):
            extra += f' <span class="lx-vorbehalt">({e(", ".join(v.fassung.name for v in found if v.fassung))})</span>'
        items.append(f"<li>{e(text)}{extra}{cites(citations)}</li>")
    return block("<ul>" + "".join(items) + "</ul>")


def names_html(variants: list[ir.Norm], page: str, with_rules: bool, corpus: ir.CorpusIR,
               anchors: Anchors) -> str:
    conds = []
    for v in variants:
        conds += list(own_conditions(v))
        if with_rules:
            conds += [r.condition for r in v.rules]
    merkmale, begriffe = names_used((c for c in conds if c is not None), corpus)
    parts = []
    if begriffe:
        parts.append("<p><strong>Begriffe:</strong> " + ", ".join(
            f'<a href="{link(page, GLOSSAR, anchors.begriff(n))}">{e(n)}</a>' for n in sorted(begriffe, key=sort_key))
            + "</p>")
    if merkmale:
        parts.append("<p><strong>Merkmale:</strong> " + ", ".join(
            f'<a href="{link(page, GLOSSAR, anchors.merkmal(n))}">{e(n)}</a>' for n in sorted(merkmale, key=sort_key))
            + "</p>")
    return block("".join(parts) or "<p>keine</p>")


# ------------------------------------------------------------ Szenarien

def _step_html(keyword: str, text: str, table_rows: list[list[str]] | None) -> str:
    out = f'<li><span class="lx-schluessel">{e(keyword)}</span> {e(text)}'
    if table_rows:
        head, *rows = table_rows
        out += table(head, [[e(c) for c in row] for row in rows], "lx-datentabelle")
    return out + "</li>"


def _status_badge(status: str) -> str:
    return f'<span class="lx-status {_STATUS_CLASS[status]}">{e(status)}</span>'


def scenario_html(scenario: ScenarioDoc, number: int, anchor: str) -> str:
    tags = " ".join(f'<code class="lx-tag">@{e(t)}</code>' for t in scenario.tags)
    kind = "Szenariogrundriss" if scenario.outline else "Szenario"
    out = [f'<div class="lx-szenario {_STATUS_CLASS[scenario.status]}">',
           f'<h4 id="{e(anchor)}">{e(scenario.name)}</h4>',
           f'<p class="lx-szenario-kopf">{_status_badge(scenario.status)} {e(kind)} {tags} '
           f'<span class="lx-quelle">{e(scenario.feature.path)}:{scenario.line}</span></p>',
           '<ol class="lx-schritte">']
    out += [_step_html(s.keyword, s.text, s.table) for s in scenario.steps]
    out.append("</ol>")
    if scenario.outline and scenario.examples:
        head = ["Ergebnis", *scenario.params]
        rows = [[_status_badge(ex.status)] + [e(ex.values.get(p, "")) for p in scenario.params]
                for ex in scenario.examples]
        out.append("<p><strong>Beispiele:</strong></p>" + table(head, rows, "lx-beispiele"))
    out.append("</div>")
    return "".join(out)


def scenarios_html(project: Project, scenarios: list[ScenarioDoc], page: str) -> str:
    if not scenarios:
        return "Für diese Norm gibt es noch kein Szenario.\n"
    cases = sum(len(s.examples) if s.outline else 1 for s in scenarios)
    passed = sum((sum(ex.status == BESTANDEN for ex in s.examples) if s.outline else s.status == BESTANDEN)
                 for s in scenarios)
    failed = sum((sum(ex.status == FEHLGESCHLAGEN for ex in s.examples) if s.outline
                  else s.status == FEHLGESCHLAGEN) for s in scenarios)
    if project.results.available:
        summary = (f"{len(scenarios)} Szenarien mit {cases} Fällen; im letzten Testlauf {passed} bestanden, "
                   f"{failed} fehlgeschlagen, {cases - passed - failed} nicht ausgeführt.")
    else:
        summary = (f"{len(scenarios)} Szenarien mit {cases} Fällen. Es liegt kein Testbericht vor "
                   f"(<code>make test</code> erzeugt ihn); die Ergebnisse sind daher unbekannt.")
    out = [f'<p class="lx-zusammenfassung">{summary}</p>']
    by_feature: dict[str, list[ScenarioDoc]] = {}
    for s in scenarios:
        by_feature.setdefault(s.feature.path, []).append(s)
    for path, items in by_feature.items():
        feature = items[0].feature
        out.append(f'<div class="lx-feature"><p class="lx-feature-kopf"><strong>{e(feature.name)}</strong> '
                   f'<span class="lx-quelle">features/{e(path)}</span></p>')
        if feature.background:
            out.append("<p>Für alle Szenarien dieser Datei gilt zuerst (Grundlage):</p><ol class=\"lx-schritte\">"
                       + "".join(_step_html(s.keyword, s.text, s.table) for s in feature.background) + "</ol>")
        out += [scenario_html(s, i, project.scenario_anchor(s)) for i, s in enumerate(items, 1)]
        out.append("</div>")
    return block("".join(out))


# ------------------------------------------------------------ Abdeckung

def coverage_html(project: Project, doc: NormDoc) -> str:
    data = project.coverage_for(doc.id)
    if data is None:
        return ("Es liegt kein Abdeckungsbericht vor. `make test` (oder `lexdsl abdeckung`) schreibt ihn nach "
                "`ergebnisse/abdeckung.json`.\n")
    share = f"{data['anteil'] * 100:.1f}".replace(".", ",")
    out = [f'<p class="lx-zusammenfassung">{e(data["beide_richtungen"])} von {e(data["bedingungen"])} Bedingungen '
           f"wurden von den Szenarien einmal auf ja und einmal auf nein gebracht ({share} %); "
           f"{e(data['entscheidend'])} waren mindestens einmal entscheidend. Grundlage: {e(data['szenarien'])} "
           f"Szenarien, die diese Norm geprüft haben.</p>"]
    if data["luecken"]:
        items = "".join(
            f"<li>fehlt <strong>{e(g['fehlt'])}</strong>: {e(g['text'])}"
            + (f' <span class="lx-pfad">({e(g["pfad"])})</span>' if g.get("pfad") else "")
            + f' <code>{e(project.relative(_file_of(g["stelle"])))}{e(_pos_of(g["stelle"]))}</code></li>'
            for g in data["luecken"])
        out.append(f"<p><strong>Lücken</strong> (nie auf den genannten Wert gebracht):</p><ul>{items}</ul>")
    else:
        out.append("<p>Keine Lücken: Jede Bedingung war mindestens einmal ja und einmal nein.</p>")
    rows = []
    for row in data["liste"]:
        rows.append([
            e(row["text"]) + (f'<br><span class="lx-pfad">{e(row["pfad"])}</span>' if row.get("pfad") else ""),
            _count(row["wahr"]), _count(row["falsch"]), _count(row["entscheidend"]),
        ])
    out.append("<details><summary>Alle Bedingungen mit der Zahl der Szenarien (die Namen der Szenarien stehen "
               "im Bericht <code>ergebnisse/abdeckung.json</code>)</summary>"
               + table(["Bedingung", "ja", "nein", "entscheidend"], rows, "lx-abdeckung") + "</details>")
    return block("".join(out))


def _file_of(stelle: str) -> str:
    return stelle.rsplit(":", 2)[0]


def _pos_of(stelle: str) -> str:
    parts = stelle.rsplit(":", 2)
    return ":" + ":".join(parts[1:]) if len(parts) == 3 else ""


def _count(names: list[str]) -> str:
    if not names:
        return '<span class="lx-null">0</span>'
    return str(len(names))


# ------------------------------------------------------------ Gesamtprüfung (Szenarien)

def gesamt_page(project: Project) -> str:
    scenarios = [s for f in project.features for s in f.scenarios if s.gesamt]
    out = ["# Gesamtprüfung: Szenarien", "",
           "Diese Szenarien prüfen einen Fall gegen alle Normen zugleich, so wie "
           "`lexdsl prüfen` ohne `--norm`: Welche Titel kommen in Betracht, welche sind ausgeschlossen, "
           "welche sind nicht anwendbar, und was ist noch festzustellen?", "",
           scenarios_html(project, scenarios, GESAMT)]
    return "\n".join(out) + "\n"


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

    def used_in(key: str) -> str:
        ids = sorted(usage.get(key, ()), key=lambda i: project.norms.index(by_id[i]))
        if not ids:
            return "<p class=\"lx-verwendung\">Verwendet in: keiner Norm unmittelbar.</p>"
        return "<p class=\"lx-verwendung\">Verwendet in: " + ", ".join(
            f'<a href="{link(GLOSSAR, by_id[i].page)}">{e(i)}</a>' for i in ids) + "</p>"

    out = ["# Glossar", "",
           f"Alle {len(project.corpus.begriffe)} Begriffe und {len(project.corpus.merkmale)} Merkmale des Korpus, "
           "mit Typ, Definition, Regelbeispielen, Fundstelle und den Normen, die sie verwenden "
           "(unmittelbar oder über einen Begriff).", "", "## Begriffe", ""]
    entries = []
    for b in sorted(project.corpus.begriffe, key=lambda b: sort_key(b.name)):
        parts = [f'<div class="lx-eintrag"><h3 id="{project.anchors.begriff(b.name)}">{e(b.name)}</h3>']
        if b.description:
            parts.append(f"<p>{e(b.description)}</p>")
        for label, cond in (("liegt vor, wenn", b.definition), ("liegt insbesondere vor, wenn (Regelbeispiele)",
                                                                 b.regelbeispiele),
                            ("liegt regelmäßig nicht vor, wenn allein (Gegenbeispiele)", b.gegenbeispiele)):
            if cond is not None:
                parts.append(f'<div class="lx-definition"><p><em>{e(label)}</em></p>'
                             f"<ul><li>{condition_html(cond, GLOSSAR, project.anchors)}</li></ul></div>")
        parts.append(f'<p class="lx-herkunft">Fundstelle: {e("; ".join(b.citations)) or "–"} · '
                     f"<code>{e(project.relative(b.span.file))}:{b.span.line}</code></p>")
        parts.append(used_in("b:" + b.name) + "</div>")
        entries.append("".join(parts))
    out.append(block("".join(entries)))
    out += ["## Merkmale", ""]
    entries = []
    for m in sorted(project.corpus.merkmale, key=lambda m: sort_key(m.name)):
        kind = m.type.value if m.type is not MerkmalType.CHOICE else "Auswahl: " + ", ".join(f"„{v}“" for v in m.values)
        parts = [f'<div class="lx-eintrag"><h3 id="{project.anchors.merkmal(m.name)}">{e(m.name)}</h3>',
                 f'<p class="lx-typ">Typ: <code>{e(kind)}</code></p>']
        if m.description:
            parts.append(f"<p>{e(m.description)}</p>")
        parts.append(f'<p class="lx-herkunft">Fundstelle: {e("; ".join(m.citations)) or "–"} · '
                     f"<code>{e(project.relative(m.span.file))}:{m.span.line}</code></p>")
        parts.append(used_in("m:" + m.name) + "</div>")
        entries.append("".join(parts))
    out.append(block("".join(entries)))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ Bausteine der Handseiten

def _per_variant(doc: NormDoc, render: Callable[[ir.Norm], str]) -> str:
    """Eine Zelle der Übersicht: der Text je Fassung, mit deren Namen davor (oder einmal, wenn alle gleich sind)."""
    several = len(doc.variants) > 1
    texts: list[str] = []
    for v in doc.variants:
        text = render(v)
        if not text:
            continue
        prefix = f'<span class="lx-fassung">{e(v.fassung.name)}:</span> ' if several and v.fassung else ""
        texts.append(prefix + text)
    if several and len({t.split("</span> ", 1)[-1] for t in texts}) == 1:
        texts = [texts[0].split("</span> ", 1)[-1]]
    return "<br>".join(texts) or "–"


def fassungen_table(project: Project, page: str) -> str:
    """Je Norm ihre Fassungen: Name, Geltung (belegt, gilt, zuvor unbelegt), Stand und Fundstelle."""
    rows: list[list[str]] = []
    for doc in project.norms:
        if doc.kind is not NormKind.NORM:
            continue
        for variant in doc.variants:
            f = variant.fassung
            if f is None:
                rows.append([f'<a href="{link(page, doc.page)}">{e(doc.id)}</a>', "–", "ohne Fassungen", "–", "–"])
                continue
            rows.append([f'<a href="{link(page, doc.page)}">{e(doc.id)}</a>', e(f.name),
                         e(fassung_period(f.ab, f.bis, f.unmodelled_before, f.undated_change)),
                         e(german_date(f.stand)) if f.stand else "–", e("; ".join(f.citations)) or "–"])
    return block(table(["Norm", "Fassung", "Geltung", "Stand", "Fundstelle"], rows, "lx-fassungen"))


def overview_table(project: Project, page: str) -> str:
    """Die Übersicht aller Titel.

    Je Titel: Voraussetzungen in Kürze, Bindungsgrad, Zuständigkeit, Geltungsdauer, Familiennachzug.
    """
    rows: list[list[str]] = []
    for doc in project.norms:
        if doc.kind is not NormKind.NORM or not doc.variants:
            continue

        def conditions(v: ir.Norm) -> str:
            tb = v.tatbestand
            if tb is None:
                return "–"
            items = tb.children if isinstance(tb, ir.All) else (tb,)
            return "; ".join(_short(c) for c in items)

        def grades(v: ir.Norm) -> str:
            found: list[str] = []
            for rule in v.rules:
                if rule.grade.is_refusal:
                    continue          # Versagungsgründe stehen auf der Seite der Norm
                text = e(rule.grade.phrase(rule.action))
                if rule.condition is not None:
                    text += f" <span class=\"lx-vorbehalt\">(wenn {_short(rule.condition)})</span>"
                if rule.atypisch is not None:
                    text += ' <span class="lx-vorbehalt">– im atypischen Fall Ermessen</span>'
                found.append(text)
            return "<br>".join(found)

        def nebenfolge(key: str) -> Callable[[ir.Norm], str]:
            def render(v: ir.Norm) -> str:
                return "<br>".join(
                    e(n.text) + (' <span class="lx-vorbehalt">(unter Bedingungen)</span>' if n.condition else "")
                    for n in v.nebenfolgen if n.key == key and n.on is Occasion.ERTEILUNG)
            return render

        title = f'<a href="{link(page, doc.page)}">{e(doc.id)}</a><br><span class="lx-titel">{e(doc.title)}</span>'
        rows.append([title, _per_variant(doc, conditions), _per_variant(doc, grades),
                     _per_variant(doc, nebenfolge("Zuständigkeit")), _per_variant(doc, nebenfolge("Geltungsdauer")),
                     _per_variant(doc, nebenfolge("Familiennachzug"))])
    return block(table(["Titel", "Voraussetzungen in Kürze", "Bindungsgrad", "Zuständigkeit",
                        "Geltungsdauer", "Familiennachzug"], rows, "lx-uebersicht"))


def _short(cond: ir.Condition) -> str:
    """Eine Bedingung in Kürze: Verknüpfungen mit den Namen ihrer Glieder (eine Ebene tief)."""
    if isinstance(cond, (ir.AnyOf, ir.NoneOf, ir.All)):
        joiner = {ir.AnyOf: " oder ", ir.All: " und ", ir.NoneOf: " noch "}[type(cond)]
        prefix = "weder " if isinstance(cond, ir.NoneOf) else ""
        inner = joiner.join(printer.label(c) for c in cond.children)
        return e(f"{prefix}{inner}" if len(cond.children) > 1 else inner)
    return e(printer.label(cond))


def worked_case(project: Project, case_path: str, page: str) -> str:
    """Die Gesamtprüfung an einem Beispielfall, berechnet beim Bau der Website."""
    from ..cases import load_case, read_case_data
    from ..render import summary

    path = project.root / case_path
    facts = load_case(path, project.runtime)
    data = read_case_data(path)
    results = project.runtime.pruefen(facts)
    result = summary(results)
    given = [[e(name), e(_case_value(value))] for name, value in (data.get("merkmale") or {}).items()]
    out = [f'<p>Fall: <strong>{e(facts.label or case_path)}</strong> '
           f"(<code>{e(case_path)}</code>, {len(given)} Merkmale angegeben).</p>",
           "<details><summary>Die Merkmale des Falls</summary>"
           + table(["Merkmal", "Wert"], given, "lx-fall") + "</details>"]
    for warning in result["warnungen"]:
        scope = ("alle Normen" if len(warning["normen"]) == len(results)
                 else german_list(warning["normen"]))
        out.append(f'<p class="lx-warnung"><strong>Achtung</strong> ({e(scope)}): {e(warning["warnung"])}</p>')
    norm_link = {d.id: link(page, d.page) for d in project.norms}

    def norm(entry: dict[str, Any]) -> str:
        href = norm_link.get(entry["norm"])
        name = f'<a href="{href}">{e(entry["norm"])}</a>' if href else e(entry["norm"])
        return f"{name} – {e(entry['titel'])}"

    sections: list[tuple[str, list[dict[str, Any]], Callable[[dict[str, Any]], str]]] = [
        ("In Betracht kommend", result["in_betracht"],
         lambda x: f"{norm(x)}: <strong>{e(x['entscheidung'])}</strong> "
                   f"({e(Outcome(x['ergebnis']).grade_name)})"),
        ("Ausgeschlossen", result["ausgeschlossen"],
         lambda x: f"{norm(x)}<br><span class=\"lx-grund\">weil: {e('; '.join(x['gruende']))}</span>"),
        ("Nicht anwendbar", result["nicht_anwendbar"],
         lambda x: f"{norm(x)}<br><span class=\"lx-grund\">{e('; '.join(x['gruende']))}</span>"),
        ("Offen", result["offen"],
         lambda x: f"{norm(x)}: möglich sind "
                   + e(", ".join(Outcome(o).grade_name for o in x["moegliche_ergebnisse"]))
                   + (f'<br><span class="lx-grund">{e(x["rechtslage"])}</span>' if "rechtslage" in x else "")),
    ]
    for title, entries, render in sections:
        items = "".join(f"<li>{render(x)}</li>" for x in entries) or "<li>–</li>"
        out.append(f'<p class="lx-gruppe"><strong>{e(title)}</strong></p><ul>{items}</ul>')
    if result["festzustellen"]:
        items = "".join(f"<li>{e(x['merkmal'])} – für {e(', '.join(x['normen']))}</li>"
                        for x in result["festzustellen"])
        out.append(f"<p><strong>Noch festzustellen</strong></p><ul>{items}</ul>")
    return block('<div class="lx-gesamt">' + "".join(out) + "</div>")


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

    out = []
    for kind, title in (("given", "Angenommen – der Fall"), ("when", "Wenn – die Prüfung"),
                        ("then", "Dann – das erwartete Ergebnis")):
        rows = []
        for step in STEPS:
            if step.kind != kind:
                continue
            rows.append([f"<code>{e(readable_pattern(step.pattern))}</code>",
                         "<br>".join(f"<code>{e(x)}</code>" for x in step.examples),
                         e(step.doc)])
        out.append(f"<h3 id=\"schritte-{kind}\">{e(title)}</h3>"
                   + table(["Satz", "Beispiele", "Bedeutung"], rows, "lx-schritte-tabelle"))
    return block("".join(out))


def json_example(project: Project, case_path: str, norm_id: str) -> str:
    """Die echte JSON-Ausgabe von ``lexdsl prüfen --format json`` für einen Beispielfall."""
    from ..cases import load_case
    from ..render import report_json

    facts = load_case(project.root / case_path, project.runtime)
    results = project.runtime.pruefen(facts, norm=norm_id or None)
    text = report_json(results, facts.label, facts.stichtag)
    first = results[0].to_dict() if len(results) == 1 else None
    summary = ""
    if first is not None:
        missing = ", ".join(first["fehlende_merkmale"]) or "keine"
        summary = (f"<p>Ergebnis: <code>{e(first['ergebnis'])}</code>; fehlende Merkmale: {e(missing)}.</p>")
    return block(f'{summary}<details class="lx-json"><summary>Vollständige Ausgabe ({text.count(chr(10))} Zeilen)'
                 f"</summary>{code(text.rstrip(), 'json')}</details>")
