"""lexdsl dienst: die HTTP-Schnittstelle und der Prüfassistent, über Starlettes TestClient (ohne Netz).

Geprüft wird, was ein Client sieht: dieselben Ergebnisse und Meldungen wie ``lexdsl prüfen``, 4xx mit
deutschem Text und Feld, nie ein Traceback, Sicherheitsköpfe, keine Falldaten auf dem Server, und ein
Gespräch, das beispielhafte Fälle Frage für Frage bis zur Entscheidung führt.
"""

from __future__ import annotations

import html
import json
import re
import warnings

import pytest
import yaml

from .conftest import ROOT
from .dienst_client import FormReader, answer_fields

pytest.importorskip("fastapi")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

NORM = "§ 25 Abs. 5 AufenthG"


@pytest.fixture(scope="module")
def app_corpus(tmp_path_factory):
    from lexdsl.workspace.corpus import load

    return load(ROOT / "norms", cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="module")
def client(app_corpus):
    from lexdsl.service import create_app

    return TestClient(create_app(app_corpus), raise_server_exceptions=False)


def _case(name: str) -> dict:
    return yaml.safe_load((ROOT / "beispiele" / name).read_text(encoding="utf-8"))


# ------------------------------------------------------------ Schnittstelle

def test_pruefen_gives_the_json_contract_of_the_command_line(client, tmp_path, capsys, monkeypatch):
    from lexdsl.cli import main

    case = _case("reiseunfaehigkeit.yaml")
    answer = client.post("/api/pruefen", json=case, params={"stichtag": "30.06.2024"})
    assert answer.status_code == 200
    monkeypatch.chdir(ROOT)
    assert main(["--cache", str(tmp_path / "c"), "prüfen", "beispiele/reiseunfaehigkeit.yaml", "--format", "json",
                 "--stichtag", "30.06.2024"]) == 0
    assert answer.json() == json.loads(capsys.readouterr().out)
    one = client.post("/api/pruefen", json=case, params={"norm": NORM}).json()
    assert [r["ergebnis"] for r in one["ergebnisse"]] == ["soll"]         # VwV 25.5.2: seit 18 Monaten geduldet


def test_bad_input_gets_a_german_4xx_naming_the_field_never_a_traceback(client):
    wrong = client.post("/api/pruefen", json={"merkmale": {"Reiseunfaehigkeit": "ja"}})
    assert wrong.status_code == 422
    assert wrong.json() == {"fehler": "Unbekanntes Merkmal.", "feld": "Reiseunfaehigkeit",
                            "hinweis": "Meinten Sie »Reiseunfähigkeit«?"}
    value = client.post("/api/pruefen", json={"merkmale": {"Reiseunfähigkeit": "vielleicht"}}).json()
    assert value["feld"] == "Reiseunfähigkeit" and "ja" in (value["hinweis"] or value["fehler"])
    for body in (b"{", b"\xff\xfe", b"[1, 2]", b'{"merkmale": 5}', b""):
        answer = client.post("/api/pruefen", content=body, headers={"content-type": "application/json"})
        assert 400 <= answer.status_code < 500, body
        assert "Traceback" not in answer.text and answer.json()["fehler"]
    assert client.post("/api/pruefen", json={}, params={"norm": "§ 99"}).json()["feld"] == "norm"
    assert client.post("/api/pruefen", json={}, params={"stichtag": "31.02.2024"}).json()["feld"] == "stichtag"
    batch = client.post("/api/pruefen/stapel", json={"faelle": [{"merkmale": {}}, {"merkmale": {"x": "ja"}}]})
    assert batch.status_code == 422 and batch.json()["feld"] == "faelle[1].x"
    assert client.get("/api/gibt-es-nicht").json() == {"fehler": "Diese Adresse gibt es nicht."}


