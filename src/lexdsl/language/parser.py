"""Vom Quelltext zum Syntaxbaum.

Die Grammatik (``dsl/grammar.lark``) wird mit Lark als LALR-Parser mit
kontextuellem Lexer übersetzt. Einrückungen werden zu _INDENT/_DEDENT. Der
Transformer ``_ToAst`` baut daraus die Knoten aus ``nodes``. Syntaxfehler
werden in deutsche Meldungen mit Zeile, Spalte, Caret und Hinweis übersetzt.
"""

from __future__ import annotations

import datetime
import decimal
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, TypeVar, cast

import attrs
from lark import Lark, Token, Transformer, Tree, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken, VisitError
from lark.indenter import DedentError, Indenter
from lark.tree import Meta

from ..errors import FEHLER, Diagnostic, LexdslError, Span, nfc
from ..vocabulary import (
    SUBJECT,
    Action,
    Comparator,
    DurationUnit,
    Geltung,
    Grade,
    MerkmalType,
    NodeKind,
    NormKind,
    Occasion,
)
from . import nodes
from .grammar import grammar_text

# ------------------------------------------------------------------ Grammatik


class _Indenter(Indenter):
    NL_type = "_NL"
    OPEN_PAREN_types: ClassVar[list[str]] = []
    CLOSE_PAREN_types: ClassVar[list[str]] = []
    INDENT_type = "_INDENT"
    DEDENT_type = "_DEDENT"
    tab_len = 4


@functools.lru_cache(maxsize=1)
def _lark() -> Lark:
    return Lark(
        grammar_text(),
        parser="lalr",
        lexer="contextual",
        postlex=_Indenter(),
        propagate_positions=True,
        maybe_placeholders=False,
    )


# ------------------------------------------------------------------- Parsen


# Steuerzeichen (außer Tabulator und Zeilenende), einzelnes CR, unsichtbare und richtungsändernde
# Formatzeichen: in Normen nie gewollt, in Ausgaben gefährlich (Terminal, Anzeige verwechselbarer Namen).
_FORBIDDEN = re.compile("[\x01-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
                        "\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\r(?!\n)")


def parse(source: str, path: str = "<eingabe>") -> nodes.Module:
    """Parst eine Normdatei und liefert das Modul. Wirft ``LexdslError`` bei Fehlern.

    Der Text wird zuerst in Unicode-NFC gebracht: Ein Name bleibt derselbe, gleich ob der
    Editor „ä“ als ein Zeichen oder als „a“ mit Trema gespeichert hat.
    """
    source = nfc(source)
    if not source.endswith("\n"):
        source += "\n"
    if "\x00" in source:
        line = source[: source.index("\x00")].count("\n") + 1
        col = source.index("\x00") - source.rfind("\n", 0, source.index("\x00"))
        raise LexdslError(
            [Diagnostic(FEHLER, "syntax", "Die Datei enthält ein NUL-Zeichen und ist keine Textdatei.",
                        Span(path, line, col, line, col + 1))],
            {path: source},
        )
    forbidden = _FORBIDDEN.search(source)
    if forbidden is not None:
        where = forbidden.start()
        line = source.count("\n", 0, where) + 1
        col = where - source.rfind("\n", 0, where)
        raise LexdslError(
            [Diagnostic(FEHLER, "syntax", f"Die Datei enthält ein unzulässiges Steuer- oder Formatzeichen "
                        f"(U+{ord(forbidden.group()):04X}).", Span(path, line, col, line, col + 1),
                        "Solche Zeichen sind unsichtbar oder verändern die Anzeige; entfernen Sie es.")],
            {path: source},
        )
    tab = _tab_diagnostic(source, path)
    if tab is not None:
        raise LexdslError([tab], {path: source})
    too_deep = _depth_diagnostic(source, path)
    if too_deep is not None:
        raise LexdslError([too_deep], {path: source})
    try:
        tree = _lark().parse(source)
        builder = _ToAst(path)
        declarations = builder.transform(tree)
    except UnexpectedInput as exc:
        raise LexdslError([_syntax_diagnostic(exc, source, path)], {path: source}) from None
    except DedentError:
        raise LexdslError([_dedent_diagnostic(source, path)], {path: source}) from None
    except VisitError as exc:  # pragma: no cover – Programmfehler im Transformer
        raise exc.orig_exc from None
    except RecursionError:  # pragma: no cover – die Tiefengrenze oben verhindert das
        raise LexdslError([Diagnostic(FEHLER, "verschachtelung", "Die Norm ist zu tief verschachtelt.",
                                      Span(path, 1, 1, 1, 2), "Gliedern Sie die Bedingungen in Begriffe.")],
                          {path: source}) from None
    if builder.diagnostics:
        raise LexdslError(builder.diagnostics, {path: source})
    return nodes.Module(path=path, declarations=tuple(declarations))


