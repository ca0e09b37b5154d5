"""Die Massenprüfung: ein ganzer Bestand auf einmal (``lexdsl massenpruefung``).

``program`` übersetzt eine Fassung in ein spaltenweises Programm (reine Daten), ``columnar`` führt es mit
Polars aus (unbekannt = null, Kleene-Logik), ``table`` liest und schreibt Bestände, ``run`` fügt alles
zusammen und schickt die Zeilen, die die Kleene-Logik offen lässt, durch die exakte Analyse.
"""
