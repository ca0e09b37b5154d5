"""Anker und Seitennamen der Website: eindeutig, stabil, und die Website ist Byte für Byte gleich
unter jedem PYTHONHASHSEED (Ordnung aller Listen nach einem totalen Schlüssel)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from .conftest import ROOT, dedent
from .site_support import HOOKS, broken_links, html_files, parse_html

pytest.importorskip("mkdocs")

# Namen, die sich nur in Satzzeichen, Groß-/Kleinschreibung oder Umlautschreibung unterscheiden,
# und Namen in nichtlateinischer Schrift (früher alle „x“).
MERKMALE = ["Straftat (vorsätzlich)", "Straftat, vorsätzlich", "Straftat vorsätzlich", "straftat vorsätzlich",
            "Ärztlich bescheinigt", "Aerztlich bescheinigt", "Άσυλο", "Убежище", "難民"]
BEGRIFFE = ["Gefahr (erheblich)", "Gefahr, erheblich"]


def _norms(merkmale: list[str]) -> str:
    lines = [f"Merkmal {name}: ja/nein   [§ 1 G]" for name in merkmale]
    lines += [f"Begriff {BEGRIFFE[0]}   [VwV 1]", f"  liegt vor, wenn {merkmale[0]}",
              f"Begriff {BEGRIFFE[1]}   [VwV 2]", f"  liegt vor, wenn {merkmale[1]}"]
    for norm_id, begriff in (("§ 1 (a) G", BEGRIFFE[0]), ("§ 1 a G", BEGRIFFE[1])):
        lines += [f'Norm "{norm_id}": Titel   [§ 1 G]',
                  "  Der Tatbestand ist erfüllt, wenn alle folgenden:   [§ 1 G]",
                  f"    - {begriff}"]
        lines += [f"    - {name}" for name in merkmale[2:]]
        lines += ["  Die Aufenthaltserlaubnis kann erteilt werden.   [§ 1 G]"]
    return "\n".join(lines) + "\n"


FEATURE = """
    # language: de
    Funktionalität: {name}

      Szenario: § 1 G – {name}
        Angenommen das Merkmal "Άσυλο" ist "ja"
        Wenn "§ 1 a G" geprüft wird
        Dann ist die Prüfung offen
