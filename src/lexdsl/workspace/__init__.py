"""Der Arbeitsbereich: Normdateien finden, übersetzen, zwischenspeichern, atomar schreiben und laden."""
