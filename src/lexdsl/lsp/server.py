"""Der Sprachserver ``lexdsl sprachserver``: Language Server Protocol über stdin/stdout, mit pygls.

Für Normdateien (``.lexdsl``), Szenarien (``.feature``) und Beispielfälle (YAML):

* Meldungen beim Öffnen, Tippen und Speichern: Syntax und Prüfungen wie ``lexdsl check``, über alle
  Normdateien des Arbeitsbereichs gemeinsam; die Grammatik wird einmal je Server gebaut.
* Hover über einem Merkmal oder Begriff: Typ, Beschreibung, Definition, Fundstelle, zitierter Wortlaut.
* Hover über einer Fundstelle in einer Normdatei (``[§ 25 Abs. 5 S. 1 AufenthG; VwV 25.5.1.1]``, je Teil): der
  im Korpus zitierte Wortlaut dazu.
* Gehe zur Definition, alle Verwendungen, Umbenennen – über Normen, Szenarien und Beispielfälle.
* Vervollständigung: Namen von Merkmalen und Begriffen, Auswahlwerte nach „einer von“, Schlüsselwörter und die
  Schritte der Szenarien.
* Beim Speichern einer Normdatei: die offenen Befunde von ``lexdsl analysieren`` für ihre Normen als Warnungen
  (ohne die mit ``# gewollt: …`` angenommenen). Die Analyse läuft in einem eigenen Thread, die Meldungen beim
  Tippen warten nie auf sie; ohne z3 gibt es keine Befunde.
* Über jeder Norm eine Code-Lens: Szenarien des letzten Testlaufs (``ergebnisse/cucumber.json``), Anteil
  abgedeckter Bedingungen (``ergebnisse/abdeckung.json``) und die Zahl offener Befunde.

Stellen rechnet der Server in die Einheiten um, die der Editor beim Start nennt (UTF-8, UTF-16 oder UTF-32;
ohne Angabe UTF-16, wie das Protokoll es verlangt).
"""

from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from .. import __version__
from ..errors import FEHLER, Diagnostic, Span
from ..language import nodes, parser
from ..steps import STEPS
from ..vocabulary import Comparator, MerkmalType, NormKind, rule_phrases
from .befunde import Befund, Testlauf, analyse, befund_text
from .index import (
    CASE_SUFFIXES,
    FEATURE_SUFFIX,
    MERKMAL,
    NORM_SUFFIX,
    Documents,
    Index,
    Occurrence,
    Place,
    RenameError,
    citation_at,
    span_range,
)

# LSP: Die Anfrage ist gültig, lässt sich aber nicht ausführen (RequestFailed).
_REQUEST_FAILED = -32803

_STEP_KEYWORDS = {"given": "Angenommen", "when": "Wenn", "then": "Dann"}

# Schlüsselwörter der Normensprache, die der Editor vorschlägt (Rechtsfolgen und Vergleiche aus vocabulary).
_KEYWORDS = (
    "Merkmal", "Begriff", "Norm", "Vorschrift", "Wortlaut", "Fassung", "liegt vor, wenn",
    "liegt insbesondere vor, wenn", "liegt regelmäßig nicht vor, wenn allein", "alle folgenden:",
    "mindestens eines der folgenden:", "keines der folgenden:", "nicht", "Der Tatbestand ist erfüllt, wenn",
    "es sei denn", "atypischer Fall, wenn", "abweichend von", "nach Ermessen abweichend von", "Nebenfolgen:",
    "Nebenfolgen bei Versagung:", "Ermessenskriterien:", "gilt ab", "belegt ab", "zuvor unbelegt",
)

# „Name: einer von "a", "b“ – der Name und was danach schon steht (bis zum Cursor).
_ONE_OF = re.compile(r'^\s*(?:-\s+)?(?:nicht\s+)?(?P<name>[^:#"]+?)\s*:\s*(?:einer|keiner)\s+von\b(?P<rest>[^#]*)$')