"""


def _project(root: Path, merkmale: list[str]) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Start\n\n<!-- lexdsl:uebersicht -->\n", encoding="utf-8")
    (root / "norms").mkdir()
    (root / "norms" / "anker.lexdsl").write_text(_norms(merkmale), encoding="utf-8")
    for name in ("a_b", "a-b"):      # zwei Feature-Dateien, deren Pfade gleich aussehen, Szenario in gleicher Zeile
        (root / "features" / "f").mkdir(parents=True, exist_ok=True)
        (root / "features" / "f" / f"{name}.feature").write_text(dedent(FEATURE.format(name=name)),
                                                                 encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("src/lexdsl/site/hooks.py", str(HOOKS))
    (root / "mkdocs.yml").write_text(config.replace("extra_css:\n  - stylesheets/lexdsl.css\n", ""),
                                     encoding="utf-8")
    return root


def _build(root: Path, seed: str) -> Path:
    site = root / f"site-{seed}"
    env = dict(os.environ, PYTHONHASHSEED=seed, NO_MKDOCS_2_WARNING="1", LEXDSL_CACHE=str(root / "cache"))
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
                           "-f", str(root / "mkdocs.yml"), "-d", str(site)],
                          cwd=root, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return site


def _glossary_ids(site: Path) -> dict[str, str]:
    """Name → Anker der Einträge im Glossar."""
    raw = (site / "glossar.html").read_text(encoding="utf-8")
    import re
    from html import unescape
    return {unescape(name): anchor for anchor, name in re.findall(r'<h3 id="([^"]+)">([^<]+)<', raw)}


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    base = tmp_path_factory.mktemp("anker")
    forward = _project(base / "vorwaerts", MERKMALE)
    backward = _project(base / "rueckwaerts", MERKMALE[:2] + MERKMALE[:1:-1])   # andere Reihenfolge der Erklärung
    return _build(forward, "0"), _build(forward, "4242"), _build(backward, "17")


def test_every_id_on_every_page_is_unique(sites):
    for path in html_files(sites[0]):
        ids = Counter(el.attrs["id"] for el in parse_html(path).elements if "id" in el.attrs)
        assert [i for i, n in ids.items() if n > 1] == [], path


def test_names_that_slug_alike_or_in_other_scripts_get_distinct_anchors(sites):
    ids = _glossary_ids(sites[0])
    assert set(MERKMALE + BEGRIFFE) <= set(ids), ids
    anchors = [ids[n] for n in MERKMALE + BEGRIFFE]
    assert len(set(anchors)) == len(anchors), ids
    assert all(a not in ("m-x", "b-x") for a in anchors), ids
    assert ids["Straftat (vorsätzlich)"].startswith("m-straftat-vorsaetzlich")    # lesbar, wo es geht
    norm_pages = sorted(p.name for p in (sites[0] / "normen").glob("*.html"))
    assert len(norm_pages) == 2, norm_pages
    scenario_ids = [el.attrs["id"] for p in html_files(sites[0]) for el in parse_html(p).elements
                    if el.tag == "details" and el.attrs.get("id", "").startswith("s-")]
    assert len(scenario_ids) >= 2 and len(set(scenario_ids)) == len(scenario_ids), scenario_ids


def test_every_link_reaches_its_anchor(sites):
    assert broken_links(sites[0]) == []


def test_anchors_do_not_depend_on_declaration_order(sites):
    assert _glossary_ids(sites[0]) == _glossary_ids(sites[2])


def test_site_is_byte_identical_under_any_hash_seed(sites):
    first, second, _ = sites
    differing = []
    for path in sorted(first.rglob("*")):
        if path.is_dir() or path.name.startswith("sitemap.xml"):
            continue          # die Sitemap trägt das Baudatum
        other = second / path.relative_to(first)
        if not other.exists() or other.read_bytes() != path.read_bytes():
            differing.append(str(path.relative_to(first)))
    assert differing == []


def test_unique_ids_is_total_stable_and_order_free():
    from lexdsl.site.anchors import unique_ids

    names = ["Straftat (vorsätzlich)", "Straftat, vorsätzlich", "Reiseunfähigkeit", "Убежище", "Άσυλο"]
    ids = unique_ids(names)
    assert ids == unique_ids(list(reversed(names)))
    assert len(set(ids.values())) == len(names)
    assert ids["Reiseunfähigkeit"] == "reiseunfaehigkeit"          # ohne Kollision: nur der lesbare Teil
    assert ids["Straftat (vorsätzlich)"] != ids["Straftat, vorsätzlich"]
    # ein Name, der nicht kollidiert, behält seinen Anker, wenn andere hinzukommen
    assert unique_ids(["Reiseunfähigkeit"])["Reiseunfähigkeit"] == ids["Reiseunfähigkeit"]
    assert unique_ids(["Убежище"])["Убежище"] == ids["Убежище"]
    # NFD und NFC sind derselbe Name
    import unicodedata
    nfd = unicodedata.normalize("NFD", "Reiseunfähigkeit")
    assert unique_ids([nfd])[nfd] == "reiseunfaehigkeit"


def test_the_project_site_is_byte_identical_under_another_hash_seed(built_site, tmp_path):
    other = tmp_path / "site"
    env = dict(os.environ, PYTHONHASHSEED="31337", NO_MKDOCS_2_WARNING="1")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
                           "-f", str(ROOT / "mkdocs.yml"), "-d", str(other)],
                          cwd=ROOT, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    differing = [str(p.relative_to(built_site)) for p in sorted(built_site.rglob("*"))
                 if p.is_file() and not p.name.startswith("sitemap.xml")
                 and (other / p.relative_to(built_site)).read_bytes() != p.read_bytes()]
    assert differing == []
