"""Browser-Prüfstand der Tests: Playwright (synchrone API) steuert Debians Chromium, ohne Browser-Download.

    with serve(site_dir) as base, open_page() as session:
        session.page.goto(base + "index.html")
        session.page.wait_for_function("document.querySelector('svg')")
        assert session.foreign_requests() == [] and session.errors == []

Nur hier stehen Pfad und Startschalter von Chromium. Ereignisse (Anfragen, Fehler) kommen in der
synchronen API nur während eines Playwright-Aufrufs an, also spätestens mit dem nächsten Aufruf.
``page.evaluate`` hat keine Frist; gewartet wird mit ``wait_for_function`` oder ``expect``, die die
Frist der Sitzung einhalten, auch wenn Chromium hängt.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright

CHROMIUM = "/usr/bin/chromium"
#: Ohne die Schalter gegen Hintergrundverbindungen weist das geschlossene Netz Chromiums Verbindungen ab.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def find_chromium() -> str | None:
    """Sucht Chromium: zuerst die Umgebungsvariable ``LEXDSL_CHROMIUM``, dann ``/usr/bin/chromium``."""
    for candidate in (os.environ.get("LEXDSL_CHROMIUM"), CHROMIUM):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


def require_chromium() -> str:
    """Liefert den Chromium-Pfad; fehlen Chromium oder Playwright, wird der Test übersprungen.

    Mit ``LEXDSL_BROWSER_PFLICHT=1`` (so in der CI) scheitert der Test stattdessen.
    """
    path = find_chromium()
    if path and importlib.util.find_spec("playwright"):
        return path
    reason = (f"Chromium fehlt: weder LEXDSL_CHROMIUM noch {CHROMIUM} gefunden (apt-get install chromium)"
              if not path else "Playwright fehlt (pip install -e '.[dev]')")
    if os.environ.get("LEXDSL_BROWSER_PFLICHT") == "1":
        pytest.fail(f"{reason}; LEXDSL_BROWSER_PFLICHT=1 verlangt die Browsertests.", pytrace=False)
    pytest.skip(reason)


@contextlib.contextmanager
def serve(directory) -> Iterator[str]:
    """Stellt ein Verzeichnis per HTTP auf 127.0.0.1 (freier Port) bereit und liefert die Basis-URL mit „/“."""

    class QuietHandler(SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:  # kein Zugriffsprotokoll
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(directory)))
    server.handle_error = lambda request, address: None  # abgebrochene Verbindungen nicht melden
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


_shared: dict = {"users": 0}  # das laufende Playwright ("instance") und wie viele es gerade nutzen


@contextlib.contextmanager
def playwright() -> Iterator[Playwright]:
    """Startet Playwright oder nutzt das laufende mit: Die synchrone API erlaubt nur eines zur Zeit,
    so lassen sich Sitzungen schachteln (etwa eine Sitzung je Modul und eine eigene in einem Test)."""
    from playwright.sync_api import sync_playwright

    if not _shared["users"]:
        _shared["instance"] = sync_playwright().start()
    _shared["users"] += 1
    try:
        yield _shared["instance"]
    finally:
        _shared["users"] -= 1
        if not _shared["users"]:
            _shared.pop("instance").stop()


def launch(playwright: Playwright, executable: str | None = None) -> Browser:
    """Startet headless Chromium über Playwright mit den Schaltern für das geschlossene Netz."""
    return playwright.chromium.launch(executable_path=executable or require_chromium(), args=ARGS)


class Session:
    """Eine Seite mit Mitschrift: ``requests`` (jede angefragte URL, auch aus Workern, und WebSockets)
    und ``errors`` (JavaScript-Ausnahmen, Konsolenfehler, Ladefehler, Abstürze) als Text."""

    def __init__(self, page: Page):
        self.page = page
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.context.on("request", lambda request: self.requests.append(request.url))  # auch Worker
        page.on("websocket", lambda socket: self.requests.append(socket.url))
        page.on("pageerror", self._on_pageerror)
        page.on("console", self._on_console)
        page.on("crash", lambda crashed: self.errors.append(f"Seite abgestürzt: {crashed.url}"))

    def _on_pageerror(self, error) -> None:
        self.errors.append(f"JavaScript-Ausnahme: {error.name}: {error.message}" if error.name else error.message)

    def _on_console(self, message) -> None:
        if message.type == "error":  # console.error, aber auch Ladefehler wie 404
            self.errors.append(f"Konsole: {message.text} ({message.location.get('url') or self.page.url})")

    def foreign_requests(self) -> list[str]:
        """Anfragen, die 127.0.0.1 verlassen: alles außer data:, blob:, about: und http(s)/ws(s) an 127.0.0.1."""
        def local(url: str) -> bool:
            parts = urlsplit(url)
            return parts.scheme in ("data", "blob", "about") or (
                parts.scheme in ("http", "https", "ws", "wss") and parts.hostname == "127.0.0.1")
        return [url for url in self.requests if not local(url)]

    def screenshot(self, path, full_page: bool = False) -> Path:
        """Speichert ein PNG-Bildschirmfoto (Sichtbereich oder mit ``full_page`` die ganze Seite)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(path), full_page=full_page)
        return path


@contextlib.contextmanager
def open_page(viewport: tuple[int, int] = (1280, 900), timeout: float = 20) -> Iterator[Session]:
    """Startet Chromium mit frischem Kontext und einer Seite; ``timeout`` (Sekunden) ist die Frist
    für alles, was in Playwright eine Frist hat (goto, wait_for_function, Locator, Bildschirmfoto)."""
    executable = require_chromium()
    with playwright() as running:
        browser = launch(running, executable)
        try:
            context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                          locale="de-DE")
            context.set_default_timeout(timeout * 1000)
            yield Session(context.new_page())
        finally:
            browser.close()
