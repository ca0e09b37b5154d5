"""Das Entscheidungsdiagramm: gültiges, sicheres, deterministisches SVG in der Prüfreihenfolge."""

from __future__ import annotations

import functools
import itertools
import re
import xml.etree.ElementTree as ET

import attrs
import pytest

from lexdsl.compiler import ir
from lexdsl.language import parser
from lexdsl.site import diagram
from lexdsl.site.diagram import diagram_svg
from lexdsl.workspace.compile import Frontend
from lexdsl.workspace.sources import find_sources

from .conftest import NORMS, dedent

SVG = "{http://www.w3.org/2000/svg}"
GRADES = ("anspruch", "soll", "ermessen", "versagung", "nicht")


@functools.cache
def real_corpus() -> ir.Corpus:
    modules, _ = Frontend(None).check(find_sources(NORMS))
    return ir.lower(modules)


def inline_norm(text: str, norm_id: str | None = None) -> ir.Norm:
    corpus = ir.lower([parser.parse(dedent(text), "inline.lexdsl")])
    return next(n for n in corpus.normen if norm_id is None or n.id == norm_id)


def variants():
    return [pytest.param(i, id=f"{n.id} {n.fassung.name if n.fassung else ''}".strip())
            for i, n in enumerate(real_corpus().normen)]


def classes(element) -> set[str]:
    return set(element.get("class", "").split())


def nodes(root, *wanted: str):
    """Alle Kästen (<g class="lx-node …">) mit allen gewünschten Klassen."""
    return [g for g in root.iter(SVG + "g") if {"lx-node", *wanted} <= classes(g)]


def texts(element) -> list[str]:
    return [t.text or "" for t in element.iter(SVG + "text")]


def rect(element) -> tuple[float, float, float, float]:
    return tuple(float(element.get(k)) for k in ("x", "y", "width", "height"))


def outcome_grades(root) -> set[str]:
    """Die Ergebnisse im Diagramm; der Zusatz „bei höchstens Ermessen“ ist ein Ermessens-Ergebnis."""
    found = {g for node in nodes(root, "lx-outcome") for g in GRADES if f"lx-{g}" in classes(node)}
    if any("lx-capped" in classes(r) for r in root.iter(SVG + "rect")):
        found.add("ermessen")
    return found


def expected_grades(norm: ir.Norm) -> set[str]:
    """Unabhängig vom Diagramm: welche Ergebnisse ``entscheiden`` liefern kann.

    Vereinfacht: erkennt keine Regeln, die hinter einer immer greifenden Regel
    unerreichbar sind (das prüft ``test_unreachable_steps_are_not_drawn``); im
    Korpus gibt es keine.
    """
    refusals = [r for r in norm.rules if r.grade.value in ("versagung", "regelversagung")] + [
        r for v in norm.vorschriften
        if v.mode.value == "gilt" or (v.mode.value == "abweichend" and v.condition is not None)
        for r in v.rules]
    all_rules = list(norm.rules) + [r for v in norm.vorschriften for r in v.rules]
    cap = any(v.mode.value == "ermessen" for v in norm.vorschriften) or any(
        r.grade.value == "regelversagung" for r in all_rules)
    grants = [r for r in norm.rules if r.grade.value in ("anspruch", "regelanspruch", "soll", "ermessen")]
    found = {"versagung"} if refusals else set()
    for r in grants:
        found.add({"regelanspruch": "soll"}.get(r.grade.value, r.grade.value))
        if r.atypisch is not None or cap:
            found.add("ermessen")
    unconditional = any(r.condition is None and not r.ausnahmen for r in grants)
    if norm.tatbestand is not None or not unconditional:
        found.add("nicht")
    return found


# ------------------------------------------------------------ alle Normen