# --------------------------------------------------------- Syntaxbaum → AST

# Die Terminale der Rechtsfolgen heißen wie die Bindungsgrade (ANSPRUCH, SOLL, ERMESSEN …).
_GROUP_KINDS = {"alle": NodeKind.ALLE, "mindestens": NodeKind.MINDESTENS, "keines": NodeKind.KEINES}

_COUNT_WORDS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
                "zehn": 10}

_T = TypeVar("_T")


def _squash(text: str) -> str:
    return " ".join(text.split())


def _citations(token: Token | None) -> tuple[str, ...]:
    if token is None:
        return ()
    inner = str(token)[1:-1]
    return tuple(_squash(part) for part in inner.split(";") if part.strip())


def _string(token: Token) -> str:
    return re.sub(r"\\(.)", r"\1", str(token)[1:-1])


class _Line:
    """Zwischenergebnis einer Bedingungszeile (nur innerhalb des Transformers)."""

    __slots__ = ("citations", "condition", "span")

    def __init__(self, condition: nodes.Condition, citations: nodes.Citations, span: Span) -> None:
        self.condition = condition
        self.citations = citations
        self.span = span


# Zwischenergebnisse der Begriffsteile und von „atypischer Fall, wenn“ (nur innerhalb des Transformers).
_BegriffPart = tuple[str, nodes.Clause, Token]
_Atypisch = tuple[str, nodes.Clause]


