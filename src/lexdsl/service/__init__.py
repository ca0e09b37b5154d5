"""Der Dienst: der Prüfassistent im Browser und die HTTP-Schnittstelle (``lexdsl dienst``).

Module, je eine Aufgabe:

``app``
    die Anwendung: Sicherheitsköpfe, Größengrenze, deutsche Fehler statt Tracebacks.
``api``
    die JSON-Schnittstelle unter ``/api`` (Vorbild: die Web-API von OpenFisca).
``forms``
    Formularfelder ↔ Antworten, und die Falldatei zum Herunterladen.
``pages``
    die Seiten des Prüfassistenten (Jinja2-Vorlagen mit Autoescape).
``pdf``
    der Prüfvermerk als PDF.

Der Dienst hält keine Falldaten über eine Anfrage hinaus: Jede Seite trägt alle Antworten im Formular.
FastAPI, uvicorn und fpdf2 kommen mit ``pip install 'lexdsl[dienst]'`` und werden erst hier importiert.
"""

from __future__ import annotations

from .app import MAX_BODY, create_app

__all__ = ["MAX_BODY", "create_app"]
