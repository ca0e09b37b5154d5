"""Die Schrittbibliothek: eindeutig, deutsch, und jedes Szenario nennt seine Quelle."""

from __future__ import annotations

import re

from lexdsl.steps import STEPS

from .conftest import ROOT

pytest_plugins = ["pytester"]

FEATURES = sorted((ROOT / "features").rglob("*.feature"))


def matching(sentence: str) -> list[str]:
    return [s.pattern for s in STEPS if re.fullmatch(s.pattern, sentence)]


def test_every_example_sentence_matches_exactly_one_step():
    assert len(STEPS) >= 20
    for _kind, pattern, examples, _doc, _function in STEPS:
        assert examples, pattern
        for sentence in examples:
            assert matching(sentence) == [pattern], sentence


def step_sentences():
    """Jeder Schritt jedes Szenarios, wie pytest-bdd ihn ausführt: in Grundrissen mit den Werten jedes Beispiels."""
    from lexdsl.site.scenarios import read_features

    for feature in read_features(ROOT / "features"):
        for scenario in feature.scenarios:
            renderings = [example.steps for example in scenario.examples] if scenario.outline else [None]
            for rendered in renderings:
                for text in scenario.all_step_texts(rendered):
                    yield feature.path, scenario.line, text


def test_every_step_in_the_features_matches_exactly_one_definition():
    sentences = list(step_sentences())
    assert len(sentences) > 100
    for name, number, sentence in sentences:
        assert len(matching(sentence)) == 1, f"{name}:{number}: {sentence}"


def test_feature_files_are_german_and_every_scenario_names_its_source():
    assert FEATURES
    for feature in FEATURES:
        lines = feature.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "# language: de", feature
        tags: list[str] = []
        for line in lines:
            text = line.strip()
            if text.startswith("@"):
                tags = text.split()
            elif text.startswith(("Szenario:", "Szenariogrundriss:")):
                title = text.split(":", 1)[1]
                named = "VwV" in title or "§" in title or "WD 2024" in title
                assert named or any(t.startswith(("@vwv_", "@wd_")) for t in tags), text
                tags = []


def test_unknown_merkmal_in_a_step_fails_with_the_closest_names(pytester):
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\nbdd_features_base_dir = "features"\n')
    norms = pytester.mkdir("norms")
    (norms / "n.lexdsl").write_text(
        'Merkmal Reiseunfähigkeit: ja/nein\nNorm "N": T\n  Sie kann erteilt werden, wenn Reiseunfähigkeit\n',
        encoding="utf-8")
    features = pytester.mkdir("features")
    (features / "n.feature").write_text(
        "# language: de\nFunktionalität: N\n  Szenario: § 1 – Tippfehler\n"
        '    Angenommen das Merkmal "Reiseunfähigkait" ist "ja"\n'
        '    Wenn "N" geprüft wird\n    Dann kann die Aufenthaltserlaubnis erteilt werden\n',
        encoding="utf-8")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*Unbekanntes Merkmal »Reiseunfähigkait«. Am nächsten: »Reiseunfähigkeit«.*"])


def test_the_step_library_and_its_page_need_no_pytest():
    """Die Website liest die Schritte, ohne pytest zu laden; nur das Plugin meldet sie bei pytest-bdd an."""
    import subprocess
    import sys

    code = ("import sys; import lexdsl.steps as s; from lexdsl.site.pages import steps_library; "
            "html = steps_library(); print(len(s.STEPS), 'pytest' in sys.modules, 'pytest_bdd' in sys.modules, "
            "'der Grundfall' in html)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, pytest_loaded, bdd_loaded, shown = done.stdout.split()
    assert int(count) == len(STEPS) and (pytest_loaded, bdd_loaded, shown) == ("False", "False", "True")
