"""Die Python-Seite der Seite »Fall prüfen«: läuft im Browser (Pyodide) und braucht nur die Standardbibliothek.

Die Website packt beim Bau dieses Modul mit der Laufzeit, dem Gespräch des Prüfassistenten
(``lexdsl.interview``), der Umwandlung der Antworten (``lexdsl.cases.values``) und den übersetzten Normen
(Paket ``lexdsl_korpus``) in ein Zip (``lexdsl.site.offline``). Das Skript der Seite ruft ``normen()``
einmal und ``schritt(anfrage)`` nach jeder Antwort; beide nehmen und geben JSON-Text.

Ein Schritt tut, was eine Anfrage an den Prüfassistenten (``lexdsl dienst``) tut: Er übernimmt eine Antwort,
„weiß nicht“ oder das Zurücksetzen einer Antwort mit denselben Regeln und Meldungen wie eine Falldatei,
fragt ``Interview`` nach der nächsten entscheidenden Frage und gibt die Ergebnisse im JSON-Vertrag von
``lexdsl prüfen`` zurück. Er hält keinen Zustand: Jede Anfrage bringt alle Antworten mit. Ein fehlerhafter
Wert wird zu ``fehler`` mit Feld und Hinweis, jeder andere Fehler zu einer deutschen Meldung ohne Traceback.
"""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
from collections.abc import Mapping
from typing import Any

from lexdsl.cases.values import convert_stichtag, convert_value, lookup
from lexdsl.errors import CaseError
from lexdsl.interview import Interview
from lexdsl.runtime import Catalog, Outcome
from lexdsl.runtime.explain import value_text
from lexdsl.runtime.program import FactValue
from lexdsl.vocabulary import MerkmalType, german_date, german_sort_key

KORPUS = "lexdsl_korpus"          # das erzeugte Paket der Normen im Zip
SEITEN = "seiten.json"            # im Paket: Norm → ihre Seite auf der Website (relativ zur Seite »Fall prüfen«)
UNKNOWN = ("", "unbekannt", "weiss_nicht")
KINDS = {MerkmalType.BOOL: "janein", MerkmalType.CHOICE: "auswahl", MerkmalType.DATE: "datum",
         MerkmalType.DURATION: "dauer", MerkmalType.COUNT: "anzahl"}


@functools.lru_cache(maxsize=1)
def catalog() -> Catalog:
    """Die übersetzten Normen aus dem Zip (einmal geladen)."""
    return Catalog.from_package(importlib.import_module(KORPUS))


@functools.lru_cache(maxsize=1)
def pages() -> dict[str, str]:
    data = pkgutil.get_data(KORPUS, SEITEN)
    found: dict[str, str] = json.loads(data.decode("utf-8")) if data else {}
    return found


def normen() -> str:
    """Die Normen in der Reihenfolge der Auswahl auf der Seite (Nummer 1, 2, …; 0 ist die Gesamtprüfung)."""
    return json.dumps([[n.id, n.title] for n in catalog().normen.values()], ensure_ascii=False)


def answer_text(name: str, value: FactValue) -> str:
    """Ein Wert so geschrieben, wie ihn eine Falldatei schreibt (wie im Prüfassistenten)."""
    kind = catalog().merkmale[name].type
    if kind is MerkmalType.CHOICE:
        return str(value)
    if kind is MerkmalType.DATE:
        return german_date(str(value))
    return value_text(kind, value)


