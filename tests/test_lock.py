"""Die Sperrdatei passt zu pyproject.toml: jede Angabe ist gesperrt und erfüllt, nichts ist veraltet."""

from __future__ import annotations

import pytest
from packaging.requirements import Requirement

from .lockfile import LOCK, PYPROJECT, SPARK_LOCK, canonical, declared, digest, lock_of, pins, recorded

LOCKS = [LOCK, SPARK_LOCK]


@pytest.mark.parametrize("lock", LOCKS, ids=lambda p: p.name)
def test_lock_was_written_for_the_current_pyproject(lock):
    assert recorded(lock) == digest(), (
        f"pyproject.toml wurde nach dem letzten »make lock« geändert; die Sperrdatei {lock.name} passt "
        "nicht mehr dazu. Führen Sie »make lock« aus und übernehmen Sie die neue Sperrdatei.")


@pytest.mark.parametrize("group", sorted(declared()))
def test_every_declared_requirement_is_pinned_and_satisfied(group):
    lock = lock_of(group)
    locked = pins(lock)
    for text in declared()[group]:
        requirement = Requirement(text)
        name = canonical(requirement.name)
        assert name in locked, f"{group}: »{requirement.name}« fehlt in {lock.name}"
        assert requirement.specifier.contains(locked[name], prereleases=True), (
            f"{group}: {requirement.name}=={locked[name]} erfüllt »{text}« aus {PYPROJECT.name} nicht")


def test_the_makefile_locks_every_extra_once():
    """Jedes Extra steht in genau einer Sperrdatei: EXTRAS im Makefile für requirements.lock, spark für sich."""
    import re

    makefile = (PYPROJECT.parent / "Makefile").read_text(encoding="utf-8")
    listed = set(re.search(r"^EXTRAS := (.*)$", makefile, re.M).group(1).split())
    extras = {g.removeprefix("extra:") for g in declared() if g.startswith("extra:")}
    assert listed == extras - {"spark"}, f"EXTRAS im Makefile: {sorted(listed)}, Extras: {sorted(extras)}"
    assert "pyspark" not in pins(LOCK), "PySpark gehört nur in requirements-spark.lock"


def test_the_spark_lock_keeps_the_versions_of_the_main_lock():
    main, spark = pins(LOCK), pins(SPARK_LOCK)
    differ = {n: (main[n], v) for n, v in spark.items() if n in main and main[n] != v}
    assert not differ, f"requirements-spark.lock weicht von requirements.lock ab: {differ}"


@pytest.mark.parametrize("lock", LOCKS, ids=lambda p: p.name)
def test_every_pin_has_hashes(lock):
    text = lock.read_text(encoding="utf-8")
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