class LexdslLanguageServer(LanguageServer):
    """Der Server mit seinem Arbeitsbereich (``Documents``)."""

    def __init__(self) -> None:
        super().__init__("lexdsl-sprachserver", __version__,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.documents = Documents(Path.cwd())
        self.published: dict[str, list[types.Diagnostic]] = {}
        self.befunde: list[Befund] | None = None   # None: noch nicht analysiert (oder ohne z3)
        self.saved: set[str] = set()               # Normdateien, deren Befunde gezeigt werden
        self.analysing: asyncio.Task[None] | None = None
        self.again = False
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lexdsl-analyse")

    # --- Stellen

    def key(self, uri: str) -> str:
        return self.documents.key(Path(to_fs_path(uri) or uri))

    def uri(self, key: str) -> str:
        return from_fs_path(str(self.documents.path(key))) or key

    def to_client(self, key: str, line: int, start: int, end_line: int, end: int) -> types.Range:
        lines = self.documents.lines(key)
        codec = self.workspace.position_codec
        where = types.Range(types.Position(line, start), types.Position(end_line, end))
        return codec.range_to_client_units(lines, where)

    def place_range(self, place: Place) -> types.Range:
        return self.to_client(place.file, place.line, place.start, place.line, place.end)

    def from_client(self, key: str, position: types.Position) -> tuple[int, int]:
        lines = self.documents.lines(key)
        found = self.workspace.position_codec.position_from_client_units(
            lines, types.Position(position.line, position.character))
        return found.line, found.character

    def occurrence(self, uri: str, position: types.Position) -> tuple[Index, Occurrence | None]:
        key = self.key(uri)
        index = self.documents.index()
        line, character = self.from_client(key, position)
        return index, index.at(key, line, character)

    # --- Meldungen

    def publish(self, changed: str | None = None) -> None:
        """Meldungen der Normdateien: immer für die geänderte, für die übrigen nur, wenn sich ihre Meldungen
        änderten (auch leere, damit behobene verschwinden). Prüft alle Normdateien gemeinsam."""
        found_by_file = self.documents.diagnostics()
        for key in sorted(found_by_file, key=lambda k: k != changed):  # die geänderte Datei zuerst
            found = found_by_file[key]
            lines = self.documents.lines(key)
            result = [self.lsp_diagnostic(key, lines, d) for d in found]
            if key in self.saved:
                result += self.finding_diagnostics(key, lines)
            if key != changed and self.published.get(key) == result:
                continue
            self.published[key] = result
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=self.uri(key),
                                                                                  diagnostics=result))

    def lsp_diagnostic(self, key: str, lines: list[str], diagnostic: Diagnostic) -> types.Diagnostic:
        if diagnostic.span is not None and diagnostic.span.file == key:
            where = self.to_client(key, *span_range(lines, diagnostic.span))
        else:
            where = types.Range(types.Position(0, 0), types.Position(0, 0))
        message = diagnostic.message + (f"\nHinweis: {diagnostic.hint}" if diagnostic.hint else "")
        severity = types.DiagnosticSeverity.Error if diagnostic.severity == FEHLER else types.DiagnosticSeverity.Warning
        return types.Diagnostic(range=where, message=message, severity=severity, code=diagnostic.code,
                                source="lexdsl")


    # --- Befunde und Code-Lens

    def norm_headers(self) -> dict[str, tuple[str, int, NormKind]]:
        """Je Norm: Datei, Zeile ihres Kopfes (0-basiert) und Art."""
        modules, _broken = self.documents.modules()
        return {d.id: (m.path, d.id_span.line - 1, d.kind) for m in modules for d in m.declarations
                if isinstance(d, nodes.Norm)}

    def finding_diagnostics(self, key: str, lines: list[str]) -> list[types.Diagnostic]:
        """Die offenen Befunde für die Normen der Datei: an ihrer Stelle, steht die in einer anderen Datei,
        am Kopf der Norm."""
        if not self.befunde:
            return []
        headers = self.norm_headers()
        found: list[types.Diagnostic] = []
        for befund in self.befunde:
            message = befund_text(befund)
            if self.documents.key(Path(befund.file)) == key:
                line, start = befund.line - 1, befund.column - 1
            elif befund.norm is not None and headers.get(befund.norm, ("",))[0] == key:
                line, start = headers[befund.norm][1], 0
                message += f"\nStelle: {self.documents.key(Path(befund.file))}:{befund.line}"
            else:
                continue
            if line >= len(lines):
                continue
            start = min(start, len(lines[line]))
            end = max(len(lines[line].rstrip()), start)
            diagnostic = types.Diagnostic(range=self.to_client(key, line, start, line, end), message=message,
                                          severity=types.DiagnosticSeverity.Warning, code=befund.kind,
                                          source="lexdsl analysieren")
            if diagnostic not in found:
                found.append(diagnostic)
        return found

    def open_count(self, norm: str) -> int | None:
        if self.befunde is None:
            return None
        return len({(b.file, b.line, b.kind, b.message) for b in self.befunde if b.norm == norm})

    async def analyse(self, key: str) -> None:
        """Die Befunde neu rechnen (im Thread der Analyse), dann die Meldungen der gespeicherten Dateien und
        die Code-Lens auffrischen. Eine Speicherung während der Analyse löst genau eine weitere aus."""
        self.saved.add(key)
        if self.analysing is not None and not self.analysing.done():
            self.again = True
            return
        self.analysing = asyncio.current_task()
        try:
            while True:
                self.again = False
                loop = asyncio.get_running_loop()
                found = await loop.run_in_executor(self.executor, analyse, self.documents.root / "norms")
                if found is not None or self.befunde is None:
                    self.befunde = found
                if not self.again:
                    break
        finally:
            self.analysing = None
        self.published = {k: v for k, v in self.published.items() if k not in self.saved}
        self.publish(key)
        self.refresh_lenses()

    def refresh_lenses(self) -> None:
        capabilities = self.client_capabilities.workspace
        lens = capabilities.code_lens if capabilities is not None else None
        if lens is not None and lens.refresh_support:
            self.workspace_code_lens_refresh(None)

    def code_lenses(self, key: str) -> list[types.CodeLens]:
        testlauf = Testlauf.read(self.documents.root)
        lenses = []
        for norm, (file, line, kind) in self.norm_headers().items():
            if file != key or kind is not NormKind.NORM:
                continue
            where = self.to_client(key, line, 0, line, 0)
            lenses.append(types.CodeLens(range=where, command=types.Command(
                title=testlauf.title(norm, self.open_count(norm)), command="")))
        return lenses


