"""Syntaxhervorhebung der Normensprache für Pygments (und damit für die Website).

Registriert über den Einstiegspunkt ``pygments.lexers`` als ``lexdsl``;
``pygments.lexers.get_lexer_by_name("lexdsl")`` findet ihn also, sobald
lexdsl installiert ist. Die Schlüsselwörter folgen ``dsl/grammar.lark``.

Der Lexer hebt nur hervor; er prüft nichts. Was er nicht erkennt, bleibt
Text (Merkmals- und Begriffsnamen).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Protocol

from pygments import lexer as _pygments_lexer
from pygments.lexer import RegexLexer
from pygments.token import Comment, Generic, Keyword, Name, Number, Operator, Punctuation, String, Text, Whitespace

from .vocabulary import rule_phrases

if TYPE_CHECKING:
    from pygments.token import _TokenType

_S = r"[ \t]+"  # Leerraum zwischen den Wörtern eines Schlüsselworts


class _ByGroups(Protocol):
    """``pygments.lexer.bygroups`` mit Typangaben: je Gruppe des Musters ein Token."""

    def __call__(self, *tokens: _TokenType) -> Callable[..., Iterator[tuple[int, _TokenType, str]]]: ...


# Die Stubs von Pygments geben ``bygroups`` ohne Typen an; hier dieselbe Funktion mit Typen.
bygroups: _ByGroups = _pygments_lexer.bygroups


def _words(*phrases: str) -> str:
    """Mehrwortige Schlüsselwörter als Muster; Leerzeichen stehen für beliebigen Leerraum."""
    return "(?:" + "|".join(p.replace(" ", _S) for p in phrases) + r")(?!\w)"


class LexdslLexer(RegexLexer):
    """Normdateien von lexdsl (``.lexdsl``)."""

    name = "lexdsl"
    aliases = ["lexdsl"]
    filenames = ["*.lexdsl"]
    mimetypes = ["text/x-lexdsl"]
    url = "https://pypi.org/project/lexdsl/"

    _common = [
        (r"#[^\n]*", Comment.Single),
        (r"\[[^\[\]\n]+\]", Name.Label),                           # Fundstelle
        (r'"(?:[^"\\\n]|\\.)*"', String.Double),
    ]

    tokens = {
        "root": [
            *_common,
            (r"^([ \t]*)(>)([^\n]*)", bygroups(Whitespace, Punctuation, String.Doc)),  # zitierter Wortlaut
            # Deklarationen am Zeilenanfang; der Titel einer Norm ist Text, kein Vergleich
            (r'^(Norm|Vorschrift)([ \t]+)("(?:[^"\\\n]|\\.)*")([ \t]*:)([^\[\n#]*)',
             bygroups(Keyword.Declaration, Whitespace, String.Double, Punctuation, Generic.Strong)),
            (r"^(Merkmal|Begriff|Norm|Vorschrift)(?!\w)", Keyword.Declaration),
            (r"^([ \t]*)(Fassung|Wortlaut)(?!\w)", bygroups(Whitespace, Keyword.Declaration)),
            (r"Nebenfolgen(?:" + _S + r"bei" + _S + r"Versagung)?[ \t]*:", Keyword.Declaration),
            (r"Ermessenskriterien[ \t]*:", Keyword.Declaration),
            # Rechtsfolgen: Gegenstand und Bindungsgrad
            (r"^([ \t]*)(" + _words("Die Aufenthaltserlaubnis", "Eine Aufenthaltserlaubnis", "Ein Aufenthaltstitel",
                                    "Der Aufenthaltstitel", "Sie") + ")", bygroups(Whitespace, Keyword)),
            # (die längeren zuerst: „ist in der Regel zu erteilen“ vor „ist zu erteilen“)
            (_words(*sorted(rule_phrases(), key=len, reverse=True)), Keyword.Reserved),
            # Bedingungen und Ausnahmen
            (r"Der" + _S + r"Tatbestand" + _S + r"ist" + _S + r"erfüllt,[ \t]*wenn(?!\w)", Keyword),
            (r"liegt" + _S + r"regelmäßig" + _S + r"nicht" + _S + r"vor,[ \t]*wenn" + _S + r"allein(?!\w)", Keyword),
            (r"liegt" + _S + r"(?:insbesondere" + _S + r")?vor,[ \t]*wenn(?!\w)", Keyword),
            (r"atypischer" + _S + r"Fall,[ \t]*wenn(?!\w)", Keyword),
            (r"es" + _S + r"sei" + _S + r"denn(?!\w),?", Keyword),
            (r"(?:[Nn]ach" + _S + r"Ermessen" + _S + r"abweichend|[Aa]bweichend)" + _S + r"von(?!\w)", Keyword),
            (r"(?:alle|mindestens" + _S + r"eines" + _S + r"der|keines" + _S + r"der)" + _S + r"folgenden[ \t]*:",
             Operator.Word),
            (r"^([ \t]*)(-)([ \t]+)(nicht)(?!\w)", bygroups(Whitespace, Punctuation, Whitespace, Operator.Word)),
            (r"(wenn|allein)([ \t]+)(nicht)(?!\w)", bygroups(Keyword, Whitespace, Operator.Word)),
            (r"^([ \t]*)(-)", bygroups(Whitespace, Punctuation)),     # Aufzählungspunkt
            (r",[ \t]*wenn(?!\w)", Keyword),
            (r":", Punctuation, "value"),                              # dahinter: Typ, Vergleich, Titel
            (r"\n", Whitespace),
            (r"[ \t]+", Whitespace),
            (r"[^\s\[\]\"#:]+", Text),                                # Namen
            (r".", Text),
        ],
        # Nach einem Doppelpunkt bis zum Zeilenende: Typ eines Merkmals, Vergleich,
        # Titel einer Norm oder Geltung einer Fassung.
        "value": [
            *_common,
            (r"\n", Whitespace, "#pop"),
            (r"ja/nein(?!\w)|" + _words("Anzahl", "Dauer", "Datum", "Auswahl"), Keyword.Type),
            (_words("mindestens", "höchstens", "mehr als", "weniger als", "genau",
                    "vor dem", "nach dem", "spätestens am", "frühestens am",
                    "einer von", "keiner von", "ja", "nein"), Operator.Word),
            (_words("gilt ab", "belegt ab", "bis", "Stand", "zuvor unbelegt"), Keyword),
            (r",[ \t]*wenn(?!\w)", Keyword, "#pop"),
            (r"\d{1,2}\.\d{1,2}\.\d{4}(?!\d)", Number.Other),       # Datum
            (r"\d+(?:,\d+)?", Number),
            (r"(?:Monat|Jahr)(?:en|e)?(?!\w)", Keyword.Type),
            (r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)mal(?!\w)", Number),
            (r"[ \t]+", Whitespace),
            (r"[,.]", Punctuation),
            (r"[^\s\[\]\"#,.]+", Text),
            (r".", Text),
        ],
    }
