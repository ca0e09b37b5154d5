"""Die Normen einer anderen Version: ein zweites Verzeichnis oder derselbe Ordner in einer Git-Revision.

``lexdsl analysieren --vergleich REV`` vergleicht die Normen der Arbeitskopie mit denen von ``REV``. Ist
``REV`` ein Verzeichnis, sind das die Normen; sonst holt ``git archive`` den Normordner aus dieser Revision
des Repositoriums, in dem er liegt, in ein temporäres Verzeichnis. Nichts in der Arbeitskopie ändert sich.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path


class RevisionError(Exception):
    """Die andere Version lässt sich nicht lesen (mit deutscher Meldung)."""


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as exc:
        raise RevisionError(f"Git lässt sich nicht aufrufen ({exc.strerror or exc}).") from exc


def norms_at(revision: str, norms: Path, target: Path) -> Path:
    """Der Normordner in der anderen Version (ein Verzeichnis, oder nach ``target`` ausgepackt)."""
    given = Path(revision)
    if given.is_dir():
        return given
    folder = norms.resolve()
    if not folder.is_dir():
        raise RevisionError(f"Das Normverzeichnis »{norms}« gibt es nicht.")
    top = _git(["rev-parse", "--show-toplevel"], folder)
    if top.returncode != 0:
        raise RevisionError(f"»{revision}« ist kein Verzeichnis, und »{norms}« liegt in keinem Git-Repositorium.")
    root = Path(top.stdout.decode().strip())
    inner = folder.relative_to(root.resolve()).as_posix() or "."
    known = _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], root)
    if known.returncode != 0:
        raise RevisionError(f"Die Revision »{revision}« gibt es in {root.name} nicht.")
    archive = _git(["archive", "--format=tar", revision, "--", inner], root)
    if archive.returncode != 0:
        raise RevisionError(f"In der Revision »{revision}« gibt es den Ordner »{inner}« nicht.")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    return target / inner