def _type_text(merkmal: nodes.Merkmal) -> str:
    if merkmal.type.kind is MerkmalType.CHOICE:
        return "Auswahl: " + ", ".join(f"„{v}“" for v in merkmal.type.values)
    return str(merkmal.type.kind.value)


def _source_text(documents: Documents, span: Span) -> str:
    """Der Quelltext einer Stelle des Syntaxbaums (ganze Zeilen)."""
    lines = documents.lines(span.file)
    return "\n".join(lines[span.line - 1: span.end_line])


def hover_text(index: Index, name: str) -> str:
    """Was der Hover über einem Namen zeigt (Markdown)."""
    documents = index.documents
    out: list[str] = []
    citations: tuple[str, ...] = ()
    merkmal = index.merkmale.get(name)
    begriff = index.begriffe.get(name)
    if merkmal is not None:
        out.append(f"**Merkmal** {name}  \nTyp: {_type_text(merkmal)}")
        if merkmal.description:
            out.append(merkmal.description)
        citations = merkmal.citations
        span = merkmal.name_span
    elif begriff is not None:
        out.append(f"**Begriff** {name}")
        if begriff.description:
            out.append(begriff.description)
        parts = [p for p in (begriff.definition, begriff.regelbeispiele, begriff.gegenbeispiele) if p is not None]
        if parts:
            body = "\n".join(_source_text(documents, p.span) for p in parts)
            out.append(f"Definition:\n```lexdsl\n{body}\n```")
        citations = begriff.citations
        span = begriff.name_span
    else:
        return ""
    if citations:
        out.append("Fundstelle: " + "; ".join(citations))
    out.append(f"Definiert in {span.file}:{span.line}")
    users = index.users(name)
    if users:
        out.append("Verwendet in: " + ", ".join(users))
    for wortlaut in index.wortlaut(citations)[:2]:
        quoted = "\n".join(f"> {line}" for line in wortlaut.lines)
        out.append(f"Wortlaut [{'; '.join(wortlaut.citations)}]:\n\n{quoted}")
    return "\n\n".join(out)


