"""Geprüfte Normbeispiele in den Seiten der Website.

Jede Seite kann Beispiele in der Normensprache enthalten. Beim Bau der Website
prüft ``check_examples`` jedes Beispiel mit demselben Parser und denselben
statischen Prüfungen wie ``lexdsl check``. Ein Beispiel, das sich nicht so
verhält, wie es angekündigt ist, bricht den Bau mit ``ExampleError`` ab. So
zeigt die Seite nie eine Norm, die lexdsl nicht (mehr) versteht, und nie eine
Meldung, die lexdsl so nicht (mehr) ausgibt.

Schreibweise der Beispiele
==========================

Ein Beispiel ist ein Codeblock, der am Zeilenanfang mit drei oder mehr
Backticks (oder Tilden) und der Sprache ``lexdsl`` beginnt und mit einer
Zeile aus mindestens ebenso vielen gleichen Zeichen endet. Jedes Beispiel ist
für sich vollständig: Es deklariert alle Merkmale, Begriffe und Vorschriften,
die es verwendet, und wird als eigene Datei ``beispiel.lexdsl`` gelesen
(``lexdsl.language.parser.parse``) und geprüft (``lexdsl.language.checks.check``).

Die erste Zeile des Blocks legt fest, was erwartet wird::

    ```lexdsl
        Ein gutes Beispiel. Es muss sich lesen lassen, und die Prüfung darf
        weder einen Fehler noch eine Warnung melden.

    ```lexdsl warnung=<kennung>
        Ein gutes Beispiel, das bewusst eine Warnung auslöst. Die Warnung mit
        dieser Kennung muss auftreten, und sie muss eine Warnung sein, kein
        Fehler. Andere Meldungen sind nicht erlaubt.

    ```lexdsl fehler=<kennung>
        Ein bewusst falsches Beispiel. Die Prüfung muss eine Meldung (Fehler
        oder Warnung) mit genau dieser Kennung liefern. Andere Meldungen sind
        nicht erlaubt, außer sie sind zusätzlich mit ``warnung=`` angekündigt.
        Direkt nach dem Block fügt ``check_examples`` einen ``text``-Block mit
        allen tatsächlichen Meldungen ein (``Diagnostic.format``: Datei:Zeile:
        Spalte, die Zeile mit Markierung und der Hinweis), sodass die Seite
        immer die aktuelle Meldung zeigt.

Kennungen sind die der Tabelle im Modulkommentar von ``lexdsl.language.checks`` sowie
``syntax`` und ``einrückung`` (siehe ``known_codes``). Ein Attribut darf
mehrere Kennungen durch Komma getrennt nennen (``warnung=a,b``); jede muss
dann auftreten. Jedes Attribut steht höchstens einmal da. Andere Attribute
als ``fehler`` und ``warnung``, unbekannte Kennungen und Wörter ohne ``=``
sind ein Fehler.

Im zurückgegebenen Markdown tragen die Blöcke nur noch die Sprache
(``lexdsl`` bzw. ``text``), weil Python-Markdown und pymdownx.superfences
weitere Angaben nicht verstehen. Alles andere bleibt Zeile für Zeile, wie es
war; eingefügt werden nur die ``text``-Blöcke, jeweils mit einer Leerzeile
davor und, wenn Text folgt, danach.

Weitere Regeln:

* Ein ``lexdsl``-Block muss am Zeilenanfang stehen. Ein eingerückter
  ``lexdsl``-Block (etwa in einer Aufzählung) wird abgelehnt, statt ungeprüft
  durchzurutschen.
* Codeblöcke anderer Sprachen werden samt Inhalt übersprungen. Ein Block mit
  vier Backticks kann also zeigen, wie ein ``lexdsl``-Block mit drei
  Backticks aussieht, ohne dass dieser geprüft wird. Ein ``lexdsl``-Block mit
  vier Backticks endet erst an einer Zeile mit vier (oder mehr) Backticks.
* Ein Codeblock, der nicht geschlossen wird, ist ein Fehler, ebenso ein leeres
  Beispiel.

Von der Kommandozeile: ``python -m lexdsl.site.examples SEITE.md …`` prüft
Seiten und meldet das erste falsche Beispiel jeder Seite (Exit-Code 1).
"""

from __future__ import annotations

import functools
import re
import sys

from ..errors import Diagnostic, LexdslError, did_you_mean
from ..language import checks, parser

__all__ = ["EXAMPLE_FILE", "ExampleError", "check_examples", "known_codes"]

