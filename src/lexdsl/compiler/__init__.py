"""Der Übersetzer: Zwischendarstellung (IR) und Code-Erzeugung (geprüfter Syntaxbaum → Python)."""