@v_args(meta=True)
class _ToAst(Transformer[Token, list[nodes.Declaration]]):
    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.diagnostics: list[Diagnostic] = []

    # --- Hilfen -------------------------------------------------------------

    def _span(self, meta: Meta) -> Span:
        if getattr(meta, "empty", True):
            return Span(self.path, 1, 1, 1, 1)
        return Span(self.path, meta.line, meta.column, meta.end_line, meta.end_column)

    def _tspan(self, token: Token) -> Span:
        # Token aus dem Lexer tragen immer ihre Stelle; lark typisiert sie nur als optional.
        line, column, end_line, end_column = cast(
            "tuple[int, int, int, int]", (token.line, token.column, token.end_line, token.end_column))
        return Span(self.path, line, column, end_line, end_column)

    def _error(self, code: str, message: str, span: Span, hint: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(FEHLER, code, message, span, hint))

    @staticmethod
    def _take(children: Iterable[Any], type_name: str) -> Token | None:
        return next((c for c in children if isinstance(c, Token) and c.type == type_name), None)

    @staticmethod
    def _of(children: Iterable[Any], cls: type[_T]) -> list[_T]:
        return [c for c in children if isinstance(c, cls)]

    # --- Deklarationen ------------------------------------------------------

    def start(self, meta: Meta, children: list[Any]) -> list[nodes.Declaration]:
        return children

    def description(self, meta: Meta, children: list[Token]) -> nodes.Description:
        return nodes.Description(_string(children[0]), self._span(meta))

    def merkmal(self, meta: Meta, children: list[Any]) -> nodes.Merkmal:
        name = children[0]
        type_spec = children[1]
        return nodes.Merkmal(
            name=_squash(name),
            type=type_spec,
            description=" ".join(d.text for d in self._of(children, nodes.Description)),
            citations=_citations(self._take(children, "CITATION")),
            span=self._span(meta),
            name_span=self._tspan(name),
        )

    def type_bool(self, meta: Meta, children: list[Token]) -> nodes.TypeSpec:
        return nodes.TypeSpec(MerkmalType.BOOL, (), self._span(meta))

    def type_count(self, meta: Meta, children: list[Token]) -> nodes.TypeSpec:
        return nodes.TypeSpec(MerkmalType.COUNT, (), self._span(meta))

    def type_duration(self, meta: Meta, children: list[Token]) -> nodes.TypeSpec:
        return nodes.TypeSpec(MerkmalType.DURATION, (), self._span(meta))

    def type_date(self, meta: Meta, children: list[Token]) -> nodes.TypeSpec:
        return nodes.TypeSpec(MerkmalType.DATE, (), self._span(meta))

    def type_choice(self, meta: Meta, children: list[Token]) -> nodes.TypeSpec:
        values = tuple(_string(c) for c in children if c.type == "STRING")
        span = self._span(meta)
        seen: set[str] = set()
        for token in children:
            if token.type == "STRING":
                value = _string(token)
                if value in seen:
                    self._error("doppelte-definition", f"Der Auswahlwert »{value}« steht doppelt in der Liste.",
                                self._tspan(token))
                seen.add(value)
        return nodes.TypeSpec(MerkmalType.CHOICE, values, span)

    def begriff(self, meta: Meta, children: list[Any]) -> nodes.Begriff:
        name = children[0]
        parts: dict[str, nodes.Clause] = {}
        for kind, clause, lead in (c for c in children if isinstance(c, tuple)):
            if kind in parts:
                label = {"definition": "liegt vor, wenn", "regelbeispiele": "liegt insbesondere vor, wenn",
                         "gegenbeispiele": "liegt regelmäßig nicht vor, wenn allein"}[kind]
                self._error("doppelte-definition", f"»{label}« steht im Begriff »{_squash(name)}« mehrfach.",
                            self._tspan(lead), "Fassen Sie die Bedingungen in einer Aufzählung zusammen.")
            parts[kind] = clause
        return nodes.Begriff(
            name=_squash(name),
            description=" ".join(d.text for d in self._of(children, nodes.Description)),
            definition=parts.get("definition"),
            regelbeispiele=parts.get("regelbeispiele"),
            gegenbeispiele=parts.get("gegenbeispiele"),
            citations=_citations(self._take(children, "CITATION")),
            span=self._span(meta),
            name_span=self._tspan(name),
        )

    def _begriff_part(self, kind: str, meta: Meta, children: list[Any]) -> _BegriffPart:
        line: _Line = children[1]
        return (kind, nodes.Clause(line.condition, line.citations, self._span(meta)), children[0])

    def definition(self, meta: Meta, children: list[Any]) -> _BegriffPart:
        return self._begriff_part("definition", meta, children)

    def regelbeispiele(self, meta: Meta, children: list[Any]) -> _BegriffPart:
        return self._begriff_part("regelbeispiele", meta, children)

    def gegenbeispiele(self, meta: Meta, children: list[Any]) -> _BegriffPart:
        return self._begriff_part("gegenbeispiele", meta, children)

    # --- Bedingungen --------------------------------------------------------

    def atom(self, meta: Meta, children: list[Any]) -> nodes.Atom:
        negated = any(isinstance(c, Token) and c.type == "NICHT" for c in children)
        name = cast(Token, self._take(children, "NAME"))  # die Grammatik verlangt einen NAME
        comparison = next((c for c in children if isinstance(c, nodes.Comparison)), None)
        return nodes.Atom(
            name=_squash(name),
            negated=negated,
            comparison=comparison,
            citations=(),
            span=self._span(meta),
            name_span=self._tspan(name),
        )

    def _group(self, token: Token, items: list[nodes.Condition], citations: nodes.Citations,
               span: Span) -> nodes.Group:
        kind = _GROUP_KINDS[str(token).split()[0]]
        if not items:
            self._error(
                "syntax", f"Nach »{_squash(token)}« fehlen die eingerückten Aufzählungspunkte.",
                self._tspan(token), "Schreiben Sie jede Bedingung eingerückt in eine eigene Zeile mit »- «.",
            )
        return nodes.Group(kind, tuple(items), citations, span)

    def cond_line(self, meta: Meta, children: list[Any]) -> _Line:
        head = children[0]
        citations = _citations(self._take(children, "CITATION"))
        bullets = [c for c in children[1:] if isinstance(c, (nodes.Atom, nodes.Group))]
        span = self._span(meta)
        if isinstance(head, Token):  # GROUP
            return _Line(self._group(head, bullets, citations, self._tspan(head)), citations, span)
        if bullets:
            self._error(
                "syntax", "Aufzählungspunkte sind nur nach einer Verknüpfung erlaubt.",
                bullets[0].span,
                "Beginnen Sie die Aufzählung mit »alle folgenden:«, »mindestens eines der folgenden:« "
                "oder »keines der folgenden:«.",
            )
        return _Line(attrs.evolve(head, citations=citations), citations, span)

    def bullet(self, meta: Meta, children: list[_Line]) -> nodes.Condition:
        return children[0].condition

    def cmp_number(self, meta: Meta, children: list[Token]) -> nodes.Comparison:
        op, number = children[0], children[1]
        unit = self._take(children, "UNIT")
        value = decimal.Decimal(str(number).replace(",", "."))  # exakt, wie geschrieben
        return nodes.Comparison(Comparator(_squash(op)), value, DurationUnit.of_word(str(unit)) if unit else None,
                                self._span(meta))

    def cmp_count_word(self, meta: Meta, children: list[Token]) -> nodes.Comparison:
        op, word = children
        count = decimal.Decimal(_COUNT_WORDS[str(word)[:-3]])
        return nodes.Comparison(Comparator(_squash(op)), count, None, self._span(meta))

    def cmp_date(self, meta: Meta, children: list[Token]) -> nodes.Comparison:
        op, token = children
        return nodes.Comparison(Comparator(_squash(op)), self._date(token), None, self._span(meta))

    def cmp_choice_eq(self, meta: Meta, children: list[Token]) -> nodes.Comparison:
        return nodes.Comparison(Comparator.GLEICH, _string(children[0]), None, self._span(meta))

    def cmp_choice_in(self, meta: Meta, children: list[Token]) -> nodes.Comparison:
        values = tuple(_string(c) for c in children[1:])
        return nodes.Comparison(Comparator(_squash(children[0])), values, None, self._span(meta))

    def cmp_bool(self, meta: Meta, children: list[Token]) -> nodes.Comparison:
        word = Comparator(str(children[0]))
        return nodes.Comparison(word, word is Comparator.JA, None, self._span(meta))

    # --- Normen -------------------------------------------------------------

    _PART_TYPES = (nodes.Description, nodes.Wortlaut, nodes.Tatbestand, nodes.Rule, nodes.Abweichung,
                   nodes.Nebenfolgen, nodes.Ermessenskriterien, nodes.Fassung)

    def _date(self, token: Token) -> str:
        day, month, year = (int(p) for p in str(token).split("."))
        try:
            return datetime.date(year, month, day).isoformat()
        except ValueError:
            self._error("typfehler", f"»{token}« ist kein gültiges Datum.", self._tspan(token),
                        "Schreiben Sie Daten als TT.MM.JJJJ, etwa 01.01.2005.")
            return "0001-01-01"

    def fassung(self, meta: Meta, children: list[Any]) -> nodes.Fassung:
        name = cast(Token, self._take(children, "STRING"))  # die Grammatik verlangt den Namen der Fassung
        dates = [c for c in children if isinstance(c, Token) and c.type == "DATE"]
        has_bis = any(isinstance(c, Token) and c.type == "BIS" for c in children)
        has_stand = any(isinstance(c, Token) and c.type == "STAND" for c in children)
        ab = self._date(dates[0])
        bis = self._date(dates[1]) if has_bis else None
        stand = self._date(dates[-1]) if has_stand else None
        if not _squash(_string(name)):
            self._error("syntax", "Der Name der Fassung ist leer.", self._tspan(name),
                        'Schreiben Sie etwa Fassung "Rechtslage 2024".')
        return nodes.Fassung(
            name=_squash(_string(name)),
            ab=ab,
            bis=bis,
            stand=stand,
            unmodelled_before=any(isinstance(c, Token) and c.type == "BELEGT_AB" for c in children),
            undated_change=any(isinstance(c, Token) and c.type == "ZUVOR_UNBELEGT" for c in children),
            parts=tuple(c for c in children if isinstance(c, self._PART_TYPES)),
            citations=_citations(self._take(children, "CITATION")),
            span=self._span(meta),
            name_span=self._tspan(name),
        )

    def _norm(self, kind: NormKind, meta: Meta, children: list[Any]) -> nodes.Norm:
        id_token, title = children[0], children[1]
        parts = tuple(c for c in children if isinstance(c, self._PART_TYPES))
        norm_id = _squash(_string(id_token))
        if not norm_id:
            self._error("syntax", "Die Kennung ist leer.", self._tspan(id_token),
                        'Schreiben Sie die Fundstelle der Norm, etwa "§ 25 Abs. 5 AufenthG".')
        return nodes.Norm(
            kind=kind,
            id=norm_id,
            title=_squash(title),
            parts=parts,
            citations=_citations(self._take(children, "CITATION")),
            span=self._span(meta),
            id_span=self._tspan(id_token),
        )

    def norm(self, meta: Meta, children: list[Any]) -> nodes.Norm:
        return self._norm(NormKind.NORM, meta, children)

    def vorschrift(self, meta: Meta, children: list[Any]) -> nodes.Norm:
        return self._norm(NormKind.VORSCHRIFT, meta, children)

    def wortlaut(self, meta: Meta, children: list[Token]) -> nodes.Wortlaut:
        lines = []
        for token in children:
            if isinstance(token, Token) and token.type == "QUOTE":
                text = str(token)[1:]
                lines.append(text[1:] if text.startswith(" ") else text)
        return nodes.Wortlaut(tuple(line.rstrip() for line in lines), _citations(self._take(children, "CITATION")),
                              self._span(meta))

    def tatbestand(self, meta: Meta, children: list[Any]) -> nodes.Tatbestand:
        line: _Line = children[1]
        return nodes.Tatbestand(nodes.Clause(line.condition, line.citations, self._span(meta)), self._span(meta))

    def modality(self, meta: Meta, children: list[Token]) -> Token:
        return children[0]

    def rule(self, meta: Meta, children: list[Any]) -> nodes.Rule:
        subject = children[0]
        modality: Token = children[1]
        rest = children[2:]
        head = None
        if rest and isinstance(rest[0], Token) and rest[0].type == "WENN":
            head = rest[1]
            rest = rest[2:]
        citations = _citations(self._take(rest, "CITATION"))
        items = [c for c in rest if not isinstance(c, Token)]
        bullets = [c for c in items if isinstance(c, (nodes.Atom, nodes.Group))]
        ausnahmen = tuple(c for c in items if isinstance(c, nodes.Ausnahme))
        atypische = [c for c in items if isinstance(c, tuple) and c[0] == "atypisch"]
        seen_clause = False
        for item in items:
            if isinstance(item, (nodes.Atom, nodes.Group)) and seen_clause:
                self._error("syntax", "Aufzählungspunkte der Regel müssen vor »es sei denn« und "
                            "»atypischer Fall« stehen.", item.span)
            if not isinstance(item, (nodes.Atom, nodes.Group)):
                seen_clause = True
        condition = None
        if isinstance(head, Token):  # GROUP
            condition = self._group(head, bullets, (), self._tspan(head))
        elif head is not None:
            condition = head
            if bullets:
                self._error("syntax", "Aufzählungspunkte sind nur nach einer Verknüpfung erlaubt.", bullets[0].span,
                            "Schreiben Sie »…, wenn alle folgenden:« oder »…, wenn mindestens eines der folgenden:«.")
        elif bullets:
            self._error("syntax", "Aufzählungspunkte ohne »wenn«.", bullets[0].span,
                        "Schreiben Sie »…, wenn alle folgenden:« vor die Aufzählung.")
        if len(atypische) > 1:
            self._error("doppelte-definition", "»atypischer Fall, wenn« steht mehrfach in derselben Regel.",
                        atypische[1][1].span)
        text = f"{_squash(subject)} {_squash(modality)}"
        return nodes.Rule(
            grade=Grade[modality.type],
            action=Action.of_phrase(str(modality)),
            subject=_squash(subject),
            condition=condition,
            ausnahmen=ausnahmen,
            atypisch=atypische[0][1] if atypische else None,
            citations=citations,
            text=text,
            span=self._span(meta),
        )

    def ausnahme(self, meta: Meta, children: list[Any]) -> nodes.Ausnahme:
        line: _Line = children[1]
        return nodes.Ausnahme(nodes.Clause(line.condition, line.citations, self._span(meta)), self._span(meta))

    def atypisch(self, meta: Meta, children: list[Any]) -> _Atypisch:
        line: _Line = children[1]
        return ("atypisch", nodes.Clause(line.condition, line.citations, self._span(meta)))

    def abweichung(self, meta: Meta, children: list[Any]) -> nodes.Abweichung:
        lead, target = children[0], children[1]
        line = next((c for c in children if isinstance(c, _Line)), None)
        condition = nodes.Clause(line.condition, line.citations, line.span) if line else None
        citations = line.citations if line else _citations(self._take(children, "CITATION"))
        return nodes.Abweichung(
            target=_squash(_string(target)),
            mode=Geltung.ERMESSEN if "rmessen" in str(lead) else Geltung.ABWEICHEND,
            condition=condition,
            citations=citations,
            span=self._span(meta),
            target_span=self._tspan(target),
        )

    def nebenfolgen(self, meta: Meta, children: list[Any]) -> nodes.Nebenfolgen:
        lead = children[0]
        return nodes.Nebenfolgen(
            on=Occasion.VERSAGUNG if "Versagung" in str(lead) else Occasion.ERTEILUNG,
            items=tuple(self._of(children, nodes.Nebenfolge)),
            citations=_citations(self._take(children, "CITATION")),
            span=self._span(meta),
        )

    def nebenfolge(self, meta: Meta, children: list[Any]) -> nodes.Nebenfolge:
        key, text = children[0], children[1]
        line = next((c for c in children if isinstance(c, _Line)), None)
        return nodes.Nebenfolge(
            key=_squash(key),
            text=_string(text),
            condition=nodes.Clause(line.condition, line.citations, line.span) if line else None,
            citations=line.citations if line else _citations(self._take(children, "CITATION")),
            span=self._span(meta),
        )

    def ermessenskriterien(self, meta: Meta, children: list[Any]) -> nodes.Ermessenskriterien:
        return nodes.Ermessenskriterien(
            items=tuple(self._of(children, nodes.Kriterium)),
            citations=_citations(self._take(children, "CITATION")),
            span=self._span(meta),
        )

    def kriterium(self, meta: Meta, children: list[Any]) -> nodes.Kriterium:
        text = children[0]
        line = next((c for c in children if isinstance(c, _Line)), None)
        return nodes.Kriterium(
            text=_string(text),
            condition=nodes.Clause(line.condition, line.citations, line.span) if line else None,
            citations=line.citations if line else _citations(self._take(children, "CITATION")),
            span=self._span(meta),
        )