NO_WORTLAUT = "Für diese Fundstelle ist im Korpus kein Wortlaut zitiert."


def citation_hover_text(index: Index, citation: str) -> str:
    """Was der Hover über einer Fundstelle zeigt (Markdown): der zitierte Wortlaut mit seinen Fundstellen."""
    out = [f"**Fundstelle** {citation}"]
    found = index.wortlaut_of(citation)
    for wortlaut in found:
        quoted = "\n".join(f"> {line}" if line else ">" for line in wortlaut.lines)
        out.append(f"Wortlaut [{'; '.join(wortlaut.citations)}]:\n\n{quoted}")
    if not found:
        out.append(NO_WORTLAUT)
    return "\n\n".join(out)


def _name_items(index: Index) -> list[types.CompletionItem]:
    items = []
    for name, merkmal in index.merkmale.items():
        items.append(types.CompletionItem(label=name, kind=types.CompletionItemKind.Field,
                                          detail=f"Merkmal ({_type_text(merkmal)})",
                                          documentation=merkmal.description or None))
    for name, begriff in index.begriffe.items():
        items.append(types.CompletionItem(label=name, kind=types.CompletionItemKind.Class, detail="Begriff",
                                          documentation=begriff.description or None))
    return items


def completions(index: Index, key: str, prefix: str) -> list[types.CompletionItem]:
    """Die Vorschläge an einer Stelle; ``prefix`` ist die Zeile bis zum Cursor."""
    if key.endswith(NORM_SUFFIX):
        one_of = _ONE_OF.match(prefix)
        if one_of is not None:
            merkmal = index.merkmale.get(" ".join(one_of.group("name").split()))
            if merkmal is None or merkmal.type.kind is not MerkmalType.CHOICE:
                return []
            quoted = one_of.group("rest").count('"') % 2 == 1  # schon ein " geöffnet
            return [types.CompletionItem(label=f'"{v}"', kind=types.CompletionItemKind.EnumMember,
                                         insert_text=f'{v}"' if quoted else f'"{v}"',
                                         detail=f"Auswahlwert von {merkmal.name}")
                    for v in merkmal.type.values]
        words = [*_KEYWORDS, *rule_phrases(), *(c.value for c in Comparator), *(t.value for t in MerkmalType)]
        keywords = [types.CompletionItem(label=w, kind=types.CompletionItemKind.Keyword)
                    for w in dict.fromkeys(words)]
        return _name_items(index) + keywords
    if key.endswith(FEATURE_SUFFIX):
        steps = [types.CompletionItem(label=f"{_STEP_KEYWORDS[s.kind]} {example}",
                                      kind=types.CompletionItemKind.Snippet, detail="Schritt",
                                      documentation=s.doc or None)
                 for s in STEPS for example in s.examples]
        return _name_items(index) + steps
    if key.endswith(CASE_SUFFIXES):
        return [i for i in _name_items(index) if i.detail and i.detail.startswith(MERKMAL)]
    return []


