# language: de
# Abnahmeszenarien zu § 25 Abs. 5 AufenthG nach der VwV-AufenthG vom 26.10.2009,
# Nr. 25.5.0 bis 25.5.9 (mit Nr. 25.3.5.2 für den Begriff der Ausreise).
# Jede Erwartung folgt aus dem Text der Verwaltungsvorschrift; der Grundfall
# (beispiele/reiseunfaehigkeit.yaml) ist ein seit vier Jahren geduldeter, auf
# unbegrenzte Zeit reiseunfähiger Ausländer ohne Verschulden (Ergebnis: soll).

@norm_25_5
Funktionalität: § 25 Abs. 5 AufenthG – Aufenthaltserlaubnis, wenn die Ausreise unmöglich ist

  Grundlage:
    Angenommen der Grundfall "beispiele/reiseunfaehigkeit.yaml"

  # ------------------------------------------------------------ Satz 1 / VwV 25.5.0

  @vwv_25_5_0
  Szenario: VwV 25.5.0 – ohne vollziehbare Ausreisepflicht ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "vollziehbar ausreisepflichtig" ist "nein"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.5.0"
    Und die Begründung nennt "§ 25 Abs. 5 S. 1 AufenthG"

  @vwv_25_5_0
  Szenario: VwV 25.5.0 – wer sich nicht mehr im Bundesgebiet aufhält, erfüllt den Tatbestand nicht
    Angenommen das Merkmal "im Bundesgebiet" ist "nein"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.5.0"

  @vwv_25_5_1_1
  Szenario: VwV 25.5.1.1 – ohne rechtliches oder tatsächliches Ausreisehindernis ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "Reiseunfähigkeit" ist "nein"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.5.1.1"

  # ------------------------------------------------------------ VwV 25.5.1.1 / 25.3.5.2

  @vwv_25_5_1_1 @vwv_25_3_5_2
  Szenario: VwV 25.5.1.1 – ist nur die Abschiebung unmöglich, die freiwillige Ausreise aber möglich, ist die Ausreise nicht unmöglich
    # VwV 25.3.5.2: unerheblich, ob eine zwangsweise Rückführung unmöglich ist (z. B. weil keine
    # Begleitung durch Sicherheitsbeamte möglich ist), wenn der Ausländer freiwillig ausreisen könnte.
    Angenommen die Merkmale:
      | Merkmal                                                                              | Wert |
      | Reiseunfähigkeit                                                                     | nein |
      | sonstiges tatsächliches Ausreisehindernis                                            | ja   |
      | freiwillige Ausreise in den Herkunftsstaat oder einen aufnahmebereiten Staat möglich | ja   |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.5.1.1"
    Und die Begründung nennt "VwV 25.3.5.2"

  # ------------------------------------------------------------ VwV 25.5.1.2

  @vwv_25_5_1_2
  Szenariogrundriss: VwV 25.5.1.2 – <merkmal> allein macht die Ausreise tatsächlich unmöglich
    Angenommen das Merkmal "Reiseunfähigkeit" ist "nein"
    Und das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.1.2"

    Beispiele:
      | merkmal                                          |
      | Reiseunfähigkeit                                 |
      | unverschuldete Passlosigkeit                     |
      | unterbrochene oder fehlende Verkehrsverbindungen |

  @vwv_25_5_1_2 @vwv_25_5_1_4
  Szenario: VwV 25.5.1.2 – nur kurz unterbrochene Verkehrsverbindungen genügen nicht, wenn der Wegfall absehbar ist
    Angenommen die Merkmale:
      | Merkmal                                          | Wert      |
      | Reiseunfähigkeit                                 | nein      |
      | unterbrochene oder fehlende Verkehrsverbindungen | ja        |
      | Ausreisehindernis auf unbegrenzte Zeit           | nein      |
      | voraussichtliche Dauer des Ausreisehindernisses  | 2 Monate  |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.5.1.4"

  # ------------------------------------------------------------ VwV 25.5.1.3.1

  @vwv_25_5_1_3_1
  Szenario: VwV 25.5.1.3.1 – erhebliche Gesundheitsverschlechterung durch die Ausreise als solche macht die Ausreise rechtlich unmöglich
    Angenommen das Merkmal "Reiseunfähigkeit" ist "nein"
    Und das Merkmal "erhebliche Gesundheitsverschlechterung durch die Ausreise als solche" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.1.3.1"

  @vwv_25_5_1_3_1
  Szenario: VwV 25.5.1.3.1 – eine Gesundheitsverschlechterung nur bei zwangsweiser Rückführung genügt nicht
    Angenommen das Merkmal "Reiseunfähigkeit" ist "nein"
    Und das Merkmal "Gesundheitsverschlechterung nur bei zwangsweiser Rückführung" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.5.1.3.1"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_5_1_3_1
  Szenario: VwV 25.5.1.3.1 – eine zielstaatsbezogene Gefahr im Herkunftsland allein genügt nicht
    Angenommen das Merkmal "Reiseunfähigkeit" ist "nein"
    Und das Merkmal "zielstaatsbezogene Gefahr im Herkunftsland" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.5.1.3.1"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  # ------------------------------------------------------------ VwV 25.5.1.3.2

  # Berichtigt: Die Abweichung von § 11 Abs. 1 steht nur im Wortlaut von 2012 („kann abweichend
  # von § 11 Abs. 1“) und nach VwV 25.5.0 nur, wenn die Zwecke der Maßnahme erreicht sind.
  @vwv_25_5_1_3_2 @aufenthg_25_5_s1_2012
  Szenariogrundriss: VwV 25.5.1.3.2; § 25 Abs. 5 S. 1 AufenthG, Stand 2012 – Abschiebungsverbot nach <verbot> mit Einreise- und Aufenthaltsverbot
    Angenommen der Stichtag "01.05.2012"
    Und das Merkmal "mit der aufenthaltsbeendenden Maßnahme verbundene Zwecke erreicht" ist "ja"
    Und das Merkmal "Reiseunfähigkeit" ist "nein"
    Und das Merkmal "festgestelltes Abschiebungsverbot" ist "<verbot>"
    Und das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.1.3.2"

    Beispiele:
      | verbot           |
      | § 60 Abs. 5      |
      | § 60 Abs. 7 S. 1 |

  @vwv_25_5_1_3_2
  Szenario: VwV 25.5.1.3.2 – ein zielstaatsbezogenes Abschiebungsverbot ohne Einreise- und Aufenthaltsverbot gehört zu § 25 Abs. 3
    Angenommen das Merkmal "Reiseunfähigkeit" ist "nein"
    Und das Merkmal "festgestelltes Abschiebungsverbot" ist "§ 60 Abs. 5"
    Und das Merkmal "Einreise- und Aufenthaltsverbot" ist "nein"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.5.1.3.2"

  # ------------------------------------------------------------ VwV 25.5.1.3.3

  @vwv_25_5_1_3_3
  Szenario: VwV 25.5.1.3.3 – ein allgemeiner Abschiebestopp allein macht die freiwillige Ausreise nicht unmöglich
    Angenommen das Merkmal "Reiseunfähigkeit" ist "nein"
    Und das Merkmal "allgemeiner Abschiebestopp nach § 60a Abs. 1" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.5.1.3.3"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  # ------------------------------------------------------------ VwV 25.5.1.4

  @vwv_25_5_1_4
  Szenario: VwV 25.5.1.4 – ist der Wegfall des Hindernisses in drei Monaten zu erwarten, ist der Tatbestand nicht erfüllt
    Angenommen das Merkmal "Ausreisehindernis auf unbegrenzte Zeit" ist "nein"
    Und das Merkmal "voraussichtliche Dauer des Ausreisehindernisses" ist "3 Monate"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.5.1.4"

  @vwv_25_5_1_4
  Szenario: VwV 25.5.1.4 – genau sechs Monate sind nicht „länger als sechs Monate“
    Angenommen das Merkmal "Ausreisehindernis auf unbegrenzte Zeit" ist "nein"
    Und das Merkmal "voraussichtliche Dauer des Ausreisehindernisses" ist "6 Monate"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "VwV 25.5.1.4"

  @vwv_25_5_1_4
  Szenario: VwV 25.5.1.4 – besteht das Hindernis voraussichtlich länger als sechs Monate, kommt die Erteilung in Betracht
    Angenommen das Merkmal "Ausreisehindernis auf unbegrenzte Zeit" ist "nein"
    Und das Merkmal "voraussichtliche Dauer des Ausreisehindernisses" ist "7 Monate"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.1.4"

  @vwv_25_5_1_4
  Szenario: VwV 25.5.1.4 – ein Hindernis auf unbegrenzte Zeit genügt ohne bezifferte Dauer
    Angenommen das Merkmal "Ausreisehindernis auf unbegrenzte Zeit" ist "ja"
    Und das Merkmal "voraussichtliche Dauer des Ausreisehindernisses" ist unbekannt
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.1.4"
    Und es fehlt kein Merkmal

  @vwv_25_5_1_4
  Szenario: VwV 25.5.1.4 – ohne Prognose über die Dauer des Hindernisses ist das Ergebnis offen
    Angenommen das Merkmal "Ausreisehindernis auf unbegrenzte Zeit" ist unbekannt
    Und das Merkmal "voraussichtliche Dauer des Ausreisehindernisses" ist unbekannt
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "soll, nicht erfüllt"
    Und es fehlen genau die Merkmale:
      | Ausreisehindernis auf unbegrenzte Zeit          |
      | voraussichtliche Dauer des Ausreisehindernisses |
    Und die Begründung nennt "VwV 25.5.1.4"

  # ------------------------------------------------------------ VwV 25.5.2

  @vwv_25_5_2
  Szenario: VwV 25.5.2 – nach vier Jahren Duldung soll die Aufenthaltserlaubnis erteilt werden
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.2"
    Und die Begründung nennt "§ 25 Abs. 5 S. 2 AufenthG"

  @vwv_25_5_2
  Szenario: VwV 25.5.2 – genau 18 Monate Duldung genügen für die Soll-Regel
    Angenommen das Merkmal "Dauer der Duldung" ist "18 Monate"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.2"

  @vwv_25_5_2 @vwv_25_5_6
  Szenario: VwV 25.5.2 – bei 17 Monaten Duldung bleibt es beim Ermessen nach Satz 1
    Angenommen das Merkmal "Dauer der Duldung" ist "17 Monate"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25 Abs. 5 S. 1 AufenthG"
    Und die Begründung nennt "VwV 25.5.0"
    Und die Begründung nennt "VwV 25.5.2"
    Und die Begründung enthält "Sie soll erteilt werden – greift nicht"

  @vwv_25_5_2
  Szenariogrundriss: VwV 25.5.2 – Zeiten mit <art> werden auf die 18-Monats-Frist nicht angerechnet
    # Ein Jahr Duldung; die übrige Aufenthaltszeit lag unter einem Titel bzw. einer Gestattung.
    Angenommen das Merkmal "Dauer der Duldung" ist "12 Monate"
    Und das Merkmal "<merkmal>" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25 Abs. 5 S. 1 AufenthG"
    Und die Begründung nennt "VwV 25.5.2"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

    Beispiele:
      | art                   | merkmal                                     |
      | Aufenthaltstitel      | Aufenthaltszeiten mit Aufenthaltstitel      |
      | Aufenthaltsgestattung | Aufenthaltszeiten mit Aufenthaltsgestattung |

  @vwv_25_5_2
  Szenario: VwV 25.5.2 – gewichtiger Ausweisungsgrund, dessen Wirkungen noch nicht befristet werden könnten, ist ein atypischer Fall
    Angenommen das Merkmal "gewichtiger Ausweisungsgrund mit generalpräventivem Zweck" ist "ja"
    Und das Merkmal "Voraussetzungen für die Befristung der Ausweisungswirkungen gegeben" ist "nein"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.2"

  @vwv_25_5_2
  Szenario: VwV 25.5.2 – könnten die Ausweisungswirkungen schon befristet werden, bleibt es bei der Soll-Regel
    Angenommen das Merkmal "gewichtiger Ausweisungsgrund mit generalpräventivem Zweck" ist "ja"
    Und das Merkmal "Voraussetzungen für die Befristung der Ausweisungswirkungen gegeben" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.2"

  @vwv_25_5_2
  Szenario: VwV 25.5.2 – ein sonstiger atypischer Ausnahmefall öffnet trotz 18 Monaten das Ermessen
    Angenommen das Merkmal "sonstiger atypischer Ausnahmefall" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.2"

  # ------------------------------------------------------------ VwV 25.5.3 bis 25.5.5: Verschulden

  @vwv_25_5_4_1
  Szenariogrundriss: VwV 25.5.4.1 – Verschulden durch aktives Tun: <merkmal>
    Angenommen das Merkmal "<merkmal>" ist "ja"
    Und das Merkmal "Verhalten für das Ausreisehindernis zumindest mitursächlich" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.5.4.1"
    Und die Begründung nennt "§ 25 Abs. 5 S. 3 AufenthG"

    Beispiele:
      | merkmal                                                                         |
      | Täuschung über Identität oder Staatsangehörigkeit                               |
      | Angabe falscher Tatsachen                                                       |
      | Missbrauch, Vernichtung oder Unterschlagung von Urkunden oder Beweismitteln     |
      | Untertauchen zur Verhinderung der Aufenthaltsbeendigung                         |
      | körperlicher Widerstand gegen Vollzugsmaßnahmen                                 |
      | Zusammenwirken mit dem Herkunftsstaat gegen die Rückübernahme                   |
      | Verstreichenlassen der Rückkehrberechtigung                                     |
      | Entlassung aus der Staatsangehörigkeit auf Antrag ohne neue Staatsangehörigkeit |

  @vwv_25_5_4_2
  Szenariogrundriss: VwV 25.5.4.2 – Verschulden durch Unterlassen zumutbarer Handlungen: <merkmal>
    # Keine früheren erfolglosen Vorsprachen: eine weitere Vorsprache ist nicht offensichtlich aussichtslos.
    Angenommen das Merkmal "wiederholt erfolglos bei der Botschaft vorgesprochen" ist "nein"
    Und das Merkmal "<merkmal>" ist "ja"
    Und das Merkmal "Verhalten für das Ausreisehindernis zumindest mitursächlich" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.5.4.2"

    Beispiele:
      | merkmal                                                                           |
      | bekannte für die Ausreise notwendige Angaben nicht gemacht oder verweigert        |
      | verfügbare Dokumente oder Beweismittel nicht vorgelegt                            |
      | keine Mitwirkung bei Identitätsfeststellung und Beschaffung von Heimreisepapieren |
      | kein Antrag auf Wiedererwerb nach Entlassung kraft Gesetzes                       |
      | geforderte Freiwilligkeitserklärung nicht abgegeben                               |

  @vwv_25_5_4
  Szenario: VwV 25.5.4 – wer die Fotos für das Heimreisedokument nicht vorlegt, hat die Unmöglichkeit der Ausreise zu vertreten
    Angenommen das Merkmal "Fotos für das Heimreisedokument nicht vorgelegt" ist "ja"
    Und das Merkmal "Verhalten für das Ausreisehindernis zumindest mitursächlich" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.5.4"

  @vwv_25_5_4
  Szenario: VwV 25.5.4 – eine offensichtlich aussichtslose weitere Vorsprache bei der Botschaft ist unzumutbar
    Angenommen die Merkmale:
      | Merkmal                                                                           | Wert |
      | keine Mitwirkung bei Identitätsfeststellung und Beschaffung von Heimreisepapieren | ja   |
      | wiederholt erfolglos bei der Botschaft vorgesprochen                              | ja   |
      | dabei Mitwirkungspflichten ordnungsgemäß erfüllt                                  | ja   |
      | Ergebnislosigkeit einer weiteren Vorsprache steht fest                            | ja   |
      | Verhalten für das Ausreisehindernis zumindest mitursächlich                       | ja   |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.4"

  @vwv_25_5_4
  Szenario: VwV 25.5.4 – steht die Ergebnislosigkeit einer weiteren Vorsprache nicht fest, bleibt sie zumutbar
    Angenommen die Merkmale:
      | Merkmal                                                                           | Wert |
      | keine Mitwirkung bei Identitätsfeststellung und Beschaffung von Heimreisepapieren | ja   |
      | wiederholt erfolglos bei der Botschaft vorgesprochen                              | ja   |
      | dabei Mitwirkungspflichten ordnungsgemäß erfüllt                                  | ja   |
      | Ergebnislosigkeit einer weiteren Vorsprache steht fest                            | nein |
      | Verhalten für das Ausreisehindernis zumindest mitursächlich                       | ja   |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.5.4"

  @vwv_25_5_4
  Szenario: VwV 25.5.4 – die lange Dauer des bisherigen Aufenthalts macht die Mitwirkung nicht unzumutbar
    Angenommen die Merkmale:
      | Merkmal                                                                           | Wert |
      | keine Mitwirkung bei Identitätsfeststellung und Beschaffung von Heimreisepapieren | ja   |
      | lange Dauer des bisherigen Aufenthalts                                            | ja   |
      | wiederholt erfolglos bei der Botschaft vorgesprochen                              | nein |
      | Verhalten für das Ausreisehindernis zumindest mitursächlich                       | ja   |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.5.4"
    Und die Begründung enthält "genügt allein regelmäßig nicht"

  @vwv_25_5_5
  Szenario: VwV 25.5.5 – ein Verhalten, das für das Ausreisehindernis nicht mitursächlich ist, ist kein Verschulden
    # Die Täuschung liegt vor, das bestehende Hindernis ist aber allein die Reiseunfähigkeit.
    Angenommen das Merkmal "Täuschung über Identität oder Staatsangehörigkeit" ist "ja"
    Und das Merkmal "Verhalten für das Ausreisehindernis zumindest mitursächlich" ist "nein"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.5"

  @vwv_25_5_3
  Szenario: VwV 25.5.3 – ist eine Täuschung noch nicht festgestellt, ist das Ergebnis offen
    Angenommen das Merkmal "Täuschung über Identität oder Staatsangehörigkeit" ist unbekannt
    Und das Merkmal "Verhalten für das Ausreisehindernis zumindest mitursächlich" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die möglichen Ergebnisse sind "soll, versagt"
    Und es fehlen genau die Merkmale:
      | Täuschung über Identität oder Staatsangehörigkeit |
    Und die Begründung nennt "§ 25 Abs. 5 S. 3 AufenthG"

  @vwv_25_5_5
  Szenario: VwV 25.5.5 – ist die Mitursächlichkeit eines feststehenden Fehlverhaltens ungeklärt, ist das Ergebnis offen
    Angenommen das Merkmal "Angabe falscher Tatsachen" ist "ja"
    Und das Merkmal "Verhalten für das Ausreisehindernis zumindest mitursächlich" ist unbekannt
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und es fehlen genau die Merkmale:
      | Verhalten für das Ausreisehindernis zumindest mitursächlich |
    Und die Begründung nennt "VwV 25.5.5"

  # ------------------------------------------------------------ VwV 25.5.0: allgemeine Vorschriften

  @vwv_25_5_0
  Szenario: VwV 25.5.0 – nach offensichtlich unbegründetem Asylantrag darf vor der Ausreise nicht erteilt werden
    Angenommen das Merkmal "Asylantrag als offensichtlich unbegründet abgelehnt" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 10 Abs. 3 AufenthG"

  # Berichtigt: nur nach § 25 Abs. 5 S. 1 AufenthG, Stand 2012 („abweichend von § 11 Abs. 1“),
  # und nach VwV 25.5.0 nur, wenn die Zwecke der aufenthaltsbeendenden Maßnahme erreicht sind.
  @vwv_25_5_0 @aufenthg_25_5_s1_2012
  Szenario: VwV 25.5.0; § 25 Abs. 5 S. 1 AufenthG, Stand 2012 – ein Einreise- und Aufenthaltsverbot steht nicht entgegen, wenn die Zwecke der Abschiebung erreicht sind
    Angenommen der Stichtag "01.05.2012"
    Und das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Und das Merkmal "mit der aufenthaltsbeendenden Maßnahme verbundene Zwecke erreicht" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "abweichend von § 11 Abs. 1 AufenthG"
    Und die Begründung nennt "VwV 25.5.0"

  @vwv_25_5_0
  Szenario: VwV 25.5.0 – sind die allgemeinen Erteilungsvoraussetzungen nicht erfüllt, bleibt nur Ermessen
    Angenommen das Merkmal "allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt" ist "nein"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 5 Abs. 3 S. 2 AufenthG"
    Und die Begründung enthält "nach Ermessen abweichend"

  @vwv_25_5_0
  Szenario: VwV 25.5.0 – von § 5 Abs. 4 darf nicht abgewichen werden
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 5 Abs. 4 AufenthG"

  # Berichtigt: Die Prüfung der Zweckerreichung ist nach VwV 25.5.0 die Bedingung der Abweichung
  # von § 11 Abs. 1 (Stand 2012), kein bloßes Ermessenskriterium.
  @vwv_25_5_0 @vwv_25_5_6 @aufenthg_25_5_s1_2012
  Szenario: VwV 25.5.0; § 25 Abs. 5 S. 1 AufenthG, Stand 2012 – überwiegen die Interessen des Ausländers erheblich, bleibt trotz Einreise- und Aufenthaltsverbot das Ermessen nach Satz 1
    Angenommen der Stichtag "01.05.2012"
    Und die Merkmale:
      | Merkmal                                                                          | Wert      |
      | Einreise- und Aufenthaltsverbot                                                  | ja        |
      | Dauer der Duldung                                                                | 12 Monate |
      | mit der aufenthaltsbeendenden Maßnahme verbundene Zwecke erreicht                | nein      |
      | Interessen des Ausländers überwiegen das öffentliche Interesse an der Zweckerreichung erheblich | ja        |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "abweichend von § 11 Abs. 1 AufenthG"
    Und die Begründung nennt "VwV 25.5.0"

  @vwv_25_5_0
  Szenario: VwV 25.5.0 – hat eine andere Ausländerbehörde die Aufenthaltsbeendigung verfügt, ist Einvernehmen herzustellen
    Angenommen das Merkmal "aufenthaltsbeendende Maßnahme von anderer Ausländerbehörde verfügt" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Einvernehmen" enthält "§ 72 Abs. 3"
    Und die Begründung nennt "VwV 25.5.2"

  @vwv_25_5_0
  Szenario: VwV 25.5.0 – hat dieselbe Ausländerbehörde die Aufenthaltsbeendigung verfügt, ist kein Einvernehmen nötig
    Angenommen das Merkmal "aufenthaltsbeendende Maßnahme von anderer Ausländerbehörde verfügt" ist "nein"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und es gibt keine Nebenfolge "Einvernehmen"
    Und die Begründung nennt "VwV 25.5.2"

  # ------------------------------------------------------------ VwV 25.5.6: Ermessen

  @vwv_25_5_6
  Szenario: VwV 25.5.6 – im Ermessen sind Aufenthaltsdauer, Arbeitsmarktintegration und Integration in die Lebensverhältnisse heranzuziehen
    Angenommen das Merkmal "Dauer der Duldung" ist "12 Monate"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Ermessenskriterien nennen "Dauer des Aufenthalts"
    Und die Ermessenskriterien nennen "Integration in den Arbeitsmarkt"
    Und die Ermessenskriterien nennen "Integration in die Lebensverhältnisse"
    Und die Begründung nennt "§ 25 Abs. 5 S. 1 AufenthG"

  # ------------------------------------------------------------ VwV 25.5.7 bis 25.5.9: Nebenfolgen

  @vwv_25_5_7
  Szenario: VwV 25.5.7 – Geltungsdauer nach dem Aufenthaltszweck, Verfestigung nach § 26 Abs. 4
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Geltungsdauer" enthält "§ 7 Abs. 2 S. 1"
    Und die Nebenfolge "Geltungsdauer" enthält "§ 26 Abs. 1 S. 1"
    Und die Nebenfolge "Aufenthaltsverfestigung" enthält "§ 26 Abs. 4"
    Und die Begründung nennt "§ 25 Abs. 5 S. 2 AufenthG"

  # Berichtigt: Der Verweis der VwV 25.5.9 gilt für die Fassung „Stand 2012“; seit dem
  # Fachkräfteeinwanderungsgesetz (01.03.2020) regelt § 4a die Erwerbstätigkeit.
  @vwv_25_5_8 @vwv_25_5_9
  Szenario: VwV 25.5.8 – kein Familiennachzug; Erwerbstätigkeit nach § 21 Abs. 6 bzw. § 39 Abs. 3 (VwV 25.5.9, Stand 2012)
    Angenommen der Stichtag "01.05.2012"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Familiennachzug" enthält "nicht gewährt"
    Und die Nebenfolge "Familiennachzug" enthält "§ 29 Abs. 3 S. 3"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 21 Abs. 6"
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 39 Abs. 3"
    Und die Begründung nennt "VwV 25.5.2"

  @vwv_25_5_8
  Szenario: VwV 25.5.8 – wird die Aufenthaltserlaubnis versagt, gibt es keine Nebenfolgen einer Erteilung
    Angenommen das Merkmal "Verstreichenlassen der Rückkehrberechtigung" ist "ja"
    Und das Merkmal "Verhalten für das Ausreisehindernis zumindest mitursächlich" ist "ja"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und es gibt keine Nebenfolge "Familiennachzug"
    Und es gibt keine Nebenfolge "Erwerbstätigkeit"
    Und die Begründung nennt "§ 25 Abs. 5 S. 3 AufenthG"

  # ------------------------------------------------------------ Generalklauseln (Bedingungsabdeckung)

  @vwv_25_5_1_3_1
  Szenario: VwV 25.5.1.3.1 – auch ein sonstiges inlandsbezogenes rechtliches Ausreisehindernis macht die Ausreise unmöglich
    Angenommen die Merkmale:
      | Merkmal                                                  | Wert |
      | Reiseunfähigkeit                                         | nein |
      | sonstiges inlandsbezogenes rechtliches Ausreisehindernis | ja   |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "VwV 25.5.1.3.1"

  @vwv_25_5_3
  Szenario: VwV 25.5.3 – auch sonstiges aktives Tun, das die Ausreise verhindert, ist Verschulden
    Angenommen die Merkmale:
      | Merkmal                                                           | Wert |
      | sonstiges aktives Tun, das die Ausreise verhindert oder verzögert | ja   |
      | Verhalten für das Ausreisehindernis zumindest mitursächlich       | ja   |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.5.3"

  @vwv_25_5_4
  Szenario: VwV 25.5.4 – wer eine sonstige zumutbare Handlung unterlässt, verschuldet das Ausreisehindernis
    Angenommen die Merkmale:
      | Merkmal                                                                         | Wert |
      | sonstige zumutbare Handlung zur Beseitigung des Ausreisehindernisses unterlassen | ja   |
      | Verhalten für das Ausreisehindernis zumindest mitursächlich                     | ja   |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.5.4"

  @vwv_25_5_4
  Szenario: VwV 25.5.4 – aussichtslos ist eine weitere Vorsprache nur, wenn der Ausländer dabei seinen Verpflichtungen ordnungsgemäß nachgekommen war
    Angenommen die Merkmale:
      | Merkmal                                                                           | Wert |
      | keine Mitwirkung bei Identitätsfeststellung und Beschaffung von Heimreisepapieren | ja   |
      | wiederholt erfolglos bei der Botschaft vorgesprochen                              | ja   |
      | dabei Mitwirkungspflichten ordnungsgemäß erfüllt                                  | nein |
      | Ergebnislosigkeit einer weiteren Vorsprache steht fest                            | ja   |
      | Verhalten für das Ausreisehindernis zumindest mitursächlich                       | ja   |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "VwV 25.5.4"

  # ------------------------------------------------------------ Fassungen: Stand 2012 und Stand 2021
  # § 25 Abs. 5 S. 1 AufenthG, Stand 2012: „kann abweichend von § 11 Abs. 1 eine
  # Aufenthaltserlaubnis erteilt werden“; Stand 2021: „kann eine Aufenthaltserlaubnis erteilt
  # werden“ – die Abweichung von § 11 Abs. 1 ist entfallen, an einem Tag, den die Quellen nicht
  # nennen (Quellen-README: keine datierte Zeile zu § 25 Abs. 5).

  @vwv_25_5_0 @aufenthg_25_5_s1_2012
  Szenario: VwV 25.5.0; § 25 Abs. 5 S. 1 AufenthG, Stand 2012 – Einreise- und Aufenthaltsverbot, Zwecke nicht erreicht, Interessen überwiegen nicht erheblich: keine Abweichung von § 11 Abs. 1
    Angenommen der Stichtag "01.05.2012"
    Und die Merkmale:
      | Merkmal                                                                          | Wert |
      | Einreise- und Aufenthaltsverbot                                                  | ja   |
      | mit der aufenthaltsbeendenden Maßnahme verbundene Zwecke erreicht                | nein |
      | Interessen des Ausländers überwiegen das öffentliche Interesse an der Zweckerreichung erheblich | nein |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und gilt die Fassung "Stand 2012"
    Und die Begründung nennt "§ 11 Abs. 1 AufenthG"

  @vwv_25_5_0 @aufenthg_25_5_s1_2012
  Szenariogrundriss: VwV 25.5.0; § 25 Abs. 5 S. 1 AufenthG, Stand 2012 – Einreise- und Aufenthaltsverbot, aber <grund>: abweichend von § 11 Abs. 1
    Angenommen der Stichtag "01.05.2012"
    Und die Merkmale:
      | Merkmal                                                                          | Wert        |
      | Einreise- und Aufenthaltsverbot                                                  | ja          |
      | mit der aufenthaltsbeendenden Maßnahme verbundene Zwecke erreicht                | <erreicht>  |
      | Interessen des Ausländers überwiegen das öffentliche Interesse an der Zweckerreichung erheblich | <überwiegt> |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "abweichend von § 11 Abs. 1 AufenthG"
    Und die Begründung nennt "VwV 25.5.0"

    Beispiele:
      | grund                                              | erreicht | überwiegt |
      | die Zwecke der Abschiebung sind erreicht           | ja       | unbekannt |
      | die Interessen des Ausländers überwiegen erheblich | nein     | ja        |

  @vwv_25_5_0 @aufenthg_25_5_s1_2012
  Szenario: VwV 25.5.0; § 25 Abs. 5 S. 1 AufenthG, Stand 2012 – ist die Zweckerreichung ungeklärt, ist das Ergebnis offen
    Angenommen der Stichtag "01.05.2012"
    Und die Merkmale:
      | Merkmal                                                                          | Wert      |
      | Einreise- und Aufenthaltsverbot                                                  | ja        |
      | mit der aufenthaltsbeendenden Maßnahme verbundene Zwecke erreicht                | unbekannt |
      | Interessen des Ausländers überwiegen das öffentliche Interesse an der Zweckerreichung erheblich | nein      |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und es fehlt das Merkmal "mit der aufenthaltsbeendenden Maßnahme verbundene Zwecke erreicht"

  @aufenthg_25_5_s1_2021 @aufenthg_11_1_2021 @aufenthg_11_4_2021
  Szenario: § 25 Abs. 5 S. 1 AufenthG, Stand 2021 – ohne „abweichend von § 11 Abs. 1“ sperrt das Einreise- und Aufenthaltsverbot; es soll nach § 11 Abs. 4 S. 2 aufgehoben werden
    Angenommen der Stichtag "01.01.2022"
    Und die Merkmale:
      | Merkmal                                                                          | Wert |
      | Einreise- und Aufenthaltsverbot                                                  | ja   |
      | mit der aufenthaltsbeendenden Maßnahme verbundene Zwecke erreicht                | ja   |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und gilt die Fassung "Stand 2021"
    Und die Begründung nennt "§ 11 Abs. 1 AufenthG"
    Und die Nebenfolge "Einreise- und Aufenthaltsverbot" enthält "§ 11 Abs. 4 S. 2"

  @aufenthg_25_5_s1_2012 @aufenthg_25_5_s1_2021
  Szenariogrundriss: § 25 Abs. 5 S. 1 AufenthG, Stand 2012 und 2021 – am <stichtag> gilt die Fassung "<fassung>"
    Angenommen der Stichtag "<stichtag>"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "Angewandte Fassung: <fassung>"

    Beispiele:
      | stichtag   | fassung    |
      | 31.07.2012 | Stand 2012 |
      | 01.01.2022 | Stand 2021 |

  @aufenthg_25_5_s1_2012 @aufenthg_25_5_s1_2021
  Szenario: § 25 Abs. 5 S. 1 AufenthG, Stand 2012 und 2021 – ohne Einreise- und Aufenthaltsverbot ergeben beide Fassungen dasselbe, auch im unbelegten Zeitraum
    Angenommen der Stichtag "01.01.2016"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "folgt aus den Quellen nicht"

  @aufenthg_25_5_s1_2012 @aufenthg_25_5_s1_2021
  Szenario: § 25 Abs. 5 S. 1 AufenthG, Stand 2012 und 2021 – mit Einreise- und Aufenthaltsverbot und erreichten Zwecken folgt die Rechtslage am 01.01.2016 aus den Quellen nicht
    Angenommen der Stichtag "01.01.2016"
    Und die Merkmale:
      | Merkmal                                                                          | Wert |
      | Einreise- und Aufenthaltsverbot                                                  | ja   |
      | mit der aufenthaltsbeendenden Maßnahme verbundene Zwecke erreicht                | ja   |
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die Begründung enthält "folgt aus den Quellen nicht"

  # ------------------------------------------------------------ Geltungsdauer (VwV 25.5.1.4, 25.5.7; § 26 Abs. 1 S. 1)

  @vwv_25_5_1_4 @vwv_25_5_7 @aufenthg_26_1_s1
  Szenario: VwV 25.5.7 mit § 26 Abs. 1 S. 1 AufenthG, Stand 2012 und 2021 – vor 18 Monaten rechtmäßigen Aufenthalts längstens sechs Monate
    Angenommen das Merkmal "Dauer des bisherigen rechtmäßigen Aufenthalts im Bundesgebiet" ist "12 Monate"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Höchstdauer" enthält "sechs Monate"
    Und die Nebenfolge "Höchstdauer" enthält "§ 26 Abs. 1 S. 1"

  @vwv_25_5_7 @aufenthg_26_1_s1
  Szenario: VwV 25.5.7 mit § 26 Abs. 1 S. 1 AufenthG, Stand 2012 und 2021 – nach 18 Monaten rechtmäßigen Aufenthalts gilt die Sechsmonatsgrenze nicht
    Angenommen das Merkmal "Dauer des bisherigen rechtmäßigen Aufenthalts im Bundesgebiet" ist "2 Jahre"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und es gibt keine Nebenfolge "Höchstdauer"

  # ------------------------------------------------------------ Erwerbstätigkeit (Quellen-README: 01.03.2020)

  @vwv_25_5_9 @aufenthg_4a_2021
  Szenario: Quellen-README, Fachkräfteeinwanderungsgesetz (01.03.2020) – nach Stand 2021 bestimmt sich die Erwerbstätigkeit nach § 4a, nicht mehr nach § 21 Abs. 6 bzw. § 39 Abs. 3
    Angenommen der Stichtag "01.01.2022"
    Wenn "§ 25 Abs. 5 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Erwerbstätigkeit" enthält "§ 4a"
