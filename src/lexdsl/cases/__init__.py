"""Fälle: Falldateien sicher lesen, Werte in die Typen der Merkmale umwandeln, das JSON-Schema der Falldateien."""

from .casefile import (MAX_ANZAHL, MAX_BYTES, MAX_DEPTH, STICHTAG_JAHRE, case_values, convert_stichtag,
                       convert_value, load_case, parse_case_file, read_case_data)

__all__ = ["MAX_ANZAHL", "MAX_BYTES", "MAX_DEPTH", "STICHTAG_JAHRE", "case_values", "convert_stichtag",
           "convert_value", "load_case", "parse_case_file", "read_case_data"]
