"""Ausgabe auf dem Terminal: jede Kodierung, Schreibfehler als deutsche Meldung, Dateinamen sicher gezeigt.

* ``prepare_streams`` stellt Standardausgabe und Fehlerausgabe so ein, dass
  ein Terminal ohne UTF-8 (``PYTHONIOENCODING=iso8859-15``, eine Locale
  ``de_DE@euro``, ASCII) lesbaren Text bekommt: Zeichen, die seine Kodierung
  nicht kennt, werden umschrieben („ → ", – → -, ä → ae nur, wenn nötig).
  Schlägt das Schreiben fehl (volle Platte, geschlossene Ausgabe), löst es
  ``OutputError`` aus; die Kommandozeile meldet das mit Exit-Code 2.

Dateinamen zeigt ``lexdsl.errors.shown_path`` maskiert (Steuerzeichen, Zeilenumbrüche).
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import sys
import unicodedata
from typing import IO, Any

ERROR_HANDLER = "lexdsl-umschreiben"

# Umschreibungen für Zeichen, die eine Kodierung nicht kennt (in dieser Reihenfolge versucht).
_FALLBACKS: dict[str, tuple[str, ...]] = {
    "„": ('"',), "“": ('"',), "”": ('"',), "‚": ("'",), "‘": ("'",), "’": ("'",),
    "»": (">>",), "«": ("<<",), "–": ("-",), "—": ("-",), "…": ("...",), "→": ("->",), "×": ("x",),
    "≤": ("<=",), "≥": (">=",), "§": ("Par.",), "ä": ("ae",), "ö": ("oe",), "ü": ("ue",), "Ä": ("Ae",),
    "Ö": ("Oe",), "Ü": ("Ue",), "ß": ("ss",), "€": ("EUR",), "\u00a0": (" ",), "\u202f": (" ",),
}


def _rewrite(error: UnicodeError) -> tuple[str, int]:
    """Fehlerbehandlung für ``str.encode``: jedes nicht kodierbare Zeichen umschreiben, sonst „?“."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for char in error.object[error.start:error.end]:
        candidates = [*_FALLBACKS.get(char, ()),
                      "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))]
        for candidate in candidates:
            try:
                candidate.encode(error.encoding)
            except (UnicodeEncodeError, LookupError):
                continue
            if candidate:
                out.append(candidate)
                break
        else:
            out.append("?")
    return "".join(out), error.end


codecs.register_error(ERROR_HANDLER, _rewrite)


class OutputError(Exception):
    """Die Ausgabe lässt sich nicht schreiben (volle Platte, geschlossene Ausgabe …)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class _GuardedStream(io.TextIOBase):
    """Eine Textausgabe, deren Schreibfehler als ``OutputError`` erscheinen (``BrokenPipeError`` bleibt)."""

    def __init__(self, stream: IO[str] | None):
        self._stream = stream

    def write(self, text: str) -> int:
        if self._stream is None:
            raise OutputError("die Standardausgabe ist geschlossen")
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(reason(exc)) from None

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(reason(exc)) from None

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", None) or "utf-8"

    def fileno(self) -> int:
        if self._stream is None:
            raise OSError("geschlossen")
        return self._stream.fileno()

    def isatty(self) -> bool:
        return self._stream is not None and self._stream.isatty()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def reason(exc: OSError) -> str:
    """Der Grund eines Ein-/Ausgabefehlers auf Deutsch."""
    import errno

    texts = {errno.ENOSPC: "kein Platz mehr auf dem Datenträger", errno.EBADF: "die Ausgabe ist geschlossen",
             errno.EIO: "Ein-/Ausgabefehler", errno.EACCES: "keine Berechtigung", errno.EPERM: "keine Berechtigung",
             errno.EROFS: "nur lesbares Dateisystem", errno.EDQUOT: "Speicherkontingent erschöpft"}
    return texts.get(exc.errno or 0, f"Systemfehler {errno.errorcode.get(exc.errno or 0, exc.errno)}")


def prepare_streams() -> None:
    """Standardausgabe und Fehlerausgabe: Zeichen umschreiben statt abbrechen, Schreibfehler als ``OutputError``."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and hasattr(stream, "reconfigure"):
            with contextlib.suppress(OSError, ValueError):
                stream.reconfigure(errors=ERROR_HANDLER)
    if not isinstance(sys.stdout, _GuardedStream):
        sys.stdout = _GuardedStream(sys.stdout)


def silence_stdout() -> None:
    """Nach einem Schreibfehler: Die Standardausgabe geht ins Leere, damit Python beim Beenden nicht noch einmal
    zu schreiben versucht (und eine englische Meldung druckt)."""
    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    sys.stdout = _GuardedStream(None)