class State:
    """Norm (Nummer, 0 für alle), Stichtag, Antworten (Merkmal → Text) und Übersprungenes einer Anfrage."""

    def __init__(self, request: Mapping[str, Any]):
        self.catalog = catalog()
        ids = list(self.catalog.normen)
        number = request.get("norm", 0)
        if not isinstance(number, int) or isinstance(number, bool) or not 0 <= number <= len(ids):
            raise CaseError("Diese Norm gibt es nicht.", field="Norm")
        self.number = number
        self.norm = ids[number - 1] if number else None
        text = str(request.get("stichtag") or "").strip()
        self.stichtag = convert_stichtag(text, field="Stichtag") if text else None
        self.answers: dict[str, FactValue] = {}
        for key, raw in dict(request.get("antworten") or {}).items():
            text = str(raw).strip()
            if text in UNKNOWN:
                continue
            merkmal = lookup(key, self.catalog.merkmale, self.catalog.begriffe)
            value = convert_value(merkmal.name, merkmal, text)
            if value is not None:
                self.answers[merkmal.name] = value
        self.skipped = {str(s) for s in request.get("uebersprungen") or () if str(s) in self.catalog.merkmale}
        self.apply(request)

    def apply(self, request: Mapping[str, Any]) -> None:
        """Die Aktion: eine Antwort, „weiß nicht“, eine Antwort zurücksetzen (wie im Prüfassistenten)."""
        question, answer = request.get("frage"), request.get("antwort")
        if question and answer:
            merkmal = lookup(question, self.catalog.merkmale, self.catalog.begriffe)
            if answer == "weiss_nicht":
                self.answers.pop(merkmal.name, None)
                self.skipped.add(merkmal.name)
            else:
                text = str(request.get("wert") or "") if answer == "wert" else str(answer)
                value = convert_value(merkmal.name, merkmal, text.strip())
                if value is None:
                    self.answers.pop(merkmal.name, None)
                    self.skipped.add(merkmal.name)
                else:
                    self.answers[merkmal.name] = value
                    self.skipped.discard(merkmal.name)
        reset = request.get("loeschen")
        if reset:
            self.answers.pop(str(reset), None)
            self.skipped.discard(str(reset))

    def interview(self) -> Interview:
        facts = self.catalog.complete(self.answers, None, self.stichtag)
        return Interview(self.catalog, facts, self.norm, self.skipped)


def _input(name: str) -> dict[str, Any]:
    info = catalog().merkmale[name]
    return {"name": info.name, "art": KINDS[info.type], "werte": list(info.values),
            "beschreibung": info.description, "fundstellen": list(info.citations)}


def _result(data: dict[str, Any]) -> dict[str, Any]:
    """Ein Ergebnis im JSON-Vertrag, dazu die noch möglichen Ergebnisse in Worten und die Seite der Norm."""
    data["moeglich_text"] = [Outcome(o).grade_name for o in data.get("moegliche_ergebnisse", [])]
    data["seite"] = pages().get(data["norm"])
    return data


def view(state: State) -> dict[str, Any]:
    """Was die Seite nach einem Schritt zeigt (dieselben Daten wie die Seite des Prüfassistenten)."""
    interview = state.interview()
    question = interview.next_question()
    frage = None
    if question is not None:
        frage = _input(question.merkmal)
        frage.update(normen=[[n, pages().get(n)] for n in question.normen], entscheidet=question.settles)
    answers = []
    for name in sorted(state.answers, key=german_sort_key):
        entry = _input(name)
        value = state.answers[name]
        entry.update(text=answer_text(name, value), iso=str(value) if entry["art"] == "datum" else "")
        answers.append(entry)
    results = [_result(r.to_dict()) for r in interview.results]
    skipped = sorted(state.skipped, key=german_sort_key)
    return {
        "zustand": {"norm": state.number, "stichtag": state.stichtag or "", "uebersprungen": skipped,
                    "antworten": {a["name"]: a["text"] for a in answers}},
        "norm": state.norm, "stichtag_text": german_date(state.stichtag) if state.stichtag else None,
        "frage": frage, "antworten": answers, "uebersprungen": skipped, "ergebnisse": results,
        "gesamt": len(results) > 1, "entschieden": interview.decided, "fertig": question is None,
    }


def schritt(request: str) -> str:
    """Ein Schritt des Gesprächs: Anfrage (JSON) → was die Seite zeigt, oder ``fehler`` (JSON)."""
    try:
        data = json.loads(request)
        if not isinstance(data, dict):
            raise CaseError("Die Anfrage der Seite ist kein Objekt.")
        answer = view(State(data))
    except CaseError as exc:
        answer = {"fehler": exc.message, "feld": exc.field, "hinweis": exc.hint}
    except Exception as exc:  # ein Programmfehler: eine deutsche Meldung, kein Traceback
        answer = {"fehler": f"Die Prüfung ist an einem Programmfehler gescheitert ({type(exc).__name__}). "
                            "Bitte laden Sie die Seite neu; tritt der Fehler wieder auf, melden Sie ihn bitte "
                            "mit Ihren Antworten.", "feld": None, "hinweis": None}
    return json.dumps(answer, ensure_ascii=False, default=str)
