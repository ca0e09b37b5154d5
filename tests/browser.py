"""Kleiner Browser-Prüfstand ohne Abhängigkeiten: headless Chromium über das DevTools-Protokoll.

Chromium läuft mit ``--remote-debugging-pipe``: Befehle gehen über fd 3 hinein, Antworten und
Ereignisse kommen über fd 4 heraus, jede Nachricht ist JSON mit NUL-Abschluss. Ein Hintergrund-
Thread liest die Antworten und verteilt sie nach ``id``. Jeder Aufruf hat eine Frist: ein toter
oder hängender Browser führt zu einer Ausnahme, nie zu einem hängenden Testlauf.

    with serve(site_dir) as base, Browser() as browser:
        browser.goto(base + "index.html")
        assert browser.wait_for("document.querySelector('svg')")
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import functools
import itertools
import json
import os
import queue
import select
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
    "--disable-extensions", "--disable-dev-shm-usage", "--no-default-browser-check",
    "--hide-scrollbars", "--mute-audio", "--password-store=basic", "--window-size=1280,900",
    "--remote-debugging-pipe",
]


class BrowserError(RuntimeError):
    """Chromium lässt sich nicht starten, ist beendet oder meldet einen Protokollfehler."""


class JavaScriptError(BrowserError):
    """Ein ausgewerteter JavaScript-Ausdruck hat eine Ausnahme geworfen."""


def find_chromium() -> str | None:
    """Sucht Chromium: zuerst ``LEXDSL_CHROMIUM``, dann chromium, chromium-browser, google-chrome im PATH."""
    for name in (os.environ.get("LEXDSL_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and (found := shutil.which(name)):
            return found
    return None


def require_chromium() -> str:
    """Liefert den Chromium-Pfad; fehlt er, wird der Test übersprungen.

    Mit ``LEXDSL_BROWSER_PFLICHT=1`` (so in der CI) scheitert der Test stattdessen.
    """
    if path := find_chromium():
        return path
    reason = ("Chromium fehlt: weder LEXDSL_CHROMIUM noch chromium, chromium-browser oder "
              "google-chrome im PATH gefunden (apt-get install chromium)")
    if os.environ.get("LEXDSL_BROWSER_PFLICHT") == "1":
        pytest.fail(f"{reason}; LEXDSL_BROWSER_PFLICHT=1 verlangt die Browsertests.", pytrace=False)
    pytest.skip(reason)


@contextlib.contextmanager
def serve(directory):
    """Stellt ein Verzeichnis per HTTP auf 127.0.0.1 (freier Port) bereit und liefert die Basis-URL."""

    class QuietHandler(SimpleHTTPRequestHandler):
        log_message = lambda self, *args: None  # noqa: E731 – kein Zugriffsprotokoll

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


class Browser:
    """Headless Chromium mit einer Seite, als Kontextmanager (``with Browser() as browser``).

    ``requests`` sammelt jede angefragte URL (auch aus Workern), ``errors`` JavaScript-Ausnahmen
    und Konsolen-/Log-Fehler als Text. ``timeout`` ist die Frist je Protokollbefehl in Sekunden.
    """

    def __init__(self, executable: str | None = None, timeout: float = 10):
        self.executable = executable or find_chromium()
        self.timeout = timeout
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.session: str | None = None
        self._sessions: set[str] = set()  # Seite und automatisch angehängte Worker/Frames
        self._ids = itertools.count(1)
        self._pending: dict[int, queue.Queue] = {}
        self._write_lock = threading.Lock()
        self._loaded = threading.Condition()
        self._loaders: set[str] = set()
        self._dead: str | None = None
        self._stop = threading.Event()

    def __enter__(self) -> Browser:
        if not self.executable:
            raise BrowserError("Chromium fehlt (apt-get install chromium oder LEXDSL_CHROMIUM setzen)")
        self._profile = tempfile.mkdtemp(prefix="lexdsl-chromium-")
        cmd_read, self._cmd_write = os.pipe()
        self._out_read, out_write = os.pipe()

        def plumb():  # im Kind (nach fork, daher ohne import): über hohe Nummern auf fd 3/4
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (cmd_read, out_write)]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self._stderr = open(os.path.join(self._profile, "stderr.log"), "wb")
        try:  # close_fds=False, damit fd 3/4 das exec überleben; Python-fds sind ohnehin nicht vererbbar
            self.process = subprocess.Popen(
                [self.executable, *FLAGS, f"--user-data-dir={self._profile}", "about:blank"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._stderr,
                close_fds=False, preexec_fn=plumb, start_new_session=True,  # eigene Prozessgruppe
                env={**os.environ, "XDG_CONFIG_HOME": self._profile, "XDG_CACHE_HOME": self._profile})
        except OSError as error:
            os.close(self._cmd_write)
            os.close(self._out_read)
            self._stderr.close()
            shutil.rmtree(self._profile, ignore_errors=True)
            raise BrowserError(f"Chromium lässt sich nicht starten: {error}") from error
        finally:
            os.close(cmd_read)
            os.close(out_write)
        os.set_blocking(self._cmd_write, False)
        self._reader = threading.Thread(target=self._read_loop, name="chromium-cdp", daemon=True)
        self._reader.start()
        try:
            target = self.send("Target.createTarget", {"url": "about:blank"}, timeout=30)["targetId"]
            attached = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
            self.session = attached["sessionId"]
            self._sessions.add(self.session)
            # Worker (etwa den Such-Worker) angehalten anhängen, damit auch ihre Anfragen erfasst werden.
            self.send("Target.setAutoAttach",
                      {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": True})
            for domain in ("Page", "Runtime", "Network", "Log"):
                self.send(f"{domain}.enable")
            self.send("Page.setLifecycleEventsEnabled", {"enabled": True})
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        pid = self.process.pid
        if self.session and not self._dead and not self._exited(pid):
            with contextlib.suppress(Exception):
                self.send("Browser.close", session=False, timeout=5)
        for sig, wait in ((None, 5), (signal.SIGTERM, 3), (signal.SIGKILL, 5)):
            if sig:
                os.kill(pid, sig)
            deadline = time.monotonic() + wait
            while not self._exited(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            if self._exited(pid):
                break
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)  # Nachzügler; die Gruppen-ID bleibt bis zum Abholen unsere
        self.process.wait(5)
        self._stop.set()
        self._reader.join(5)
        os.close(self._cmd_write)
        os.close(self._out_read)
        self._stderr.close()
        shutil.rmtree(self._profile, ignore_errors=True)

    @staticmethod
    def _exited(pid: int) -> bool:
        """Wahr, wenn der Prozess beendet ist – ohne ihn abzuholen (WNOWAIT)."""
        with contextlib.suppress(ChildProcessError):
            return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
        return True

    def _read_loop(self) -> None:
        buffer = b""
        try:
            while not self._stop.is_set():
                if not select.select([self._out_read], [], [], 0.2)[0]:
                    continue
                if not (chunk := os.read(self._out_read, 1 << 16)):
                    break  # Chromium hat die Leitung geschlossen
                *messages, buffer = (buffer + chunk).split(b"\0")
                for message in map(json.loads, messages):
                    if "id" in message:
                        if reply := self._pending.get(message["id"]):
                            reply.put(message)
                    elif message.get("sessionId") in self._sessions:
                        try:
                            self._on_event(message["method"], message.get("params", {}))
                        except Exception as error:  # sichtbar machen, den Leser aber weiterlaufen lassen
                            self.errors.append(f"Prüfstand: {message['method']} unlesbar: {error!r}")
        finally:
            self._dead = "Chromium ist beendet" + self._stderr_tail()
            for reply in list(self._pending.values()):
                reply.put(None)
            with self._loaded:
                self._loaded.notify_all()

    def _stderr_tail(self) -> str:
        with contextlib.suppress(OSError):
            lines = Path(self._profile, "stderr.log").read_text(errors="replace").strip().splitlines()
            return " – letzte Ausgabe:\n" + "\n".join(lines[-5:]) if lines else ""
        return ""

    def _on_event(self, method: str, params: dict) -> None:
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.errors.append(details.get("exception", {}).get("description") or details["text"])
        elif method == "Runtime.consoleAPICalled" and params["type"] == "error":
            args = (str(a.get("value", a.get("description", ""))) for a in params["args"])
            self.errors.append(" ".join(args))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            entry = params["entry"]
            self.errors.append(entry["text"] + (f" ({entry['url']})" if entry.get("url") else ""))
        elif method == "Target.attachedToTarget":  # Worker/Frame: Netzwerk mitschneiden, dann starten
            self._sessions.add(params["sessionId"])
            for command in ("Network.enable", "Runtime.runIfWaitingForDebugger"):
                message = {"id": next(self._ids), "method": command, "sessionId": params["sessionId"]}
                self._write(message, time.monotonic() + self.timeout)  # ohne auf Antwort zu warten
        elif method == "Page.lifecycleEvent" and params["name"] == "load":
            with self._loaded:
                self._loaders.add(params["loaderId"])
                self._loaded.notify_all()

    def _write(self, message: dict, deadline: float) -> None:
        data = json.dumps(message).encode() + b"\0"
        with self._write_lock:
            while data:
                if not select.select([], [self._cmd_write], [], max(0, deadline - time.monotonic()))[1]:
                    raise TimeoutError(f"Chromium nimmt {message['method']} nicht an")
                try:
                    data = data[os.write(self._cmd_write, data):]
                except BrokenPipeError:
                    raise BrowserError("Chromium ist beendet" + self._stderr_tail()) from None

    def send(self, method: str, params: dict | None = None, *, session: bool = True,
             timeout: float | None = None) -> dict:
        """Sendet einen DevTools-Befehl (an die Seite oder mit ``session=False`` an den Browser)
        und wartet höchstens ``timeout`` Sekunden auf die Antwort."""
        timeout = self.timeout if timeout is None else timeout
        message = {"id": next(self._ids), "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        self._pending[message["id"]] = reply = queue.Queue()
        try:
            if self._dead:
                raise BrowserError(self._dead)
            deadline = time.monotonic() + timeout
            self._write(message, deadline)
            answer = reply.get(timeout=max(0, deadline - time.monotonic()))
        except queue.Empty:
            raise TimeoutError(f"Chromium antwortet nicht auf {method} (Frist {timeout} s)") from None
        finally:
            self._pending.pop(message["id"], None)
        if answer is None:
            raise BrowserError(f"{self._dead} (bei {method})")
        if "error" in answer:
            raise BrowserError(f"{method} fehlgeschlagen: {answer['error'].get('message')}")
        return answer["result"]

    def goto(self, url: str, timeout: float = 20) -> None:
        """Navigiert zu ``url`` und wartet auf das Load-Ereignis des neuen Dokuments."""
        result = self.send("Page.navigate", {"url": url}, timeout=timeout)
        if result.get("errorText"):
            raise BrowserError(f"Navigation zu {url} fehlgeschlagen: {result['errorText']}")
        if (loader := result.get("loaderId")) is None:
            return  # Sprung im selben Dokument (#anker): kein Load-Ereignis
        with self._loaded:
            if not self._loaded.wait_for(lambda: loader in self._loaders or self._dead, timeout):
                raise TimeoutError(f"{url} nicht innerhalb von {timeout} s geladen")
        if self._dead:
            raise BrowserError(self._dead)

    def evaluate(self, js_expression: str, timeout: float | None = None):
        """Wertet einen JavaScript-Ausdruck aus (Promises werden abgewartet) und liefert seinen Wert."""
        result = self.send("Runtime.evaluate", {"expression": js_expression, "returnByValue": True,
                                                "awaitPromise": True}, timeout=timeout)
        if details := result.get("exceptionDetails"):
            text = details.get("exception", {}).get("description") or details.get("text")
            raise JavaScriptError(f"JavaScript-Fehler: {text}\n  in: {js_expression[:300]}")
        return result["result"].get("value")

    def wait_for(self, js_expression: str, timeout: float = 15, interval: float = 0.05):
        """Wertet den Ausdruck wiederholt aus, bis er wahr ist, und liefert dann seinen Wert."""
        deadline = time.monotonic() + timeout
        last_error = ""
        while True:
            remaining = deadline - time.monotonic()
            try:
                if value := self.evaluate(js_expression, timeout=max(remaining, 1)):
                    return value
            except BrowserError as error:  # z. B. Ausnahme oder Kontextwechsel beim Seitenwechsel
                if self._dead:
                    raise
                last_error = f" (zuletzt: {error})"
            if remaining <= 0:
                raise TimeoutError(f"Bedingung nach {timeout} s nicht erfüllt: {js_expression}{last_error}")
            time.sleep(min(interval, remaining))

    def screenshot(self, path, full_page: bool = False) -> Path:
        """Speichert ein PNG-Bildschirmfoto (Sichtbereich oder mit ``full_page`` die ganze Seite)."""
        params: dict = {"format": "png"}
        if full_page:
            size = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params.update(captureBeyondViewport=True, clip={
                "x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1})
        data = self.send("Page.captureScreenshot", params, timeout=30)["data"]
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path