def create_server() -> LexdslLanguageServer:
    """Ein Server mit allen Funktionen; ``start_io()`` startet ihn."""
    server = LexdslLanguageServer()

    @server.feature(types.INITIALIZED)
    def initialized(ls: LexdslLanguageServer, params: types.InitializedParams) -> None:
        root = ls.workspace.root_path
        if root:
            ls.documents = Documents(Path(root))
        # Die Grammatik einmal bauen, nicht erst beim ersten Tippen.
        parser.parse("Merkmal Probe: ja/nein\n", "<start>")

    def changed(ls: LexdslLanguageServer, uri: str) -> None:
        key = ls.key(uri)
        ls.documents.open[key] = ls.workspace.get_text_document(uri).source
        if key.endswith(NORM_SUFFIX):
            ls.publish(key)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LexdslLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        changed(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LexdslLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        changed(ls, params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: LexdslLanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        changed(ls, params.text_document.uri)
        key = ls.key(params.text_document.uri)
        if key.endswith(NORM_SUFFIX):
            await ls.analyse(key)

    @server.feature(types.TEXT_DOCUMENT_CODE_LENS)
    def code_lens(ls: LexdslLanguageServer, params: types.CodeLensParams) -> list[types.CodeLens]:
        key = ls.key(params.text_document.uri)
        return ls.code_lenses(key) if key.endswith(NORM_SUFFIX) else []

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LexdslLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        key = ls.key(params.text_document.uri)
        ls.documents.open.pop(key, None)
        if key.endswith(NORM_SUFFIX):
            if key not in ls.documents.norm_files():  # nur im Editor, nie gespeichert: Meldungen löschen
                ls.published.pop(key, None)
                ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=ls.uri(key), diagnostics=[]))
            ls.publish()

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: LexdslLanguageServer, params: types.HoverParams) -> types.Hover | None:
        index, found = ls.occurrence(params.text_document.uri, params.position)
        if found is not None:
            return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                            value=hover_text(index, found.name)),
                               range=ls.place_range(found.place))
        key = ls.key(params.text_document.uri)
        if not key.endswith(NORM_SUFFIX):
            return None
        line, character = ls.from_client(key, params.position)
        lines = ls.documents.lines(key)
        citation = citation_at(lines[line], character) if line < len(lines) else None
        if citation is None:
            return None
        text, start, end = citation
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                        value=citation_hover_text(index, text)),
                           range=ls.to_client(key, line, start, line, end))

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    def definition(ls: LexdslLanguageServer, params: types.DefinitionParams) -> list[types.Location]:
        index, found = ls.occurrence(params.text_document.uri, params.position)
        if found is None:
            return []
        return [types.Location(ls.uri(o.place.file), ls.place_range(o.place)) for o in index.definitions(found.name)]

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    def references(ls: LexdslLanguageServer, params: types.ReferenceParams) -> list[types.Location]:
        index, found = ls.occurrence(params.text_document.uri, params.position)
        if found is None:
            return []
        return [types.Location(ls.uri(o.place.file), ls.place_range(o.place))
                for o in index.of(found.name, definitions=params.context.include_declaration)]

    @server.feature(types.TEXT_DOCUMENT_PREPARE_RENAME)
    def prepare_rename(ls: LexdslLanguageServer, params: types.PrepareRenameParams) -> types.Range | None:
        _index, found = ls.occurrence(params.text_document.uri, params.position)
        return None if found is None else ls.place_range(found.place)

    @server.feature(types.TEXT_DOCUMENT_RENAME)
    def rename(ls: LexdslLanguageServer, params: types.RenameParams) -> types.WorkspaceEdit | None:
        index, found = ls.occurrence(params.text_document.uri, params.position)
        if found is None:
            raise JsonRpcException("Hier steht kein Merkmal und kein Begriff.", _REQUEST_FAILED)
        try:
            edits = index.rename(found.name, params.new_name)
        except RenameError as exc:
            raise JsonRpcException(str(exc), _REQUEST_FAILED) from None
        return types.WorkspaceEdit(changes={
            ls.uri(key): [types.TextEdit(range=ls.place_range(place), new_text=text) for place, text in changes]
            for key, changes in edits.items()})

    @server.feature(types.TEXT_DOCUMENT_COMPLETION,
                    types.CompletionOptions(trigger_characters=['"', " ", "|"]))
    def completion(ls: LexdslLanguageServer, params: types.CompletionParams) -> types.CompletionList:
        key = ls.key(params.text_document.uri)
        line, character = ls.from_client(key, params.position)
        lines = ls.documents.lines(key)
        prefix = lines[line][:character] if line < len(lines) else ""
        return types.CompletionList(is_incomplete=False, items=completions(ls.documents.index(), key, prefix))

    return server


def main(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """``lexdsl sprachserver``: über stdin und stdout (Bytes), bis der Editor ihn beendet."""
    create_server().start_io(stdin, stdout)
