"""mkdocs-Hooks der Website (in ``mkdocs.yml`` unter ``hooks:`` eingetragen).

Die Arbeit erledigt ``lexdsl.site.build``; hier steht nur, wann mkdocs sie aufruft.
Fehler werden zu ``PluginError``: mkdocs bricht den Bau mit der deutschen Meldung ab.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from lexdsl.site.build import Site
from lexdsl.site.project import SiteError

_site: Site | None = None


def on_config(config):
    global _site
    try:
        _site = Site(config)
    except SiteError as exc:
        raise PluginError(str(exc)) from None
    config.nav = _site.nav()
    return config


def on_files(files, config):
    for path, markdown in _site.pages.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            raise PluginError(f"docs/{path} wird erzeugt; bitte die gleichnamige Datei in docs/ entfernen.")
        files.append(File.generated(config, path, content=markdown))
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri in _site.pages:
        return markdown
    try:
        return _site.page_markdown(markdown, page.file.src_uri)
    except SiteError as exc:
        raise PluginError(str(exc)) from None
