"""Fälle: Falldateien sicher lesen (``casefile``), Werte umwandeln und prüfen (``values``), JSON-Schema (``schema``)."""

from .casefile import load_case, load_case_text, parse_case_file, read_case_data
from .values import (
                     MAX_ANZAHL,
                     MAX_BYTES,
                     MAX_DEPTH,
                     STICHTAG_JAHRE,
                     case_values,
                     convert_facts,
                     convert_stichtag,
                     convert_value,
)

__all__ = ["MAX_ANZAHL", "MAX_BYTES", "MAX_DEPTH", "STICHTAG_JAHRE", "case_values", "convert_facts",
           "convert_stichtag", "convert_value", "load_case", "load_case_text", "parse_case_file",
           "read_case_data"]
