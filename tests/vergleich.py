"""§ 25 Abs. 5 AufenthG dreimal über denselben Bestand: lexdsl, OpenFisca und numpy von Hand.

Dieselbe Logik wie ``tests/handgeschrieben.py`` (Stand 2021, alle Merkmale, die die Norm liest), einmal als
OpenFisca-Modell (``TaxBenefitSystem`` mit einer Entität „Person“, je Merkmal eine Eingabevariable, die Logik
als Formelvariablen) und einmal als handgeschriebenes numpy über Spalten. ``measure`` schreibt einen
erfundenen Bestand (Parquet, genau die Spalten der Norm, vollständige Zeilen, fester Startwert) und lässt
jede Umsetzung in einem eigenen Prozess Parquet zu Parquet rechnen: Zeilen/s über den ganzen Prozess, für
OpenFisca und numpy auch nur die Rechnung, und der Spitzenspeicher je Prozess (``os.wait4`` in einem kleinen
Zwischenprozess).

Die Dauern stehen im Bestand als Text („24 Monate“): ``lexdsl massenpruefung`` liest eine Dauer nur mit
Einheit. OpenFisca und numpy lesen dieselbe Datei und wandeln die Spalte selbst um.

Als Modul (``python -m tests.vergleich openfisca|numpy BESTAND ERGEBNIS``) ist dies der Kindprozess der
Messung; er lädt lexdsl nicht. OpenFisca braucht nur der Vergleich (``pip install openfisca-core``).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
NORM = "§ 25 Abs. 5 AufenthG"
STICHTAG = "30.06.2024"          # Fassung „Stand 2021“, dieselbe Logik wie tests/handgeschrieben.py
SEED = 2505

# Je Merkmal, das die Norm liest: Bezeichner im Modell → Name im Vokabular.
BOOLS: dict[str, str] = {
    "taeuschung_identitaet": "Täuschung über Identität oder Staatsangehörigkeit",
    "falsche_tatsachen": "Angabe falscher Tatsachen",
    "urkunden_missbrauch": "Missbrauch, Vernichtung oder Unterschlagung von Urkunden oder Beweismitteln",
    "untertauchen": "Untertauchen zur Verhinderung der Aufenthaltsbeendigung",
    "koerperlicher_widerstand": "körperlicher Widerstand gegen Vollzugsmaßnahmen",
    "zusammenwirken_herkunftsstaat": "Zusammenwirken mit dem Herkunftsstaat gegen die Rückübernahme",
    "rueckkehrberechtigung_verstrichen": "Verstreichenlassen der Rückkehrberechtigung",
    "entlassung_auf_antrag": "Entlassung aus der Staatsangehörigkeit auf Antrag ohne neue Staatsangehörigkeit",
    "sonstiges_aktives_tun": "sonstiges aktives Tun, das die Ausreise verhindert oder verzögert",
    "botschaft_vorgesprochen": "wiederholt erfolglos bei der Botschaft vorgesprochen",
    "mitwirkungspflichten_erfuellt": "dabei Mitwirkungspflichten ordnungsgemäß erfüllt",
    "vorsprache_ergebnislos": "Ergebnislosigkeit einer weiteren Vorsprache steht fest",
    "angaben_verweigert": "bekannte für die Ausreise notwendige Angaben nicht gemacht oder verweigert",
    "dokumente_nicht_vorgelegt": "verfügbare Dokumente oder Beweismittel nicht vorgelegt",
    "keine_mitwirkung": "keine Mitwirkung bei Identitätsfeststellung und Beschaffung von Heimreisepapieren",
    "kein_wiedererwerb": "kein Antrag auf Wiedererwerb nach Entlassung kraft Gesetzes",
    "keine_freiwilligkeitserklaerung": "geforderte Freiwilligkeitserklärung nicht abgegeben",
    "keine_fotos": "Fotos für das Heimreisedokument nicht vorgelegt",
    "sonstiges_unterlassen": "sonstige zumutbare Handlung zur Beseitigung des Ausreisehindernisses unterlassen",
    "mitursaechlich": "Verhalten für das Ausreisehindernis zumindest mitursächlich",
    "versagungsgrund_5_4": "Versagungsgrund nach § 5 Abs. 4 AufenthG",
    "asyl_offensichtlich_unbegruendet": "Asylantrag als offensichtlich unbegründet abgelehnt",
    "im_bundesgebiet": "im Bundesgebiet",
    "einreise_aufenthaltsverbot": "Einreise- und Aufenthaltsverbot",
    "reiseunfaehig": "Reiseunfähigkeit",
    "passlos": "unverschuldete Passlosigkeit",
    "keine_verkehrsverbindung": "unterbrochene oder fehlende Verkehrsverbindungen",
    "sonstiges_tatsaechliches_hindernis": "sonstiges tatsächliches Ausreisehindernis",
    "gesundheitsverschlechterung": "erhebliche Gesundheitsverschlechterung durch die Ausreise als solche",
    "sonstiges_rechtliches_hindernis": "sonstiges inlandsbezogenes rechtliches Ausreisehindernis",
    "freiwillige_ausreise_moeglich":
        "freiwillige Ausreise in den Herkunftsstaat oder einen aufnahmebereiten Staat möglich",
    "hindernis_unbegrenzt": "Ausreisehindernis auf unbegrenzte Zeit",
    "vollziehbar_ausreisepflichtig": "vollziehbar ausreisepflichtig",
    "ausweisungsgrund_generalpraeventiv": "gewichtiger Ausweisungsgrund mit generalpräventivem Zweck",
    "befristung_gegeben": "Voraussetzungen für die Befristung der Ausweisungswirkungen gegeben",
    "sonstiger_atypischer_fall": "sonstiger atypischer Ausnahmefall",
    "erteilungsvoraussetzungen_5_1_2": "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt",
}
DURATIONS: dict[str, str] = {
    "dauer_hindernis": "voraussichtliche Dauer des Ausreisehindernisses",
    "dauer_duldung": "Dauer der Duldung",
}
CHOICE_ID, CHOICE = "abschiebungsverbot", "festgestelltes Abschiebungsverbot"
# Die Werte der Auswahl wie im Vokabular (gemeinsame_begriffe.lexdsl); der Test prüft, dass sie übereinstimmen.
CHOICE_VALUES = ("keines", "§ 60 Abs. 2", "§ 60 Abs. 3", "§ 60 Abs. 5", "§ 60 Abs. 7 S. 1", "§ 60 Abs. 7 S. 2")
ZIELSTAAT = (CHOICE_VALUES.index("§ 60 Abs. 5"), CHOICE_VALUES.index("§ 60 Abs. 7 S. 1"))
MERKMALE: dict[str, str] = {**BOOLS, **DURATIONS, CHOICE_ID: CHOICE}

# Ergebnis-Codes; die Namen sind die Ergebnisse von lexdsl und tests/handgeschrieben.py.
OUTCOMES = ("nicht_erfuellt", "ermessen", "soll", "versagt")
NICHT_ERFUELLT, ERMESSEN, SOLL, VERSAGT = range(4)


# ------------------------------------------------------------------ der Bestand

def cases(rows: int, seed: int = SEED) -> Any:
    """``rows`` vollständige Fälle als Polars-DataFrame, je Merkmal der Norm eine Spalte: ja/nein als
    Wahrheitswert (selten zutreffende Merkmale mit 4 %, die übrigen mit 70 %, wie
    ``handgeschrieben.zufallsfall``), Dauern als „N Monate“ (0 bis 48), die Auswahl als Text."""
    import polars as pl

    from tests.handgeschrieben import SELTEN

    rng = np.random.default_rng(seed)
    columns: dict[str, Any] = {}
    for name in BOOLS.values():
        columns[name] = pl.Series(name, rng.random(rows) < (0.04 if name in SELTEN else 0.7), dtype=pl.Boolean)
    months = pl.Series([f"{m} Monate" for m in range(49)], dtype=pl.String)
    for name in DURATIONS.values():
        columns[name] = months.gather(rng.integers(0, 49, rows)).alias(name)
    choices = pl.Series(list(CHOICE_VALUES), dtype=pl.String)
    columns[CHOICE] = choices.gather(rng.integers(0, len(CHOICE_VALUES), rows)).alias(CHOICE)
    return pl.DataFrame([columns[name] for name in MERKMALE.values()])


def columns_of(frame: Any) -> dict[str, np.ndarray]:
    """Die Spalten des Bestands als numpy-Felder unter den Bezeichnern des Modells: ja/nein als bool, Dauern
    in Monaten als float, die Auswahl als Index in ``CHOICE_VALUES`` (int8)."""
    import polars as pl

    converted = frame.select(
        *[pl.col(name).alias(key) for key, name in BOOLS.items()],
        *[pl.col(name).str.strip_suffix(" Monate").str.replace(",", ".", literal=True).cast(pl.Float64).alias(key)
          for key, name in DURATIONS.items()],
        pl.col(CHOICE).replace_strict(list(CHOICE_VALUES), list(range(len(CHOICE_VALUES))),
                                      return_dtype=pl.Int8).alias(CHOICE_ID),
    )
    return {key: converted[key].to_numpy() for key in converted.columns}


def write_outcome(codes: np.ndarray, target: Path) -> None:
    """Das Ergebnis je Zeile als Text (wie lexdsl es schreibt) in eine Parquet-Datei."""
    import polars as pl

    names = pl.Series(NORM, list(OUTCOMES), dtype=pl.String).gather(codes.astype(np.uint32))
    pl.DataFrame([names]).write_parquet(target)


# ------------------------------------------------------------------ numpy von Hand

def numpy_25_5(c: dict[str, np.ndarray]) -> np.ndarray:
    """§ 25 Abs. 5 (Stand 2021) über Spalten: je Zeile ein Code aus ``OUTCOMES`` (int8)."""
    # Sätze 3 und 4: Verschulden schließt die Erteilung aus.
    aktives_tun = (c["taeuschung_identitaet"] | c["falsche_tatsachen"] | c["urkunden_missbrauch"]
                   | c["untertauchen"] | c["koerperlicher_widerstand"] | c["zusammenwirken_herkunftsstaat"]
                   | c["rueckkehrberechtigung_verstrichen"] | c["entlassung_auf_antrag"]
                   | c["sonstiges_aktives_tun"])
    vorsprache_aussichtslos = c["botschaft_vorgesprochen"] & c["mitwirkungspflichten_erfuellt"] & c[
        "vorsprache_ergebnislos"]
    unterlassen = (c["angaben_verweigert"] | c["dokumente_nicht_vorgelegt"]
                   | (c["keine_mitwirkung"] & ~vorsprache_aussichtslos) | c["kein_wiedererwerb"]
                   | c["keine_freiwilligkeitserklaerung"] | c["keine_fotos"] | c["sonstiges_unterlassen"])
    # § 5 Abs. 4, § 10 Abs. 3 und § 11 Abs. 1.
    versagt = (((aktives_tun | unterlassen) & c["mitursaechlich"]) | c["versagungsgrund_5_4"]
               | (c["asyl_offensichtlich_unbegruendet"] & c["im_bundesgebiet"]) | c["einreise_aufenthaltsverbot"])
    # Satz 1.
    tatsaechlich = (c["reiseunfaehig"] | c["passlos"] | c["keine_verkehrsverbindung"]
                    | c["sonstiges_tatsaechliches_hindernis"])
    rechtlich = (c["gesundheitsverschlechterung"]
                 | (np.isin(c[CHOICE_ID], ZIELSTAAT) & c["einreise_aufenthaltsverbot"])
                 | c["sonstiges_rechtliches_hindernis"])
    unmoeglich = (tatsaechlich | rechtlich) & ~c["freiwillige_ausreise_moeglich"]
    kein_wegfall = (c["dauer_hindernis"] > 6) | c["hindernis_unbegrenzt"]
    erfuellt = c["vollziehbar_ausreisepflichtig"] & c["im_bundesgebiet"] & unmoeglich & kein_wegfall
    # Satz 2 und § 5 Abs. 3 S. 2.
    atypisch = (c["ausweisungsgrund_generalpraeventiv"] & ~c["befristung_gegeben"]) | c["sonstiger_atypischer_fall"]
    soll = (c["dauer_duldung"] >= 18) & ~atypisch & c["erteilungsvoraussetzungen_5_1_2"]
    return np.select([versagt, ~erfuellt, soll], [VERSAGT, NICHT_ERFUELLT, SOLL], default=ERMESSEN).astype(np.int8)


# ------------------------------------------------------------------ OpenFisca

PERIOD = "2024"


def openfisca_system() -> Any:
    """Ein ``TaxBenefitSystem`` mit der Entität Person: je Merkmal eine Eingabevariable (Bezeichner aus
    ``MERKMALE``, der Name des Vokabulars als ``label``), die Logik als Formelvariablen bis
    ``aufenthg_25_5`` (Enum ``Ergebnis``). Erst beim Aufruf gebaut, damit dieses Modul ohne OpenFisca lädt."""
    from openfisca_core import entities, periods
    from openfisca_core.indexed_enums import Enum
    from openfisca_core.taxbenefitsystems import TaxBenefitSystem
    from openfisca_core.variables import Variable

    person = entities.build_entity(key="person", plural="personen", label="Person", is_person=True)

    class Abschiebungsverbot(Enum):
        KEINES = "keines"
        P60_2 = "§ 60 Abs. 2"
        P60_3 = "§ 60 Abs. 3"
        P60_5 = "§ 60 Abs. 5"
        P60_7_1 = "§ 60 Abs. 7 S. 1"
        P60_7_2 = "§ 60 Abs. 7 S. 2"

    class Ergebnis(Enum):
        NICHT_ERFUELLT = "nicht_erfuellt"
        ERMESSEN = "ermessen"
        SOLL = "soll"
        VERSAGT = "versagt"

    assert tuple(item.value for item in Abschiebungsverbot) == CHOICE_VALUES
    assert tuple(item.value for item in Ergebnis) == OUTCOMES

    def variable(key: str, value_type: type, label: str, formula: Any = None, **extra: Any) -> type:
        body = dict(value_type=value_type, entity=person, definition_period=periods.DateUnit.YEAR, label=label,
                    **extra)
        if formula is not None:
            body["formula"] = formula          # OpenFisca liest sie aus dem Klassenwörterbuch
        return type(key, (Variable,), body)

    found: list[type] = [variable(key, bool, name) for key, name in BOOLS.items()]
    found += [variable(key, float, name) for key, name in DURATIONS.items()]
    found.append(variable(CHOICE_ID, Enum, CHOICE, possible_values=Abschiebungsverbot,
                          default_value=Abschiebungsverbot.KEINES))

    def aktives_tun(p, period):
        return (p("taeuschung_identitaet", period) | p("falsche_tatsachen", period)
                | p("urkunden_missbrauch", period) | p("untertauchen", period)
                | p("koerperlicher_widerstand", period) | p("zusammenwirken_herkunftsstaat", period)
                | p("rueckkehrberechtigung_verstrichen", period) | p("entlassung_auf_antrag", period)
                | p("sonstiges_aktives_tun", period))

    def vorsprache_aussichtslos(p, period):
        return (p("botschaft_vorgesprochen", period) & p("mitwirkungspflichten_erfuellt", period)
                & p("vorsprache_ergebnislos", period))

    def unterlassen(p, period):
        return (p("angaben_verweigert", period) | p("dokumente_nicht_vorgelegt", period)
                | (p("keine_mitwirkung", period) & ~p("verschulden_vorsprache_aussichtslos", period))
                | p("kein_wiedererwerb", period) | p("keine_freiwilligkeitserklaerung", period)
                | p("keine_fotos", period) | p("sonstiges_unterlassen", period))

    def versagt(p, period):
        verschulden = p("verschulden_aktives_tun", period) | p("verschulden_unterlassen", period)
        return ((verschulden & p("mitursaechlich", period)) | p("versagungsgrund_5_4", period)
                | (p("asyl_offensichtlich_unbegruendet", period) & p("im_bundesgebiet", period))
                | p("einreise_aufenthaltsverbot", period))

    def tatsaechlich(p, period):
        return (p("reiseunfaehig", period) | p("passlos", period) | p("keine_verkehrsverbindung", period)
                | p("sonstiges_tatsaechliches_hindernis", period))

    def rechtlich(p, period):
        verbot = p(CHOICE_ID, period)
        zielstaat = (verbot == Abschiebungsverbot.P60_5) | (verbot == Abschiebungsverbot.P60_7_1)
        return (p("gesundheitsverschlechterung", period) | (zielstaat & p("einreise_aufenthaltsverbot", period))
                | p("sonstiges_rechtliches_hindernis", period))

    def unmoeglich(p, period):
        return ((p("ausreise_tatsaechlich_unmoeglich", period) | p("ausreise_rechtlich_unmoeglich", period))
                & ~p("freiwillige_ausreise_moeglich", period))

    def kein_wegfall(p, period):
        return (p("dauer_hindernis", period) > 6) | p("hindernis_unbegrenzt", period)

    def erfuellt(p, period):
        return (p("vollziehbar_ausreisepflichtig", period) & p("im_bundesgebiet", period)
                & p("ausreise_unmoeglich", period) & p("kein_wegfall_absehbar", period))

    def atypisch(p, period):
        return ((p("ausweisungsgrund_generalpraeventiv", period) & ~p("befristung_gegeben", period))
                | p("sonstiger_atypischer_fall", period))

    def soll(p, period):
        return ((p("dauer_duldung", period) >= 18) & ~p("atypischer_ausnahmefall", period)
                & p("erteilungsvoraussetzungen_5_1_2", period))

    def ergebnis(p, period):
        return np.select(
            [p("versagung_25_5", period), ~p("tatbestand_25_5_satz_1", period), p("soll_25_5_satz_2", period)],
            [Ergebnis.VERSAGT.index, Ergebnis.NICHT_ERFUELLT.index, Ergebnis.SOLL.index],
            default=Ergebnis.ERMESSEN.index)

    found += [
        variable("verschulden_aktives_tun", bool, "Verschulden durch aktives Tun", aktives_tun),
        variable("verschulden_vorsprache_aussichtslos", bool, "weitere Vorsprache aussichtslos",
                 vorsprache_aussichtslos),
        variable("verschulden_unterlassen", bool, "Verschulden durch Unterlassen zumutbarer Handlungen",
                 unterlassen),
        variable("versagung_25_5", bool, "Versagung (§ 25 Abs. 5 S. 3, § 5 Abs. 4, § 10 Abs. 3, § 11 Abs. 1)",
                 versagt),
        variable("ausreise_tatsaechlich_unmoeglich", bool, "Ausreise aus tatsächlichen Gründen unmöglich",
                 tatsaechlich),
        variable("ausreise_rechtlich_unmoeglich", bool, "Ausreise aus rechtlichen Gründen unmöglich", rechtlich),
        variable("ausreise_unmoeglich", bool, "Ausreise aus rechtlichen oder tatsächlichen Gründen unmöglich",
                 unmoeglich),
        variable("kein_wegfall_absehbar", bool,
                 "mit dem Wegfall der Ausreisehindernisse in absehbarer Zeit nicht zu rechnen", kein_wegfall),
        variable("tatbestand_25_5_satz_1", bool, "Tatbestand des § 25 Abs. 5 S. 1", erfuellt),
        variable("atypischer_ausnahmefall", bool, "atypischer Ausnahmefall nach § 25 Abs. 5 S. 2", atypisch),
        variable("soll_25_5_satz_2", bool, "Soll-Erteilung nach § 25 Abs. 5 S. 2", soll),
        variable("aufenthg_25_5", Enum, "Ergebnis § 25 Abs. 5 AufenthG", ergebnis, possible_values=Ergebnis,
                 default_value=Ergebnis.NICHT_ERFUELLT),
    ]
    system = TaxBenefitSystem([person])
    for cls in found:
        system.add_variable(cls)
    return system


def openfisca_25_5(system: Any, c: dict[str, np.ndarray]) -> np.ndarray:
    """Eine Simulation über alle Zeilen: Eingaben setzen, ``aufenthg_25_5`` für eine Periode berechnen; je
    Zeile ein Code aus ``OUTCOMES`` (int8)."""
    from openfisca_core.simulations import SimulationBuilder

    count = len(c[CHOICE_ID])
    simulation = SimulationBuilder().build_default_simulation(system, count)
    for key in MERKMALE:
        simulation.set_input(key, PERIOD, c[key])
    result = simulation.calculate("aufenthg_25_5", PERIOD)
    return np.asarray(result.view(np.ndarray), dtype=np.int8)


# ------------------------------------------------------------------ die Messung

def lexdsl_child(source: Path, target: Path, cache: Path) -> dict:
    """lexdsl im Kindprozess, in denselben Abschnitten wie OpenFisca und numpy: die Spalten prüfen und umwandeln
    (``run.convert``, wie ``lexdsl massenpruefung``) und die Logik allein (``run.decide``: das spaltenweise
    Programm, Ergebnis, Fassung und fehlende Merkmale)."""
    import polars as pl

    from lexdsl.bulk import run
    from lexdsl.workspace.corpus import load

    catalog = load(ROOT / "norms", cache_dir=cache)
    norm = catalog.normen[NORM]
    day, month, year = STICHTAG.split(".")
    stichtag = f"{year}-{month}-{day}"
    frame = pl.read_parquet(source)
    start = time.perf_counter()
    converted, _errors = run.convert(frame, catalog, stichtag, needed=set(MERKMALE.values()))
    done_converting = time.perf_counter()
    del frame
    prepared = run.prepare(norm, stichtag)
    seconds, (result, _open, _patterns) = best_of(lambda: run.decide(converted, catalog, prepared, stichtag))
    result.select(pl.col("ergebnis").alias(NORM)).write_parquet(target)
    return {"convert": done_converting - start, "compute": seconds, "rows": result.height}


REPEAT = 3


def best_of(work: Any) -> tuple[float, Any]:
    """Die Logik ``REPEAT``-mal im selben Prozess, die schnellste zählt: Der erste Aufruf trägt Anlaufkosten
    (Threads, Übersetzen der Ausdrücke), die sich über einen großen Bestand verteilen. Für alle drei gleich."""
    best, value = float("inf"), None
    for _ in range(REPEAT):
        start = time.perf_counter()
        value = work()
        best = min(best, time.perf_counter() - start)
    return best, value


def child(engine: str, source: Path, target: Path) -> dict:
    """Im Kindprozess: lesen, umwandeln, rechnen, schreiben. Zurück die Sekunden fürs Umwandeln der Spalten
    in numpy-Felder (``convert``, samt Zerlegen der Dauern) und für die Logik allein (``compute``)."""
    import polars as pl

    system = openfisca_system() if engine == "openfisca" else None
    frame = pl.read_parquet(source)
    start = time.perf_counter()
    c = columns_of(frame)
    converted = time.perf_counter()
    del frame
    # OpenFisca: je Wiederholung eine neue Simulation (eine alte hätte ihre Ergebnisse schon zwischengespeichert).
    seconds, codes = best_of(lambda: openfisca_25_5(system, c) if engine == "openfisca" else numpy_25_5(c))
    write_outcome(codes, target)
    return {"convert": converted - start, "compute": seconds, "rows": len(codes)}


# Der Spitzenspeicher eines Kindes zählt unter Linux auch den Speicher des Elternprozesses zur Zeit der
# Abspaltung mit (ru_maxrss wird über exec hinweg übernommen). Deshalb startet ein kleiner Zwischenprozess das
# Gemessene: Dessen Speicher (etwa 11 MB, ein nackter Python-Interpreter) ist die Untergrenze der Messung, nicht
# der des Benchmarks mit seinem Bestand im Speicher.
LAUNCHER = """
import json, os, subprocess, sys, time
start = time.perf_counter()
process = subprocess.Popen(sys.argv[1:])
_pid, status, usage = os.wait4(process.pid, 0)
seconds = time.perf_counter() - start
sys.stdout.flush()
print(json.dumps({"seconds": seconds, "peak_kb": usage.ru_maxrss}))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_measured(command: list[str]) -> tuple[float, float, str]:
    """Ein Prozess: (Sekunden, Spitzenspeicher in MB, Standardausgabe ohne die Zeile des Zwischenprozesses)."""
    done = subprocess.run([sys.executable, "-c", LAUNCHER, *command], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise AssertionError(f"{command[:3]}: {done.stderr[-3000:]}")
    *lines, last = done.stdout.strip().splitlines()
    measured = json.loads(last)
    return measured["seconds"], measured["peak_kb"] / 1024, "\n".join(lines)


def lexdsl_command(cache: Path, source: Path, target: Path) -> list[str]:
    return [str(Path(sys.executable).with_name("lexdsl")), "--cache", str(cache), "massenpruefung", str(source),
            "-o", str(target), "--norm", NORM, "--stichtag", STICHTAG]


def hand_merkmale() -> set[str]:
    """Die Merkmale, die ``aufenthg_25_5`` in tests/handgeschrieben.py liest (aus dem Quelltext)."""
    text = (ROOT / "tests" / "handgeschrieben.py").read_text(encoding="utf-8")
    body = text.split("def aufenthg_25_5", 1)[1].split("\n# ", 1)[0]
    return set(re.findall(r'f\[\s*"([^"]+)"\s*\]', body))


def norm_merkmale(cache: Path) -> set[str]:
    """Die Merkmale, die die übersetzte Norm in der Fassung am ``STICHTAG`` liest (Blätter der Struktur)."""
    from lexdsl.workspace.corpus import load

    catalog = load(ROOT / "norms", cache_dir=cache)
    day, month, year = STICHTAG.split(".")
    return set(catalog.normen[NORM].select(f"{year}-{month}-{day}").variant.structure.leaves)


def measure(cache: Path, rows: int, rounds: int = 3) -> dict:
    """Alle drei Umsetzungen über denselben Bestand von ``rows`` Zeilen, je in einem eigenen Prozess, jede
    ``rounds``-mal im Wechsel.

    Ergebnis je Umsetzung (``lexdsl``, ``openfisca``, ``numpy``): ``seconds`` (ganzer Prozess: Start, Lesen,
    Rechnen, Schreiben; die beste Runde), ``peak_mb`` (die höchste Runde), ``convert`` (Spalten umwandeln:
    in numpy-Felder, bei lexdsl geprüft wie eine Falldatei) und ``compute`` (nur die Logik); dazu ``rows``, ``distribution`` und
    ``mismatches`` (Zeilen, in denen OpenFisca oder lexdsl vom numpy-Ergebnis abweicht, letzte Runde)."""
    import polars as pl

    found, hand = norm_merkmale(cache), hand_merkmale()
    if not found == hand == set(MERKMALE.values()):
        raise AssertionError(f"Die Merkmale weichen ab: nur in der Norm {sorted(found - hand)}, nur von Hand "
                             f"{sorted(hand - found)}, im Vergleich {sorted(set(MERKMALE.values()) ^ found)}")
    out: dict = {"rows": rows}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "bestand.parquet"
        cases(rows).write_parquet(source)
        warm = folder / "warm.parquet"          # Zwischenspeicher füllen, nicht gemessen
        cases(1000, seed=1).write_parquet(warm)
        run_measured(lexdsl_command(cache, warm, folder / "warm-ergebnis.parquet"))
        results = {}
        for _round in range(rounds):        # abwechselnd, damit Störungen alle treffen; das Beste zählt
            for engine in ("lexdsl", "openfisca", "numpy"):
                target = folder / f"{engine}.parquet"
                if engine == "lexdsl":
                    command = lexdsl_command(cache, source, target)
                else:
                    command = [sys.executable, "-m", "tests.vergleich", engine, str(source), str(target)]
                seconds, peak, stdout = run_measured(command)
                this = {"seconds": seconds, "peak_mb": peak}
                if engine == "lexdsl":            # dieselben Abschnitte wie bei den anderen, eigener Prozess
                    _s, _p, stdout = run_measured([sys.executable, "-m", "tests.vergleich", "lexdsl", str(source),
                                           str(folder / "lexdsl-abschnitte.parquet"), str(cache)])
                reported = json.loads(stdout.strip().splitlines()[-1])
                this.update(convert=reported["convert"], compute=reported["compute"])
                best = out.setdefault(engine, this)
                for key, value in this.items():
                    best[key] = max(best[key], value) if key == "peak_mb" else min(best[key], value)
                results[engine] = pl.read_parquet(target, columns=[NORM])[NORM]
    reference = results["numpy"]
    out["mismatches"] = int(sum((results[e] != reference).sum() for e in ("lexdsl", "openfisca")))
    out["distribution"] = dict(sorted(reference.value_counts().iter_rows()))
    return out


def main(argv: list[str]) -> int:
    engine, source, target, *cache = argv
    if engine == "lexdsl" and len(cache) == 1:
        print(json.dumps(lexdsl_child(Path(source), Path(target), Path(cache[0]))))
        return 0
    if engine not in ("openfisca", "numpy") or cache:
        raise SystemExit(f"Unbekannte Umsetzung »{engine}«: openfisca, numpy oder lexdsl ZWISCHENSPEICHER.")
    print(json.dumps(child(engine, Path(source), Path(target))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
