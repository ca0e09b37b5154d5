"""§ 25 Abs. 5 AufenthG (Stand 2021), von Hand in Python geschrieben (nach dem Wortlaut und VwV 25.5.0 bis 25.5.5).

Dient zweimal: als Vergleichsbasis für ``make bench`` und als unabhängige
zweite Umsetzung, gegen die ein Test die übersetzte Norm prüft. Die Merkmale
heißen wie im Vokabular; alle Fakten sind bekannt (zweiwertig).
"""

from __future__ import annotations

ABSCHIEBUNGSVERBOTE_ZIELSTAAT = ("§ 60 Abs. 5", "§ 60 Abs. 7 S. 1")


def aufenthg_25_5(f: dict) -> str:
    # Sätze 3 und 4: Verschulden schließt die Erteilung aus (VwV 25.5.3 bis 25.5.5).
    aktives_tun = (
        f["Täuschung über Identität oder Staatsangehörigkeit"]
        or f["Angabe falscher Tatsachen"]
        or f["Missbrauch, Vernichtung oder Unterschlagung von Urkunden oder Beweismitteln"]
        or f["Untertauchen zur Verhinderung der Aufenthaltsbeendigung"]
        or f["körperlicher Widerstand gegen Vollzugsmaßnahmen"]
        or f["Zusammenwirken mit dem Herkunftsstaat gegen die Rückübernahme"]
        or f["Verstreichenlassen der Rückkehrberechtigung"]
        or f["Entlassung aus der Staatsangehörigkeit auf Antrag ohne neue Staatsangehörigkeit"]
        or f["sonstiges aktives Tun, das die Ausreise verhindert oder verzögert"]
    )
    vorsprache_aussichtslos = (
        f["wiederholt erfolglos bei der Botschaft vorgesprochen"]
        and f["dabei Mitwirkungspflichten ordnungsgemäß erfüllt"]
        and f["Ergebnislosigkeit einer weiteren Vorsprache steht fest"]
    )
    unterlassen = (
        f["bekannte für die Ausreise notwendige Angaben nicht gemacht oder verweigert"]
        or f["verfügbare Dokumente oder Beweismittel nicht vorgelegt"]
        or (f["keine Mitwirkung bei Identitätsfeststellung und Beschaffung von Heimreisepapieren"]
            and not vorsprache_aussichtslos)
        or f["kein Antrag auf Wiedererwerb nach Entlassung kraft Gesetzes"]
        or f["geforderte Freiwilligkeitserklärung nicht abgegeben"]
        or f["Fotos für das Heimreisedokument nicht vorgelegt"]
        or f["sonstige zumutbare Handlung zur Beseitigung des Ausreisehindernisses unterlassen"]
    )
    if (aktives_tun or unterlassen) and f["Verhalten für das Ausreisehindernis zumindest mitursächlich"]:
        return "versagt"
    # § 5 Abs. 4 und § 10 Abs. 3 gelten (VwV 25.5.0). § 11 Abs. 1 gilt ebenfalls: Der Wortlaut von
    # § 25 Abs. 5 S. 1 (Stand 2021) weicht nicht mehr von ihm ab (Stand 2012: „abweichend von § 11 Abs. 1“).
    if f["Versagungsgrund nach § 5 Abs. 4 AufenthG"]:
        return "versagt"
    if f["Asylantrag als offensichtlich unbegründet abgelehnt"] and f["im Bundesgebiet"]:  # „vor der Ausreise“
        return "versagt"
    if f["Einreise- und Aufenthaltsverbot"]:
        return "versagt"
    # Satz 1 (VwV 25.5.0, 25.5.1.1 bis 25.5.1.4).
    tatsaechlich = (
        f["Reiseunfähigkeit"]
        or f["unverschuldete Passlosigkeit"]
        or f["unterbrochene oder fehlende Verkehrsverbindungen"]
        or f["sonstiges tatsächliches Ausreisehindernis"]
    )
    rechtlich = (
        f["erhebliche Gesundheitsverschlechterung durch die Ausreise als solche"]
        or (f["festgestelltes Abschiebungsverbot"] in ABSCHIEBUNGSVERBOTE_ZIELSTAAT
            and f["Einreise- und Aufenthaltsverbot"])
        or f["sonstiges inlandsbezogenes rechtliches Ausreisehindernis"]
    )
    unmoeglich = (tatsaechlich or rechtlich) and not f[
        "freiwillige Ausreise in den Herkunftsstaat oder einen aufnahmebereiten Staat möglich"]
    kein_wegfall = f["voraussichtliche Dauer des Ausreisehindernisses"] > 6 or f["Ausreisehindernis auf unbegrenzte Zeit"]
    if not (f["vollziehbar ausreisepflichtig"] and f["im Bundesgebiet"] and unmoeglich and kein_wegfall):
        return "nicht_erfuellt"
    # Satz 2 (VwV 25.5.2): nach 18 Monaten Duldung soll erteilt werden, außer im atypischen Fall.
    ergebnis = "ermessen"
    if f["Dauer der Duldung"] >= 18:
        atypisch = (
            (f["gewichtiger Ausweisungsgrund mit generalpräventivem Zweck"]
             and not f["Voraussetzungen für die Befristung der Ausweisungswirkungen gegeben"])
            or f["sonstiger atypischer Ausnahmefall"]
        )
        if not atypisch:
            ergebnis = "soll"
    # § 5 Abs. 1 und 2: Die Behörde kann nach Ermessen abweichen (§ 5 Abs. 3 S. 2).
    if not f["allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt"]:
        ergebnis = "ermessen"
    return ergebnis


