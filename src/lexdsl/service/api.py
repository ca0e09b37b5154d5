"""Die JSON-Schnittstelle unter ``/api`` – dieselbe Prüfung wie ``lexdsl prüfen``, dieselben Meldungen.

Ein Fall ist das JSON einer Falldatei (``bezeichnung``, ``stichtag``, ``merkmale``); sein Schema liefert
``GET /api/schema``. Fehler im Fall kommen als 422 mit ``fehler``, ``feld`` und ``hinweis`` – dieselben Texte
wie beim Lesen einer Falldatei.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from ..cases import load_case_text
from ..cases.schema import case_schema
from ..errors import CaseError, did_you_mean, nfc
from ..interview import Interview
from ..render import report_data
from ..runtime import Catalog
from ..runtime.facts import Facts

router = APIRouter(prefix="/api")

# So viele Fälle nimmt ein Stapel höchstens.
MAX_BATCH = 1000

_NORM = Query(None, description="nur diese Norm (sonst alle: Gesamtprüfung)")
_SKIPPED = Query([], description="Merkmale, die nicht gefragt werden sollen (Antwort „weiß nicht“)")
_STICHTAG = Query(None, description="Tag der Entscheidung (TT.MM.JJJJ oder JJJJ-MM-TT); ersetzt den des Falls")


def _catalog(request: Request) -> Catalog:
    catalog: Catalog = request.app.state.catalog
    return catalog


def _error(exc: CaseError, status: int = 422) -> JSONResponse:
    return JSONResponse({"fehler": exc.message, "feld": exc.field, "hinweis": exc.hint}, status_code=status)


def _case_body() -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": {
        "$ref": "#/components/schemas/Fall"}}}}}


def _norm(catalog: Catalog, norm: str | None) -> str | None:
    if norm is None:
        return None
    norm = nfc(norm)
    if norm not in catalog.normen:
        raise CaseError(f"Unbekannte Norm »{norm}«.", field="norm",
                        hint=did_you_mean(norm, catalog.normen) or "Die Normen nennt GET /api/normen.")
    return norm


async def _facts(request: Request, catalog: Catalog, stichtag: str | None) -> Facts:
    from ..cases import convert_stichtag

    day = convert_stichtag(stichtag, field="stichtag") if stichtag else None
    body = await request.body()
    return load_case_text(body, "Anfrage", catalog, stichtag=day)


def _results(catalog: Catalog, facts: Facts, norm: str | None) -> dict[str, Any]:
    return report_data(catalog.pruefen(facts, norm=norm), facts.label, facts.stichtag)


@router.get("/normen", summary="Alle Normen mit Titel und Fassungen")
def normen(request: Request) -> dict[str, Any]:
    catalog = _catalog(request)
    return {"normen": [_norm_entry(n) for n in catalog.normen.values()]}


def _norm_entry(norm: Any) -> dict[str, Any]:
    fassungen = []
    for variant in norm.variants:
        f = variant.program.fassung
        if f is not None:
            fassungen.append({"name": f.name, "gilt_ab": f.ab, "gilt_bis": f.bis, "stand": f.stand,
                              "fundstellen": list(f.citations)})
    program = norm.variants[-1].program
    return {"id": norm.id, "titel": norm.title, "art": program.kind.value, "fundstellen": list(program.citations),
            "fassungen": fassungen}


@router.get("/normen/{norm_id:path}", summary="Eine Norm: Titel, Fassungen, Merkmale",
            responses={404: {"description": "Die Norm gibt es nicht."}})
def norm_detail(norm_id: str, request: Request) -> Any:
    catalog = _catalog(request)
    try:
        norm = catalog.normen[_norm(catalog, norm_id) or ""]
    except CaseError as exc:
        return _error(exc, 404)
    entry = _norm_entry(norm)
    entry["merkmale"] = sorted({m for v in norm.variants for m in v.merkmale})
    entry["beschreibung"] = norm.variants[-1].program.description
    return entry


@router.get("/merkmale", summary="Das Vokabular: jedes Merkmal mit Typ, Werten, Beschreibung und Fundstellen")
def merkmale(request: Request) -> dict[str, Any]:
    return {"merkmale": [
        {"name": m.name, "typ": m.type.value, "werte": list(m.values), "beschreibung": m.description,
         "fundstellen": list(m.citations), "normen": list(m.normen)}
        for m in _catalog(request).merkmale.values()]}


@router.get("/schema", summary="Das JSON Schema der Falldateien")
def schema(request: Request) -> dict[str, Any]:
    catalog = _catalog(request)
    return case_schema(catalog.merkmale, catalog.begriffe)


@router.post("/pruefen", summary="Einen Fall prüfen (wie lexdsl prüfen --format json)", openapi_extra=_case_body(),
             responses={422: {"description": "Fehler im Fall (fehler, feld, hinweis)"}})
async def pruefen(request: Request, norm: str | None = _NORM, stichtag: str | None = _STICHTAG) -> Any:
    catalog = _catalog(request)
    try:
        chosen = _norm(catalog, norm)
        facts = await _facts(request, catalog, stichtag)
    except CaseError as exc:
        return _error(exc)
    return _results(catalog, facts, chosen)


@router.post("/pruefen/stapel", summary=f"Viele Fälle prüfen (höchstens {MAX_BATCH})",
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                 "type": "object", "required": ["faelle"], "additionalProperties": False,
                 "properties": {"faelle": {"type": "array", "maxItems": MAX_BATCH,
                                           "items": {"$ref": "#/components/schemas/Fall"}}}}}}}},
             responses={422: {"description": "Fehler in einem Fall (mit seiner Nummer im Feld)"}})
async def stapel(request: Request, norm: str | None = _NORM, stichtag: str | None = _STICHTAG) -> Any:
    from ..cases import convert_stichtag

    catalog = _catalog(request)
    try:
        chosen = _norm(catalog, norm)
        day = convert_stichtag(stichtag, field="stichtag") if stichtag else None
        data = _json(await request.body())
        if not isinstance(data, dict) or set(data) != {"faelle"} or not isinstance(data["faelle"], list):
            raise CaseError("Erwartet ist ein Objekt mit der Liste »faelle«.", field="faelle")
        if len(data["faelle"]) > MAX_BATCH:
            raise CaseError(f"Höchstens {MAX_BATCH} Fälle je Anfrage.", field="faelle")
        cases = []
        for i, case in enumerate(data["faelle"]):
            try:
                cases.append(load_case_text(json.dumps(case, ensure_ascii=False).encode(), f"Fall {i + 1}", catalog,
                                            stichtag=day))
            except CaseError as exc:
                raise CaseError(exc.message, field=f"faelle[{i}]" + (f".{exc.field}" if exc.field else ""),
                                hint=exc.hint) from None
    except CaseError as exc:
        return _error(exc)
    return {"faelle": [_results(catalog, facts, chosen) for facts in cases]}


def _json(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise CaseError("Der Inhalt ist kein gültiges JSON (UTF-8).") from None


@router.post("/naechste-frage", summary="Bekannte Merkmale → die nächste entscheidende Frage und die noch "
             "möglichen Ergebnisse", openapi_extra=_case_body(),
             responses={422: {"description": "Fehler im Fall (fehler, feld, hinweis)"}})
async def naechste_frage(request: Request, norm: str | None = _NORM, stichtag: str | None = _STICHTAG,
                         uebersprungen: list[str] = _SKIPPED) -> Any:
    catalog = _catalog(request)
    try:
        chosen = _norm(catalog, norm)
        facts = await _facts(request, catalog, stichtag)
    except CaseError as exc:
        return _error(exc)
    interview = Interview(catalog, facts, chosen, skipped=[nfc(s) for s in uebersprungen], begruendung=False)
    question = interview.next_question()
    states = [{"norm": r.norm, "ergebnis": r.outcome.value, "entscheidung": r.sentence,
               "moegliche_ergebnisse": [o.value for o in r.possible]} for r in interview.results]
    frage = None
    if question is not None:
        info = catalog.merkmale[question.merkmal]
        frage = {"merkmal": info.name, "typ": info.type.value, "werte": list(info.values),
                 "beschreibung": info.description, "fundstellen": list(info.citations),
                 "normen": list(question.normen), "entscheidet_allein": question.settles}
    return {"frage": frage, "entschieden": interview.decided, "normen": states}


def openapi_components(catalog: Catalog) -> dict[str, Any]:
    """Die Schemas für das OpenAPI-Dokument: „Fall“ (das JSON Schema der Falldateien) und seine Teile, mit
    Verweisen in ``components/schemas`` statt ``$defs``."""
    found = case_schema(catalog.merkmale, catalog.begriffe)
    defs = found.pop("$defs", {})
    for key in ("$schema", "$id"):
        found.pop(key, None)

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: (f"#/components/schemas/Fall_{v[len('#/$defs/'):]}"
                        if k == "$ref" and isinstance(v, str) and v.startswith("#/$defs/") else rewrite(v))
                    for k, v in node.items()}
        if isinstance(node, list):
            return [rewrite(v) for v in node]
        return node

    schemas = {"Fall": rewrite(found)}
    schemas.update({f"Fall_{name}": rewrite(part) for name, part in defs.items()})
    return schemas
