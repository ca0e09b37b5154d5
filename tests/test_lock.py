"""Die Sperrdatei passt zu pyproject.toml: jede Angabe ist gesperrt und erfüllt, nichts ist veraltet."""

from __future__ import annotations

import pytest
from packaging.requirements import Requirement

from .lockfile import LOCK, PYPROJECT, canonical, declared, digest, pins, recorded


def test_lock_was_written_for_the_current_pyproject():
    assert recorded() == digest(), (
        "pyproject.toml wurde nach dem letzten »make lock« geändert; die Sperrdatei requirements.lock passt "
        "nicht mehr dazu. Führen Sie »make lock« aus und übernehmen Sie die neue Sperrdatei.")


@pytest.mark.parametrize("group", sorted(declared()))
def test_every_declared_requirement_is_pinned_and_satisfied(group):
    locked = pins()
    for text in declared()[group]:
        requirement = Requirement(text)
        name = canonical(requirement.name)
        assert name in locked, f"{group}: »{requirement.name}« fehlt in {LOCK.name}"
        assert requirement.specifier.contains(locked[name], prereleases=True), (
            f"{group}: {requirement.name}=={locked[name]} erfüllt »{text}« aus {PYPROJECT.name} nicht")


def test_every_pin_has_hashes():
    text = LOCK.read_text(encoding="utf-8")
    blocks = [b for b in text.split("\n") if b and not b.startswith((" ", "#"))]
    assert blocks, "die Sperrdatei ist leer"
    for line in blocks:
        assert "==" in line and line.rstrip().endswith("\\"), f"ohne Hash: {line}"
    assert text.count("--hash=sha256:") >= len(blocks)


def test_digest_changes_when_a_range_changes(tmp_path):
    changed = tmp_path / "pyproject.toml"
    changed.write_text(PYPROJECT.read_text(encoding="utf-8").replace('"lark>=1.2,<2"', '"lark>=1.2,<3"'),
                       encoding="utf-8")
    assert digest(changed) != digest()
