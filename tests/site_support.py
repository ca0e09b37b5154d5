"""Hilfen für die Tests der Website: bauen (wie ``mkdocs build --strict``) und HTML lesen."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

from .conftest import ROOT

HOOKS = ROOT / "src" / "lexdsl" / "site" / "hooks.py"


def build_site(config_file: Path, site_dir: Path) -> Path:
    """Baut die Website streng (Warnungen sind Fehler) nach ``site_dir``."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(config_file), strict=True, site_dir=str(site_dir))
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return site_dir


class Element:
    def __init__(self, tag: str, attrs: dict, text: str = ""):
        self.tag = tag
        self.attrs = attrs
        self.text = text


class Collector(HTMLParser):
    """Sammelt Elemente mit Attributen und den Text von script-, style- und title-Elementen."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.ids: set[str] = set()
        self._open: list[Element] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: (v or "") for k, v in attrs})
        self.elements.append(element)
        if "id" in element.attrs:
            self.ids.add(element.attrs["id"])
        if tag in ("script", "style", "title"):
            self._open.append(element)

    def handle_endtag(self, tag):
        if self._open and self._open[-1].tag == tag:
            self._open.pop()

    def handle_data(self, data):
        if self._open:
            self._open[-1].text += data
        self.text.append(data)


def parse_html(path: Path) -> Collector:
    collector = Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    collector.close()
    return collector


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)


def broken_links(site: Path) -> list[str]:
    """Alle internen Verweise, deren Ziel oder Anker fehlt („Seite → Ziel“)."""
    ids: dict[Path, set[str]] = {}
    broken = []
    for path in html_files(site):
        ids[path] = parse_html(path).ids
    for path in html_files(site):
        if path.name == "404.html":
            continue          # die Fehlerseite verweist absolut, weil der Server sie unter jeder Adresse zeigt
        for element in parse_html(path).elements:
            if element.tag != "a" or "href" not in element.attrs:
                continue
            href = element.attrs["href"]
            if EXTERNAL.match(href) or href.startswith(("mailto:", "javascript:")) or href in ("", "#"):
                continue
            target, _, anchor = href.partition("#")
            file = (path.parent / target).resolve() if target else path
            if file.is_dir():
                file = file / "index.html"
            if not file.exists():
                broken.append(f"{path.relative_to(site)} → {href}")
            elif anchor and file.suffix == ".html" and anchor not in ids.get(file, set()):
                broken.append(f"{path.relative_to(site)} → {href} (Anker fehlt)")
    return broken
