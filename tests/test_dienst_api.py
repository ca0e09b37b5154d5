"""Eigenschaftsbasierte Tests der HTTP-Schnittstelle gegen ihr eigenes OpenAPI-Dokument (schemathesis): Aus dem
Schema erzeugte Anfragen – gültige und ungültige Fälle, Normen, Stichtage – bekommen nie eine Antwort 5xx, und
jede Fehlerantwort ist deutsches JSON mit ``fehler``."""

from __future__ import annotations

import warnings

import pytest

from .conftest import ROOT

pytest.importorskip("fastapi")
schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    from lexdsl.service import create_app
    from lexdsl.workspace.corpus import load

    corpus = load(ROOT / "norms", cache_dir=tmp_path_factory.mktemp("cache"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(corpus))


OPERATIONS = ["GET /api/normen", "GET /api/normen/{norm_id}", "GET /api/merkmale", "GET /api/schema",
              "POST /api/pruefen", "POST /api/pruefen/stapel", "POST /api/naechste-frage"]


def test_the_document_lists_exactly_these_operations(api_schema):
    found = sorted(f"{op.ok().method.upper()} {op.ok().path}" for op in api_schema.get_all_operations())
    assert found == sorted(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_no_generated_request_gets_a_server_error(api_schema, label):
    from hypothesis import given

    method, path = label.split(" ", 1)
    [operation] = [op.ok() for op in api_schema.get_all_operations()
                   if op.ok().method.upper() == method and op.ok().path == path]
    seen: list[int] = []

    @given(operation.as_strategy())
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
              database=None)
    def check(case):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            response = case.call()
        seen.append(response.status_code)
        assert response.status_code < 500, (case.method, case.path, case.query, case.body, response.text[:300])
        if response.status_code >= 400:
            assert response.json()["fehler"], response.text

    check()
    assert seen                                     # wirklich Anfragen geschickt
    if method == "POST":                            # gültige und ungültige Fälle kamen vor
        assert 200 in seen and 422 in seen, seen