# ------------------------------------------------------------ Syntaxfehler

# Beschreibung der Terminale für „erwartet wurde …“.
_EXPECTED = {
    "NAME": "ein Name (Merkmal oder Begriff)",
    "STRING": "ein Text in \"Anführungszeichen\"",
    "CITATION": "eine Fundstelle in [eckigen Klammern]",
    "TITLE": "ein Titel",
    "_NL": "das Zeilenende",
    "_INDENT": "eine eingerückte Zeile",
    "_DEDENT": "das Ende des eingerückten Blocks",
    "GROUP": "»alle folgenden:«, »mindestens eines der folgenden:« oder »keines der folgenden:«",
    "NICHT": "»nicht«",
    "MINUS": "ein Aufzählungspunkt »- «",
    "COLON": "ein Doppelpunkt",
    "COMMA": "ein Komma",
    "FULL_STOP": "ein Punkt",
    "WENN": "», wenn«",
    "SUBJECT": f"eine Rechtsfolge wie »{SUBJECT} {Grade.ERMESSEN.phrase()}«",
    "TYPE_BOOL": "»ja/nein«",
    "TYPE_COUNT": "»Anzahl«",
    "TYPE_DURATION": "»Dauer«",
    "TYPE_DATE": "»Datum«",
    "TYPE_CHOICE": "»Auswahl«",
    "CMP_NUM": "ein Vergleich wie »mindestens«, »höchstens«, »mehr als«, »weniger als«, »genau«",
    "CMP_DATE": "ein Datumsvergleich wie »vor dem«, »nach dem«, »spätestens am«, »frühestens am«",
    "ONE_OF": "»einer von« oder »keiner von«",
    "BOOL_LITERAL": "»ja« oder »nein«",
    "NUMBER": "eine Zahl",
    "UNIT": "eine Einheit (Monate oder Jahre)",
    "COUNT_WORD": "ein Zahlwort wie »einmal«",
    "DATE": "ein Datum TT.MM.JJJJ",
    "LIEGT_VOR": "»liegt vor, wenn«",
    "LIEGT_INSBESONDERE_VOR": "»liegt insbesondere vor, wenn«",
    "LIEGT_REGELMAESSIG_NICHT_VOR": "»liegt regelmäßig nicht vor, wenn allein«",
    "ES_SEI_DENN": "»es sei denn«",
    "ATYPISCH": "»atypischer Fall, wenn«",
    "TATBESTAND": "»Der Tatbestand ist erfüllt, wenn«",
    "ABWEICHUNG": "»abweichend von« oder »nach Ermessen abweichend von«",
    "NEBENFOLGEN": "»Nebenfolgen:«",
    "ERMESSENSKRITERIEN": "»Ermessenskriterien:«",
    "WORTLAUT": "»Wortlaut [Fundstelle]:«",
    "FASSUNG": "»Fassung \"Name\": gilt ab TT.MM.JJJJ«",
    "GILT_AB": "»gilt ab«",
    "BELEGT_AB": "»belegt ab«",
    "ZUVOR_UNBELEGT": "»zuvor unbelegt«",
    "BIS": "»bis«",
    "STAND": "»Stand«",
    "QUOTE": "eine zitierte Zeile, die mit »>« beginnt",
    "MERKMAL": "»Merkmal«",
    "BEGRIFF": "»Begriff«",
    "NORM": "»Norm«",
    "VORSCHRIFT": "»Vorschrift«",
    "$END": "das Dateiende",
    # Die Rechtsfolgen, in der Schreibweise des Vokabulars.
    **{grade.name: f"»{grade.phrase()}«" for grade in Grade},
}

