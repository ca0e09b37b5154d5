"""Die lebende Dokumentation: erzeugt die Seiten der mkdocs-Website aus ``norms/`` und ``features/``.

Der mkdocs-Hook (``hooks.py``) ruft dieses Paket auf; alles, was eine Seite
zeigt, kommt aus den Normen, den Feature-Dateien und den Berichten des
letzten Testlaufs (Cucumber-JSON, Abdeckung). So kann die Website nicht von
dem abweichen, was getestet ist.
"""