#: Dateiname, unter dem jedes Beispiel geprüft wird und der in den Meldungen steht.
EXAMPLE_FILE = "beispiel.lexdsl"

_LANGUAGE = "lexdsl"
_ATTRIBUTES = ("fehler", "warnung")

# Eröffnende Zeile eines Codeblocks: Einrückung, ``` oder ~~~ und die Angaben (Sprache, Attribute).
_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")


class ExampleError(Exception):
    """Ein Beispiel einer Seite verhält sich nicht wie angekündigt.

    Die Meldung nennt Seite, Zeile des Blockanfangs und was nicht stimmt,
    samt der Meldungen von lexdsl. ``page``, ``line`` und ``detail`` stehen
    auch einzeln bereit.
    """

    def __init__(self, page: str, line: int, detail: str):
        self.page = page
        self.line = line
        self.detail = detail
        super().__init__(f"{page}, Zeile {line}: {detail}")


@functools.lru_cache(maxsize=1)
def known_codes() -> tuple[str, ...]:
    """Alle Kennungen, die ein Beispiel ankündigen darf.

    Die Kennungen der Tabelle im Modulkommentar von ``lexdsl.language.checks`` sowie
    ``syntax`` und ``einrückung`` aus dem Parser.
    """
    table = re.findall(r"^([a-zäöüß][a-zäöüß-]*)\s+(?:Fehler|Warnung)\s", checks.__doc__ or "", re.MULTILINE)
    return tuple(dict.fromkeys(["syntax", "einrückung", *table]))


def check_examples(markdown: str, page: str) -> str:
    """Prüft jeden ```lexdsl-Block der Seite und gibt das Markdown zurück, wie mkdocs es rendern soll.

    ``page`` ist der Name der Seite in Meldungen (etwa ``normen-schreiben.md``).
    Wirft ``ExampleError``, wenn ein Beispiel sich nicht wie angekündigt
    verhält. Seiten ohne Beispiele kommen unverändert zurück.
    """
    lines = markdown.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _OPEN.match(_strip_eol(line))
        if match is None or (match["fence"][0] == "`" and "`" in match["info"]):
            out.append(line)
            i += 1
            continue
        number = i + 1
        fence = match["fence"]
        words = match["info"].split()
        is_example = bool(words) and words[0] == _LANGUAGE
        if is_example and match["indent"]:
            raise ExampleError(page, number, "Ein lexdsl-Beispiel muss am Zeilenanfang beginnen, nicht eingerückt.")
        if len(match["indent"].expandtabs(4)) > 3:
            # Eingerückter Code (kein Codeblock mit Zaun): unverändert lassen.
            out.append(line)
            i += 1
            continue
        end = _closing(lines, i + 1, fence)
        if end is None:
            raise ExampleError(page, number, f"Der Codeblock, der mit »{_strip_eol(line).strip()}« beginnt, "
                               "wird nicht geschlossen.")
        if not is_example:
            out.extend(lines[i:end + 1])
            i = end + 1
            continue
        expected = _attributes(words[1:], page, number)
        body = [_strip_eol(text) + "\n" for text in lines[i + 1:end]]
        source = "".join(body)
        messages = _verify(source, expected, page, number)
        out.append(fence + _LANGUAGE + _eol(line))
        out.extend(lines[i + 1:end + 1])
        if messages is not None:
            if not out[-1].endswith("\n"):
                out[-1] += "\n"
            out.extend(_text_block(messages))
            following = lines[end + 1] if end + 1 < len(lines) else None
            if following is not None and following.strip():
                out.append("\n")
        i = end + 1
    return "".join(out)


# ------------------------------------------------------------------ Hilfen


def _strip_eol(line: str) -> str:
    return line.rstrip("\r\n")


def _eol(line: str) -> str:
    return line[len(_strip_eol(line)):]


def _closing(lines: list[str], start: int, fence: str) -> int | None:
    """Index der schließenden Zeile zu ``fence`` ab ``start`` oder None."""
    pattern = re.compile(r"^ {0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$")
    for j in range(start, len(lines)):
        if pattern.match(_strip_eol(lines[j])):
            return j
    return None


