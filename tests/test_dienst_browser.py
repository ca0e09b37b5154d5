"""Der Prüfassistent im echten Browser (Playwright steuert Debians Chromium; kein Browser-Download).

Wie eine Sachbearbeiterin ihn benutzt: drei Fälle aus ``beispiele/`` Frage für Frage bis zur Entscheidung,
eine Antwort ändern, den Fall sichern und wieder laden, den Prüfvermerk öffnen – einmal nur mit der
Tastatur – und die Seiten mit axe-core (im Repositorium, ``tests/vendor/axe-core``) auf Barrierefreiheit
prüfen. Keine Anfrage verlässt 127.0.0.1. Bildschirmfotos: ``ergebnisse/bildschirmfotos/assistent-*.png``.
Ohne Chromium übersprungen, mit ``LEXDSL_BROWSER_PFLICHT=1`` (CI) ein Fehler.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import warnings

import pytest
import yaml

from .conftest import ROOT
from .harness import launch, playwright, require_chromium

pytest.importorskip("fastapi")
pytest.importorskip("playwright")

SHOTS = ROOT / "ergebnisse" / "bildschirmfotos"
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
NORM = "§ 25 Abs. 5 AufenthG"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from lexdsl.workspace.corpus import load

    return load(ROOT / "norms", cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def server(corpus):
    import uvicorn

    from lexdsl.service import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(corpus), host="127.0.0.1", port=port, log_level="warning",
                            access_log=False)
    instance = uvicorn.Server(config)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        thread = threading.Thread(target=instance.run, daemon=True)
        thread.start()
        for _ in range(200):
            if instance.started:
                break
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    chromium = require_chromium()
    with playwright() as running:
        instance = launch(running, chromium)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True,
                                  bypass_csp=True, locale="de-DE")
    tab = context.new_page()
    foreign: list[str] = []
    errors: list[str] = []
    tab.on("request", lambda r: None if r.url.startswith(server) else foreign.append(r.url))
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()
    assert foreign == [], foreign                     # nichts verlässt 127.0.0.1
    assert errors == [], errors


def _values(corpus, name: str) -> tuple[dict, dict]:
    from lexdsl.cases.values import convert_facts

    case = yaml.safe_load((ROOT / "beispiele" / name).read_text(encoding="utf-8"))
    return case, convert_facts(case["merkmale"], corpus.merkmale, corpus.begriffe)


def _answer_by_clicking(page, corpus, values: dict, limit: int = 60) -> list[str]:
    from lexdsl.service.forms import answer_text
    from lexdsl.vocabulary import MerkmalType

    asked = []
    for _ in range(limit):
        question = page.locator('input[name="frage"]')
        if question.count() == 0:
            return asked
        name = question.get_attribute("value")
        asked.append(name)
        value = values.get(name)
        kind = corpus.merkmale[name].type
        with page.expect_navigation():
            if value is None:
                page.get_by_role("button", name="weiß nicht").click()
            elif kind is MerkmalType.BOOL:
                page.get_by_role("button", name="ja" if value else "nein", exact=True).click()
            elif kind is MerkmalType.CHOICE:
                page.get_by_label(str(value), exact=True).check()
                page.get_by_role("button", name="Antwort übernehmen").click()
            else:
                page.locator("#wert").fill(answer_text(corpus, name, value))
                page.get_by_role("button", name="Antwort übernehmen").click()
    raise AssertionError(f"nicht entschieden nach {limit} Fragen: {asked}")


def _start(page, server, norm: str, stichtag: str = "2024-06-30") -> None:
    page.goto(server + "/")
    page.locator("#norm").select_option(norm)
    page.locator("#stichtag").fill(stichtag)
    with page.expect_navigation():
        page.get_by_role("button", name="Prüfung beginnen").click()


def _decision(page, norm: str) -> str:
    return page.locator(".stand .entscheidung").filter(has_text=norm).first.inner_text()


@pytest.mark.parametrize("example,norm,expected", [
    ("reiseunfaehigkeit.yaml", NORM, "soll erteilt werden"),                         # VwV 25.5.2
    ("opfer_menschenhandel.yaml", "§ 25 Abs. 4a S. 1 AufenthG", "soll erteilt werden"),  # § 25 Abs. 4a S. 1 (2021)
    ("nachhaltige_integration.yaml", "§ 25b Abs. 1 AufenthG", "soll erteilt werden"),    # § 25b Abs. 1 S. 1
])
def test_three_real_cases_question_by_question_to_their_decision(page, server, corpus, example, norm, expected):
    _case, values = _values(corpus, example)
    _start(page, server, norm)
    first = page.locator("legend.merkmal").inner_text()
    page.screenshot(path=str(SHOTS / f"assistent-frage-{example.removesuffix('.yaml')}.png"), full_page=True)
    asked = _answer_by_clicking(page, corpus, values)
    assert asked and asked[0] == first
    assert expected in _decision(page, norm), (asked, _decision(page, norm))
    page.screenshot(path=str(SHOTS / f"assistent-entschieden-{example.removesuffix('.yaml')}.png"), full_page=True)


def test_change_an_answer_save_and_reload_the_case_and_open_the_pruefvermerk(page, server, corpus, tmp_path):
    _case, values = _values(corpus, "reiseunfaehigkeit.yaml")
    _start(page, server, NORM)
    _answer_by_clicking(page, corpus, values)
    assert "soll erteilt werden" in _decision(page, NORM)
    answers = page.locator("section.antworten select[name^='fakt:']")
    field = page.locator('select[name="fakt:Reiseunfähigkeit"]')
    assert answers.count() >= 3 and field.count() == 1
    field.select_option("nein")                                     # eine Antwort ändern …
    with page.expect_navigation():
        page.get_by_role("button", name="Änderungen übernehmen").click()
    assert "soll erteilt werden" not in _decision(page, NORM)
    page.locator('select[name="fakt:Reiseunfähigkeit"]').select_option("ja")   # … und zurück
    with page.expect_navigation():
        page.get_by_role("button", name="Änderungen übernehmen").click()
    _answer_by_clicking(page, corpus, values)
    assert "soll erteilt werden" in _decision(page, NORM)
    with page.expect_download() as download:
        page.get_by_role("button", name="Fall als Datei sichern").click()
    saved = tmp_path / "fall.yaml"
    download.value.save_as(saved)
    data = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert data["stichtag"] == "30.06.2024" and data["merkmale"]["Reiseunfähigkeit"] == "ja"
    page.goto(server + "/")
    page.locator("#datei").set_input_files(str(saved))
    page.locator("#norm2").select_option(NORM)
    with page.expect_navigation():
        page.get_by_role("button", name="Fall laden").click()
    assert "soll erteilt werden" in _decision(page, NORM)
    assert page.locator('input[name="frage"]').count() == 0         # nichts mehr zu fragen
    with page.expect_navigation():
        page.get_by_role("button", name="Prüfvermerk", exact=True).click()
    note = page.locator("article.vermerk").inner_text()
    for text in ("Prüfvermerk", "30.06.2024", "soll erteilt werden", "VwV 25.5.2", "Geltungsdauer",
                 "Fassung „Stand 2021“"):
        assert text in note, text
    page.screenshot(path=str(SHOTS / "assistent-pruefvermerk.png"), full_page=True)
    page.emulate_media(media="print")
    assert page.locator("header.kopf").is_hidden()                  # druckbar: ohne Kopf und Knöpfe
    page.screenshot(path=str(SHOTS / "assistent-pruefvermerk-druck.png"), full_page=True)


def _tab_to(page, predicate: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const e = document.activeElement; return {predicate}; }})()"):
            return
    raise AssertionError(f"mit Tab nicht erreicht: {predicate}")


def test_the_whole_interview_works_with_the_keyboard_alone(page, server, corpus):
    from lexdsl.service.forms import answer_text
    from lexdsl.vocabulary import MerkmalType

    _case, values = _values(corpus, "reiseunfaehigkeit.yaml")
    page.goto(server + "/")
    _tab_to(page, "e.id === 'norm'")
    for _ in range(30):                                             # Auswahl mit den Pfeiltasten
        if page.locator("#norm").input_value() == NORM:
            break
        page.keyboard.press("ArrowDown")
    assert page.locator("#norm").input_value() == NORM
    _tab_to(page, "e.tagName === 'BUTTON'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    for _ in range(40):
        question = page.locator('input[name="frage"]')
        if question.count() == 0:
            break
        name = question.get_attribute("value")
        value = values.get(name)
        kind = corpus.merkmale[name].type
        with page.expect_navigation():
            if kind is MerkmalType.BOOL and value is not None:
                page.keyboard.press("Tab") if value is False else None       # „ja“ hat den Fokus, „nein“ folgt
                assert page.evaluate("document.activeElement.textContent.trim()") == ("ja" if value else "nein")
                page.keyboard.press("Enter")
            elif value is None:
                _tab_to(page, "e.textContent.trim() === 'weiß nicht'")
                page.keyboard.press("Enter")
            elif kind is MerkmalType.CHOICE:                 # die erste Wahl hat den Fokus; Pfeiltasten wählen
                for _ in range(corpus.merkmale[name].values.index(value)):
                    page.keyboard.press("ArrowDown")
                _tab_to(page, "e.textContent.trim() === 'Antwort übernehmen'")
                page.keyboard.press("Enter")
            else:
                page.keyboard.type(answer_text(corpus, name, value))
                _tab_to(page, "e.textContent.trim() === 'Antwort übernehmen'")
                page.keyboard.press("Enter")
    assert "soll erteilt werden" in _decision(page, NORM)
    _tab_to(page, "e.textContent.trim() === 'Prüfvermerk'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Prüfvermerk" in page.locator("h1").inner_text()


def _axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}});
        return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}));
    }""")
    return result


def test_the_pages_pass_the_axe_core_accessibility_check(page, server, corpus):
    _case, values = _values(corpus, "reiseunfaehigkeit.yaml")
    found = {}
    page.goto(server + "/")
    found["Start"] = _axe(page)
    _start(page, server, NORM)
    found["Frage"] = _axe(page)
    _answer_by_clicking(page, corpus, values)
    found["Entschieden"] = _axe(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Prüfvermerk", exact=True).click()
    found["Prüfvermerk"] = _axe(page)
    _start(page, server, "alle")
    found["Gesamtprüfung"] = _axe(page)
    assert all(v == [] for v in found.values()), json.dumps(found, ensure_ascii=False, indent=1)
