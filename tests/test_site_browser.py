"""Die gebaute Website in einem echten Browser (headless Chromium, ohne Netz).

Ohne Chromium wird der Test mit Begründung übersprungen – außer mit
``LEXDSL_BROWSER_PFLICHT=1`` (so in ``.ci/run``), dann scheitert er.
Die Bildschirmfotos liegen danach in ``ergebnisse/bildschirmfotos/``.
"""

from __future__ import annotations

from urllib.parse import quote

from .conftest import ROOT, norm_count
from .harness import open_page, serve

SHOTS = ROOT / "ergebnisse" / "bildschirmfotos"


def test_start_page_norm_page_diagram_and_search_in_chromium(built_site):
    with serve(built_site) as base, open_page(timeout=20) as session:
        page = session.page
        page.goto(base + "index.html")
        assert "humanitäre Aufenthaltsrecht" in page.locator("h1").first.text_content()
        assert page.locator(".lx-uebersicht tbody tr").count() == norm_count()
        session.screenshot(SHOTS / "start.png")

        page.goto(base + "normen/25-abs-3-aufenthg.html")
        session.screenshot(SHOTS / "25-abs-3.png")
        size = page.evaluate("""(() => {
            const svg = document.querySelector('.lx-diagramm svg');
            const box = svg.getBoundingClientRect();
            return [box.width, box.height, svg.querySelectorAll('rect').length,
                    [...svg.querySelectorAll('text')].map(t => t.textContent).join(' ')];
        })()""")
        width, height, boxes, text = size
        assert width > 300 and height > 300, size[:2]
        assert boxes >= 8
        assert "darf nicht erteilt werden" in text and "ist zu erteilen" in text
        assert page.locator(".lx-szenario").count() >= 50

        # Die deutsche Suche: ?q= öffnet die Suche mit diesem Begriff.
        page.goto(base + "index.html?q=" + quote("Härte"))
        page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0")
        titles = page.locator(".md-search-result__item").all_text_contents()
        assert len(titles) >= 1
        assert any("Härte" in t for t in titles), titles[:5]
        session.screenshot(SHOTS / "suche-haerte.png")

        assert session.foreign_requests() == []
        assert session.errors == []
    assert (SHOTS / "25-abs-3.png").stat().st_size > 10_000


# ------------------------------------------------------------ was ein Leser braucht (1280 px breit)

#: Die kleinste Schrift jedes Diagramms, wie sie gezeichnet wird: Schriftgröße mal Maßstab des Bildes.
SMALLEST_DIAGRAM_TEXT = """(() => [...document.querySelectorAll('.lx-diagramm svg')].map(svg => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return Math.min(...[...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize))) * scale;
}))()"""

#: Wörter, die der Browser auf zwei Zeilen verteilt hat (je Wort ein Range über seine Zeichen).
BROKEN_WORDS = """(selector) => {
    const broken = [];
    for (const cell of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const re = /\\S+/g;
            for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                if (lines.size > 1) broken.push(m[0]);
            }
        }
    }
    return broken;
}"""


def test_diagrams_are_readable_and_open_full_size(built_site):
    """Kein Diagrammtext unter 12 px, wie gezeichnet; ein breites Diagramm wird verschoben, nicht verkleinert;
    ein Klick öffnet es allein in voller Größe – mit derselben Schrift, deren Maße der Bau gemessen hat."""
    from lexdsl.site import diagram

    with serve(built_site) as base, open_page(timeout=20) as session:
        page = session.page
        smallest = {}
        for path in sorted((built_site / "normen").glob("*.html")):
            page.goto(base + "normen/" + path.name)
            page.evaluate("document.querySelectorAll('details.lx-diagramm-abschnitt').forEach(d => d.open = true)")
            sizes = page.evaluate(SMALLEST_DIAGRAM_TEXT)
            assert sizes, path.name
            smallest[path.name] = min(sizes)
        assert min(smallest.values()) >= 12, smallest

        page.goto(base + "normen/25-abs-3-aufenthg.html")
        page.evaluate("document.fonts.ready")
        frame = page.locator(".lx-diagramm-abschnitt[open] .lx-diagramm-rahmen").first
        frame.scroll_into_view_if_needed()
        widths = frame.evaluate("f => [f.scrollWidth, f.clientWidth, f.querySelector('svg').getBoundingClientRect().width,"
                                " f.querySelector('svg').viewBox.baseVal.width]")
        assert widths[0] > widths[1], widths                # breiter als die Spalte: es lässt sich verschieben
        assert abs(widths[2] - widths[3]) < 1, widths       # … und ist nicht verkleinert
        # Die Schrift der Website ist geladen, und der Bau hat mit ihren Maßen gerechnet: Jeder Text ist so
        # breit, wie text_width sagt (höchstens um die Unterschneidung schmaler).
        assert page.evaluate("document.fonts.check('12px \"lexdsl DejaVu Sans\"')")
        measured = frame.evaluate("""f => [...f.querySelectorAll('text')].slice(0, 40).map(t =>
            [t.textContent, t.getAttribute('class'), t.getComputedTextLength()])""")
        for text, cls, rendered in measured:
            style = cls.removeprefix("lx-s-")
            assert rendered <= diagram.text_width(text, style) + 0.5, (text, rendered)
            assert rendered >= diagram.text_width(text, style) * 0.97, (text, rendered)
        session.screenshot(SHOTS / "25-abs-3-diagramm.png")
        with page.expect_navigation():
            frame.locator("a.lx-diagramm-gross").click()
        assert page.url.endswith("-diagramm-3.svg") or page.url.endswith(".svg"), page.url
        page.wait_for_function("document.fonts.ready.then(() => true)")
        full = page.evaluate("[document.documentElement.getBoundingClientRect().width,"
                             " document.documentElement.viewBox.baseVal.width]")
        assert abs(full[0] - full[1]) < 1, full
        session.screenshot(SHOTS / "diagramm-gross.png")
        # Ein SVG allein hat kein <link rel="icon">: Chromium fragt dann nach /favicon.ico (404, harmlos).
        assert session.foreign_requests() == []
        assert [e for e in session.errors if "/favicon.ico" not in e] == []