def test_bodies_over_the_documented_size_are_refused(client):
    from lexdsl.service import MAX_BODY

    big = b'{"merkmale": {}, "bezeichnung": "' + b"x" * (MAX_BODY + 10) + b'"}'
    answer = client.post("/api/pruefen", content=big, headers={"content-type": "application/json"})
    assert answer.status_code == 413 and "zu groß" in answer.json()["fehler"]

    def chunks():                      # ohne Content-Length: die Grenze gilt beim Lesen
        for _ in range(MAX_BODY // 100_000 + 2):
            yield b" " * 100_000

    answer = client.post("/api/pruefen", content=chunks(), headers={"content-type": "application/json"})
    assert answer.status_code == 413


def test_a_program_error_is_a_german_500_without_details(app_corpus, monkeypatch):
    from lexdsl.service import create_app

    client = TestClient(create_app(app_corpus), raise_server_exceptions=False)
    monkeypatch.setattr(type(app_corpus), "pruefen", lambda *a, **k: 1 / 0)
    answer = client.post("/api/pruefen", json={"merkmale": {}})
    assert answer.status_code == 500
    assert answer.json() == {"fehler": "Interner Fehler in lexdsl. Das ist ein Programmfehler, nicht Ihrer."}
    assert "ZeroDivision" not in answer.text and "Traceback" not in answer.text


def test_normen_merkmale_schema_and_openapi(client, app_corpus):
    normen = client.get("/api/normen").json()["normen"]
    assert [n["id"] for n in normen] == list(app_corpus.normen)
    detail = client.get(f"/api/normen/{NORM}").json()
    assert detail["titel"] and "Reiseunfähigkeit" in detail["merkmale"] and detail["fassungen"]
    assert client.get("/api/normen/§ 99").status_code == 404
    merkmale = client.get("/api/merkmale").json()["merkmale"]
    assert len(merkmale) == len(app_corpus.merkmale)
    schema = client.get("/api/schema").json()
    assert "Reiseunfähigkeit" in schema["properties"]["merkmale"]["properties"]
    document = client.get("/api/openapi.json").json()
    assert set(document["paths"]) == {"/api/normen", "/api/normen/{norm_id}", "/api/merkmale", "/api/schema",
                                      "/api/pruefen", "/api/pruefen/stapel", "/api/naechste-frage"}
    assert "Fall" in document["components"]["schemas"]
    refs = re.findall(r'"\$ref": "([^"]+)"', json.dumps(document))
    assert refs and all(r.split("/")[-1] in document["components"]["schemas"] for r in refs)


def test_next_question_names_one_deciding_merkmal_and_what_is_still_possible(client):
    answer = client.post("/api/naechste-frage", json={"merkmale": {}}, params={"norm": NORM}).json()
    frage = answer["frage"]
    assert frage["merkmal"] and frage["typ"] in ("ja/nein", "Auswahl", "Dauer", "Datum", "Anzahl")
    assert frage["fundstellen"] and frage["normen"] == [NORM]
    assert answer["entschieden"] is False and answer["normen"][0]["ergebnis"] == "offen"
    done = client.post("/api/naechste-frage", json=_case("reiseunfaehigkeit.yaml"), params={"norm": NORM}).json()
    assert done == {"frage": None, "entschieden": True, "normen": [
        {"norm": NORM, "ergebnis": "soll", "entscheidung": done["normen"][0]["entscheidung"],
         "moegliche_ergebnisse": []}]}
    skipped = client.post("/api/naechste-frage", json={"merkmale": {}},
                          params={"norm": NORM, "uebersprungen": frage["merkmal"]}).json()
    assert skipped["frage"]["merkmal"] != frage["merkmal"]


def test_every_response_carries_a_content_security_policy(client):
    for answer in (client.get("/"), client.get("/api/normen"), client.get("/gibt-es-nicht"),
                   client.post("/api/pruefen", content=b"{")):
        policy = answer.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'self'" in policy and "unsafe-inline" not in policy
        assert answer.headers["x-content-type-options"] == "nosniff"
    page = client.get("/").text
    assert "<script" not in page and " style=" not in page            # kein Inline-Skript, kein Inline-Stil


# ------------------------------------------------------------ Prüfassistent

def post_form(client, url: str, pairs):
    """Ein Formular abschicken wie ein Browser (Felder dürfen mehrfach vorkommen)."""
    from urllib.parse import urlencode

    items = list(pairs.items()) if isinstance(pairs, dict) else list(pairs)
    return client.post(url, content=urlencode(items).encode(),
                       headers={"content-type": "application/x-www-form-urlencoded"})


def _walk(client, catalog, case: dict, norm: str | None, stichtag: str = "2024-06-30", limit: int = 60):
    """Beantwortet jede Frage des Assistenten aus dem Fall (unbekannt: „weiß nicht“), bis keine mehr kommt."""
    from lexdsl.cases.values import convert_facts

    values = convert_facts(case["merkmale"], catalog.merkmale, catalog.begriffe)
    page = post_form(client, "/assistent", {"norm": norm or "alle", "stichtag": stichtag}).text
    asked = []
    for _ in range(limit):
        form = FormReader(page)
        question = form.value("frage")
        if question is None:
            return page, asked
        asked.append(question)
        answer = post_form(client, "/assistent", answer_fields(catalog, form, values))
        assert answer.status_code == 200, answer.text
        page = answer.text
    raise AssertionError(f"nach {limit} Fragen nicht entschieden: {asked}")


@pytest.mark.parametrize("example,norm", [("reiseunfaehigkeit.yaml", NORM),
                                          ("opfer_menschenhandel.yaml", "§ 25 Abs. 4a S. 1 AufenthG"),
                                          ("nachhaltige_integration.yaml", "§ 25b Abs. 1 AufenthG")])
def test_the_assistant_leads_a_real_case_question_by_question_to_the_decision_of_pruefen(client, app_corpus,
                                                                                       example, norm):
    case = _case(example)
    page, asked = _walk(client, app_corpus, case, norm)
    expected = client.post("/api/pruefen", json=case, params={"stichtag": "2024-06-30", **({"norm": norm} if norm else {})})
    for result in expected.json()["ergebnisse"]:
        if result["ergebnis"] == "offen":
            continue
        assert html.escape(result["entscheidung"], quote=False) in page, (result["norm"], asked)
    assert len(asked) < len(case["merkmale"])             # gefragt wird nur, was entscheidet


def test_answers_can_be_changed_or_reset_and_the_case_survives_download_and_upload(client, app_corpus):
    page, _ = _walk(client, app_corpus, _case("reiseunfaehigkeit.yaml"), NORM)
    assert "soll erteilt werden" in page
    form = FormReader(page)
    changed = [(k, "ja" if k == "fakt:Verschulden an der Ausreise" else v) for k, v in form.fields]
    changed = [(k, ("ja" if k == "fakt:Täuschung über Identität oder Staatsangehörigkeit" else v)) for k, v in changed]
    if not any(k == "fakt:Täuschung über Identität oder Staatsangehörigkeit" for k, _ in changed):
        changed.append(("fakt:Täuschung über Identität oder Staatsangehörigkeit", "ja"))
    after = post_form(client, "/assistent", changed).text
    assert "darf nicht erteilt werden" in after or "Verhalten" in after        # § 25 Abs. 5 S. 3: Verschulden
    reset = post_form(client, "/assistent", [*FormReader(after).fields,
                                             ("loeschen", "Täuschung über Identität oder Staatsangehörigkeit")]).text
    assert 'name="fakt:Täuschung über Identität oder Staatsangehörigkeit"' not in reset
    saved = post_form(client, "/assistent/fall.yaml", FormReader(page).fields)
    assert saved.headers["content-disposition"] == 'attachment; filename="fall.yaml"'
    data = yaml.safe_load(saved.text)
    assert data["stichtag"] == "30.06.2024" and data["merkmale"]
    again = client.post("/assistent/hochladen", data={"norm": NORM},
                        files={"datei": ("fall.yaml", saved.content, "application/yaml")}).text
    keep = lambda fields: sorted((k, v) for k, v in fields if k.startswith("fakt:"))  # noqa: E731
    assert keep(FormReader(again).fields) == keep(FormReader(page).fields)
    assert "soll erteilt werden" in again
    broken = client.post("/assistent/hochladen", files={"datei": ("x.yaml", b"merkmale: {Reiseunfaehigkeit: ja}")})
    assert broken.status_code == 422 and "Meinten Sie »Reiseunfähigkeit«?" in html.unescape(broken.text)


def test_the_pruefvermerk_has_decision_begruendung_nebenfolgen_fassung_and_stichtag_also_as_pdf(client, app_corpus,
                                                                                               tmp_path):
    page, _ = _walk(client, app_corpus, _case("reiseunfaehigkeit.yaml"), NORM)
    fields = FormReader(page).fields
    note = html.unescape(post_form(client, "/assistent/vermerk", fields).text)
    for text in ("Prüfvermerk", "30.06.2024", "soll erteilt werden", "VwV 25.5.2", "Nebenfolgen", "Geltungsdauer",
                 "Fassung „Stand 2021“", "Festgestellte Merkmale"):
        assert text in note, text
    pdf = post_form(client, "/assistent/vermerk.pdf", fields)
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf.content)
    text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    for part in ("Prüfvermerk", "Stichtag: 30.06.2024", "soll erteilt werden", "VwV 25.5.2", "Geltungsdauer", "„"):
        assert part in text, part
    image = document[0].render(scale=1).to_pil()
    shots = ROOT / "ergebnisse" / "bildschirmfotos"
    shots.mkdir(parents=True, exist_ok=True)
    image.save(shots / "pruefvermerk-pdf.png")
    gray = image.convert("L")
    dark = sum(gray.histogram()[:128]) / (gray.width * gray.height)
    assert 0.01 < dark < 0.3                               # Text auf der Seite, keine leere oder schwarze Seite