@pytest.mark.parametrize("index", variants())
def test_every_variant_is_a_valid_self_contained_svg(index):
    norm = real_corpus().normen[index]
    svg = diagram_svg(norm)
    root = ET.fromstring(svg)
    assert root.tag == SVG + "svg"
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert re.fullmatch(r"0 0 \d+ \d+", root.get("viewBox"))
    # In voller Größe gezeichnet, nie verkleinert: Breite und Höhe in px wie die viewBox.
    assert root.get("role") == "img" and [root.get("width"), root.get("height")] == root.get("viewBox").split()[2:]
    # Keine Schrift kleiner als 12 px (Stile des Diagramms).
    sizes = [float(size) for size in re.findall(r"font-size:([\d.]+)px", svg)]
    assert sizes and min(sizes) >= 12 == diagram.MIN_FONT_PX
    title = root.find(SVG + "title")
    assert title is not None and norm.id in title.text and norm.title in title.text
    assert root.get("aria-label") == title.text
    if norm.fassung is not None:
        assert f"Fassung „{norm.fassung.name}“" in title.text

    # Ein Ergebnis-Kasten für jedes erreichbare Ergebnis, keiner darüber hinaus.
    assert outcome_grades(root) == expected_grades(norm)

    # Sicher: kein Skript, keine Ereignisse, keine Verweise, keine URL außer dem Namensraum.
    for element in root.iter():
        assert element.tag.split("}")[-1] not in ("script", "foreignObject", "image", "a", "use")
        for name in element.attrib:
            local = name.split("}")[-1].lower()
            assert not local.startswith("on") and local != "href", (element.tag, name)
    assert re.findall(r"[A-Za-z][\w+.-]*(?=://)", svg) == ["http"]
    # Die einzige Quelle von außerhalb des Bildes: die Schrift der Website, relativ verwiesen.
    assert svg.count("://") == 1 and "@import" not in svg
    assert re.findall(r"url\(([^)]*)\)", svg) == ['"../assets/fonts/DejaVuSans.ttf"',
                                                  '"../assets/fonts/DejaVuSans-Bold.ttf"']


def test_25_5_reaches_its_four_outcomes():
    variants = {n.fassung.name: n for n in real_corpus().normen if n.id == "§ 25 Abs. 5 AufenthG" and n.fassung}
    for norm in variants.values():
        root = ET.fromstring(diagram_svg(norm))
        phrases = {t for node in nodes(root, "lx-outcome") for t in texts(node)}
        for phrase in ("kann erteilt werden", "soll erteilt werden", "darf nicht erteilt werden",
                       "Tatbestand nicht erfüllt"):
            assert phrase in phrases
    # Stand 2012: „abweichend von § 11 Abs. 1“, wenn die Zwecke erreicht sind oder die Interessen des
    # Ausländers erheblich überwiegen (VwV 25.5.0) – die Bedingung der Abweichung steht im Diagramm.
    old = " ".join(texts(ET.fromstring(diagram_svg(variants["Stand 2012"]))))
    assert "§ 11 Abs. 1 AufenthG" in old and "Zwecke erreicht" in old
    # Stand 2021: keine Abweichung mehr; § 11 Abs. 1 ist eine Prüfung wie jede Versagung.
    new = ET.fromstring(diagram_svg(variants["Stand 2021"]))
    checks = " ".join(t for node in nodes(new, "lx-check") for t in texts(node))
    assert "Einreise- und Aufenthaltsverbot" in checks and "Zwecke erreicht" not in " ".join(texts(new))


def test_order_versagung_then_tatbestand_then_rechtsfolgen():
    norm = next(n for n in real_corpus().normen if n.id == "§ 25 Abs. 5 AufenthG")
    root = ET.fromstring(diagram_svg(norm))

    def tops(*wanted):
        return [rect(node.find(SVG + "rect"))[1] for node in nodes(root, *wanted)]

    (tatbestand,) = tops("lx-tatbestand")
    assert max(tops("lx-outcome", "lx-versagung")) < tatbestand
    assert min(tops("lx-outcome", "lx-nicht")) >= tatbestand
    grants = tops("lx-outcome", "lx-soll") + tops("lx-outcome", "lx-ermessen")
    assert len(grants) >= 2 and min(grants) > tatbestand
    # Die Soll-Regel (stärker) steht über dem Ermessen ohne Bedingung.
    assert min(tops("lx-outcome", "lx-soll")) < max(tops("lx-outcome", "lx-ermessen"))


# ------------------------------------------------------ Ausnahmen, Abweichungen

EXCEPTIONS = """
    Merkmal A: ja/nein
    Merkmal Ehegatte eines Deutschen: ja/nein
    Merkmal besondere Härte: ja/nein
    Merkmal R: ja/nein
    Merkmal V: ja/nein
    Merkmal Z: ja/nein
    Merkmal G: ja/nein
    Vorschrift "§ 11 Abs. 1 AufenthG": Sperre
      Ein Aufenthaltstitel darf nicht erteilt werden, wenn V      [§ 11 Abs. 1 AufenthG]
    Vorschrift "§ 5 Abs. 1 AufenthG": Regelvoraussetzung
      Ein Aufenthaltstitel darf nicht erteilt werden, wenn nicht G   [§ 5 Abs. 1 AufenthG]
    Norm "Frei": Abweichend
      Die Aufenthaltserlaubnis kann erteilt werden, wenn A          [Satz 1]
      Sie darf nicht erteilt werden, wenn nicht A                   [Satz 2]
        es sei denn Ehegatte eines Deutschen                        [Satz 3]
      Sie darf in der Regel nicht erteilt werden, wenn R            [Satz 4]
        atypischer Fall, wenn besondere Härte                       [Satz 5]
      abweichend von "§ 11 Abs. 1 AufenthG", wenn Z                 [Satz 6]
      nach Ermessen abweichend von "§ 5 Abs. 1 AufenthG"            [Satz 7]
"""


