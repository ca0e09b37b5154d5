"""HTML-Bausteine der Website. Jeder Text aus Normen, Fällen und Szenarien geht durch ``e``.

Die Seiten sind Markdown mit eingebetteten HTML-Blöcken. Markdown verändert
HTML-Blöcke nicht; deshalb entsteht alles, was Text aus Normen enthält, hier
als HTML mit maskiertem Text. Nur feste deutsche Überschriften bleiben
Markdown (sie erscheinen im Inhaltsverzeichnis der Seite).
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Sequence

from pygments import highlight
from pygments.formatters import HtmlFormatter

from ..pygments_lexer import LexdslLexer

_FORMATTER = HtmlFormatter(cssclass="highlight", wrapcode=True)
_LEXER = LexdslLexer()


def e(text: object) -> str:
    """Text → HTML (auch in Attributen sicher)."""
    return html.escape(str(text), quote=True)


def nav_title(text: str) -> str:
    """Text für Seitentitel und Navigation.

    Die Vorlagen des Themes geben Titel teils maskiert, teils unmaskiert aus
    (und ``striptags`` hebt Maskierung wieder auf). Zeichen mit HTML-Bedeutung
    werden darum durch gleich aussehende, harmlose Zeichen ersetzt.
    """
    return (str(text).replace("&", "＆").replace("<", "‹").replace(">", "›")
            .replace('"', "”").replace("'", "’").replace("`", "ˋ"))


def md_heading(text: str) -> str:
    """Text für eine Markdown-Überschrift: HTML maskiert, Markdown-Zeichen entwertet."""
    out = e(text)
    for char in "\\`*_{}[]()#+!|~":
        out = out.replace(char, "\\" + char)
    return out


def dsl(code: str) -> str:
    """Quelltext der Normensprache, hervorgehoben (Pygments maskiert selbst).

    Zeilenumbrüche im ``<pre>`` werden zu ``&#10;``: So ist der Block eine
    einzige Zeile, und Leerzeilen im Quelltext können den HTML-Block des
    Markdowns nicht beenden.
    """
    return highlight(code, _LEXER, _FORMATTER).strip().replace("\n", "&#10;")


def code(text: str, language: str) -> str:
    """Ein Codeblock in einer anderen Sprache (etwa ``json``), hervorgehoben wie ``dsl``."""
    from pygments.lexers import get_lexer_by_name

    return highlight(text, get_lexer_by_name(language), _FORMATTER).strip().replace("\n", "&#10;")


def link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """Relativer Verweis zwischen zwei Seiten (Pfade relativ zu docs/, ``.md``) auf die erzeugte HTML-Datei."""
    target = to_page[:-3] + ".html" if to_page.endswith(".md") else to_page
    base = posixpath.dirname(from_page)
    href = posixpath.relpath(target, base or ".")
    return e(href + (f"#{anchor}" if anchor else ""))


def cites(citations: Sequence[str]) -> str:
    if not citations:
        return ""
    return f' <span class="lx-fundstelle">[{e("; ".join(citations))}]</span>'


def table(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    """Eine Tabelle; ``head`` ist Text, die Zellen in ``rows`` sind bereits HTML.

    Die Klasse steht am umgebenden ``div``: Das Theme gestaltet nur Tabellen ohne eigene Klasse.
    """
    out = [f'<div class="{e(cls)}">' if cls else "<div>", "<table><thead><tr>"]
    out += [f"<th>{e(h)}</th>" for h in head]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def block(html_text: str) -> str:
    """Ein HTML-Block im Markdown: eigene Absätze davor und danach, keine Leerzeilen darin."""
    lines = [line for line in html_text.splitlines() if line.strip()]
    return "\n\n" + "\n".join(lines) + "\n\n"