def test_dienst_refuses_a_public_address_without_oeffentlich(capsys):
    from lexdsl.cli import main

    assert main(["dienst", "--host", "0.0.0.0"]) == 2
    assert "--oeffentlich" in capsys.readouterr().err
    assert main(["dienst", "--port", "0"]) == 2


# ------------------------------------------------------------ Sicherheit

def _dangerous(page: str) -> list[str]:
    """Was eine Seite an ausführbarem oder fremdem Inhalt enthält: Skripte, Ereignis-Attribute, javascript:."""
    from html.parser import HTMLParser

    found: list[str] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            dangerous = ("script", "iframe", "object", "embed", "svg", "math", "img", "style", "base")
            if tag in dangerous or (tag == "body" and attrs):
                found.append(tag)
            for name, value in attrs:
                url = name in ("href", "src", "action", "formaction", "data", "xlink:href", "srcdoc")
                if name.startswith("on") or (url and (value or "").strip().lower().startswith("javascript:")):
                    found.append(f"{tag}[{name}]")
                if url and value and "//" in value:
                    found.append(f"{tag}[{name}]={value}")

    Parser().feed(page)
    return found


def test_every_page_escapes_payloads_in_norm_texts_and_in_every_input(write_norms, tmp_path):
    from lexdsl.service import create_app
    from lexdsl.workspace.corpus import load

    from .test_site_xss import PAYLOADS, dsl_string, fits_title, in_dsl

    usable = [(m, in_dsl(p)) for m, p in PAYLOADS]
    title = next(p for _m, p in usable if fits_title(p) and "<" in p)
    lines = []
    for i, (_marker, payload) in enumerate(usable):
        lines += [f"Merkmal M{i}: ja/nein   [§ {i} G]", f"  {dsl_string(payload)}"]
    lines += [f'Norm "N": {title}   [§ 1 G]', "  Der Tatbestand ist erfüllt, wenn alle folgenden:   [§ 1 G]"]
    lines += [f"    - M{i}" for i in range(len(usable))]
    lines += ["  Die Aufenthaltserlaubnis kann erteilt werden.   [§ 1 G]", "  Ermessenskriterien:   [§ 1 G]"]
    lines += [f"    - {dsl_string(p)}   [§ 1 G]" for _m, p in usable]
    lines += ["  Nebenfolgen:"] + [f"    Art{i}: {dsl_string(p)}   [§ 1 G]" for i, (_m, p) in enumerate(usable)]
    folder = write_norms({"xss.lexdsl": "\n".join(lines) + "\n"})
    corpus = load(folder, cache_dir=tmp_path / "cache")
    client = TestClient(create_app(corpus), raise_server_exceptions=False)
    pages = [client.get("/").text]
    state = {"norm": "N", "stichtag": "2024-06-30", "bezeichnung": usable[0][1][:200]}
    for i in range(len(usable)):                                   # jede Frage einmal zeigen, dann beantworten
        page = post_form(client, "/assistent", state).text
        pages.append(page)
        state.update({"frage": f"M{i}", "antwort": "ja"})
        state = dict(FormReader(post_form(client, "/assistent", state).text).fields) | {"bezeichnung": state["bezeichnung"]}
    pages.append(post_form(client, "/assistent/vermerk", state).text)
    assert "Nebenfolgen" in pages[-1] and "Im Ermessen abzuwägen" in pages[-1]
    for _marker, payload in usable:                                 # jede Nutzlast in jedes freie Feld
        for hostile in ({"bezeichnung": payload}, {"norm": payload}, {"stichtag": payload},
                        {"fakt:M0": payload}, {f"fakt:{payload}": "ja"}, {"frage": "M0", "antwort": "wert",
                                                                        "wert": payload},
                        {"frage": payload, "antwort": "ja"}, {"loeschen": payload}, {"uebersprungen": payload}):
            answer = post_form(client, "/assistent", {"norm": "N", "stichtag": "2024-06-30", **hostile})
            assert answer.status_code in (200, 422)
            pages.append(answer.text)
        upload = client.post("/assistent/hochladen", files={"datei": (payload[:100], b"merkmale: {" + payload.encode() + b": ja}")})
        pages.append(upload.text)
    shown = "".join(pages)
    assert "&lt;script&gt;alert(" in shown and "lx01" in pages[1]       # die Texte erscheinen, als Text
    for page in pages:
        assert _dangerous(page) == [], _dangerous(page)[:5]