# Merkmale, die selten zutreffen; in Zufallsfällen mit geringer Wahrscheinlichkeit.
SELTEN = {
    "Täuschung über Identität oder Staatsangehörigkeit", "Angabe falscher Tatsachen",
    "Missbrauch, Vernichtung oder Unterschlagung von Urkunden oder Beweismitteln",
    "Untertauchen zur Verhinderung der Aufenthaltsbeendigung", "körperlicher Widerstand gegen Vollzugsmaßnahmen",
    "Zusammenwirken mit dem Herkunftsstaat gegen die Rückübernahme", "Verstreichenlassen der Rückkehrberechtigung",
    "Entlassung aus der Staatsangehörigkeit auf Antrag ohne neue Staatsangehörigkeit",
    "sonstiges aktives Tun, das die Ausreise verhindert oder verzögert",
    "bekannte für die Ausreise notwendige Angaben nicht gemacht oder verweigert",
    "verfügbare Dokumente oder Beweismittel nicht vorgelegt",
    "keine Mitwirkung bei Identitätsfeststellung und Beschaffung von Heimreisepapieren",
    "kein Antrag auf Wiedererwerb nach Entlassung kraft Gesetzes", "geforderte Freiwilligkeitserklärung nicht abgegeben",
    "Fotos für das Heimreisedokument nicht vorgelegt",
    "sonstige zumutbare Handlung zur Beseitigung des Ausreisehindernisses unterlassen",
    "Versagungsgrund nach § 5 Abs. 4 AufenthG", "Asylantrag als offensichtlich unbegründet abgelehnt",
    "freiwillige Ausreise in den Herkunftsstaat oder einen aufnahmebereiten Staat möglich",
    "sonstiger atypischer Ausnahmefall", "Einreise- und Aufenthaltsverbot",
}


def zufallsfall(vokabular: dict, rng) -> dict:
    """Ein vollständiger Zufallsfall über dem Vokabular (Name → ``MerkmalInfo``), in Werten der Laufzeit."""
    fall = {}
    for name, eintrag in vokabular.items():
        typ = eintrag.type.value
        if typ == "ja/nein":
            fall[name] = rng.random() < (0.04 if name in SELTEN else 0.7)
        elif typ == "Dauer":
            fall[name] = float(rng.randrange(0, 49))
        elif typ == "Auswahl":
            fall[name] = rng.choice(eintrag.values)
        elif typ == "Anzahl":
            fall[name] = float(rng.randrange(0, 5))
        else:
            fall[name] = f"20{rng.randrange(0, 30):02d}-01-01"
    return fall