def test_pages_fit_their_reader(built_site):
    """Szenarien nach Fundstelle gruppiert und zugeklappt, mit Zählern; ein geöffnetes Szenario zeigt den Fall,
    die Schritte und die Begründung der Engine; die Navigation nennt Titel; die Übersicht bricht kein Wort;
    jede Normseite ist zugeklappt kürzer als 6.000 px (gemessen und in ergebnisse/ berichtet)."""
    import json

    with serve(built_site) as base, open_page(timeout=20) as session:
        page = session.page
        page.goto(base + "index.html")
        assert page.evaluate(BROKEN_WORDS, ".lx-uebersicht th, .lx-uebersicht td") == []
        nav = page.locator(".md-nav__link").all_text_contents()
        assert any("§ 25 Abs. 5 – Aufenthaltserlaubnis" in " ".join(t.split()) for t in nav), nav[:20]

        heights = {}
        for path in sorted([*(built_site / "normen").glob("*.html"), *(built_site / "vorschriften").glob("*.html")]):
            page.goto(base + path.relative_to(built_site).as_posix())
            heights[path.name] = page.evaluate("""(() => {
                document.querySelectorAll('details[open]').forEach(d => d.open = false);
                return document.documentElement.scrollHeight; })()""")
        (ROOT / "ergebnisse").mkdir(exist_ok=True)
        (ROOT / "ergebnisse" / "seitenhoehen.json").write_text(
            json.dumps({"breite": 1280, "zugeklappt": heights}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        assert max(heights.values()) < 6000, heights

        page.goto(base + "normen/25-abs-3-aufenthg.html")
        groups = page.locator("details.lx-gruppe")
        assert groups.count() >= 5
        assert page.locator("details.lx-gruppe[open], details.lx-szenario[open]").count() == 0
        first = groups.first
        summary = first.locator("summary").first.text_content()
        assert "Szenari" in summary and ("bestanden" in summary or "nicht ausgeführt" in summary), summary
        page.locator("#szenarien").scroll_into_view_if_needed()
        session.screenshot(SHOTS / "25-abs-3-szenarien-zu.png")
        first.locator("summary").first.click()
        scenario = first.locator("details.lx-szenario").first
        scenario.locator("summary").first.click()
        assert scenario.evaluate("d => d.open")
        text = scenario.inner_text()
        assert "Der Fall:" in text and "Wenn" in text and "Die Engine:" in text and "Begründung" in text, text
        assert scenario.locator(".lx-schritte li").count() >= 2
        assert scenario.locator(".lx-begruendung li").count() >= 1
        scenario.scroll_into_view_if_needed()
        session.screenshot(SHOTS / "25-abs-3-szenario-offen.png")
        assert session.foreign_requests() == [] and session.errors == []


def test_glossary_has_an_index_and_an_offline_filter(built_site):
    with serve(built_site) as base, open_page(timeout=20) as session:
        page = session.page
        page.goto(base + "glossar.html")
        entries = page.locator(".lx-eintrag")
        total = entries.count()
        assert total >= 200
        letters = page.locator(".lx-az a").all_text_contents()
        assert {"A", "B", "V"} <= set(letters), letters
        # Ein Buchstabe führt zum ersten Eintrag mit ihm.
        link = page.locator(".lx-az").nth(1).locator("a", has_text="R").first
        target = link.get_attribute("href").removeprefix("#")
        assert page.locator(f"[id='{target}']").text_content().strip()[0] == "R"
        page.fill("#lx-glossar-filter", "ausreise unmöglich")
        page.wait_for_function("document.querySelector('#lx-glossar-treffer').textContent !== ''")
        visible = page.evaluate("[...document.querySelectorAll('.lx-eintrag')].filter(e => !e.hidden)"
                                ".map(e => e.textContent.toLowerCase())")
        assert 0 < len(visible) < total
        assert all("ausreise" in v and "unmöglich" in v for v in visible)
        assert page.locator("#lx-glossar-treffer").text_content() == f"{len(visible)} von {total} Einträgen"
        session.screenshot(SHOTS / "glossar.png")
        page.fill("#lx-glossar-filter", "")
        page.wait_for_function("[...document.querySelectorAll('.lx-eintrag')].every(e => !e.hidden)")
        assert session.foreign_requests() == [] and session.errors == []