def test_with_the_built_site_each_question_links_the_page_of_its_norm(app_corpus, tmp_path):
    from lexdsl.service import create_app

    (tmp_path / "normen").mkdir()
    (tmp_path / "index.html").write_text("<h1>Website</h1>", encoding="utf-8")
    (tmp_path / "normen" / "25-abs-5-aufenthg.html").write_text("<h1>§ 25 Abs. 5</h1>", encoding="utf-8")
    client = TestClient(create_app(app_corpus, tmp_path), raise_server_exceptions=False)
    page = post_form(client, "/assistent", {"norm": NORM, "stichtag": "2024-06-30"}).text
    assert 'href="/website/normen/25-abs-5-aufenthg.html"' in page
    linked = client.get("/website/normen/25-abs-5-aufenthg.html")
    assert linked.status_code == 200 and "§ 25 Abs. 5" in linked.text
    assert "content-security-policy" not in linked.headers           # die Website bringt eigene Skripte mit
    assert "content-security-policy" in client.get("/").headers


def test_the_gesamtpruefung_shows_every_norm_with_its_begruendung(client, app_corpus):
    page = html.unescape(post_form(client, "/assistent", {"norm": "alle", "stichtag": "2024-06-30"}).text)
    for norm in app_corpus.normen:
        assert f"Begründung zu {norm}" in page
    assert page.count("<details>") == len(app_corpus.normen)
    assert FormReader(page).value("frage")                           # und eine Frage für alle zusammen


def test_dienst_says_in_german_when_the_port_is_taken(capsys):
    import socket

    from lexdsl.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["dienst", "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"Der Dienst kann nicht auf 127.0.0.1:{port} lauschen (der Port ist schon belegt)" in err