def test_exceptions_and_atypical_case_are_their_own_boxes():
    root = ET.fromstring(diagram_svg(inline_norm(EXCEPTIONS)))
    (ausnahme,) = nodes(root, "lx-except")
    assert texts(ausnahme)[:2] == ["es sei denn", "Ehegatte eines Deutschen"] and "Satz 3" in texts(ausnahme)
    (atypisch,) = nodes(root, "lx-atyp")
    assert texts(atypisch)[:2] == ["atypischer Fall", "besondere Härte"]
    # Die Ausnahme ist nicht in die Bedingung der Versagung gefaltet.
    heads = [n for n in nodes(root, "lx-check") if "nicht A" in texts(n)]
    assert len(heads) == 1 and "Ehegatte eines Deutschen" not in texts(heads[0])
    # Versagung → (ja) → es sei denn → (nein) → darf nicht erteilt werden, in einer Zeile.
    head_x, head_y = rect(heads[0].find(SVG + "rect"))[:2]
    exc_x, exc_y = rect(ausnahme.find(SVG + "rect"))[:2]
    refusals = [rect(n.find(SVG + "rect")) for n in nodes(root, "lx-outcome", "lx-versagung")]
    assert exc_y == head_y and exc_x > head_x
    assert any(r[1] == head_y and r[0] > exc_x for r in refusals)
    # Atypischer Fall der Regelversagung: höchstens Ermessen, als eigener Kasten.
    caps = nodes(root, "lx-cap")
    assert len(caps) == 2 and all(texts(c)[0] == "höchstens Ermessen" for c in caps)
    assert any("Satz 7" in texts(c) for c in caps)  # nach Ermessen abweichend von § 5 Abs. 1
    (guard,) = nodes(root, "lx-guard")
    assert " ".join(texts(guard)).startswith("abweichend von § 11 Abs. 1 AufenthG, wenn Z Satz 6")
    assert {t.text for t in root.iter(SVG + "text") if "lx-s-label" in classes(t)} == {"ja", "nein"}


@pytest.mark.parametrize(("name", "items"), [
    ("Merkmal Nummer", diagram.MAX_COND_ITEMS),  # kurze Punkte: die Zahl der Punkte begrenzt
    ("ein sehr langer Merkmalsname, der in einem Kasten über mehrere Zeilen laufen muss, Nummer", None),
])
def test_long_conditions_are_cut_with_a_count(name, items):
    merkmale = "\n".join(f"    Merkmal {name} {k}: ja/nein" for k in range(20))
    children = "\n".join(f"        - {name} {k}" for k in range(20))
    norm = inline_norm(f"""
{merkmale}
    Norm "Lang": Viele Voraussetzungen
      Der Tatbestand ist erfüllt, wenn alle folgenden:
{children}
      Die Aufenthaltserlaubnis kann erteilt werden.
""")
    root = ET.fromstring(diagram_svg(norm))
    (tatbestand,) = nodes(root, "lx-tatbestand")
    lines = texts(tatbestand)
    assert lines[:2] == ["Tatbestand erfüllt?", "alle folgenden:"]
    shown = [t for t in lines if t.startswith("• ")]
    assert len(shown) == items if items else 3 <= len(shown) < diagram.MAX_COND_ITEMS
    assert lines[-1] == f"… und {20 - len(shown)} weitere"
    assert len(lines) - 3 <= diagram.MAX_COND_LINES  # ohne Überschrift, „alle folgenden:“, „… weitere“


