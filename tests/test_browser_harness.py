"""Selbsttest des Browser-Prüfstands (tests/harness.py) mit einer kleinen lokalen Seite."""

from __future__ import annotations

import os
import signal
import socket
import struct
import time
from pathlib import Path

import pytest

from . import harness
from .harness import Session, find_chromium, open_page, require_chromium, serve

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
def session():
    with open_page() as s:
        yield s


@pytest.fixture
def page(session, site):
    """Lädt die Testseite frisch, mit leeren Anfrage- und Fehlerlisten."""
    session.page.goto("about:blank")  # Nachzügler der vorigen Seite kommen vor dem Leeren an
    session.requests.clear()
    session.errors.clear()
    session.page.goto(site + "index.html")
    return session.page


def free_port() -> int:
    """Ein freier Port, auf dem niemand lauscht."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_liefert_basis_url_und_dateien(site):
    from urllib.request import urlopen

    assert site.startswith("http://127.0.0.1:") and site.endswith("/")
    with urlopen(site + "daten.json", timeout=5) as response:
        assert response.read() == b'{"wert": "aus dem Worker"}'


def test_goto_laedt_die_seite(page, site):
    assert page.evaluate("document.title") == "Prüfstand"
    assert page.evaluate("location.href") == site + "index.html"
    assert page.evaluate("document.readyState") == "complete"
    assert page.evaluate("document.querySelector('#bild').naturalWidth") == 40
    assert page.viewport_size == {"width": 1280, "height": 900}
    assert page.evaluate("[innerWidth, innerHeight]") == [1280, 900]


def test_goto_meldet_unerreichbare_adresse(session):
    from playwright.sync_api import Error

    eigene = session.page.context.new_page()  # danach lädt sie noch Chromiums Fehlerseite
    with pytest.raises(Error, match="ERR_CONNECTION_REFUSED"):
        eigene.goto(f"http://127.0.0.1:{free_port()}/")
    eigene.close()


def test_evaluate_liefert_werte(page):
    assert page.evaluate("1 + 2") == 3
    assert page.evaluate("0.5 * 3") == 1.5
    assert page.evaluate("'Rechts' + 'norm'") == "Rechtsnorm"
    assert page.evaluate("[1, 'zwei', [3], null]") == [1, "zwei", [3], None]
    assert page.evaluate("({a: 1, b: [true]})") == {"a": 1, "b": [True]}
    assert page.evaluate("new Promise(r => setTimeout(() => r('später'), 50))") == "später"
    assert page.evaluate("undefined") is None


def test_evaluate_meldet_javascript_fehler(page):
    from playwright.sync_api import Error

    with pytest.raises(Error, match="ReferenceError: nichtDa is not defined"):
        page.evaluate("nichtDa.wert")
    with pytest.raises(Error, match="abgelehnt"):
        page.evaluate("Promise.reject(new Error('abgelehnt'))")


def test_wait_for_function_wartet_auf_spaetes_element(page):
    assert page.evaluate("document.querySelector('#spaet')") is None
    text = page.wait_for_function("document.querySelector('#spaet')?.textContent", timeout=5000)
    assert text.json_value() == "später da"


def test_wait_for_function_laeuft_ab(page):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    start = time.monotonic()
    with pytest.raises(PlaywrightTimeout, match="Timeout 500ms exceeded"):
        page.wait_for_function("window.gibtEsNicht === 42", timeout=500)
    assert 0.5 <= time.monotonic() - start < 3


def test_svg_hat_flaeche(page):
    width, height = page.evaluate(
        "(() => { const r = document.querySelector('#grafik rect').getBoundingClientRect();"
        " return [r.width, r.height]; })()")
    assert width > 0 and height > 0
    assert page.evaluate("document.querySelector('#grafik').getBBox().width") == 100


def test_requests_nur_lokal(page, session, site):
    assert page.wait_for_function("window.workerAntwort", timeout=5000).json_value() == "aus dem Worker"
    assert site + "index.html" in session.requests
    assert site + "bild.svg" in session.requests
    assert site + "daten.json" in session.requests  # Anfrage aus dem Worker
    assert session.foreign_requests() == []


def test_websocket_wird_mitgeschrieben(page, session):
    url = f"ws://127.0.0.1:{free_port()}/kanal"
    with page.expect_websocket():
        page.evaluate("url => new Promise(done => { new WebSocket(url).onclose = done; })", url)
    assert url in session.requests
    assert session.foreign_requests() == []


def test_foreign_requests_erkennt_fremde_adressen(session):
    lokal = ["http://127.0.0.1:8000/index.html", "https://127.0.0.1/a", "ws://127.0.0.1:9/",
             "data:image/png;base64,AA==", "blob:http://127.0.0.1:8000/1234", "about:blank"]
    fremd = ["https://fonts.googleapis.com/css", "http://localhost:8000/", "http://127.0.0.2/",
             "wss://example.org/", "file:///etc/passwd", "ftp://127.0.0.1/"]
    session.requests[:] = lokal + fremd
    try:
        assert session.foreign_requests() == fremd
    finally:
        session.requests.clear()


def test_errors_sammelt_ausnahmen_und_konsole(page, session):
    assert session.errors == []
    with page.expect_event("pageerror"):
        page.evaluate("setTimeout(() => { throw new Error('Absichtlicher Fehler') }, 0)")
    with page.expect_console_message(lambda message: message.type == "error"):
        page.evaluate("console.error('Konsole meldet', 7)")
    with page.expect_console_message(lambda message: "404" in message.text):
        page.evaluate("fetch('fehlt.txt').catch(() => {})")
    assert session.errors[0] == "JavaScript-Ausnahme: Error: Absichtlicher Fehler"
    assert session.errors[1].startswith("Konsole: Konsole meldet 7")
    assert "404" in session.errors[2] and "fehlt.txt" in session.errors[2], session.errors
    assert len(session.errors) == 3, session.errors


def test_geschlossene_und_abgestuerzte_seite_melden_fehler(session):
    from playwright.sync_api import Error

    zweite = Session(session.page.context.new_page())
    assert zweite.page.evaluate("6 * 7") == 42
    with zweite.page.expect_event("crash"), pytest.raises(Error):
        zweite.page.goto("chrome://crash")
    assert len(zweite.errors) == 1 and zweite.errors[0].startswith("Seite abgestürzt: "), zweite.errors
    with pytest.raises(Error, match="Target crashed"):
        zweite.page.evaluate("1")
    zweite.page.close()
    with pytest.raises(Error, match="Target page, context or browser has been closed"):
        zweite.page.evaluate("1")
    assert session.page.evaluate("'erste lebt'") == "erste lebt"  # die anderen Seiten laufen weiter


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_screenshot_schreibt_png(page, session, tmp_path):
    shot = session.screenshot(tmp_path / "unter" / "ordner" / "seite.png")
    assert shot == tmp_path / "unter" / "ordner" / "seite.png"
    assert png_size(shot) == (1280, 900)
    assert shot.stat().st_size > 2000
    full_width, full_height = png_size(session.screenshot(tmp_path / "ganz.png", full_page=True))
    assert full_width == 1280 and full_height > 2500


def test_viewport_und_frist_sind_einstellbar():
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    with open_page(viewport=(800, 600), timeout=0.5) as s:
        assert s.page.evaluate("[innerWidth, innerHeight]") == [800, 600]
        start = time.monotonic()
        with pytest.raises(PlaywrightTimeout, match="Timeout 500ms exceeded"):
            s.page.wait_for_function("false")  # ohne eigene Frist: die der Sitzung
        assert time.monotonic() - start < 3


def test_haengender_und_toter_browser_fuehren_zu_ausnahmen():
    from playwright.sync_api import Error
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    vorher = chromium_prozesse()
    with open_page(timeout=1) as s:
        assert s.page.evaluate("6 * 7") == 42
        eigene = chromium_prozesse() - vorher
        haupt = [pid for pid in eigene if b"--type=" not in cmdline(pid)]
        assert len(haupt) == 1 and len(eigene) > 1, eigene
        os.kill(haupt[0], signal.SIGSTOP)  # hängt: die Frist der Sitzung greift
        start = time.monotonic()
        with pytest.raises(PlaywrightTimeout):
            s.page.wait_for_function("true")
        assert time.monotonic() - start < 3
        os.kill(haupt[0], signal.SIGCONT)
        assert s.page.evaluate("'wieder da'") == "wieder da"
        os.kill(haupt[0], signal.SIGKILL)  # tot: Ausnahme statt Warten
        start = time.monotonic()
        with pytest.raises(Error, match="has been closed"):
            s.page.evaluate("1")
        assert time.monotonic() - start < 3
    assert eigene & chromium_prozesse() == set()  # nichts bleibt übrig


def cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def chromium_prozesse() -> set[int]:
    """Lebende Chromium-Prozesse unter diesem Testprozess (Zombies zählen nicht)."""
    parents = {}
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            parents[int(proc.name)] = int(fields[1])
    found = set()
    for pid in parents:
        ancestor = parents[pid]
        while ancestor in parents and ancestor != os.getpid():
            ancestor = parents[ancestor]
        if ancestor == os.getpid() and b"chromium" in cmdline(pid):
            found.add(pid)
    return found


@pytest.fixture
def ohne_chromium(monkeypatch, tmp_path):
    monkeypatch.setenv("LEXDSL_CHROMIUM", str(tmp_path / "gibt-es-nicht" / "chromium"))
    monkeypatch.setattr(harness, "CHROMIUM", str(tmp_path / "auch-nicht" / "chromium"))
    monkeypatch.delenv("LEXDSL_BROWSER_PFLICHT", raising=False)


def test_require_chromium_ueberspringt_ohne_browser(ohne_chromium):
    assert find_chromium() is None
    with pytest.raises(pytest.skip.Exception, match=r"Chromium fehlt: .*\(apt-get install chromium\)"):
        require_chromium()


def test_require_chromium_scheitert_bei_pflicht(ohne_chromium, monkeypatch):
    monkeypatch.setenv("LEXDSL_BROWSER_PFLICHT", "1")
    with pytest.raises(pytest.fail.Exception, match="Chromium fehlt: .*LEXDSL_BROWSER_PFLICHT=1"):
        require_chromium()


def test_require_chromium_ueberspringt_ohne_playwright(monkeypatch, tmp_path):
    fake = tmp_path / "mein-chromium"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("LEXDSL_CHROMIUM", str(fake))
    monkeypatch.delenv("LEXDSL_BROWSER_PFLICHT", raising=False)
    real_find_spec = harness.importlib.util.find_spec
    monkeypatch.setattr(harness.importlib.util, "find_spec",
                        lambda name, *args: None if name == "playwright" else real_find_spec(name, *args))
    with pytest.raises(pytest.skip.Exception, match="Playwright fehlt"):
        require_chromium()
    monkeypatch.setenv("LEXDSL_BROWSER_PFLICHT", "1")
    with pytest.raises(pytest.fail.Exception, match="Playwright fehlt.*LEXDSL_BROWSER_PFLICHT=1"):
        require_chromium()


def test_find_chromium_bevorzugt_umgebungsvariable(monkeypatch, tmp_path):
    fake = tmp_path / "mein-chromium"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("LEXDSL_CHROMIUM", str(fake))
    assert find_chromium() == str(fake)


def test_find_chromium_nimmt_sonst_den_festen_pfad(monkeypatch, tmp_path):
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.delenv("LEXDSL_CHROMIUM", raising=False)
    monkeypatch.setattr(harness, "CHROMIUM", str(fake))
    assert find_chromium() == str(fake)
    fake.chmod(0o644)  # nicht ausführbar: kein Chromium
    assert find_chromium() is None
