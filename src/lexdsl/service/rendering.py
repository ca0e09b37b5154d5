"""Die Vorlagen des Prüfassistenten (Jinja2, Autoescape immer an), einmal geladen."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from ..vocabulary import Outcome

FOLDER = Path(__file__).parent / "templates"


@functools.lru_cache(maxsize=1)
def environment() -> Any:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(FOLDER), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["grad"] = lambda value: Outcome(value).grade_name
    return env


def render(name: str, **context: Any) -> str:
    text: str = environment().get_template(name).render(**context)
    return text