def _attributes(words: list[str], page: str, number: int) -> dict[str, tuple[str, ...]]:
    """Die Angaben nach ``lexdsl``: Attribut → angekündigte Kennungen."""
    result: dict[str, tuple[str, ...]] = {}
    for word in words:
        key, sep, value = word.partition("=")
        if key not in _ATTRIBUTES:
            hint = did_you_mean(key, _ATTRIBUTES)
            raise ExampleError(page, number, f"Unbekannte Angabe »{word}« am lexdsl-Beispiel. Erlaubt sind "
                               "»fehler=<kennung>« und »warnung=<kennung>«." + (f" {hint}" if hint else ""))
        if not sep or not value:
            raise ExampleError(page, number, f"Die Angabe »{word}« braucht eine Kennung, etwa »{key}=syntax«.")
        if key in result:
            raise ExampleError(page, number, f"Die Angabe »{key}=« steht mehrfach am Beispiel. Mehrere Kennungen "
                               f"werden durch Komma getrennt: »{key}=a,b«.")
        codes = tuple(code for code in value.split(","))
        for code in codes:
            if code not in known_codes():
                hint = did_you_mean(code, known_codes())
                raise ExampleError(page, number, f"Unbekannte Kennung »{code}« in »{word}«."
                                   + (f" {hint}" if hint else ""))
        result[key] = codes
    overlap = set(result.get("fehler", ())) & set(result.get("warnung", ()))
    if overlap:
        raise ExampleError(page, number, f"»{sorted(overlap)[0]}« steht zugleich bei »fehler=« und »warnung=«.")
    return result


def _diagnostics(source: str) -> list[Diagnostic]:
    """Alle Meldungen zu einem Beispiel: Lesefehler oder die statischen Prüfungen."""
    try:
        module = parser.parse(source, EXAMPLE_FILE)
    except LexdslError as exc:
        return list(exc.diagnostics)
    return checks.check([module])


def _format(diagnostics: list[Diagnostic], source: str) -> str:
    return "\n".join(d.format(source) for d in diagnostics)


def _verify(source: str, expected: dict[str, tuple[str, ...]], page: str, number: int) -> str | None:
    """Prüft ein Beispiel gegen seine Ankündigung.

    Liefert die formatierten Meldungen bei einem ``fehler=``-Beispiel, sonst None.
    """
    if not source.strip():
        raise ExampleError(page, number, "Das lexdsl-Beispiel ist leer.")
    diagnostics = _diagnostics(source)
    found = [d.code for d in diagnostics]
    announced = expected.get("fehler", ()) + expected.get("warnung", ())
    report = _format(diagnostics, source)

    for code in announced:
        if code not in found:
            what = f"lexdsl meldet stattdessen:\n{report}" if diagnostics else "lexdsl meldet aber nichts."
            raise ExampleError(page, number, f"Das Beispiel soll die Meldung »{code}« auslösen; {what}")
    for code in expected.get("warnung", ()):
        wrong = [d for d in diagnostics if d.code == code and d.is_error]
        if wrong:
            raise ExampleError(page, number, f"»{code}« ist ein Fehler, keine Warnung; kündigen Sie ihn mit "
                               f"»fehler={code}« an:\n{_format(wrong, source)}")
    unexpected = [d for d in diagnostics if d.code not in announced]
    if unexpected:
        codes = ", ".join(f"»{code}«" for code in dict.fromkeys(d.code for d in unexpected))
        if not announced:
            lead = f"Das Beispiel soll fehlerfrei sein (ohne Fehler und Warnungen), lexdsl meldet aber {codes}:"
        else:
            lead = ("Das Beispiel löst außer " + ", ".join(f"»{c}«" for c in announced) + f" auch {codes} aus "
                    "(ankündigen mit »warnung=…« oder das Beispiel berichtigen):")
        raise ExampleError(page, number, f"{lead}\n{_format(unexpected, source)}")
    return report if "fehler" in expected else None


def _text_block(messages: str) -> list[str]:
    """Ein ``text``-Block mit den Meldungen, mit einem Zaun, der im Inhalt nicht vorkommt."""
    longest = max((len(run) for run in re.findall(r"`+", messages)), default=0)
    fence = "`" * max(3, longest + 1)
    return ["\n", fence + "text\n", *(text + "\n" for text in messages.split("\n")), fence + "\n"]


def main(argv: list[str] | None = None) -> int:
    """Prüft die Beispiele der genannten Seiten: ``python -m lexdsl.site.examples SEITE.md …``."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("Aufruf: python -m lexdsl.site.examples SEITE.md …", file=sys.stderr)
        return 2
    failed = 0
    for path in args:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        try:
            check_examples(text, path)
        except ExampleError as exc:
            print(f"Fehler: {exc}", file=sys.stderr)
            failed += 1
    if not failed:
        print(f"{len(args)} Seite(n) geprüft: alle Beispiele in Ordnung.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