# Typische Fehler, erkannt mit UnexpectedInput.match_examples: Etikett → Beispiele.
_EXAMPLES: dict[str, list[str]] = {
    "merkmal-doppelpunkt": ["Merkmal Reiseunfähigkeit ja/nein\n", "Merkmal Dauer der Duldung Dauer\n"],
    "merkmal-typ": ["Merkmal Reiseunfähigkeit: Zahl\n", "Merkmal X: jein\n", "Merkmal X: \"a\"\n"],
    "deklaration": ["Merkmahl X: ja/nein\n", "- X\n"],
    "norm-kennung": ["Norm § 25 Abs. 5: Titel\n", "Vorschrift § 11: Titel\n"],
    "rechtsfolge": [
        "Norm \"x\": T\n  Sie kan erteilt werden.\n",
        "Norm \"x\": T\n  Die Aufenthaltserlaubnis wird erteilt.\n",
        "Norm \"x\": T\n  Die Aufenthaltserlaubnis soll erteilt.\n",
    ],
    "wenn-fehlt": [f"Norm \"x\": T\n  Sie {Grade.ERMESSEN.phrase()} A\n",
                   f"Norm \"x\": T\n  Sie {Grade.ERMESSEN.phrase()} wenn A\n"],
    "vergleich": [
        "Begriff B\n  liegt vor, wenn Dauer der Duldung: 18 Monate\n",
        "Begriff B\n  liegt vor, wenn Dauer der Duldung: ab 18 Monate\n",
    ],
    "fundstelle": ["Merkmal X: ja/nein [VwV 25.5\n", "Begriff B [VwV\n  liegt vor, wenn A\n"],
    "begriff-teil": ["Begriff B\n  liegt vor wenn A\n", "Begriff B\n  ist erfüllt, wenn A\n"],
    "begriff-leer": ["Begriff B\nMerkmal A: ja/nein\n", "Begriff B [VwV 1]\nMerkmal A: ja/nein\n"],
}

