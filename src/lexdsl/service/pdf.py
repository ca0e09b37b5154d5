"""Der Prüfvermerk als PDF (fpdf2): Eckdaten, je Norm Entscheidung, Begründung mit Fundstellen, Nebenfolgen und
Ermessenskriterien, dazu die festgestellten Merkmale.

Die Schrift ist DejaVu Sans (Debian: ``fonts-dejavu-core``), eingebettet, damit Umlaute, „§“ und
„Anführungszeichen“ richtig erscheinen; fehlt sie, nimmt lexdsl Liberation Sans, sonst die eingebaute
Helvetica und ersetzt, was sie nicht kennt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

FONTS = [(Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
          Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")),
         (Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
          Path("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))]

_LATIN = str.maketrans({"„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "–": "-", "—": "-",
                        "…": "...", "→": "->", "≥": ">=", "≤": "<=", "×": "x"})


class _Writer:
    def __init__(self) -> None:
        from fpdf import FPDF

        pdf = FPDF(format="A4")
        pdf.set_margins(18, 16, 18)
        pdf.set_auto_page_break(True, margin=16)
        pdf.set_title("Prüfvermerk")
        pdf.set_creator("lexdsl")
        self.unicode = False
        for regular, bold in FONTS:
            if regular.is_file() and bold.is_file():
                pdf.add_font("Text", "", str(regular))
                pdf.add_font("Text", "B", str(bold))
                self.unicode = True
                break
        self.family = "Text" if self.unicode else "Helvetica"
        pdf.add_page()
        self.pdf = pdf

    def text(self, value: str) -> str:
        return value if self.unicode else value.translate(_LATIN).encode("latin-1", "replace").decode("latin-1")

    def para(self, value: str, size: float = 10, bold: bool = False, indent: float = 0, gap: float = 1) -> None:
        pdf = self.pdf
        pdf.set_font(self.family, "B" if bold else "", size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent, size * 0.5, self.text(value), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    def tree(self, nodes: list[dict[str, Any]], depth: int = 0) -> None:
        for node in nodes:
            cites = f" [{'; '.join(node['fundstellen'])}]" if node.get("fundstellen") else ""
            self.para(f"{node['wert']}: {node['text']}{cites}", size=9, indent=4 + 5 * min(depth, 8), gap=0.3)
            self.tree(node.get("kinder") or [], depth + 1)


def note_pdf(context: dict[str, Any], created: str) -> bytes:
    """Der Prüfvermerk zu einem Stand des Assistenten (dieselben Daten wie die Seite ``vermerk.html``)."""
    from ..vocabulary import Outcome

    w = _Writer()
    w.para("Prüfvermerk", size=18, bold=True, gap=2)
    w.para(f"Geprüft: {context['norm'] or 'alle Normen (Gesamtprüfung)'}")
    w.para(f"Stichtag: {context['stichtag_text'] or 'nicht angegeben (neueste Fassung)'}")
    if context.get("bezeichnung"):
        w.para(f"Fall: {context['bezeichnung']}")
    w.para(f"Erstellt: {created} mit lexdsl", gap=3)
    if not context["entschieden"]:
        w.para("Noch nicht entschieden: Es fehlen Angaben.", bold=True, gap=3)
    for r in context["ergebnisse"]:
        w.para(f"{r['norm']} – {r['titel']}", size=13, bold=True, gap=1)
        w.para(r["entscheidung"], bold=True)
        if r.get("fassung"):
            w.para(f"Fassung „{r['fassung']['name']}“ – {r['fassung']['gewaehlt']}", size=9)
        if r.get("warnung"):
            w.para(r["warnung"], size=9)
        if r.get("moegliche_ergebnisse"):
            w.para("Noch möglich: " + ", ".join(Outcome(o).grade_name for o in r["moegliche_ergebnisse"]), size=9)
        w.para("Begründung", size=11, bold=True)
        w.tree(r["begruendung"])
        if r.get("nebenfolgen"):
            w.para("Nebenfolgen", size=11, bold=True)
            for kind, n in r["nebenfolgen"].items():
                extra = f" ({n['vorbehalt']})" if n.get("vorbehalt") else ""
                w.para(f"{kind}: {n['text']}{extra} [{'; '.join(n['fundstellen'])}]", size=9, indent=4, gap=0.3)
        if r.get("ermessenskriterien"):
            w.para("Im Ermessen abzuwägen", size=11, bold=True)
            for k in r["ermessenskriterien"]:
                extra = f" ({k['hinweis']})" if k.get("hinweis") else ""
                w.para(f"{k['text']}{extra} [{'; '.join(k['fundstellen'])}]", size=9, indent=4, gap=0.3)
        w.pdf.ln(3)
    w.para("Festgestellte Merkmale", size=13, bold=True)
    for a in context["antworten"]:
        w.para(f"{a['name']}: {a['text']}", size=9, indent=4, gap=0.3)
    return bytes(w.pdf.output())