@pytest.mark.parametrize(("text", "grades"), [
    # Ein Anspruch ohne Bedingung endet die Prüfung: „kann“ danach ist unerreichbar.
    ("""
        Merkmal A: ja/nein
        Norm "N": Titel
          Die Aufenthaltserlaubnis ist zu erteilen.
          Sie kann erteilt werden, wenn A
    """, {"anspruch"}),
    # Eine Versagung ohne Bedingung und ohne Ausnahme: Nichts danach wird geprüft.
    ("""
        Merkmal A: ja/nein
        Norm "N": Titel
          Die Aufenthaltserlaubnis ist zu erteilen, wenn A
          Sie darf nicht erteilt werden.
    """, {"versagung"}),
    # Mit „es sei denn“ geht es weiter; „verlängern“ bestimmt die Worte.
    ("""
        Merkmal A: ja/nein
        Merkmal E: ja/nein
        Norm "N": Titel
          Die Aufenthaltserlaubnis kann verlängert werden, wenn A
          Sie darf nicht verlängert werden.
            es sei denn E
    """, {"ermessen", "versagung", "nicht"}),
])
def test_unreachable_steps_are_not_drawn(text, grades):
    root = ET.fromstring(diagram_svg(inline_norm(text)))
    assert outcome_grades(root) == grades
    assert len(nodes(root, "lx-outcome")) == len(grades)
    words = " ".join(t for node in nodes(root, "lx-outcome") for t in texts(node))
    assert ("verlängert" in words) == ("ermessen" in grades)


# ------------------------------------------------------------- Maskierung

HOSTILE = """
    Merkmal A: ja/nein
    Merkmal E: ja/nein
    Merkmal K: Auswahl "<script>alert(1)</script>", "a & b ]]>"
    Vorschrift "\\"><img src=x onerror=alert(1)>": <script>alert(5)</script>
      Ein Aufenthaltstitel darf nicht erteilt werden, wenn E   [<script>alert(6)</script>]
    Norm "<script>alert(1)</script>": Titel "><img src=x onerror=alert(2)> & ]]>   [<script>alert(3)</script>]
      Der Tatbestand ist erfüllt, wenn K: einer von "<script>alert(1)</script>", "a & b ]]>"   [& <b> "x"]
      Die Aufenthaltserlaubnis ist zu erteilen, wenn A   ["><img src=x onerror=alert(4)>]
      Sie darf nicht erteilt werden, wenn nicht A   [onerror=alert(1)]
        es sei denn E   ["><img src=x onerror=alert(1)>]
      Fassung "<script>f</script>": gilt ab 01.01.2018
        Die Aufenthaltserlaubnis kann erteilt werden.
"""