_MESSAGES: dict[str, tuple[str, str]] = {
    "merkmal-doppelpunkt": ("Nach dem Namen des Merkmals fehlt der Doppelpunkt vor dem Typ.",
                            "Beispiel: »Merkmal Reiseunfähigkeit: ja/nein«."),
    "merkmal-typ": ("Unbekannter Typ eines Merkmals.",
                    "Erlaubt sind ja/nein, Anzahl, Dauer, Datum und Auswahl \"a\", \"b\", …"),
    "deklaration": ("Hier wird eine neue Deklaration erwartet.",
                    "Jede Deklaration beginnt am Zeilenanfang mit Merkmal, Begriff, Norm oder Vorschrift."),
    "norm-kennung": ("Die Kennung der Norm muss in Anführungszeichen stehen.",
                     "Beispiel: Norm \"§ 25 Abs. 5 AufenthG\": Aufenthaltserlaubnis bei unmöglicher Ausreise"),
    "rechtsfolge": ("Unbekannte Rechtsfolge.",
                    "Erlaubt sind: " + ", ".join(g.phrase() for g in (
                        Grade.ANSPRUCH, Grade.SOLL, Grade.ERMESSEN, Grade.VERSAGUNG, Grade.REGELANSPRUCH,
                        Grade.REGELVERSAGUNG)) + " (jeweils auch mit »verlängert« statt »erteilt«)."),
    "wenn-fehlt": ("Vor der Bedingung fehlt », wenn«.",
                   f"Beispiel: »Sie {Grade.SOLL.phrase()}, wenn Abschiebung seit 18 Monaten ausgesetzt«."),
    "vergleich": ("Dem Vergleich fehlt ein Vergleichswort.",
                  "Schreiben Sie etwa »mindestens 18 Monate«, »mehr als 6 Monate«, »höchstens 2«, "
                  "»vor dem 01.01.2005« oder »einer von \"a\", \"b\"«."),
    "fundstelle": ("Die Fundstelle ist nicht geschlossen.",
                   "Eine Fundstelle steht in einer Zeile in eckigen Klammern, etwa [VwV 25.5.2]."),
    "begriff-teil": ("Unbekannter Teil eines Begriffs.",
                     "Ein Begriff enthält »liegt vor, wenn …«, »liegt insbesondere vor, wenn …« oder "
                     "»liegt regelmäßig nicht vor, wenn allein …«, jeweils eingerückt."),
    "begriff-leer": ("Der Begriff hat keine eingerückte Definition.",
                     "Schreiben Sie darunter eingerückt »liegt vor, wenn …«."),
}


