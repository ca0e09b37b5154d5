"""Die Sperrdateien ``requirements.lock`` (und ``requirements-spark.lock``) und ``pyproject.toml``: passen sie
zusammen?

``make lock`` schreibt die Sperrdatei mit pip-compile und setzt danach mit
``python -m tests.lockfile --stempel requirements.lock`` eine Kopfzeile mit dem
Hash aller Abhängigkeitsangaben aus ``pyproject.toml``. ``tests/test_lock.py``
vergleicht ihn und prüft, dass jede Angabe von der gesperrten Version erfüllt wird.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

try:
    import tomllib
except ImportError:  # pragma: no cover – Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "requirements.lock"
SPARK_LOCK = ROOT / "requirements-spark.lock"     # nur PySpark (groß), gebunden an die Versionen von LOCK
SEPARATE = {"extra:spark": SPARK_LOCK}             # Gruppe → eigene Sperrdatei; alle anderen stehen in LOCK
STAMP_PREFIX = "# pyproject-abhaengigkeiten sha256: "

_PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s\\;]+)")


def declared(pyproject: Path = PYPROJECT) -> dict[str, list[str]]:
    """Alle Abhängigkeitsangaben: Bau, Laufzeit und jede Extra-Gruppe (Gruppe → Angaben)."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    groups = {"build-system": list(data.get("build-system", {}).get("requires", [])),
              "dependencies": list(data["project"].get("dependencies", []))}
    for name, items in sorted(data["project"].get("optional-dependencies", {}).items()):
        groups[f"extra:{name}"] = list(items)
    return groups


def digest(pyproject: Path = PYPROJECT) -> str:
    text = json.dumps(declared(pyproject), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(lock: Path = LOCK) -> dict[str, str]:
    """Paket (normalisierter Name) → gesperrte Version."""
    found: dict[str, str] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            found[canonical(match.group("name"))] = match.group("version")
    return found


def stamp(lock: Path = LOCK) -> None:
    """Setzt (oder ersetzt) die Kopfzeile mit dem Hash der Angaben in pyproject.toml."""
    lines = [line for line in lock.read_text(encoding="utf-8").splitlines() if not line.startswith(STAMP_PREFIX)]
    lines.insert(0, STAMP_PREFIX + digest())
    lock.write_text("\n".join(lines) + "\n", encoding="utf-8")


def lock_of(group: str) -> Path:
    return SEPARATE.get(group, LOCK)


def recorded(lock: Path = LOCK) -> str | None:
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(STAMP_PREFIX):
            return line[len(STAMP_PREFIX):].strip()
    return None


if __name__ == "__main__":
    if sys.argv[1:] == ["--bau"]:          # die Angaben für den Paketbau, je Zeile eine (make test-neueste)
        print("\n".join(declared()["build-system"] + ["editables"]))
    elif sys.argv[1:2] == ["--stempel"] and len(sys.argv) == 3:
        stamp(Path(sys.argv[2]))
    else:
        sys.exit("Aufruf: python -m tests.lockfile --stempel requirements.lock | --bau")