def assert_inert(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert "<script" not in svg and "<img" not in svg and "]]>" not in svg
    for element in root.iter():
        assert element.tag.split("}")[-1] not in ("script", "img", "foreignObject")
        assert not any(name.lower().startswith("on") for name in element.attrib)
    return root


def test_text_from_norms_is_escaped():
    norm = inline_norm(HOSTILE, "<script>alert(1)</script>")
    svg = diagram_svg(norm)
    root = assert_inert(svg)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    assert "onerror=alert(2)" in svg and '"><img' not in svg
    title = root.find(SVG + "title").text
    assert title.startswith("Entscheidungsdiagramm: <script>alert(1)</script> – Titel \"><img src=x")
    assert "Fassung „<script>f</script>“" in title
    shown = texts(root)
    assert "<script>alert(6)</script>" in shown  # Fundstelle der Vorschrift
    assert any("<script>alert(1)</script>" in t for t in shown)  # Vergleichswert im Tatbestand
    assert any('"><img src=x onerror=alert(1)>' in t for t in shown)  # Kennung der Vorschrift


def test_control_characters_and_quotes_in_the_ir_stay_inert():
    norm = inline_norm(HOSTILE, "<script>alert(1)</script>")
    norm = attrs.evolve(norm, id="a\x00b\x1b'\"<svg onload=alert(1)>", title="t\u2028\r\n</title><script>x")
    svg = diagram_svg(norm)
    root = assert_inert(svg)
    assert "<svg onload" not in svg and "</title><script>" not in svg
    assert root.get("aria-label").startswith("Entscheidungsdiagramm: a b '\"<svg onload=alert(1)>")


# ------------------------------------------------------------- Determinismus


def test_output_is_deterministic():
    norm = next(n for n in real_corpus().normen if n.id == "§ 25 Abs. 3 AufenthG")
    assert diagram_svg(norm) == diagram_svg(norm)
    # Auch eine neu aufgebaute IR (andere Objekte, gleiche Daten) ergibt dieselben Bytes.
    modules, _ = Frontend(None).check(find_sources(NORMS))
    again = next(n for n in ir.lower(modules).normen if n.id == "§ 25 Abs. 3 AufenthG")
    assert diagram_svg(again) == diagram_svg(norm)


# ------------------------------------------------------------- Geometrie


def geometry_cases():
    cases = [pytest.param(lambda i=p.values[0]: real_corpus().normen[i], id=p.id) for p in variants()]
    cases.append(pytest.param(lambda: inline_norm(EXCEPTIONS), id="Ausnahmen"))
    cases.append(pytest.param(lambda: inline_norm(HOSTILE, "<script>alert(1)</script>"), id="Maskierung"))
    return cases


@pytest.mark.parametrize("make", geometry_cases())
def test_boxes_do_not_overlap_and_text_fits(make):
    root = ET.fromstring(diagram_svg(make()))
    width, height = (float(v) for v in root.get("viewBox").split()[2:])
    boxes = [rect(r) for r in root.iter(SVG + "rect") if "lx-box" in classes(r)]
    assert len(boxes) >= 2
    for i, (x, y, w, h) in enumerate(boxes):
        assert x >= 0 and x + w <= width and y >= 0 and y + h <= height
        for x2, y2, w2, h2 in boxes[i + 1:]:
            assert x + w <= x2 or x2 + w2 <= x or y + h <= y2 or y2 + h2 <= y, "Kästen überlappen"

    # Jede Zeile liegt in ihrem Kasten (Breite nach der Schätzung des Moduls).
    for node in nodes(root):
        frames = [rect(r) for r in node.iter(SVG + "rect")]
        for t in node.iter(SVG + "text"):
            style = next(c[5:] for c in classes(t) if c.startswith("lx-s-"))
            size = diagram.STYLES[style][0]
            tx, ty = float(t.get("x")), float(t.get("y"))
            frame = [f for f in frames if f[1] <= ty - size * 0.75 and ty + size * 0.25 <= f[1] + f[3]]
            assert frame, f"Zeile außerhalb ihres Kastens: {t.text!r}"
            fx, _, fw, _ = frame[0]
            assert fx < tx and tx + diagram.text_width(t.text, style) <= fx + fw - 4, t.text

    # Freie Texte (Überschrift, Hinweise, Legende) bleiben im Bild.
    for t in root.iter(SVG + "text"):
        style = next((c[5:] for c in classes(t) if c.startswith("lx-s-")), None)
        if style:
            assert float(t.get("x")) + diagram.text_width(t.text, style) <= width - 8, t.text

    # Pfeile und Linien laufen um die Kästen herum, nicht hindurch.
    for path in root.iter(SVG + "path"):
        if "lx-edge" not in classes(path):
            continue
        points = [tuple(map(float, p.split())) for p in re.findall(r"[\d.]+ [\d.]+", path.get("d"))]
        for (x1, y1), (x2, y2) in itertools.pairwise(points):
            for x, y, w, h in boxes:
                inside_x = max(x1, x2) > x + 1 and min(x1, x2) < x + w - 1
                inside_y = max(y1, y2) > y + 1 and min(y1, y2) < y + h - 1
                assert not (inside_x and inside_y), f"Linie durch einen Kasten: {path.get('d')}"


def test_conditional_discretion_shows_its_condition_and_both_ways():
    """„nach Ermessen abweichend von …, wenn X“: mit X höchstens Ermessen, ohne X die Versagung der Vorschrift."""
    from lexdsl.compiler import ir
    from lexdsl.language.parser import parse
    from lexdsl.site.diagram import diagram_svg

    module = parse(dedent("""
        Merkmal A: ja/nein
        Merkmal G: ja/nein
        Merkmal Besondere Lage: ja/nein
        Vorschrift "§ 5 Abs. 1 AufenthG": Regelvoraussetzung
          Ein Aufenthaltstitel darf nicht erteilt werden, wenn nicht G   [§ 5 Abs. 1 AufenthG]
        Norm "N": Bedingtes Ermessen
          Die Aufenthaltserlaubnis ist zu erteilen, wenn A
          nach Ermessen abweichend von "§ 5 Abs. 1 AufenthG", wenn Besondere Lage     [Satz 2]
    """), "x.lexdsl")
    [norm] = ir.lower([module]).normen
    words = " ".join(t.text or "" for t in ET.fromstring(diagram_svg(norm)).iter("{http://www.w3.org/2000/svg}text"))
    words = re.sub(r"\s+", " ", words)
    assert "nach Ermessen abweichend von § 5 Abs. 1 AufenthG, wenn" in words
    assert "Besondere Lage" in words
    assert "höchstens Ermessen" in words
    assert "darf nicht erteilt werden" in words
