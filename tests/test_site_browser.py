"""Die gebaute Website in einem echten Browser (headless Chromium, ohne Netz).

Ohne Chromium wird der Test mit Begründung übersprungen – außer mit
``LEXDSL_BROWSER_PFLICHT=1`` (so in ``.ci/run``), dann scheitert er.
Die Bildschirmfotos liegen danach in ``ergebnisse/bildschirmfotos/``.
"""

from __future__ import annotations

from urllib.parse import quote, urlparse

from .browser import Browser, require_chromium, serve
from .conftest import ROOT, norm_count

SHOTS = ROOT / "ergebnisse" / "bildschirmfotos"


def test_start_page_norm_page_diagram_and_search_in_chromium(built_site):
    chromium = require_chromium()
    with serve(built_site) as base, Browser(chromium, timeout=20) as browser:
        browser.goto(base + "index.html")
        assert "humanitäre Aufenthaltsrecht" in browser.evaluate("document.querySelector('h1').textContent")
        assert browser.evaluate("document.querySelectorAll('.lx-uebersicht tbody tr').length") == norm_count()
        browser.screenshot(SHOTS / "start.png")

        browser.goto(base + "normen/25-abs-3-aufenthg.html")
        browser.screenshot(SHOTS / "25-abs-3.png")
        size = browser.evaluate("""(() => {
            const svg = document.querySelector('.lx-diagramm svg');
            const box = svg.getBoundingClientRect();
            return [box.width, box.height, svg.querySelectorAll('rect').length,
                    [...svg.querySelectorAll('text')].map(t => t.textContent).join(' ')];
        })()""")
        width, height, boxes, text = size
        assert width > 300 and height > 300, size[:2]
        assert boxes >= 8
        assert "darf nicht erteilt werden" in text and "ist zu erteilen" in text
        browser.evaluate("document.querySelector('#entscheidungsdiagramm').scrollIntoView()")
        browser.screenshot(SHOTS / "25-abs-3-diagramm.png")
        assert browser.evaluate("document.querySelectorAll('.lx-szenario').length") >= 50

        # Die deutsche Suche: ?q= öffnet die Suche mit diesem Begriff.
        browser.goto(base + "index.html?q=" + quote("Härte"))
        count = browser.wait_for("document.querySelectorAll('.md-search-result__item').length", timeout=20)
        assert count >= 1
        titles = browser.evaluate(
            "[...document.querySelectorAll('.md-search-result__item')].map(e => e.textContent)")
        assert any("Härte" in t for t in titles), titles[:5]
        browser.screenshot(SHOTS / "suche-haerte.png")

        foreign = [url for url in browser.requests
                   if urlparse(url).scheme in ("http", "https") and urlparse(url).hostname != "127.0.0.1"]
        assert foreign == []
        assert browser.errors == []
    assert (SHOTS / "25-abs-3-diagramm.png").stat().st_size > 10_000
