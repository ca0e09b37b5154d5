"""Die Website: vollständig, offline, maskiert, deterministisch, mit gültigen Verweisen."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from .conftest import ROOT, dedent
from .site_support import EXTERNAL, HOOKS, broken_links, build_site, html_files, parse_html

pytest.importorskip("mkdocs")

NORM_PAGES = ["22-s-1-aufenthg", "23-abs-1-s-1-aufenthg", "23a-abs-1-s-1-aufenthg", "25-abs-1-aufenthg",
              "25-abs-2-aufenthg", "25-abs-3-aufenthg", "25-abs-4-s-1-aufenthg", "25-abs-4-s-2-aufenthg",
              "25-abs-4a-s-1-aufenthg", "25-abs-4a-s-3-aufenthg", "25-abs-5-aufenthg",
              "23a-abs-1-s-1-aufenthg-umsetzung-der-anordnung", "25a-abs-1-aufenthg", "25b-abs-1-aufenthg"]


def test_every_page_is_there(built_site):
    for name in ["index", "glossar", "gesamtpruefung", "normen-schreiben", "szenarien-schreiben", "api"]:
        assert (built_site / f"{name}.html").is_file(), name
    assert sorted(p.stem for p in (built_site / "normen").glob("*.html")) == sorted(NORM_PAGES)
    assert len(list((built_site / "vorschriften").glob("*.html"))) == 4


@pytest.mark.parametrize("page", NORM_PAGES)
def test_norm_page_shows_text_rule_diagram_scenarios_coverage(built_site, page):
    html = (built_site / "normen" / f"{page}.html").read_text(encoding="utf-8")
    doc = parse_html(built_site / "normen" / f"{page}.html")
    for section in ("wortlaut-und-regel", "entscheidungsdiagramm", "nebenfolgen", "szenarien",
                    "bedingungsabdeckung", "merkmale-und-begriffe"):
        assert section in doc.ids, section
    assert 'class="lx-wortlaut lx-quelle-' in html              # zitierter Text, nach Quelle beschriftet …
    assert '<div class="lx-regel"><div class="highlight">' in html   # … neben der hervorgehobenen Regel
    assert '<span class="k">' in html or '<span class="kr">' in html  # Schlüsselwörter erkannt, nicht nur Text
    svgs = [e for e in doc.elements if e.tag == "svg"]
    assert any(e.attrs.get("role") == "img" for e in svgs)
    assert html.count('class="lx-szenario ') >= 1
    assert "Bedingungen wurden von den Szenarien" in html or "Es liegt kein Abdeckungsbericht vor" in html


def test_25_5_page_pairs_vwv_text_with_its_rule(built_site):
    html = (built_site / "normen" / "25-abs-5-aufenthg.html").read_text(encoding="utf-8")
    soll_text = html.index("I.d.R. soll bei Vorliegen der Voraussetzungen")
    soll_rule = html.index("soll erteilt werden", soll_text)
    next_text = html.index('class="lx-wortlaut ', soll_text)
    assert soll_rule < next_text   # die Soll-Regel steht in derselben Zeile wie ihr Wortlaut


def test_overview_matrix_lists_every_title(built_site):
    doc = parse_html(built_site / "index.html")
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert "uebersicht-der-titel" in doc.ids
    for page in NORM_PAGES:
        assert f'href="normen/{page}.html"' in html
    for column in ("Voraussetzungen in Kürze", "Zuständigkeit", "Geltungsdauer", "Familiennachzug"):
        assert f"<th>{column}</th>" in html
    # Die Gesamtprüfung des Beispielfalls wird beim Bau berechnet: § 25 Abs. 5 soll (VwV 25.5.2).
    assert "Die Aufenthaltserlaubnis soll erteilt werden." in html


def test_glossary_has_every_merkmal_and_begriff_with_uses(built_site):
    from lexdsl.compiler import ir
    from lexdsl.workspace.compile import Frontend
    from lexdsl.workspace.sources import find_sources

    modules, _ = Frontend(None).check(find_sources(ROOT / "norms"))
    corpus = ir.lower(modules)
    doc = parse_html(built_site / "glossar.html")
    html = (built_site / "glossar.html").read_text(encoding="utf-8")
    from lexdsl.site.anchors import Anchors

    anchors = Anchors([m.name for m in corpus.merkmale], [b.name for b in corpus.begriffe])
    merkmal_anchor, begriff_anchor = anchors.merkmal, anchors.begriff
    for m in corpus.merkmale:
        assert merkmal_anchor(m.name) in doc.ids, m.name
    for b in corpus.begriffe:
        assert begriff_anchor(b.name) in doc.ids, b.name
    entry = html[html.index(f'id="{begriff_anchor("Verschulden an der Ausreise")}"'):]
    entry = entry[:entry.index('class="lx-eintrag"')]
    assert 'href="normen/25-abs-5-aufenthg.html"' in entry
    assert "liegt vor, wenn" in entry
    # Der Typ steht so, wie die Normensprache ihn schreibt; eine Auswahl mit ihren Werten.
    assert "MerkmalType" not in html
    merkmal = html[html.index(f'id="{merkmal_anchor("Dauer der Duldung")}"'):]
    assert "Typ: <code>Dauer</code>" in merkmal[:merkmal.index('class="lx-eintrag"')]
    merkmal = html[html.index(f'id="{merkmal_anchor("festgestelltes Abschiebungsverbot")}"'):]
    assert "Typ: <code>Auswahl: „keines“, „§ 60 Abs. 2“" in merkmal[:merkmal.index('class="lx-eintrag"')]


def test_step_library_is_generated_from_the_step_definitions(built_site):
    from markupsafe import escape as e

    from lexdsl.site.pages import readable_pattern
    from lexdsl.steps import STEPS

    html = (built_site / "szenarien-schreiben.html").read_text(encoding="utf-8")
    for _kind, pattern, _examples, _doc, _function in STEPS:
        assert e(readable_pattern(pattern)) in html, pattern


def test_readable_patterns_contain_no_regex():
    from lexdsl.site.pages import readable_pattern
    from lexdsl.steps import STEPS

    for _kind, pattern, _examples, _doc, _function in STEPS:
        text = readable_pattern(pattern)
        assert not any(token in text for token in ("(?", "\\", "[^", ")?", "+)", "*)")), text


def test_api_page_shows_the_real_json_of_lexdsl_pruefen(built_site):
    html = (built_site / "api.html").read_text(encoding="utf-8")
    assert "Ergebnis: <code>offen</code>; fehlende Merkmale: Täuschung über Identität oder Staatsangehörigkeit." \
        in html
    assert "fehlende_merkmale" in html


# ------------------------------------------------------------ offline

def test_built_site_loads_nothing_from_other_hosts(built_site):
    """Skripte, Stile, Schriften, Bilder: alles vom eigenen Server. Verweise (<a>) dürfen hinausführen."""
    checks = {"script": "src", "link": "href", "img": "src", "iframe": "src", "source": "src", "video": "src",
              "audio": "src", "embed": "src", "object": "data", "image": "href", "use": "href"}
    found = []
    for path in html_files(built_site):
        doc = parse_html(path)
        for element in doc.elements:
            attr = checks.get(element.tag)
            if attr and EXTERNAL.match(element.attrs.get(attr, "") or element.attrs.get("xlink:href", "")):
                found.append(f"{path.name}: <{element.tag} {attr}={element.attrs.get(attr)}>")
            if "url(http" in element.attrs.get("style", "") or "url(//" in element.attrs.get("style", ""):
                found.append(f"{path.name}: style mit fremder Adresse")
            if element.tag == "style" and ("url(http" in element.text or "@import" in element.text):
                found.append(f"{path.name}: <style> mit fremder Adresse")
    for css in built_site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        for marker in ("url(http", "url(//", "url(\"http", "url('http", "@import url(http"):
            if marker in text:
                found.append(f"{css.relative_to(built_site)}: {marker}")
    assert found == []


def test_offline_scan_would_catch_an_external_script(tmp_path):
    page = tmp_path / "x.html"
    page.write_text('<script src="https://cdn.example.org/mermaid.js"></script>'
                    '<link rel="stylesheet" href="//fonts.example.org/a.css">', encoding="utf-8")
    doc = parse_html(page)
    assert [e.tag for e in doc.elements if EXTERNAL.match(e.attrs.get("src", "") or e.attrs.get("href", ""))] \
        == ["script", "link"]


# ------------------------------------------------------------ Verweise

def test_every_internal_link_and_anchor_resolves(built_site):
    assert broken_links(built_site) == []


# ------------------------------------------------------------ Ergebnisse der Szenarien

def test_scenario_results_come_from_the_cucumber_report(tmp_path):
    from lexdsl.site.pages import scenario_html
    from lexdsl.site.project import Project
    from lexdsl.site.scenarios import BESTANDEN, FEHLGESCHLAGEN, NICHT_AUSGEFUEHRT, Results

    project = Project(ROOT, ergebnisse=str(tmp_path), cache_dir=tmp_path / "cache")
    features = project.features
    feature = next(f for f in features if f.path == "aufenthg_25_5/aufenthg_25_5.feature")
    plain = next(s for s in feature.scenarios if not s.outline)
    outline = next(s for s in feature.scenarios if s.outline)
    passed = {"result": {"status": "passed"}}
    report = [{"uri": feature.path, "elements": [
        {"line": plain.line, "steps": [dict(passed, name=t) for t in plain.all_step_texts()[:-1]]
         + [{"name": plain.all_step_texts()[-1], "result": {"status": "failed"}}]},
        {"line": outline.line, "steps": [dict(passed, name=t) for t in
                                         outline.all_step_texts(outline.examples[0].steps)]},
    ]}]
    (tmp_path / "cucumber.json").write_text(json.dumps(report), encoding="utf-8")
    Results.read(tmp_path / "cucumber.json").apply(features)
    assert plain.status == FEHLGESCHLAGEN
    assert outline.examples[0].status == BESTANDEN
    assert outline.examples[1].status == NICHT_AUSGEFUEHRT     # nicht im Bericht: nicht als bestanden zeigen
    assert outline.status == NICHT_AUSGEFUEHRT
    assert "fehlgeschlagen" in scenario_html(project, plain, "s-test")
    Results.read(tmp_path / "fehlt.json").apply(features)
    assert plain.status == NICHT_AUSGEFUEHRT


# ------------------------------------------------------------ Maskierung

HOSTILE = '<script>alert("lx")</script>'
HOSTILE_ATTR = '"><img src=x onerror=alert("lx")>'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """Ein Projekt, dessen Norm, Merkmale, Wortlaut, Fundstellen und Szenarien feindliche Texte enthalten."""
    root = tmp_path_factory.mktemp("feindlich")
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text("# Start\n\n<!-- lexdsl:uebersicht -->\n", encoding="utf-8")
    (root / "norms").mkdir()
    h = HOSTILE.replace('"', "'")
    a = HOSTILE_ATTR.replace('"', "'")
    (root / "norms" / "feindlich.lexdsl").write_text(dedent(f"""
        Merkmal Voraussetzung: ja/nein                         [VwV {h}]
          "Beschreibung {h} {a}"
        Merkmal Sperre: Auswahl "{h}", "harmlos"               [§ 2 {a}]
        Begriff Gefahr für Leib und Leben                      [VwV 1]
          "Begriff {h}"
          liegt vor, wenn Voraussetzung
        Norm "{h}": Titel {a} {h}                              [§ 1 {h}]
          Wortlaut [§ 1 {a}, Stand 2021]:
            > {h} {a}
          Der Tatbestand ist erfüllt, wenn Gefahr für Leib und Leben   [§ 1 Abs. 1 {h}]
          Die Aufenthaltserlaubnis kann erteilt werden.        [§ 1 Abs. 2 {a}]
          Sie darf nicht erteilt werden, wenn Sperre: "{h}"    [§ 2 {h}]
          Nebenfolgen:
            Geltungsdauer: "{h} {a}"                           [§ 3 {h}]
    """), encoding="utf-8")
    (root / "features" / "f").mkdir(parents=True)
    (root / "features" / "f" / "f.feature").write_text(dedent(f"""
        # language: de
        Funktionalität: {HOSTILE} {HOSTILE_ATTR}

          Szenario: {HOSTILE} {HOSTILE_ATTR}
            Angenommen ein Fall mit folgenden Merkmalen:
              | Merkmal       | Wert |
              | Voraussetzung | ja   |
              | Sperre        | {h}  |
            Wenn "{h}" geprüft wird
            Dann darf die Aufenthaltserlaubnis nicht erteilt werden
            Und die Begründung nennt "{HOSTILE_ATTR}"
    """), encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("src/lexdsl/site/hooks.py", str(HOOKS))
    (root / "mkdocs.yml").write_text(config.replace("extra_css:\n  - stylesheets/lexdsl.css\n", ""),
                                     encoding="utf-8")
    return build_site(root / "mkdocs.yml", root / "site")


def test_hostile_texts_are_escaped_everywhere(hostile_site):
    pages = html_files(hostile_site)
    norm_pages = list((hostile_site / "normen").glob("*.html"))
    assert len(norm_pages) == 1
    seen_text = False
    for path in pages:
        doc = parse_html(path)
        for element in doc.elements:
            assert not (element.tag == "img" and element.attrs.get("src") == "x"), path
            assert not any(name.startswith("on") for name in element.attrs), (path, element.tag, element.attrs)
            if element.tag == "script":
                assert "alert(" not in element.text, path
        raw = path.read_text(encoding="utf-8")
        head_title = re.search(r"<title>(.*?)</title>", raw[:raw.index("</head>")], re.S)
        assert head_title is None or "<" not in head_title.group(1), head_title.group(1)
        seen_text = seen_text or any("<script>alert('lx')</script>" in t for t in doc.text)
    assert seen_text          # der Text ist da – als Text, nicht als Element
    html = norm_pages[0].read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;lx&#39;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#34;lx&#34;)&lt;/script&gt;" in html   # Szenariotitel aus der Feature-Datei


def test_hostile_texts_stay_text_in_the_search_index(hostile_site):
    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        assert "<script" not in doc["text"] and "<img" not in doc["text"], doc["location"]
        assert "<script" not in doc["title"] and "<img" not in doc["title"], doc["location"]


def test_unknown_placeholder_fails_the_build(tmp_path, caplog):
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    (tmp_path / "docs" / "index.md").write_text("# Start\n\n<!-- lexdsl:gibtsnicht -->\n", encoding="utf-8")
    shutil.copytree(ROOT / "norms", tmp_path / "norms")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("src/lexdsl/site/hooks.py", str(HOOKS))
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    from mkdocs.exceptions import Abort, PluginError

    with pytest.raises((Abort, PluginError)):
        build_site(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert "index.md: Unbekannter Platzhalter »lexdsl:gibtsnicht«" in caplog.text


# ------------------------------------------------------------ Determinismus

def test_building_twice_gives_identical_html(built_site, tmp_path):
    again = build_site(ROOT / "mkdocs.yml", tmp_path / "site")
    differing = []
    for path in sorted(built_site.rglob("*")):
        if path.is_dir() or path.name.startswith("sitemap.xml"):
            continue          # die Sitemap trägt das Baudatum
        other = again / path.relative_to(built_site)
        if not other.exists() or other.read_bytes() != path.read_bytes():
            differing.append(str(path.relative_to(built_site)))
    assert differing == []


def test_a_norm_with_an_error_stops_the_build_with_its_location(tmp_path, caplog):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Start\n", encoding="utf-8")
    (tmp_path / "norms").mkdir()
    (tmp_path / "norms" / "kaputt.lexdsl").write_text(dedent("""
        Merkmal Reiseunfähigkeit: ja/nein
        Norm "N": Titel
          Die Aufenthaltserlaubnis kann erteilt werden, wenn Reiseunfähigkait
    """), encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("src/lexdsl/site/hooks.py", str(HOOKS))
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    from mkdocs.exceptions import Abort, PluginError

    with pytest.raises((Abort, PluginError)) as info:
        build_site(tmp_path / "mkdocs.yml", tmp_path / "site")
    message = str(info.value) + caplog.text
    assert "Die Normen enthalten Fehler" in message
    assert "kaputt.lexdsl:3:" in message and "Meinten Sie »Reiseunfähigkeit«?" in message
    assert not (tmp_path / "site" / "index.html").exists()


def test_the_worked_case_shows_what_the_corpus_does_not_model(built_site):
    """Ohne Stichtag prüft die Gesamtprüfung nach heutigem Tag; der liegt nach dem letzten Stand der Quellen."""
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'class="lx-warnung"' in html and "spätere Änderungen des Gesetzes sind nicht abgebildet" in html


def test_the_rechtsstand_page_lists_every_fassung_of_every_norm(built_site):
    """Die Tabelle entsteht aus den Normen: jede Fassung mit Geltung, auch die unbelegten Zeiträume."""
    from lexdsl.compiler import ir
    from lexdsl.workspace.compile import Frontend
    from lexdsl.workspace.sources import find_sources

    modules, _ = Frontend(None).check(find_sources(ROOT / "norms"))
    corpus = ir.lower(modules)
    html = (built_site / "rechtsstand.html").read_text(encoding="utf-8")
    table = html[html.index('class="lx-fassungen"'):]
    table = table[:table.index("</table>")]
    rows = table.count("<tr>") - 1
    assert rows == len([n for n in corpus.normen if n.fassung is not None])
    assert "zuvor unbelegt" in table and "belegt ab 26.10.2009" in table and "gilt ab 01.12.2013" in table


def test_norm_pages_and_the_change_page_show_the_solver_findings(built_site):
    pytest.importorskip("z3")
    page = (built_site / "normen" / "25-abs-4a-s-1-aufenthg.html").read_text(encoding="utf-8")
    assert 'id="analyse"' in page and "nie – kein Fall ergibt es (bewiesen)" in page
    changes = (built_site / "aenderungen.html").read_text(encoding="utf-8")
    section = changes[changes.index("25 Abs. 4a S. 1 AufenthG"):]
    assert "Ermessen" in section and "Regelanspruch" in section      # kann → soll am 01.08.2015
    assert "Gleichwertig: Kein Fall wird verschieden entschieden (bewiesen)." in changes   # etwa § 25 Abs. 4
    assert "Entscheidende Bedingungen:" in page
    abs5 = (built_site / "normen" / "25-abs-5-aufenthg.html").read_text(encoding="utf-8")
    findings = abs5[abs5.index('class="lx-befunde"'):]
    assert "norms/aufenthg_25_5.lexdsl:" in findings and "angenommen: Wirkt nur in der Fassung" in findings
    assert "Befunde über mehrere Normen" in changes and "Ausreise aus rechtlichen oder tatsächlichen" in changes