def _describe_expected(expected: Iterable[str]) -> str:
    names = sorted({_EXPECTED.get(e, e) for e in expected if not e.startswith("__")})
    if not names:
        return ""
    if len(names) > 6:
        names = [*names[:6], "…"]
    return "Erwartet wurde: " + "; ".join(names) + "."


@functools.lru_cache(maxsize=1)
def _example_parser() -> Callable[[str], Tree[Token]]:
    return _lark().parse


@functools.lru_cache(maxsize=1)
def _examples() -> list[tuple[str, list[str]]]:
    """Die Fehlerbeispiele, jedes auch nach einer vorangehenden Deklaration.

    Lark vergleicht Parserzustände samt Stapeltiefe; nach der ersten
    Deklaration liegt alles eine Ebene tiefer.
    """
    prefix = "Merkmal Vorangehendes Merkmal: ja/nein\n"
    return [(label, examples + [prefix + e for e in examples]) for label, examples in _EXAMPLES.items()]


def _syntax_diagnostic(exc: UnexpectedInput, source: str, path: str) -> Diagnostic:
    line = getattr(exc, "line", None) or 1
    column = getattr(exc, "column", None) or 1
    if isinstance(exc, UnexpectedEOF) or line < 1:
        line = max(source.count("\n"), 1)
        column = 1
    label = None
    try:
        label = exc.match_examples(_example_parser(), _examples(), use_accepts=True)
    except Exception:  # die Heuristik darf die Meldung nie verhindern
        label = None
    width = 1
    if isinstance(exc, UnexpectedToken) and exc.token is not None and exc.token.type != "$END":
        width = max(len(str(exc.token).split("\n")[0]), 1)
        found = f"»{_squash(str(exc.token))[:40]}«" if str(exc.token).strip() else "eine Einrückung oder ein Zeilenende"
        generic = f"Unerwartet: {found}."
        expected = exc.expected
    elif isinstance(exc, UnexpectedCharacters):
        # lark deklariert pos_in_stream in der Basisklasse nur als None; hier ist es die Position im Text.
        pos = cast(int, exc.pos_in_stream)
        char = source[pos] if pos < len(source) else ""
        generic = f"Unerwartetes Zeichen »{char}«." if char.strip() else "Unerwartetes Zeichen."
        expected = exc.allowed or set()
    else:
        generic = "Unerwartetes Dateiende."
        expected = getattr(exc, "expected", set()) or set()
    span = Span(path, line, column, line, column + width)
    if label:
        message, label_hint = _MESSAGES[label]
        return Diagnostic(FEHLER, "syntax", message, span, label_hint)
    hint = _describe_expected(expected) or None
    return Diagnostic(FEHLER, "syntax", generic, span, hint)


