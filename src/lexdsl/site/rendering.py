"""Die Vorlagen der Website (Jinja2, Autoescape immer an), einmal geladen.

Jede erzeugte Seite und jedes Bruchstück entsteht aus einer Vorlage in ``templates/``; Python liefert nur
Daten. Text aus Normen, Fällen und Szenarien wird beim Einsetzen maskiert – auch in Attributen –, außer er
ist ausdrücklich schon HTML (``Markup``): die Hervorhebung von Quelltext durch Pygments, die selbst
maskiert, und die Ausgabe anderer Vorlagen.

Die Seiten sind Markdown mit HTML-Blöcken. Markdown verändert HTML-Blöcke nicht, solange sie keine
Leerzeile enthalten; ``block`` schließt ein gerendertes Bruchstück so ab.
"""

from __future__ import annotations

import functools
import posixpath
from typing import Any

from markupsafe import Markup, escape

from ..vocabulary import Outcome

FOLDER = "templates"


def block(html_text: str) -> Markup:
    """Ein HTML-Block im Markdown: eigene Absätze davor und danach, keine Leerzeilen darin."""
    lines = [line for line in str(html_text).splitlines() if line.strip()]
    return Markup("\n\n" + "\n".join(lines) + "\n\n")


def link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """Relativer Verweis zwischen zwei Seiten (Pfade relativ zu docs/, ``.md``) auf die erzeugte HTML-Datei
    (Text; die Vorlage maskiert ihn)."""
    target = to_page[:-3] + ".html" if to_page.endswith(".md") else to_page
    base = posixpath.dirname(from_page)
    href = posixpath.relpath(target, base or ".")
    return href + (f"#{anchor}" if anchor else "")


def md_heading(text: object) -> Markup:
    """Text für eine Markdown-Überschrift: HTML maskiert, Markdown-Zeichen entwertet."""
    out = str(escape(str(text)))
    for char in "\\`*_{}[]()#+!|~":
        out = out.replace(char, "\\" + char)
    return Markup(out)


def nav_title(text: str) -> str:
    """Text für Seitentitel und Navigation.

    Die Vorlagen des Themes geben Titel teils maskiert, teils unmaskiert aus (und ``striptags`` hebt
    Maskierung wieder auf). Zeichen mit HTML-Bedeutung werden darum durch gleich aussehende, harmlose
    Zeichen ersetzt.
    """
    return (str(text).replace("&", "＆").replace("<", "‹").replace(">", "›")
            .replace('"', "”").replace("'", "’").replace("`", "ˋ"))


@functools.lru_cache(maxsize=1)
def _highlighting() -> tuple[Any, Any]:
    from pygments.formatters import HtmlFormatter

    from ..pygments_lexer import LexdslLexer

    return HtmlFormatter(cssclass="highlight", wrapcode=True), LexdslLexer()


def highlighted(source: str, language: str = "lexdsl") -> Markup:
    """Quelltext hervorgehoben (Pygments maskiert selbst). Zeilenumbrüche im ``<pre>`` werden zu ``&#10;``:
    So ist der Block eine einzige Zeile, und Leerzeilen im Quelltext beenden den HTML-Block nicht."""
    from pygments import highlight
    from pygments.lexers import get_lexer_by_name

    formatter, lexdsl = _highlighting()
    lexer = lexdsl if language == "lexdsl" else get_lexer_by_name(language)
    return Markup(highlight(source, lexer, formatter).strip().replace("\n", "&#10;"))


@functools.lru_cache(maxsize=1)
def environment() -> Any:
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("lexdsl.site", FOLDER), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.filters["block"] = block
    env.filters["md_heading"] = md_heading
    env.filters["highlight"] = highlighted
    env.filters["grad"] = lambda value: Outcome(value).grade_name
    env.globals["link"] = link
    return env


def render(name: str, **context: Any) -> Markup:
    """Eine Vorlage mit Daten: das Ergebnis ist Markdown oder HTML, jeder eingesetzte Text maskiert – und
    darum als ``Markup`` gekennzeichnet, damit eine andere Vorlage es nicht noch einmal maskiert."""
    return Markup(environment().get_template(name).render(**context))
