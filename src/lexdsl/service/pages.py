"""Die Seiten des Prüfassistenten: Start, Frage für Frage, Falldatei herunter- und hochladen, Prüfvermerk.

Alles läuft über Formulare (POST, damit keine Antwort in einer Adresse oder einem Protokoll landet); jede
Seite trägt alle Antworten als Felder ``fakt:…`` und bringt sie mit der nächsten Anfrage zurück. Der Dienst
speichert nichts. Die Seiten kommen aus Jinja2-Vorlagen mit Autoescape; sie brauchen kein JavaScript.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ..cases import load_case_text
from ..cases.values import convert_value, lookup
from ..errors import CaseError
from ..interview import Interview
from ..runtime import Catalog
from ..runtime.program import FactValue
from ..vocabulary import MerkmalType, german_date, german_sort_key
from .forms import answer_text, case_file, parse_answers, parse_norm, parse_stichtag
from .rendering import render

router = APIRouter(include_in_schema=False)

# Größte hochgeladene Falldatei (Bytes), wie beim Lesen einer Datei von der Kommandozeile.
MAX_UPLOAD = 1_000_000


def _catalog(request: Request) -> Catalog:
    catalog: Catalog = request.app.state.catalog
    return catalog


def _page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    catalog = _catalog(request)
    context.setdefault("normen", [(n.id, n.title) for n in catalog.normen.values()])
    return HTMLResponse(render(template, **context), status_code=status)


@router.get("/", response_class=HTMLResponse)
def start(request: Request) -> HTMLResponse:
    return _page(request, "start.html", heute=datetime.date.today().isoformat())


class State:
    """Was ein Formular des Assistenten mitbringt: Norm, Stichtag, Bezeichnung, Antworten, Übersprungenes."""

    def __init__(self, catalog: Catalog, norm: str | None, stichtag: str | None, label: str | None,
                 answers: dict[str, FactValue], skipped: set[str]):
        self.catalog, self.norm, self.stichtag, self.label = catalog, norm, stichtag, label
        self.answers, self.skipped = answers, skipped

    @classmethod
    async def read(cls, request: Request) -> State:
        catalog = _catalog(request)
        form = await request.form()
        fields = [(k, v) for k, v in form.multi_items() if isinstance(v, str)]
        single = dict(fields)
        state = cls(catalog, parse_norm(catalog, single.get("norm")), parse_stichtag(single.get("stichtag")),
                    (single.get("bezeichnung") or "").strip()[:200] or None, parse_answers(catalog, fields),
                    {s for k, s in fields if k == "uebersprungen" and s in catalog.merkmale})
        state.apply(single)
        return state

    def apply(self, single: dict[str, str]) -> None:
        """Die Aktion des Formulars: eine Antwort, „weiß nicht“, eine Antwort zurücksetzen."""
        question, answer = single.get("frage"), single.get("antwort")
        if question and answer:
            merkmal = lookup(question, self.catalog.merkmale, self.catalog.begriffe)
            if answer == "weiss_nicht":
                self.answers.pop(merkmal.name, None)
                self.skipped.add(merkmal.name)
            else:
                text = single.get("wert", "") if answer == "wert" else answer
                value = convert_value(merkmal.name, merkmal, text.strip())
                if value is None:
                    self.answers.pop(merkmal.name, None)
                    self.skipped.add(merkmal.name)
                else:
                    self.answers[merkmal.name] = value
                    self.skipped.discard(merkmal.name)
        reset = single.get("loeschen")
        if reset:
            self.answers.pop(reset, None)
            self.skipped.discard(reset)

    def interview(self) -> Interview:
        if not self.answers and not self.skipped:         # der Anfang: enthält keine Falldaten, oft gefragt
            return _opening(self.catalog, self.norm, self.stichtag)
        facts = self.catalog.complete(self.answers, self.label, self.stichtag)
        return Interview(self.catalog, facts, self.norm, self.skipped)


@functools.lru_cache(maxsize=256)
def _opening(catalog: Catalog, norm: str | None, stichtag: str | None) -> Interview:
    """Der Anfang eines Gesprächs (noch keine Antwort): je Norm und Stichtag einmal berechnet. Er hängt von
    keinem Fall ab; Antworten werden nie zwischengespeichert."""
    return Interview(catalog, catalog.complete({}, None, stichtag), norm)


def _input(catalog: Catalog, name: str) -> dict[str, Any]:
    info = catalog.merkmale[name]
    kinds = {MerkmalType.BOOL: "janein", MerkmalType.CHOICE: "auswahl", MerkmalType.DATE: "datum",
             MerkmalType.DURATION: "dauer", MerkmalType.COUNT: "anzahl"}
    return {"name": info.name, "art": kinds[info.type], "werte": list(info.values),
            "beschreibung": info.description, "fundstellen": list(info.citations)}


def _context(request: Request, state: State, interview: Interview) -> dict[str, Any]:
    catalog = state.catalog
    question = interview.next_question()
    site = request.app.state.site
    pages = request.app.state.pages
    frage = None
    if question is not None:
        frage = _input(catalog, question.merkmal)
        frage.update(normen=[(n, f"{site}/normen/{pages[n]}.html" if site and n in pages else None)
                             for n in question.normen], entscheidet=question.settles)
    answers = []
    for name in sorted(state.answers, key=german_sort_key):
        entry = _input(catalog, name)
        value = state.answers[name]
        entry.update(text=answer_text(catalog, name, value), iso=str(value) if entry["art"] == "datum" else "")
        answers.append(entry)
    results = [r.to_dict() for r in interview.results]
    return {"norm": state.norm, "stichtag": state.stichtag, "stichtag_text": german_date(state.stichtag)
            if state.stichtag else None, "bezeichnung": state.label, "frage": frage, "antworten": answers,
            "uebersprungen": sorted(state.skipped, key=german_sort_key), "ergebnisse": results,
            "zusammenfassung": interview.summary if len(results) > 1 else None,
            "entschieden": interview.decided, "fertig": question is None}


def _failure(request: Request, exc: CaseError) -> HTMLResponse:
    return _page(request, "fehler.html", status=422, fehler=exc.message, feld=exc.field, hinweis=exc.hint)


@router.post("/assistent", response_class=HTMLResponse)
async def assistent(request: Request) -> HTMLResponse:
    try:
        state = await State.read(request)
    except CaseError as exc:
        return _failure(request, exc)
    return _page(request, "assistent.html", **_context(request, state, state.interview()))


@router.post("/assistent/fall.yaml")
async def herunterladen(request: Request) -> Response:
    try:
        state = await State.read(request)
    except CaseError as exc:
        return _failure(request, exc)
    text = case_file(state.catalog, state.answers, state.stichtag, state.label)
    return Response(text.encode("utf-8"), media_type="application/yaml; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="fall.yaml"'})


@router.post("/assistent/hochladen", response_class=HTMLResponse)
async def hochladen(request: Request) -> HTMLResponse:
    catalog = _catalog(request)
    form = await request.form()
    upload = form.get("datei")
    try:
        if upload is None or isinstance(upload, str):
            raise CaseError("Bitte eine Falldatei (YAML oder JSON) auswählen.", field="Datei")
        data = await upload.read(MAX_UPLOAD + 1)
        if len(data) > MAX_UPLOAD:
            raise CaseError(f"Die Datei ist zu groß (höchstens {MAX_UPLOAD:,} Bytes).".replace(",", "."),
                            field="Datei")
        name = upload.filename or "Falldatei"
        facts = load_case_text(data, name, catalog)
        chosen = form.get("norm")
        norm = parse_norm(catalog, chosen if isinstance(chosen, str) else None)
    except CaseError as exc:
        return _failure(request, exc)
    answers = {k: v for k, v in facts.three.items() if v is not None}
    state = State(catalog, norm, facts.stichtag, facts.label, answers, set())
    return _page(request, "assistent.html", **_context(request, state, state.interview()))


@router.post("/assistent/vermerk", response_class=HTMLResponse)
async def vermerk(request: Request) -> HTMLResponse:
    try:
        state = await State.read(request)
    except CaseError as exc:
        return _failure(request, exc)
    return _page(request, "vermerk.html", **_context(request, state, state.interview()),
                 erstellt=german_date(datetime.date.today().isoformat()))


@router.post("/assistent/vermerk.pdf")
async def vermerk_pdf(request: Request) -> Response:
    from .pdf import note_pdf

    try:
        state = await State.read(request)
    except CaseError as exc:
        return _failure(request, exc)
    context = _context(request, state, state.interview())
    data = note_pdf(context, german_date(datetime.date.today().isoformat()))
    return Response(data, media_type="application/pdf",
                    headers={"content-disposition": 'attachment; filename="pruefvermerk.pdf"'})
