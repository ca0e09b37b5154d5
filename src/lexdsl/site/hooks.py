"""mkdocs-Hooks der Website (in ``mkdocs.yml`` unter ``hooks:`` eingetragen).

Die Arbeit erledigt ``lexdsl.site.build``; hier steht nur, wann mkdocs sie aufruft.
Fehler werden zu ``PluginError``: mkdocs bricht den Bau mit der deutschen Meldung ab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from lexdsl.site.build import Site
from lexdsl.site.offline import write_assets
from lexdsl.site.project import SiteError

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

_site: Site | None = None


def _built() -> Site:
    """Die in ``on_config`` gebaute Website; ohne sie kann kein späterer Hook arbeiten."""
    if _site is None:
        raise PluginError("Die Website wurde nicht vorbereitet: mkdocs hat den Hook »on_config« "
                          "nicht (erfolgreich) aufgerufen.")
    return _site


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _site
    try:
        _site = Site(config)
    except SiteError as exc:
        raise PluginError(str(exc)) from None
    config.nav = _site.nav()
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = _built()
    for path, content in {**site.pages, **site.assets}.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            raise PluginError(f"docs/{path} wird erzeugt; bitte die gleichnamige Datei in docs/ entfernen.")
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    site = _built()
    if page.file.src_uri in site.pages:
        return markdown
    try:
        return site.page_markdown(markdown, page.file.src_uri)
    except SiteError as exc:
        raise PluginError(str(exc)) from None


def on_post_build(config: MkDocsConfig) -> None:
    """Pyodide, das Zip des Python-Teils, Skript und Stil der Seite »Fall prüfen« neben die Seite legen."""
    from pathlib import Path

    try:
        write_assets(_built().project, Path(config.site_dir))
    except SiteError as exc:
        raise PluginError(str(exc)) from None
