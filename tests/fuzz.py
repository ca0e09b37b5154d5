"""``make fuzz``: die Fuzzing-Eigenschaften aus ``tests/test_fuzz.py`` mit vielen zufälligen Eingaben.

Aufruf: ``python -m tests.fuzz [ANZAHL]`` (Standard 100.000, verteilt auf die
beiden Eigenschaften). Am Ende steht, wie viele Eingaben geprüft wurden, wie
viele übersetzt und wie viele mit einer Meldung abgewiesen wurden. Ein Fund
bricht mit dem verkleinerten Gegenbeispiel ab (Exit-Code 1).
"""

from __future__ import annotations

import os
import sys
import time


def main(argv: list[str]) -> int:
    total = int(argv[0]) if argv else 100_000
    share = total // 5
    os.environ["LEXDSL_FUZZ_PROFIL"] = "lexdsl-fuzz"
    runs = (("test_mutated_norms_compile_or_fail_with_a_lexdsl_error", total - share),
            ("test_norms_built_from_language_pieces_compile_or_fail_with_a_lexdsl_error", share))
    start = time.time()
    from hypothesis import settings

    from tests import test_fuzz

    for name, count in runs:
        before = test_fuzz.COUNT["eingaben"]
        test = getattr(test_fuzz, name)
        wrapped = settings(settings.get_profile("lexdsl-fuzz"), max_examples=count)(test)
        try:
            wrapped()
        except Exception as exc:
            print(f"FUND in {name} nach {test_fuzz.COUNT['eingaben'] - before} Eingaben:\n{exc}", file=sys.stderr)
            return 1
        print(f"{name}: {test_fuzz.COUNT['eingaben'] - before} Eingaben", flush=True)
    c = test_fuzz.COUNT
    print(f"Fuzzing: {c['eingaben']} Eingaben in {time.time() - start:.0f} s – {c['uebersetzt']} übersetzt, "
          f"{c['abgewiesen']} mit Meldung abgewiesen, 0 unerwartete Ausnahmen.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
