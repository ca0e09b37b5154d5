"""Die Anwendung des Dienstes: Schnittstelle und Seiten, mit Sicherheitsköpfen und deutschen Fehlern.

* Jede Antwort trägt eine Content-Security-Policy, die nur Skripte, Stile und Bilder vom Dienst selbst
  erlaubt (kein Inline-Skript, nichts von anderen Adressen), dazu ``X-Content-Type-Options``,
  ``Referrer-Policy`` und ``X-Frame-Options``.
* Anfragen über ``MAX_BODY`` Bytes weist der Dienst mit 413 ab, bevor er sie liest.
* Ein Fehler im Programm wird zu 500 mit einer deutschen Meldung; ein Traceback erreicht nie einen Client.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..runtime import Catalog

# Größte Anfrage (Bytes): ein Fall hat höchstens einige hundert Merkmale; ein Stapel bis 1000 Fälle.
MAX_BODY = 2_000_000

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
           (b"cache-control", b"no-store")]

SITE_HEADERS = [h for h in HEADERS if h[0] != b"content-security-policy"]

HERE = Path(__file__).parent
log = logging.getLogger("lexdsl.dienst")


class Guard:
    """ASGI-Schicht um die Anwendung: Größengrenze und Sicherheitsköpfe, auch für Fehlerantworten."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            await _plain(send, 413, f"Die Anfrage ist zu groß (höchstens {MAX_BODY:,} Bytes).".replace(",", "."))
            return
        seen = 0

        async def limited() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > MAX_BODY:
                    raise _TooLarge()
            return message

        started = False
        # Die mitgelieferte Website (mkdocs) braucht ihre eigenen Skripte; sie ist statisch und maskiert.
        extra = SITE_HEADERS if scope.get("path", "").startswith("/website/") else HEADERS

        async def secured(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = dict(message, headers=[*message.get("headers", []), *extra])
            await send(message)

        try:
            await self.app(scope, limited, secured)
        except _TooLarge:
            if not started:
                await _plain(send, 413, f"Die Anfrage ist zu groß (höchstens {MAX_BODY:,} Bytes).".replace(",", "."))
        except Exception as exc:                # ein Programmfehler: deutsch, ohne Einzelheiten nach außen
            _report(exc)
            if not started:
                await _plain(send, 500, "Interner Fehler in lexdsl. Das ist ein Programmfehler, nicht Ihrer.")


def _report(exc: Exception) -> None:
    """Ein Programmfehler auf der Konsole des Dienstes: eine deutsche Zeile; Einzelheiten mit LEXDSL_DEBUG=1."""
    import os
    import sys

    if os.environ.get("LEXDSL_DEBUG"):
        log.error("Programmfehler im Dienst", exc_info=exc)
    else:
        print(f"lexdsl dienst: Programmfehler ({type(exc).__name__}); Einzelheiten mit LEXDSL_DEBUG=1.",
              file=sys.stderr)


class _TooLarge(Exception):
    pass


async def _plain(send: Any, status: int, text: str) -> None:
    import json

    body = json.dumps({"fehler": text}, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8"), *HEADERS]})
    await send({"type": "http.response.body", "body": body})


def create_app(catalog: Catalog, site: str | Path | None = None) -> Any:
    """Die ASGI-Anwendung für ein übersetztes Korpus.

    ``site``: die gebaute Website – ein Verzeichnis (dann unter ``/website/`` ausgeliefert) oder eine Adresse;
    die Fragen verweisen auf die Seite ihrer Norm."""
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from fastapi.staticfiles import StaticFiles
    from starlette.exceptions import HTTPException

    from .. import __version__
    from .api import openapi_components
    from .api import router as api_router
    from .pages import router as pages_router

    app = FastAPI(title="lexdsl", summary="Prüfung nach dem humanitären Aufenthaltsrecht (AufenthG)",
                  description="Dieselbe Prüfung wie `lexdsl prüfen`, als HTTP-Schnittstelle. Fehler kommen als "
                              "JSON mit `fehler` (deutsch), `feld` und `hinweis`.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    from ..site.anchors import unique_ids

    app.state.catalog = catalog
    app.state.pages = unique_ids(catalog.normen)
    app.state.site = None
    if isinstance(site, Path) or (isinstance(site, str) and Path(site).is_dir()):
        app.mount("/website", StaticFiles(directory=str(site), html=True), name="website")
        app.state.site = "/website"
    elif site:
        app.state.site = str(site).rstrip("/")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or None
        return JSONResponse({"fehler": "Die Anfrage ist nicht gültig.", "feld": where,
                             "hinweis": "Siehe /api/openapi.json."}, status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        text = exc.detail if isinstance(exc.detail, str) and exc.status_code != 404 else None
        messages = {404: "Diese Adresse gibt es nicht.", 405: "Diese Methode ist hier nicht erlaubt."}
        return JSONResponse({"fehler": text or messages.get(exc.status_code, "Die Anfrage ist nicht gültig.")},
                            status_code=exc.status_code)

    @app.exception_handler(_TooLarge)
    async def too_large(request: Request, exc: _TooLarge) -> JSONResponse:
        return JSONResponse({"fehler": f"Die Anfrage ist zu groß (höchstens {MAX_BODY:,} Bytes).".replace(",", ".")},
                            status_code=413)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        _report(exc)
        return JSONResponse({"fehler": "Interner Fehler in lexdsl. Das ist ein Programmfehler, nicht Ihrer."},
                            status_code=500)

    app.include_router(api_router)
    app.include_router(pages_router)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            document = get_openapi(title=app.title, version=__version__, summary=app.summary,
                                   description=app.description, routes=app.routes)
            document.setdefault("components", {}).setdefault("schemas", {}).update(openapi_components(catalog))
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.mount("/statisch", StaticFiles(directory=HERE / "static"), name="statisch")
    return Guard(app)


def from_environment() -> Any:
    """Die Anwendung für mehrere Arbeitsprozesse (``lexdsl dienst --arbeiter N``): Jeder Prozess lädt die Normen
    aus ``LEXDSL_DIENST_NORMEN`` (Zwischenspeicher ``LEXDSL_DIENST_CACHE``) und die Website aus
    ``LEXDSL_DIENST_WEBSITE``, die der Befehl setzt."""
    import os

    from ..workspace.corpus import load

    cache = os.environ.get("LEXDSL_DIENST_CACHE") or None
    corpus = load(os.environ["LEXDSL_DIENST_NORMEN"], cache_dir=Path(cache) if cache else None)
    return create_app(corpus, os.environ.get("LEXDSL_DIENST_WEBSITE") or None)
