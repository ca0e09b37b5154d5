"""Die geprüften Beispiele der Seite „Normen schreiben“ (docs/normen-schreiben.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lexdsl.language import checks, parser
from lexdsl.site.examples import ExampleError, check_examples

PAGE = Path(__file__).resolve().parents[1] / "docs" / "normen-schreiben.md"
PAGE_NAME = "normen-schreiben.md"

GOOD = ('Merkmal Reiseunfähigkeit: ja/nein\n\nNorm "N": T\n'
        "  Die Aufenthaltserlaubnis kann erteilt werden, wenn Reiseunfähigkeit   [x]\n")


# ------------------------------------------------------------------ Hilfen


def _blocks(markdown: str):
    """Alle Codeblöcke am Zeilenanfang: (Zeile des Anfangs, Sprache, Angaben, Inhalt), in Reihenfolge."""
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        match = re.match(r"^(`{3,})(.*)$", lines[i])
        if not match:
            i += 1
            continue
        fence, info = match.groups()
        closing = re.escape(fence[0]) + f"{{{len(fence)},}}\\s*"
        end = next(j for j in range(i + 1, len(lines)) if re.fullmatch(closing, lines[j]))
        words = info.split()
        yield i + 1, (words[0] if words else ""), words[1:], "\n".join(lines[i + 1:end]) + "\n"
        i = end + 1


def _attributes(words):
    return dict(word.split("=", 1) for word in words)


def _codes_of_table() -> set[str]:
    """Die Kennungen aus der Tabelle im Modulkommentar von lexdsl.language.checks, unabhängig vom Prüfmodul gelesen."""
    doc = checks.__doc__
    table = doc[doc.index("=====") :]
    rows = [line for line in table.splitlines() if line.strip() and not line.startswith("=")]
    assert rows[0].split()[0] == "Kennung"
    return {row.split()[0] for row in rows[1:]}


@pytest.fixture(scope="module")
def page() -> str:
    return PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def rendered(page) -> str:
    return check_examples(page, PAGE_NAME)


# ------------------------------------------------------------------ die echte Seite


def test_die_seite_besteht_und_zeigt_unter_jedem_fehlerbeispiel_die_echte_meldung(page, rendered):
    expected = []
    for _line, lang, words, body in _blocks(page):
        expected.append((lang, body))
        if lang == "lexdsl" and "fehler" in _attributes(words):
            expected.append(("text", None))  # von check_examples eingefügt
    output = list(_blocks(rendered))
    assert [lang for lang, _body in expected] == [block[1] for block in output]
    assert sum(1 for lang, _body in expected if lang == "lexdsl") > 50
    inserted = 0
    for (_lang, body), (_line, _out_lang, out_words, out_body) in zip(expected, output):
        assert out_words == []
        if body is not None:
            assert out_body == body
            continue
        inserted += 1
        assert "beispiel.lexdsl:" in out_body
        assert re.search(r"^\s+\| *\^+$", out_body, re.MULTILINE), out_body
    assert inserted > 30


def test_die_eingefuegte_meldung_ist_die_von_lexdsl(page, rendered):
    body = next(b[3] for b in _blocks(page) if b[1] == "lexdsl" and "fehler=syntax" in b[2])
    with pytest.raises(Exception) as info:
        parser.parse(body, "beispiel.lexdsl")
    expected = "\n".join(d.format(body) for d in info.value.diagnostics)
    assert "```text\n" + expected + "\n```" in rendered


def test_jede_kennung_wird_an_einem_fehlerbeispiel_gezeigt(page):
    table = _codes_of_table()
    assert {"unbekannter-name", "typfehler", "fassungen-luecke"} <= table and len(table) >= 16
    demonstrated = set()
    for _line, lang, words, _body in _blocks(page):
        if lang == "lexdsl":
            demonstrated.update(_attributes(words).get("fehler", "").split(","))
    # Grenzen lassen sich nicht an einem kurzen Beispiel zeigen; die Seite erklärt sie in eigenem Abschnitt.
    limits = {"verschachtelung", "umfang"}
    for code in limits:
        assert f"[`{code}`](#grenzen-verschachtelung-und-umfang)" in page
    missing = (table | {"syntax", "einrückung"}) - demonstrated - limits
    assert not missing, f"Ohne Fehlerbeispiel auf der Seite: {sorted(missing)}"


def test_jede_besondere_syntaxmeldung_erscheint(rendered):
    missing = [label for label, (message, _hint) in parser._MESSAGES.items() if message not in rendered]
    assert not missing, f"Nicht gezeigte Syntaxmeldungen: {missing}"
    for message in ("fehlen die eingerückten Aufzählungspunkte",
                    "Aufzählungspunkte sind nur nach einer Verknüpfung", "müssen vor »es sei denn«", "Unerwartet:",
                    "Die Einrückung passt zu keiner vorherigen Ebene"):
        assert message in rendered


def test_die_ausgabe_hat_keine_zaeune_mit_angaben(rendered):
    headers = [line for line in rendered.splitlines() if re.match(r"^ {0,3}(`{3,}|~{3,})\s*\S", line)]
    assert headers
    bad = [h for h in headers if len(h.split()) > 1 or re.match(r"^\s*(`{3,}|~{3,})\s+\S", h)]
    assert not bad
    assert not re.search(r"fehler=|warnung=", rendered)


def test_die_prosa_bleibt_zeile_fuer_zeile_erhalten(page, rendered):
    kept = [line for line in rendered.splitlines() if not line.startswith("```lexdsl")]
    original = [line for line in page.splitlines() if not line.startswith("```lexdsl")]
    # Jede Zeile des Originals steht in derselben Reihenfolge in der Ausgabe.
    iterator = iter(kept)
    assert all(any(line == other for other in iterator) for line in original)


REQUIRED_IN_GOOD_EXAMPLES = [
    "#",
    ": ja/nein",
    ": Anzahl",
    ": Dauer",
    ": Datum",
    ": Auswahl ",
    "liegt vor, wenn",
    "liegt insbesondere vor, wenn",
    "liegt regelmäßig nicht vor, wenn allein",
    "alle folgenden:",
    "mindestens eines der folgenden:",
    "keines der folgenden:",
    "wenn nicht ",
    ": mindestens ",
    ": mehr als ",
    ": höchstens ",
    ": weniger als ",
    ": genau ",
    ": mehr als einmal",
    ": vor dem ",
    ": nach dem ",
    ": spätestens am ",
    ": frühestens am ",
    ": einer von ",
    ": keiner von ",
    "Gefahr für Leib und Leben",
    "Der Tatbestand ist erfüllt, wenn",
    "ist zu erteilen",
    "soll erteilt werden",
    "atypischer Fall, wenn",
    "kann erteilt werden",
    "darf nicht erteilt werden",
    "ist in der Regel zu erteilen",
    "darf in der Regel nicht erteilt werden",
    "soll verlängert werden",
    "es sei denn",
    "Vorschrift \"",
    "abweichend von \"",
    "nach Ermessen abweichend von \"",
    "Nebenfolgen:",
    "Nebenfolgen bei Versagung:",
    "Ermessenskriterien:",
    "Wortlaut [",
    "    > ",
    "Fassung \"",
    "gilt ab ",
    "belegt ab ",
    " bis ",
    "Stand ",
    "zuvor unbelegt",
]


def test_jede_konstruktion_steht_in_einem_guten_beispiel(page):
    good = [body for _line, lang, words, body in _blocks(page)
            if lang == "lexdsl" and "fehler" not in _attributes(words)]
    missing = [phrase for phrase in REQUIRED_IN_GOOD_EXAMPLES if not any(phrase in body for body in good)]
    assert not missing, f"In keinem guten Beispiel: {missing}"
    patterns = {
        "Auswahl mit einzelnem Wert": r', wenn [^\n]*: "[^"]+"\s',
        "Abweichung mit Bedingung": r'abweichend von "[^"]+", wenn ',
        "Nebenfolge mit Bedingung": r'^\s+[^\n:]+: "[^"]*", wenn ',
        "Ermessenskriterium mit Bedingung": r'^\s+- "[^"]*", wenn ',
    }
    for label, pattern in patterns.items():
        assert any(re.search(pattern, body, re.MULTILINE) for body in good), label


def test_seite_verweist_auf_szenarien(page):
    assert "[Szenarien schreiben](szenarien-schreiben.md)" in page


# ------------------------------------------------------------------ das Prüfmodul


def test_seite_ohne_beispiele_bleibt_unveraendert():
    text = "# Titel\n\nText mit `Code`.\n\n```sh\nlexdsl check norms\n```\n\nEnde ohne Zeilenumbruch"
    assert check_examples(text, "seite.md") == text


def test_gutes_beispiel_das_nicht_mehr_geht_nennt_seite_und_zeile(page):
    lines = page.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines)
                 if line.rstrip("\n") == "```lexdsl" and lines[i + 1].startswith("Merkmal ")
                 and ": ja/nein" in lines[i + 1])
    first = start + 1
    broken = lines[:]
    broken[first] = lines[first].replace(": ja/nein", " ja/nein", 1)
    with pytest.raises(ExampleError) as info:
        check_examples("".join(broken), PAGE_NAME)
    message = str(info.value)
    assert info.value.page == PAGE_NAME and info.value.line == start + 1
    assert PAGE_NAME in message and f"Zeile {start + 1}" in message
    assert "fehlt der Doppelpunkt" in message and "beispiel.lexdsl:1:" in message


def test_gutes_beispiel_mit_warnung_wird_abgelehnt():
    text = "Text\n\n```lexdsl\nMerkmal Unbenutzt: ja/nein\n" + GOOD + "```\n"
    with pytest.raises(ExampleError) as info:
        check_examples(text, "seite.md")
    assert info.value.line == 3 and "»unbenutztes-merkmal«" in str(info.value)


def test_angekuendigte_warnung_ist_erlaubt_und_muss_auftreten():
    text = "```lexdsl warnung=unbenutztes-merkmal\nMerkmal Unbenutzt: ja/nein\n" + GOOD + "```\n"
    assert check_examples(text, "seite.md") == "```lexdsl\nMerkmal Unbenutzt: ja/nein\n" + GOOD + "```\n"
    with pytest.raises(ExampleError, match="unbenutztes-merkmal"):
        check_examples("```lexdsl warnung=unbenutztes-merkmal\n" + GOOD + "```\n", "seite.md")
    with pytest.raises(ExampleError, match="keine Warnung"):
        check_examples("```lexdsl warnung=syntax\nMerkmal X ja/nein\n```\n", "seite.md")


def test_fehlerbeispiel_ohne_seine_meldung_wird_abgelehnt():
    with pytest.raises(ExampleError) as info:
        check_examples("Vorher\n```lexdsl fehler=zyklus\n" + GOOD + "```\n", "seite.md")
    assert info.value.line == 2 and "zyklus" in str(info.value) and "nichts" in str(info.value)
    with pytest.raises(ExampleError, match="typfehler"):
        check_examples("```lexdsl fehler=typfehler\nMerkmal X ja/nein\n```\n", "seite.md")


def test_fehlerbeispiel_mit_weiteren_meldungen_wird_abgelehnt():
    text = ("```lexdsl fehler=unbekannter-name\nMerkmal Reiseunfähigkeit: ja/nein\n\nNorm \"N\": T\n"
            "  Die Aufenthaltserlaubnis kann erteilt werden, wenn Reiseunfahigkeit   [x]\n```\n")
    with pytest.raises(ExampleError, match="auch »unbenutztes-merkmal«"):
        check_examples(text, "seite.md")
    announced = text.replace("fehler=unbekannter-name", "fehler=unbekannter-name warnung=unbenutztes-merkmal")
    result = check_examples(announced, "seite.md")
    assert "Meinten Sie »Reiseunfähigkeit«?" in result


def test_fehlerbeispiel_bekommt_meldungsblock_mit_abstand():
    text = "```lexdsl fehler=syntax\nMerkmal X ja/nein\n```\nDanach Text.\n"
    result = check_examples(text, "seite.md")
    assert re.match(r"```lexdsl\nMerkmal X ja/nein\n```\n\n```text\nbeispiel\.lexdsl:1:\d+: Fehler: ", result)
    assert result.endswith("```\n\nDanach Text.\n")
    # Auch am Seitenende ohne Zeilenumbruch.
    at_end = check_examples(text[: text.index("Danach")].rstrip("\n"), "seite.md")
    assert at_end.startswith("```lexdsl\nMerkmal X ja/nein\n```\n\n```text\n")
    assert at_end.endswith("^\n  Hinweis: Beispiel: »Merkmal Reiseunfähigkeit: ja/nein«.\n```\n")


@pytest.mark.parametrize("header", ["```lexdsl titel=x", "```lexdsl fehlr=syntax", "```lexdsl fehler",
                                    "```lexdsl fehler=gibtsnicht", "```lexdsl fehler=syntax fehler=syntax"])
def test_unbekannte_oder_falsche_angaben_werden_abgelehnt(header):
    with pytest.raises(ExampleError) as info:
        check_examples(f"{header}\nMerkmal X ja/nein\n```\n", "seite.md")
    assert info.value.line == 1 and "seite.md, Zeile 1" in str(info.value)


def test_vier_backticks_und_verschachtelte_zaeune():
    shown = "````text\n```lexdsl fehler=gibtsnicht\nkein Beispiel\n```\n````\n"
    assert check_examples(shown, "seite.md") == shown
    four = "````lexdsl\n" + GOOD + "```\n````\n"
    with pytest.raises(ExampleError, match="syntax|Unerwartet|Zeichen"):
        check_examples(four, "seite.md")  # die innere Zeile ``` gehört zum Beispiel
    assert check_examples("````lexdsl\n" + GOOD + "````\n", "seite.md") == "````lexdsl\n" + GOOD + "````\n"


def test_ungeschlossene_leere_und_eingerueckte_beispiele_werden_abgelehnt():
    with pytest.raises(ExampleError, match="nicht geschlossen"):
        check_examples("```lexdsl\n" + GOOD, "seite.md")
    with pytest.raises(ExampleError, match="leer"):
        check_examples("```lexdsl\n\n```\n", "seite.md")
    with pytest.raises(ExampleError, match="Zeilenanfang"):
        check_examples("- Punkt\n\n    ```lexdsl\n    Merkmal X ja/nein\n    ```\n", "seite.md")
