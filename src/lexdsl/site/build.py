"""Der Bau der Website: welche Seiten es gibt, die Navigation und die Platzhalter in den Handseiten.

mkdocs ruft über ``hooks.py`` drei Stellen auf:

* ``on_config``: lädt das Projekt (Normen, Szenarien, Berichte) und legt die Navigation fest;
* ``on_files``: fügt die erzeugten Seiten hinzu (je Norm, Glossar, Gesamtprüfung);
* ``on_page_markdown``: ersetzt Platzhalter in handgeschriebenen Seiten und
  prüft deren Beispiele in der Normensprache.

Platzhalter stehen allein in einer Zeile, etwa ``<!-- lexdsl:uebersicht -->``:

==============================================  ==========================================
``lexdsl:uebersicht``                           Übersicht aller Titel
``lexdsl:gesamtpruefung FALL``                  Gesamtprüfung eines Beispielfalls
``lexdsl:schritte``                             die Schrittbibliothek der Szenarien
``lexdsl:json FALL "NORM"``                     echte JSON-Ausgabe von ``lexdsl prüfen``
``lexdsl:normen``                               Liste der Normseiten
``lexdsl:fassungen``                            Fassungen jeder Norm, mit Geltung und Stand
==============================================  ==========================================

Die Pfade (Normen, Feature-Dateien, Testberichte) stehen in ``mkdocs.yml``
unter ``extra: lexdsl:``.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from ..vocabulary import NormKind
from .offline import PAGE as FALL_PRUEFEN
from .offline import fall_page
from .pages import (
    AENDERUNGEN,
    FONT_FOLDER,
    GESAMT,
    GLOSSAR,
    GLOSSAR_SCRIPT,
    changes_page,
    fassungen_table,
    gesamt_page,
    glossary_page,
    json_example,
    norm_list,
    norm_page,
    overview_table,
    standalone_diagrams,
    steps_library,
    worked_case,
)
from .project import Project, SiteError
from .rendering import nav_title

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

# Reihenfolge der Handseiten in der Navigation (Dateiname → Titel). Weitere Seiten folgen am Ende.
HAND_PAGES = {
    "index.md": "Start",
    "normen-schreiben.md": "Normen schreiben",
    "szenarien-schreiben.md": "Szenarien schreiben",
    "api.md": "Für Entwicklerinnen und Entwickler",
    "rechtsstand.md": "Rechtsstand 2012 bis 2022",
    "architektur.md": "Architektur",
}

# Ein Eintrag der Navigation: eine Seite ohne Titel, {Titel: Seite} oder {Titel: [{Titel: Seite}, …]}
NavItem: TypeAlias = str | dict[str, str | list[dict[str, str]]]

_MARKER = re.compile(r"^<!--\s*lexdsl:(?P<name>[\w-]+)(?P<args>[^>]*?)\s*-->\s*$", re.M)


class Site:
    """Ein Bau der Website."""

    def __init__(self, config: MkDocsConfig) -> None:
        root = Path(config.config_file_path).resolve().parent
        extra: Mapping[str, Any] = config.extra or {}
        options: Mapping[str, Any] = extra.get("lexdsl", {}) or {}
        self.project = Project(root, options.get("normen", "norms"), options.get("features", "features"),
                               options.get("ergebnisse", "ergebnisse"))
        self.project.results.apply(self.project.features)
        self.docs_dir = Path(config.docs_dir)
        self.pages = self._generate()
        self.assets = self._assets()

    # ------------------------------------------------------------ Seiten

    def _generate(self) -> dict[str, str]:
        """Erzeugte Seiten: Pfad (relativ zu docs/) → Markdown."""
        pages = {doc.page: norm_page(self.project, doc) for doc in self.project.norms}
        pages[GLOSSAR] = glossary_page(self.project)
        pages[AENDERUNGEN] = changes_page(self.project)
        if any(s.gesamt for f in self.project.features for s in f.scenarios):
            pages[GESAMT] = gesamt_page(self.project)
        pages[FALL_PRUEFEN] = fall_page(self.project)       # die Prüfung im Browser (Pyodide)
        return pages

    def _assets(self) -> dict[str, str | bytes]:
        """Weitere erzeugte Dateien: jedes Diagramm allein (zum Öffnen in voller Größe) und seine Schrift."""
        from .diagram import FONT_FILES, FONTS

        files: dict[str, str | bytes] = dict(standalone_diagrams(self.project))
        for name in sorted(FONT_FILES.values()):
            files[f"{FONT_FOLDER}/{name}"] = (FONTS / name).read_bytes()
        files[GLOSSAR_SCRIPT] = (Path(__file__).parent / "static" / "glossar.js").read_text(encoding="utf-8")
        return files

    @staticmethod
    def nav_label(doc_id: str, title: str) -> str:
        """„§ 25 Abs. 5 – Aufenthaltserlaubnis, wenn die Ausreise unmöglich ist“: die Norm ohne das Gesetz
        (es ist überall das AufenthG), dann ihr Titel."""
        short = doc_id.removesuffix(" AufenthG") if doc_id.startswith("§") else doc_id
        return nav_title(f"{short} – {title}" if title else short)

    def nav(self) -> list[NavItem]:
        generated = self.pages
        hand = sorted(p.relative_to(self.docs_dir).as_posix() for p in self.docs_dir.rglob("*.md"))
        nav: list[NavItem] = []
        if "index.md" in hand:
            nav.append({"Start": "index.md"})
        nav.append({"Fall prüfen": FALL_PRUEFEN})
        norms = [{self.nav_label(d.id, d.title): d.page} for d in self.project.norms if d.kind is NormKind.NORM]
        vorschriften = [{self.nav_label(d.id, d.title): d.page} for d in self.project.norms
                        if d.kind is NormKind.VORSCHRIFT]
        if norms:
            nav.append({"Normen": norms})
        if vorschriften:
            nav.append({"Allgemeine Vorschriften": vorschriften})
        if GESAMT in generated:
            nav.append({"Gesamtprüfung (Szenarien)": GESAMT})
        nav.append({"Glossar": GLOSSAR})
        nav.append({"Änderungen zwischen den Fassungen": AENDERUNGEN})
        for name, title in HAND_PAGES.items():
            if name != "index.md" and name in hand:
                nav.append({title: name})
        for name in hand:
            if name not in HAND_PAGES and name not in generated:
                nav.append(name)
        return nav

    # ------------------------------------------------------------ Handseiten

    def page_markdown(self, markdown: str, page_path: str) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group("name")
            try:
                args = shlex.split(match.group("args"))
            except ValueError as exc:
                raise SiteError(f"{page_path}: Platzhalter »{match.group(0).strip()}« ist nicht lesbar: {exc}") from exc
            return self.marker(name, args, page_path)

        markdown = _MARKER.sub(replace, markdown)
        if "```lexdsl" in markdown:
            from .examples import ExampleError, check_examples

            try:
                markdown = check_examples(markdown, page_path)
            except ExampleError as exc:
                raise SiteError(str(exc)) from None
        return markdown

    def marker(self, name: str, args: list[str], page: str) -> str:
        from ..errors import CaseError

        project = self.project
        try:
            if name == "uebersicht" and not args:
                return overview_table(project, page)
            if name == "gesamtpruefung" and len(args) == 1:
                return worked_case(project, args[0], page)
            if name == "schritte" and not args:
                return steps_library()
            if name == "json" and len(args) in (1, 2):
                return json_example(project, args[0], args[1] if len(args) == 2 else "")
            if name == "normen" and not args:
                return norm_list(project, page)
            if name == "fassungen" and not args:
                return fassungen_table(project, page)
        except (OSError, KeyError, ValueError, CaseError) as exc:
            raise SiteError(f"{page}: Platzhalter »lexdsl:{name}« ist fehlgeschlagen: {exc}") from None
        raise SiteError(f"{page}: Unbekannter Platzhalter »lexdsl:{name}« oder falsche Zahl von Angaben "
                        f"({len(args)}). Bekannt: uebersicht, gesamtpruefung FALL, schritte, json FALL [NORM], normen, "
                        "fassungen.")