def _tab_diagnostic(source: str, path: str) -> Diagnostic | None:
    """Ein Tabulator in der Einrückung einer Zeile ist ein Fehler.

    Wie breit ein Tabulator ist, hängt vom Editor ab; damit hinge auch ab, zu welcher
    Aufzählung eine Zeile gehört – eine Bedingung könnte still in eine andere Liste wandern.
    Zwischen den Wörtern einer Zeile stört ein Tabulator nicht.
    """
    for number, text in enumerate(source.split("\n"), start=1):
        stripped = text.lstrip(" \t")
        if not stripped or stripped.startswith("#"):
            continue
        indent = text[: len(text) - len(stripped)]
        if "\t" in indent:
            column = indent.index("\t") + 1
            return Diagnostic(FEHLER, "einrückung", "Die Einrückung enthält einen Tabulator.",
                              Span(path, number, column, number, column + 1),
                              "Rücken Sie nur mit Leerzeichen ein: Wie breit ein Tabulator ist, hängt vom Editor ab, "
                              "und damit, zu welcher Aufzählung die Zeile gehört.")
    return None


# Höchstens so viele Einrückungsebenen (eine Norm im Korpus braucht bis zu 6).
MAX_INDENT_LEVELS = 40


def _depth_diagnostic(source: str, path: str) -> Diagnostic | None:
    """Meldet, wo die Einrückung tiefer als ``MAX_INDENT_LEVELS`` Ebenen wird (vor dem Parsen, ohne Rekursion)."""
    levels = [0]
    for number, text in enumerate(source.split("\n"), start=1):
        stripped = text.lstrip(" \t")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(text) - len(stripped)
        while indent < levels[-1]:
            levels.pop()
        if indent > levels[-1]:
            levels.append(indent)
            if len(levels) > MAX_INDENT_LEVELS + 1:
                return Diagnostic(FEHLER, "verschachtelung", f"Die Einrückung ist tiefer als {MAX_INDENT_LEVELS} "
                                  "Ebenen verschachtelt.", Span(path, number, 1, number, indent + 1),
                                  "Fassen Sie tief geschachtelte Aufzählungen als Begriffe zusammen.")
    return None


def _dedent_diagnostic(source: str, path: str) -> Diagnostic:
    levels = [0]
    for number, text in enumerate(source.splitlines(), start=1):
        stripped = text.lstrip(" \t")
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(text) - len(stripped) + text[: len(text) - len(stripped)].count("\t") * 3
        if indent > levels[-1]:
            levels.append(indent)
            continue
        while indent < levels[-1]:
            levels.pop()
        if indent != levels[-1]:
            return Diagnostic(
                FEHLER, "einrückung", "Die Einrückung passt zu keiner vorherigen Ebene.",
                Span(path, number, 1, number, indent + 1),
                f"Rücken Sie diese Zeile so weit ein wie eine Zeile darüber (zuletzt {levels[-1]} Zeichen).",
            )
    return Diagnostic(FEHLER, "einrückung", "Die Einrückung passt zu keiner vorherigen Ebene.", Span(path, 1, 1, 1, 2))
