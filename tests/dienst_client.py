"""Ein Client des Prüfassistenten ohne Browser: liest das Formular einer Seite und beantwortet die Frage aus
einem Fall – für die Tests (tests/test_dienst.py) und den Lasttest in make bench."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Der Stand der Prüfung (Begründung) hat keine Felder; ohne ihn liest sich eine Seite viel schneller.
_STAND = re.compile(r'<section class="stand karte".*?</section>', re.S)


class FormReader:
    """Die Felder des Formulars einer Seite, wie ein Browser sie abschickte (ohne die Knöpfe)."""

    def __init__(self, page: str):
        fields: list[tuple[str, str]] = []
        state: dict = {"select": None, "option": None}

        class Parser(HTMLParser):
            def handle_starttag(self, tag, attrs):
                a = dict(attrs)
                if tag == "input" and a.get("name") and a.get("type") not in ("file",):
                    if a.get("type") == "radio" and "checked" not in a:
                        return
                    fields.append((a["name"], a.get("value") or ""))
                elif tag == "select":
                    state["select"] = a.get("name")
                    state["first"] = None
                    state["chosen"] = None
                elif tag == "option" and state["select"]:
                    if state["first"] is None:
                        state["first"] = a.get("value")
                    if "selected" in a:
                        state["chosen"] = a.get("value")

            def handle_endtag(self, tag):
                if tag == "select" and state["select"]:
                    fields.append((state["select"], state["chosen"] or state["first"] or ""))
                    state["select"] = None

        form = page.split('<form method="post" action="/assistent" class="assistent">', 1)[-1]
        Parser().feed(_STAND.sub("", form))
        self.fields = fields

    def value(self, name: str) -> str | None:
        return next((v for k, v in self.fields if k == name), None)

    def without(self, *names: str) -> list[tuple[str, str]]:
        return [(k, v) for k, v in self.fields if k not in names]


def answer_fields(catalog, form: FormReader, values: dict) -> list[tuple[str, str]]:
    """Die Felder, mit denen ein Mensch die Frage der Seite aus ``values`` beantwortet (fehlt der Wert:
    „weiß nicht“)."""
    from lexdsl.service.forms import answer_text

    question = form.value("frage")
    value = values.get(question)
    data = form.without("wert")
    if value is None:
        return [*data, ("antwort", "weiss_nicht")]
    text = answer_text(catalog, question, value)
    return [*data, ("antwort", text)] if text in ("ja", "nein") else [*data, ("wert", text), ("antwort", "wert")]
