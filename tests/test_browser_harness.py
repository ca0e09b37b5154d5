"""Selbsttest des Browser-Prüfstands (tests/browser.py) mit einer kleinen lokalen Seite."""

from __future__ import annotations

import os
import signal
import socket
import struct
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .browser import Browser, BrowserError, JavaScriptError, find_chromium, require_chromium, serve

SEITE = """<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Prüfstand</title>
<link rel="icon" href="data:,"></head>
<body>
<h1>Prüfstand</h1>
<svg id="grafik" width="120" height="80" xmlns="http://www.w3.org/2000/svg">
  <rect x="10" y="10" width="100" height="60" fill="teal"/>
</svg>
<img id="bild" src="bild.svg" alt="Bild">
<div style="height: 2500px">hoch</div>
<script>
  setTimeout(() => {
    const p = document.createElement("p");
    p.id = "spaet";
    p.textContent = "später da";
    document.body.append(p);
  }, 300);
  const worker = new Worker("worker.js");  // wie der Such-Worker von mkdocs-material
  worker.onmessage = event => { window.workerAntwort = event.data; };
</script>
</body></html>
"""

WORKER = """fetch("daten.json").then(r => r.json()).then(daten => postMessage(daten.wert));
"""

BILD = """<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30">
<circle cx="15" cy="15" r="10" fill="orange"/></svg>
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    (folder / "index.html").write_text(SEITE, encoding="utf-8")
    (folder / "bild.svg").write_text(BILD, encoding="utf-8")
    (folder / "worker.js").write_text(WORKER, encoding="utf-8")
    (folder / "daten.json").write_text('{"wert": "aus dem Worker"}', encoding="utf-8")
    with serve(folder) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    with Browser() as b:
        yield b
    assert b.process.returncode is not None
    assert not Path(b._profile).exists()
    assert until(lambda: uebrige_prozesse(b) == [], timeout=3), uebrige_prozesse(b)


@pytest.fixture
def page(browser, site):
    """Lädt die Testseite frisch, mit leeren Anfrage- und Fehlerlisten."""
    browser.requests.clear()
    browser.errors.clear()
    browser.goto(site + "index.html")
    return browser


def until(condition, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_goto_laedt_die_seite(page, site):
    assert page.evaluate("document.title") == "Prüfstand"
    assert page.evaluate("location.href") == site + "index.html"
    assert page.evaluate("document.readyState") == "complete"
    assert page.evaluate("document.querySelector('#bild').naturalWidth") == 40


def test_goto_meldet_unerreichbare_adresse(browser):
    with socket.socket() as probe:  # ein freier Port, auf dem niemand lauscht
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(BrowserError, match="ERR_CONNECTION_REFUSED"):
        browser.goto(f"http://127.0.0.1:{port}/")


def test_evaluate_liefert_werte(page):
    assert page.evaluate("1 + 2") == 3
    assert page.evaluate("0.5 * 3") == 1.5
    assert page.evaluate("'Rechts' + 'norm'") == "Rechtsnorm"
    assert page.evaluate("[1, 'zwei', [3], null]") == [1, "zwei", [3], None]
    assert page.evaluate("({a: 1, b: [true]})") == {"a": 1, "b": [True]}
    assert page.evaluate("new Promise(r => setTimeout(() => r('später'), 50))") == "später"
    assert page.evaluate("undefined") is None


def test_evaluate_meldet_javascript_fehler(page):
    with pytest.raises(JavaScriptError, match="JavaScript-Fehler: ReferenceError: nichtDa"):
        page.evaluate("nichtDa.wert")
    with pytest.raises(JavaScriptError, match="abgelehnt"):
        page.evaluate("Promise.reject(new Error('abgelehnt'))")


def test_wait_for_wartet_auf_spaetes_element(page):
    text = page.wait_for("document.querySelector('#spaet')?.textContent", timeout=5)
    assert text == "später da"


def test_wait_for_laeuft_ab(page):
    start = time.monotonic()
    with pytest.raises(TimeoutError, match="window.gibtEsNicht === 42"):
        page.wait_for("window.gibtEsNicht === 42", timeout=0.5)
    assert 0.5 <= time.monotonic() - start < 3


def test_svg_hat_flaeche(page):
    width, height = page.evaluate(
        "(() => { const r = document.querySelector('#grafik rect').getBoundingClientRect();"
        " return [r.width, r.height]; })()")
    assert width > 0 and height > 0
    assert page.evaluate("document.querySelector('#grafik').getBBox().width") == 100


def test_requests_nur_lokal(page, site):
    assert page.wait_for("window.workerAntwort", timeout=5) == "aus dem Worker"
    assert site + "index.html" in page.requests
    assert site + "bild.svg" in page.requests
    assert site + "daten.json" in page.requests  # Anfrage aus dem Worker
    remote = [url for url in page.requests
              if urlsplit(url).scheme not in ("data", "blob", "about")
              and urlsplit(url).hostname not in ("127.0.0.1", "localhost")]
    assert remote == []


def test_errors_sammelt_ausnahmen_und_konsole(page):
    assert page.errors == []
    page.evaluate("setTimeout(() => { throw new Error('Absichtlicher Fehler') }, 0);"
                  " console.error('Konsole meldet', 7); fetch('fehlt.txt').catch(() => {}); 1")
    assert until(lambda: any("Absichtlicher Fehler" in e for e in page.errors)), page.errors
    assert until(lambda: any("Konsole meldet 7" in e for e in page.errors)), page.errors
    assert until(lambda: any("404" in e for e in page.errors)), page.errors


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_screenshot_schreibt_png(page, tmp_path):
    shot = page.screenshot(tmp_path / "unter" / "ordner" / "seite.png")
    width, height = png_size(shot)
    assert width >= 800 and height >= 600
    assert shot.stat().st_size > 2000
    full_width, full_height = png_size(page.screenshot(tmp_path / "ganz.png", full_page=True))
    assert full_width == width and full_height > 2500


def test_haengender_und_toter_browser_fuehren_zu_ausnahmen():
    require_chromium()
    with Browser(timeout=1) as b:
        assert b.evaluate("6 * 7") == 42
        os.kill(b.process.pid, signal.SIGSTOP)  # hängt: Antwort bleibt aus
        start = time.monotonic()
        with pytest.raises(TimeoutError, match="Runtime.evaluate"):
            b.evaluate("1")
        assert time.monotonic() - start < 2.5
        os.kill(b.process.pid, signal.SIGCONT)
        assert b.evaluate("'wieder da'") == "wieder da"  # späte Antwort wird verworfen
        os.kill(b.process.pid, signal.SIGKILL)  # tot: Ausnahme statt Warten
        start = time.monotonic()
        with pytest.raises(BrowserError, match="Chromium ist beendet"):
            for _ in range(100):
                b.evaluate("1")
                time.sleep(0.05)
        assert time.monotonic() - start < 2
    assert not Path(b._profile).exists()
    assert until(lambda: uebrige_prozesse(b) == [], timeout=3), uebrige_prozesse(b)


def uebrige_prozesse(b: Browser) -> list[int]:
    """Lebende Prozesse aus Chromiums Prozessgruppe oder mit seinem Profil (Zombies räumt init ab)."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (proc / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if fields[0] != "Z" and (int(fields[2]) == b.process.pid or b._profile in cmdline):
            found.append(int(proc.name))
    return found


@pytest.fixture
def ohne_chromium(monkeypatch, tmp_path):
    monkeypatch.setenv("LEXDSL_CHROMIUM", str(tmp_path / "gibt-es-nicht" / "chromium"))
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("LEXDSL_BROWSER_PFLICHT", raising=False)


def test_require_chromium_ueberspringt_ohne_browser(ohne_chromium):
    assert find_chromium() is None
    with pytest.raises(pytest.skip.Exception, match=r"Chromium fehlt: .*\(apt-get install chromium\)"):
        require_chromium()


def test_require_chromium_scheitert_bei_pflicht(ohne_chromium, monkeypatch):
    monkeypatch.setenv("LEXDSL_BROWSER_PFLICHT", "1")
    with pytest.raises(pytest.fail.Exception, match="Chromium fehlt: .*LEXDSL_BROWSER_PFLICHT=1"):
        require_chromium()


def test_find_chromium_bevorzugt_umgebungsvariable(monkeypatch, tmp_path):
    fake = tmp_path / "mein-chromium"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("LEXDSL_CHROMIUM", str(fake))
    assert find_chromium() == str(fake)
