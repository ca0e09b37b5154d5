"""Die Normensprache: Grammatik, Parser, Syntaxbaum und statische Prüfungen (Text → geprüfter Syntaxbaum)."""
