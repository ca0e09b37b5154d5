"""Die Kommandozeile ``lexdsl``.

Befehle: ``prüfen`` (ASCII: ``pruefen``), ``check``, ``merkmale``, ``schema``, ``abdeckung``, ``analysieren``,
``dienst``, ``sprachserver``, ``kompilieren``.
Exit-Codes: 0 in Ordnung, 1 Fehler in den Normen, 2 fehlerhafte Eingabe oder Aufruf, 70 Programmfehler.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

from . import __version__
from .errors import shown_path

if TYPE_CHECKING:
    from .errors import LexdslError
    from .findings import Report
    from .workspace.corpus import Corpus

EXIT_OK = 0
EXIT_CHECK = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 70  # Programmfehler (wie EX_SOFTWARE); sollte nie vorkommen

# Deutsche Texte für argparse (das Modul selbst spricht Englisch).
_ARGPARSE_DE = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "optional arguments": "Optionen",
    "show this help message and exit": "diese Hilfe zeigen und beenden",
    "the following arguments are required: %s": "diese Angaben fehlen: %s",
    "unrecognized arguments: %s": "unbekannte Angaben: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Wahl: %(value)r (möglich: %(choices)s)",
    "expected one argument": "erwartet einen Wert",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Fehler: %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option: %(option)s passt zu %(matches)s",
    "argument %(argument_name)s: %(message)s": "Angabe %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ungültiger Wert: %(value)r",
}


def _german_argparse() -> None:
    argparse._ = lambda text: _ARGPARSE_DE.get(text, text)  # type: ignore[attr-defined]


def norms_path(args: argparse.Namespace) -> str:
    """Die Normen eines Aufrufs: ``--normen``, sonst ``LEXDSL_NORMEN``, sonst ``./norms``, sonst die mitgelieferten.

    Fehlt ein eigenes Normverzeichnis, sagt lexdsl auf der Fehlerausgabe, welche Normen es verwendet.
    """
    given = getattr(args, "normen", None) or getattr(args, "pfad", None)
    if given:
        return str(given)
    configured = os.environ.get("LEXDSL_NORMEN")
    if configured:
        return configured
    if Path("norms").is_dir():
        return "norms"
    from .workspace.sources import packaged_norms

    packaged = packaged_norms()
    print(f"Hinweis: Im Arbeitsverzeichnis liegt kein Verzeichnis »norms«; lexdsl verwendet die mitgelieferten "
          f"Normen ({shown_path(packaged)}). Eigene Normen: --normen PFAD.", file=sys.stderr)
    return str(packaged)


def _parser() -> argparse.ArgumentParser:
    _german_argparse()
    parser = argparse.ArgumentParser(
        prog="lexdsl",
        description="Ausführbare Spezifikation des humanitären Aufenthaltsrechts (AufenthG §§ 22, 23, 23a, 25).",
        epilog="Exit-Codes: 0 in Ordnung, 1 Fehler in den Normen, 2 fehlerhafte Eingabe oder Aufruf.",
    )
    parser.add_argument("--version", action="version", version=f"lexdsl {__version__}",
                        help="die Version von lexdsl zeigen und beenden")
    from .workspace.cache import CACHE_LOCATION

    parser.add_argument("--cache", metavar="VERZ",
                        help=f"Verzeichnis für übersetzte Normen (Standard: {CACHE_LOCATION})")
    sub = parser.add_subparsers(dest="befehl", metavar="BEFEHL", title="Befehle")

    def normen_option(p: argparse.ArgumentParser, positional: bool = False) -> None:
        p.add_argument("--normen", metavar="PFAD", help="Normdatei oder -verzeichnis (Standard: ./norms, sonst die "
                       "mitgelieferten Normen)")
        if positional:  # frühere Schreibweise »lexdsl check PFAD«, gleichbedeutend mit --normen PFAD
            p.add_argument("pfad", nargs="?", metavar="PFAD", help=argparse.SUPPRESS)

    for name in ("prüfen", "pruefen"):
        p = sub.add_parser(name, help="einen Fall gegen die Normen prüfen"
                           + (" (wie prüfen)" if name == "pruefen" else ""),
                           description="Prüft einen Fall (YAML oder JSON) gegen eine oder alle Normen.")
        p.add_argument("faelle", nargs="+", metavar="FALL",
                       help="Falldatei (.yaml, .yml oder .json), auch mehrere; »-« liest den Fall von der "
                            "Standardeingabe (YAML oder JSON)")
        p.add_argument("--norm", metavar="ID", help="nur diese Norm prüfen, etwa \"§ 25 Abs. 5 AufenthG\"")
        p.add_argument("--format", choices=("text", "json"), default="text", help="Ausgabeformat (Standard: text)")
        p.add_argument("--ausfuehrlich", "--ausführlich", action="store_true",
                       help="mit der ganzen Begründung jeder Norm und allen fehlenden Merkmalen "
                            "(Standard: Entscheidung je Norm und das Entscheidende, was fehlt)")
        p.add_argument("--ohne-begruendung", action="store_true", help="ohne Begründung (schneller)")
        p.add_argument("--stichtag", metavar="DATUM", help="Tag der Entscheidung (JJJJ-MM-TT oder TT.MM.JJJJ); "
                       "überschreibt den Stichtag der Falldatei und bestimmt die Fassung der Normen")
        normen_option(p)
        p.set_defaults(handler=cmd_pruefen)

    p = sub.add_parser("check", help="die Normen statisch prüfen",
                       description="Prüft die Normen (Syntax, Namen, Typen, "
                       "Zyklen, Regeln) und zeigt Fehler und Warnungen mit Datei:Zeile:Spalte.")
    normen_option(p, positional=True)
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("merkmale", help="das Vokabular zeigen", description="Zeigt alle Merkmale mit Typ, Werten, "
                       "Beschreibung, Fundstelle und den Normen, die sie verwenden.")
    p.add_argument("--format", choices=("text", "json"), default="text", help="Ausgabeformat (Standard: text)")
    normen_option(p)
    p.set_defaults(handler=cmd_merkmale)

    p = sub.add_parser("schema", help="JSON Schema der Falldateien ausgeben",
                       description="Schreibt ein JSON Schema (Entwurf 2020-12) für Falldateien, erzeugt aus dem "
                       "Vokabular der Normen: erlaubte Felder, alle Merkmale mit Beschreibung und die "
                       "Schreibweisen ihrer Typen.")
    normen_option(p)
    p.add_argument("-o", "--ausgabe", metavar="DATEI", help="in diese Datei schreiben statt auf die Standardausgabe")
    p.set_defaults(handler=cmd_schema)

    p = sub.add_parser("abdeckung", help="Bedingungsabdeckung der Szenarien messen",
                       description="Führt die Szenarien aus und zeigt je Norm, welche Bedingungen sie auf ja und "
                       "auf nein gebracht haben und wo Lücken bleiben. Schreibt den Bericht als JSON.")
    p.add_argument("features", nargs="?", default="features", metavar="FEATURES",
                   help="Verzeichnis der Feature-Dateien (Standard: features)")
    normen_option(p)
    p.add_argument("-o", "--ausgabe", default="ergebnisse/abdeckung.json", metavar="DATEI",
                   help="Bericht als JSON (Standard: ergebnisse/abdeckung.json)")
    p.add_argument("--luecken", type=int, default=5, metavar="N",
                   help="je Norm höchstens N Lücken zeigen (Standard: 5)")
    p.set_defaults(handler=cmd_abdeckung)

    p = sub.add_parser("analysieren", help="mit einem Solver beweisen, was die Normen entscheiden können",
                       description="Zeigt je Fassung jeder Norm die Ergebnisse, die sie überhaupt geben kann (je mit "
                       "einem kleinen Zeugenfall, den die übersetzte Norm so entscheidet), und beweist, welche sie "
                       "nie gibt; dazu je Norm, welche Fälle zwei aufeinanderfolgende Fassungen verschieden "
                       "entscheiden; je Bedingung ein Unabhängigkeitspaar oder was sie verdeckt; Regeln, die nie "
                       "greifen; Begriffe, die immer oder nie erfüllt sind; Fälle, in denen die Ausreise unmöglich "
                       "ist, aber keine Norm einen Titel gibt. Braucht z3 (pip install 'lexdsl[analyse]').")
    p.add_argument("--norm", metavar="ID", help="nur diese Norm")
    p.add_argument("--format", choices=("text", "json"), default="text", help="Ausgabeformat (Standard: text)")
    p.add_argument("-o", "--ausgabe", metavar="DATEI", help="Bericht in diese Datei statt auf die Ausgabe")
    p.add_argument("--vergleich", metavar="REV",
                   help="nur vergleichen: welche Fälle die Normen dieser Git-Revision (oder dieses Verzeichnisses) "
                   "anders entscheiden als die Arbeitskopie, je Fassung mit Zeugenfall")
    p.add_argument("--szenarien", metavar="VERZ",
                   help="für Zeugenfälle und Unabhängigkeitspaare, die kein Szenario abdeckt, ungeprüfte Szenarien "
                   "(@ungeprueft, ohne Erwartung) nach VERZ schreiben")
    p.add_argument("--abdeckung", metavar="DATEI",
                   help="Abdeckungsbericht der Szenarien (Standard: ergebnisse/abdeckung.json, von make test)")
    p.add_argument("--streng", action="store_true",
                   help="mit Exit-Code 1 enden, wenn ein Befund nicht mit „# gewollt: …“ angenommen ist")
    normen_option(p)
    p.set_defaults(handler=cmd_analysieren)

    p = sub.add_parser("dienst", help="der Prüfassistent im Browser und die HTTP-Schnittstelle",
                       description="Startet den Prüfassistenten (http://127.0.0.1:8000/) und die "
                       "HTTP-Schnittstelle (/api, OpenAPI unter /api/openapi.json). Er speichert keine "
                       "Falldaten. Braucht pip install 'lexdsl[dienst]'.")
    p.add_argument("--host", default="127.0.0.1", help="Adresse (Standard: 127.0.0.1, nur dieser Rechner)")
    p.add_argument("--port", type=int, default=8000, help="Port (Standard: 8000)")
    p.add_argument("--oeffentlich", action="store_true",
                   help="auch an einer Adresse außer 127.0.0.1/localhost lauschen (dann erreicht ihn das Netz)")
    p.add_argument("--arbeiter", type=int, default=1, metavar="N",
                   help="so viele Prozesse bedienen Anfragen (Standard: 1; etwa die Zahl der Kerne)")
    p.add_argument("--website", metavar="VERZ|URL",
                   help="die gebaute Website für die Verweise auf Normseiten (Standard: ./site, falls gebaut)")
    normen_option(p)
    p.set_defaults(handler=cmd_dienst)

    p = sub.add_parser("sprachserver", help="der Sprachserver für Editoren (Language Server Protocol)",
                       description="Spricht das Language Server Protocol über die Standardein- und -ausgabe: "
                       "Meldungen beim Tippen, Hover, Gehe zur Definition, Verwendungen, Umbenennen und "
                       "Vervollständigung für Normdateien, Szenarien und Beispielfälle. Der Editor startet ihn im "
                       "Arbeitsbereich. Braucht pip install 'lexdsl[sprache]'.")
    p.set_defaults(handler=cmd_sprachserver)

    p = sub.add_parser("massenpruefung", help="einen ganzen Bestand auf einmal prüfen",
                       description="Prüft jede Zeile eines Bestands (CSV, Parquet, JSON Lines oder Excel; je "
                       "Spalte ein Merkmal, leere Zellen unbekannt) gegen die Normen und schreibt je Zeile und Norm "
                       "das Ergebnis, die angewandte Fassung und bei „offen“ die fehlenden Merkmale – dasselbe wie "
                       "lexdsl prüfen für jeden Fall. Braucht pip install 'lexdsl[masse]'.")
    p.add_argument("faelle", metavar="FAELLE", help="der Bestand (.csv, .parquet, .jsonl, .xlsx)")
    p.add_argument("-o", "--ausgabe", required=True, metavar="ERGEBNISSE",
                   help="die Ergebnisse (Format nach der Endung: .csv, .parquet, .jsonl, .xlsx)")
    p.add_argument("--norm", action="append", metavar="ID", help="nur diese Norm (mehrfach möglich)")
    p.add_argument("--stichtag", metavar="DATUM", help="Tag der Entscheidung (wählt die Fassung)")
    p.add_argument("--kennung", action="append", metavar="SPALTE",
                   help="Spalte, die die Fälle kennzeichnet und unverändert in die Ergebnisse geht "
                   "(Standard: »id«, falls vorhanden)")
    p.add_argument("--vergleich", metavar="DATUM",
                   help="jede Zeile auch an diesem Stichtag prüfen und je Norm die Übergänge zählen "
                   "(„anspruch → nicht_erfuellt: 1.204 Fälle“)")
    p.add_argument("--fehler-spalte", action="store_true",
                   help="fehlerhafte Werte je Zeile in der Spalte »Fehler« melden, statt abzubrechen")
    p.add_argument("--engine", choices=("polars", "spark"), default="polars",
                   help="womit gerechnet wird: polars (Standard, im Prozess) oder spark (Apache Spark, nur Parquet "
                   "zu Parquet; braucht pip install 'lexdsl[spark]' und Java 17)")
    p.add_argument("--spark-master", metavar="URL",
                   help="nur mit --engine spark: wohin Spark die Arbeit gibt (Standard: local[2], unter "
                   "spark-submit dessen --master)")
    normen_option(p)
    p.set_defaults(handler=cmd_massenpruefung)

    p = sub.add_parser("kompilieren", help="Python-Code der Normen schreiben",
                       description="Schreibt die übersetzten Normen als importierbares Python-Paket nach VERZ.")
    normen_option(p, positional=True)
    p.add_argument("-o", "--ausgabe", required=True, metavar="VERZ", help="Zielverzeichnis")
    p.set_defaults(handler=cmd_kompilieren)
    return parser


# ---------------------------------------------------------------- Befehle


def _print_diagnostics(exc: LexdslError) -> None:
    print(exc.render(), file=sys.stderr)
    errors = sum(1 for d in exc.diagnostics if d.is_error)
    if errors:
        print(f"{errors} Fehler.", file=sys.stderr)


def _load(args: argparse.Namespace, path: str | None = None) -> Corpus:
    from .workspace.corpus import load

    return load(path or norms_path(args), cache_dir=args.cache)


def cmd_pruefen(args: argparse.Namespace) -> int:
    from .cases import convert_stichtag, load_case, load_case_text
    from .errors import CaseError, LexdslError, nfc
    from .render import report_json, report_text

    try:
        corpus = _load(args)
    except LexdslError as exc:
        _print_diagnostics(exc)
        return EXIT_CHECK
    try:
        stichtag = None if args.stichtag is None else convert_stichtag(args.stichtag, field="--stichtag")
    except CaseError as exc:
        hint = f"\n  Hinweis: {exc.hint}" if exc.hint else ""
        print(f"Fehler: Angabe --stichtag: {exc.message}{hint}", file=sys.stderr)
        return EXIT_INPUT
    if args.norm is not None:
        args.norm = nfc(args.norm)
    if args.norm is not None and args.norm not in corpus.normen:
        from .errors import did_you_mean

        hint = did_you_mean(args.norm, corpus.normen) or "Bekannte Normen: " + ", ".join(corpus.normen) + "."
        print(f"Fehler: Unbekannte Norm »{args.norm}«.\n  Hinweis: {hint}", file=sys.stderr)
        return EXIT_INPUT
    if args.faelle.count("-") > 1:
        print("Fehler: Die Standardeingabe (»-«) kann nur einmal gelesen werden.", file=sys.stderr)
        return EXIT_INPUT
    # Erst alle Fälle lesen und prüfen: Ist einer fehlerhaft, erscheint nur die Meldung, kein halber Bericht.
    cases, failed = [], False
    for path in args.faelle:
        try:
            if path == "-":
                facts = load_case_text(sys.stdin.buffer.read(MAX_STDIN + 1), STDIN_NAME, corpus, stichtag=stichtag)
            else:
                facts = load_case(path, corpus, stichtag=stichtag)
        except CaseError as exc:
            print(exc.render(), file=sys.stderr)
            failed = True
            continue
        cases.append((STDIN_NAME if path == "-" else path, facts))
    if failed:
        return EXIT_INPUT
    reports = []
    for path, facts in cases:
        results = corpus.pruefen(facts, norm=args.norm, begruendung=not args.ohne_begruendung)
        if args.format == "json":
            reports.append((path, report_json(results, facts.label, facts.stichtag)))
        else:
            reports.append((path, report_text(results, facts.label, path, corpus, detailed=args.ausfuehrlich)))
    if args.format == "json" and len(reports) > 1:
        data = {"faelle": [{"datei": path, **json.loads(text)} for path, text in reports]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write("\n".join(text for _path, text in reports))
    return EXIT_OK


STDIN_NAME = "Standardeingabe"
MAX_STDIN = 1_000_000


def cmd_massenpruefung(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .cases import convert_stichtag
    from .errors import CaseError, LexdslError

    if args.spark_master is not None and args.engine != "spark":
        print("Fehler: --spark-master gilt nur mit --engine spark.", file=sys.stderr)
        return EXIT_INPUT
    try:
        from .bulk.run import run, summary_text
    except ImportError as exc:
        print(f"Fehler: Für die Massenprüfung fehlt das Paket »{exc.name}«.\n"
              "  Hinweis: pip install 'lexdsl[masse]'", file=sys.stderr)
        return EXIT_INPUT
    try:
        corpus = _load(args)
    except LexdslError as exc:
        _print_diagnostics(exc)
        return EXIT_CHECK
    try:
        stichtag = None if args.stichtag is None else convert_stichtag(args.stichtag, field="--stichtag")
        other = None if args.vergleich is None else convert_stichtag(args.vergleich, field="--vergleich")
        source = Path(args.faelle)
        keep = args.kennung or ["id"]
        if args.engine == "spark":
            from .bulk.spark import SparkUnavailable
            from .bulk.spark import run as run_spark

            try:
                summary = run_spark(args.faelle, args.ausgabe, corpus, args.norm, stichtag, keep,
                                    args.fehler_spalte, other, master=args.spark_master)
            except SparkUnavailable as exc:
                print(f"Fehler: {exc.message}\n  Hinweis: {exc.hint}", file=sys.stderr)
                return EXIT_INPUT
        else:
            summary = run(source, Path(args.ausgabe), corpus, args.norm, stichtag, keep, args.fehler_spalte, other,
                          show_progress=sys.stderr.isatty())
    except CaseError as exc:
        print(exc.render(), file=sys.stderr)
        return EXIT_INPUT
    print(summary_text(summary, stichtag, other))
    print(f"Ergebnisse: {args.ausgabe}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from .errors import LexdslError
    from .workspace.cache import default_cache_dir
    from .workspace.compile import Frontend
    from .workspace.sources import find_sources

    path = norms_path(args)
    try:
        sources = find_sources(path)
    except LexdslError as exc:
        _print_diagnostics(exc)
        return EXIT_INPUT
    cache = Path(args.cache) if args.cache else default_cache_dir()
    _modules, diagnostics = Frontend(cache).check(sources)
    texts = {s.path: s.text for s in sources}
    for d in diagnostics:
        print(d.format(texts.get(d.span.file) if d.span else None), file=sys.stderr)
    errors = sum(1 for d in diagnostics if d.is_error)
    warnings = len(diagnostics) - errors
    summary = f"{len(sources)} Datei(en) geprüft: {errors} Fehler, {warnings} Warnung(en)."
    print(summary, file=sys.stderr if errors else sys.stdout)
    return EXIT_CHECK if errors else EXIT_OK


def cmd_analysieren(args: argparse.Namespace) -> int:
    import unicodedata

    from .errors import LexdslError

    try:
        import z3  # noqa: F401 – nur prüfen, ob der Solver installiert ist
    except ImportError:
        print("Fehler: lexdsl analysieren braucht den Solver z3 (pip install 'lexdsl[analyse]').", file=sys.stderr)
        return EXIT_INPUT
    from .findings import accept, analyse_corpus, compare_versions, open_findings, to_data, to_text

    try:
        corpus = _load(args)
    except LexdslError as exc:
        _print_diagnostics(exc)
        return EXIT_CHECK
    norm = unicodedata.normalize("NFC", args.norm) if args.norm else None
    if norm is not None and norm not in corpus.normen:
        known = ", ".join(sorted(corpus.normen))
        print(f"Fehler: Die Norm »{norm}« gibt es nicht. Bekannt sind: {known}.", file=sys.stderr)
        return EXIT_INPUT
    if args.vergleich:
        import tempfile

        from .workspace.revision import RevisionError, norms_at

        with tempfile.TemporaryDirectory(prefix="lexdsl-vergleich-") as tmp:
            try:
                other = _load(args, str(norms_at(args.vergleich, Path(norms_path(args)), Path(tmp))))
            except RevisionError as exc:
                print(f"Fehler: Angabe --vergleich: {exc}", file=sys.stderr)
                return EXIT_INPUT
            except LexdslError as exc:
                print(f"Fehler: Die Normen in »{args.vergleich}« lassen sich nicht übersetzen:", file=sys.stderr)
                _print_diagnostics(exc)
                return EXIT_INPUT
        report = compare_versions(corpus, other, args.vergleich, norm)
    else:
        workers = min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 8)
        report = accept(analyse_corpus(corpus, norm, workers), Path(norms_path(args)))
    if args.format == "json":
        text = json.dumps(to_data(report), ensure_ascii=False, indent=2) + "\n"
    else:
        text = to_text(report, corpus)
    if args.szenarien:
        written = _write_scenarios(args, report, corpus)
        if written is None:
            return EXIT_INPUT
    rc = EXIT_CHECK if args.streng and open_findings(report) else EXIT_OK
    if rc != EXIT_OK:
        print(f"Fehler: {len(open_findings(report))} Befunde sind nicht als gewollt angenommen "
              "(Kommentar „# gewollt: Begründung“ über der Zeile des Befunds).", file=sys.stderr)
    if args.ausgabe:
        target = Path(args.ausgabe)
        fresh = target.with_name(f".{target.name}.{os.getpid()}.neu")
        try:
            fresh.write_text(text, encoding="utf-8")
            os.replace(fresh, target)
        except OSError as exc:
            fresh.unlink(missing_ok=True)
            print(f"Fehler: Der Bericht lässt sich nicht nach »{shown_path(str(target))}« schreiben "
                  f"({exc.strerror or exc}).", file=sys.stderr)
            return EXIT_INPUT
        print(f"Analyse: {shown_path(str(target))}")
        return rc
    sys.stdout.write(text)
    return rc


def _write_scenarios(args: argparse.Namespace, report: Report, corpus: Corpus) -> list[Path] | None:
    """``--szenarien VERZ``: ungeprüfte Szenarien für die Fälle, die kein Szenario abdeckt."""
    from .findings.gherkin import Coverage, features
    from .workspace.atomic import write_atomic

    source = Path(args.abdeckung) if args.abdeckung else Path("ergebnisse") / "abdeckung.json"
    data = None
    if source.is_file():
        try:
            data = json.loads(source.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"Fehler: Angabe --abdeckung: »{shown_path(str(source))}« ist kein Abdeckungsbericht ({exc}).",
                  file=sys.stderr)
            return None
    elif args.abdeckung:
        print(f"Fehler: Angabe --abdeckung: »{shown_path(str(source))}« gibt es nicht.", file=sys.stderr)
        return None
    else:
        print("Hinweis: Kein Abdeckungsbericht (make test schreibt ergebnisse/abdeckung.json); "
              "jeder Fall gilt als nicht abgedeckt.", file=sys.stderr)
    target = Path(args.szenarien)
    written = []
    try:
        for name, text in features(report, corpus, Coverage(data)).items():
            write_atomic(target / name, text.encode("utf-8"))
            written.append(target / name)
    except OSError as exc:
        print(f"Fehler: Die Szenarien lassen sich nicht nach »{shown_path(str(target))}« schreiben "
              f"({exc.strerror or exc}).", file=sys.stderr)
        return None
    print(f"Szenarien: {len(written)} Dateien in {shown_path(str(target))} (mit @ungeprueft, ohne Erwartung).",
          file=sys.stderr)
    return written


def cmd_sprachserver(args: argparse.Namespace) -> int:
    try:
        import pygls  # noqa: F401
    except ImportError:
        print("Fehler: lexdsl sprachserver braucht pygls (pip install 'lexdsl[sprache]').", file=sys.stderr)
        return EXIT_INPUT
    from .lsp.server import main as serve

    # Das Protokoll läuft in Bytes über die ursprünglichen Ströme, nicht über die Textumhüllung von main().
    if sys.__stdin__ is None or sys.__stdout__ is None:
        print("Fehler: lexdsl sprachserver braucht Standardein- und -ausgabe.", file=sys.stderr)
        return EXIT_INPUT
    serve(cast("BinaryIO", sys.__stdin__.buffer), cast("BinaryIO", sys.__stdout__.buffer))
    return EXIT_OK


def cmd_dienst(args: argparse.Namespace) -> int:
    import ipaddress

    from .errors import LexdslError

    host = args.host
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback and not args.oeffentlich:
        print(f"Fehler: Angabe --host: {host} ist keine Adresse nur dieses Rechners. Der Dienst zeigt Falldaten; "
              "im Netz erreichbar startet er nur mit --oeffentlich (siehe README).", file=sys.stderr)
        return EXIT_INPUT
    if not 0 < args.port < 65536:
        print(f"Fehler: Angabe --port: {args.port} ist kein Port (1 bis 65535).", file=sys.stderr)
        return EXIT_INPUT
    try:
        import fastapi  # noqa: F401
        import uvicorn
    except ImportError:
        print("Fehler: lexdsl dienst braucht FastAPI und uvicorn (pip install 'lexdsl[dienst]').", file=sys.stderr)
        return EXIT_INPUT
    try:
        corpus = _load(args)
    except LexdslError as exc:
        _print_diagnostics(exc)
        return EXIT_CHECK
    from .service import create_app

    if not 1 <= args.arbeiter <= 64:
        print(f"Fehler: Angabe --arbeiter: {args.arbeiter} ist keine Zahl von Prozessen (1 bis 64).", file=sys.stderr)
        return EXIT_INPUT
    import socket

    try:                                        # belegt oder verboten? deutsch melden, bevor uvicorn startet
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, args.port))
    except OSError as exc:
        print(f"Fehler: Angabe --port: Der Dienst kann nicht auf {host}:{args.port} lauschen "
              f"({_os_reason(exc)}).", file=sys.stderr)
        return EXIT_INPUT
    site = args.website or (str(Path("site").resolve()) if (Path("site") / "index.html").is_file() else None)
    print(f"Prüfassistent: http://{'127.0.0.1' if host == 'localhost' else host}:{args.port}/ "
          "(beenden mit Strg+C)", file=sys.stderr)
    # uvicorn meldet sich nur bei schweren Fehlern (englisch); lexdsl meldet Fehler selbst, deutsch.
    options = {"host": host, "port": args.port, "log_level": "critical", "access_log": False, "server_header": False}
    try:
        if args.arbeiter > 1:                  # jeder Prozess lädt die Normen selbst (aus dem Zwischenspeicher)
            os.environ["LEXDSL_DIENST_NORMEN"] = str(Path(norms_path(args)).resolve())
            os.environ["LEXDSL_DIENST_CACHE"] = str(args.cache or "")
            os.environ["LEXDSL_DIENST_WEBSITE"] = str(site or "")
            uvicorn.run("lexdsl.service.app:from_environment", factory=True, workers=args.arbeiter, **options)
        else:
            uvicorn.run(create_app(corpus, site), **options)
    except OSError as exc:
        print(f"Fehler: Der Dienst lässt sich nicht starten ({_os_reason(exc)}).", file=sys.stderr)
        return EXIT_INPUT
    except SystemExit:
        print("Fehler: Der Dienst lässt sich nicht starten.", file=sys.stderr)
        return EXIT_INPUT
    return EXIT_OK


def cmd_merkmale(args: argparse.Namespace) -> int:
    from .errors import LexdslError

    try:
        corpus = _load(args)
    except LexdslError as exc:
        _print_diagnostics(exc)
        return EXIT_CHECK
    entries = [
        {"name": m.name, "typ": m.type.value, "werte": list(m.values), "beschreibung": m.description,
         "fundstellen": list(m.citations), "datei": m.file, "normen": list(m.normen)}
        for m in corpus.merkmale.values()
    ]
    if args.format == "json":
        sys.stdout.write(json.dumps({"merkmale": entries}, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for e in entries:
        values = f" ({', '.join(e['werte'])})" if e["werte"] else ""
        cites = f" [{'; '.join(e['fundstellen'])}]" if e["fundstellen"] else ""
        print(f"{e['name']}: {e['typ']}{values}{cites}")
        if e["beschreibung"]:
            print(f"    {e['beschreibung']}")
        print(f"    verwendet in: {', '.join(e['normen']) or '–'}")
    print(f"\n{len(entries)} Merkmale.")
    return EXIT_OK


def _os_reason(exc: OSError) -> str:
    """Der Grund eines Datei- oder Netzfehlers auf Deutsch (``strerror`` spricht Englisch)."""
    import errno

    reasons = {errno.ENOENT: "Verzeichnis existiert nicht", errno.EACCES: "keine Berechtigung",
               errno.EPERM: "keine Berechtigung", errno.EISDIR: "das ist ein Verzeichnis",
               errno.ENOTDIR: "ein Teil des Pfades ist kein Verzeichnis", errno.ENOSPC: "kein Speicherplatz mehr",
               errno.EROFS: "nur lesbares Dateisystem", errno.EADDRINUSE: "der Port ist schon belegt",
               errno.EADDRNOTAVAIL: "diese Adresse hat der Rechner nicht"}
    code = exc.errno or 0
    return reasons.get(code, f"Systemfehler {errno.errorcode.get(code, code)}")


def cmd_schema(args: argparse.Namespace) -> int:
    from .cases.schema import schema_text
    from .errors import LexdslError
    from .workspace.atomic import write_atomic

    try:
        corpus = _load(args)
    except LexdslError as exc:
        _print_diagnostics(exc)
        return EXIT_CHECK
    text = schema_text(corpus.merkmale, corpus.begriffe)
    if args.ausgabe is None:
        sys.stdout.write(text)
        return EXIT_OK
    target = Path(args.ausgabe)
    try:
        write_atomic(target, text.encode("utf-8"))
    except OSError as exc:
        print(f"Fehler: »{shown_path(target)}« kann nicht geschrieben werden ({_os_reason(exc)}).", file=sys.stderr)
        return EXIT_INPUT
    print(f"Schema der Falldateien nach {target} geschrieben.")
    return EXIT_OK


def cmd_abdeckung(args: argparse.Namespace) -> int:
    try:
        import pytest
        import pytest_bdd  # noqa: F401
    except ImportError:
        print("Fehler: lexdsl abdeckung braucht pytest und pytest-bdd (pip install 'lexdsl[test]').", file=sys.stderr)
        return EXIT_INPUT
    features = Path(args.features)
    if not features.exists():
        print(f"Fehler: Das Verzeichnis »{shown_path(features)}« existiert nicht.", file=sys.stderr)
        return EXIT_INPUT
    output = Path(args.ausgabe).resolve()
    normen = Path(norms_path(args)).resolve()
    # Der Bericht dieses Laufs entsteht daneben und ersetzt den alten erst, wenn es ihn gibt: Ein früherer
    # Bericht wird nie als Ergebnis dieses Laufs gezeigt.
    fresh = output.with_name(f".{output.name}.{os.getpid()}.neu")
    options = [str(features), "-q", "-p", "no:cacheprovider", f"--lexdsl-abdeckung={fresh}",
               "-o", f"lexdsl_normen={normen}"]
    try:
        code = pytest.main(options)
        if not fresh.is_file():
            print("Fehler: Kein Szenario hat eine Norm geprüft; es gibt keinen Bericht "
                  f"(ein früherer in »{shown_path(output)}« bleibt unverändert).", file=sys.stderr)
            return EXIT_INPUT
        data = json.loads(fresh.read_text(encoding="utf-8"))
        os.replace(fresh, output)
    finally:
        fresh.unlink(missing_ok=True)
    from .coverage import summary_text

    print()
    print(summary_text(data, gaps=args.luecken))
    if code == 0:
        return EXIT_OK
    return EXIT_CHECK if code == 1 else EXIT_INPUT


def cmd_kompilieren(args: argparse.Namespace) -> int:
    from .errors import LexdslError
    from .workspace.atomic import write_tree
    from .workspace.cache import default_cache_dir
    from .workspace.compile import compile_sources
    from .workspace.sources import find_sources

    path = norms_path(args)
    try:
        sources = find_sources(path)
        files, warnings = compile_sources(sources, Path(args.cache) if args.cache else default_cache_dir(),
                                          standalone=True)
    except LexdslError as exc:
        _print_diagnostics(exc)
        return EXIT_CHECK
    target = Path(args.ausgabe)
    try:
        # Alles oder nichts: Das Paket entsteht daneben und ersetzt dann ein früher erzeugtes.
        write_tree(target, files)
    except FileExistsError:
        print(f"Fehler: »{shown_path(target)}« enthält Dateien, die nicht von lexdsl stammen; sie werden nicht "
              "überschrieben.\n  Hinweis: Wählen Sie ein leeres oder neues Verzeichnis.", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:
        print(f"Fehler: In »{shown_path(target)}« kann nicht geschrieben werden ({_os_reason(exc)}).", file=sys.stderr)
        return EXIT_INPUT
    for w in warnings:
        print(w.format(), file=sys.stderr)
    print(f"{len(files)} Datei(en) nach {target} geschrieben.")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    from .console import OutputError, prepare_streams, silence_stdout

    original = sys.stdout
    prepare_streams()
    try:
        parser = _parser()
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            parser.print_help(sys.stderr)
            return EXIT_INPUT
        handler: Callable[[argparse.Namespace], int] = args.handler
        code = handler(args)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        silence_stdout()  # der Leser hat genug (etwa »| head«): still beenden
        return EXIT_OK
    except OutputError as exc:
        silence_stdout()
        print(f"Fehler: Die Ausgabe lässt sich nicht schreiben ({exc.reason}).", file=sys.stderr)
        return EXIT_INPUT
    except (RecursionError, MemoryError) as exc:
        print(f"Fehler: Die Eingabe ist zu groß oder zu tief verschachtelt ({type(exc).__name__}).", file=sys.stderr)
        return EXIT_INPUT
    except Exception as exc:
        if os.environ.get("LEXDSL_DEBUG"):
            raise
        print(f"Interner Fehler in lexdsl ({type(exc).__name__}: {str(exc)[:200]}). Das ist ein Programmfehler, "
              "nicht Ihrer; mit LEXDSL_DEBUG=1 zeigt lexdsl die Einzelheiten.", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        # Nach einem Schreibfehler zeigt die Standardausgabe ins Leere (silence_stdout); was noch im Puffer
        # liegt, geht beim Beenden dorthin, ohne Fehler.
        if original is not None:
            sys.stdout = original


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
