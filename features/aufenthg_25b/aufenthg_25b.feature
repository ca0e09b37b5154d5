# language: de
# Abnahmeszenarien zu § 25b Abs. 1 AufenthG, allein nach dem Wortlaut (Stand 2021,
# aufenthg-stand-2021.md); keine VwV und keine WD-Ausarbeitung legt § 25b aus. § 25b gilt seit
# dem 01.08.2015 (README der Quellen, Zeile 01.08.2015: „§ 25b neu“).

@norm_25b
Funktionalität: § 25b Abs. 1 AufenthG – Aufenthaltsgewährung bei nachhaltiger Integration

  Grundlage:
    Angenommen der Grundfall "beispiele/nachhaltige_integration.yaml"
    Und der Stichtag "31.01.2022"

  # ------------------------------------------------------------ Abs. 1 S. 1: Soll-Vorschrift

  @aufenthg_25b_1_s1_2021
  Szenario: § 25b Abs. 1 S. 1 AufenthG (Stand 2021) – wer geduldet und nachhaltig integriert ist, soll die Aufenthaltserlaubnis erhalten
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2021"
    Und die Begründung nennt "§ 25b Abs. 1 S. 1 AufenthG"
    Und die Begründung nennt "§ 25b Abs. 1 S. 2 Nr. 1 AufenthG"

  @aufenthg_25b_1_s1_2021 @aufenthg_5_2_2021
  Szenario: § 25b Abs. 1 S. 1 AufenthG (Stand 2021) – „abweichend von § 5 Absatz 1 Nummer 1 und Absatz 2“: ohne Visum bleibt es beim Soll
    Angenommen die Merkmale:
      | Merkmal                                                            | Wert |
      | allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt | nein |
      | Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert       | nein |
      | Sicherung des Lebensunterhalts im Sinne von § 2 Abs. 3 zu erwarten | ja   |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung enthält "abweichend von"

  @aufenthg_25b_1_s1_2021 @aufenthg_5_3_s2_2021
  Szenario: § 25b Abs. 1 S. 1 und § 5 Abs. 3 S. 2 AufenthG (Stand 2021) – fehlt eine der übrigen Regelerteilungsvoraussetzungen des § 5 Abs. 1, bleibt nur Ermessen
    Angenommen das Merkmal "Erteilungsvoraussetzungen nach § 5 Abs. 1 Nr. 1a bis 4 erfüllt" ist "nein"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 5 Abs. 3 S. 2 AufenthG"

  @aufenthg_25b_1_s1_2021
  Szenario: § 25b Abs. 1 S. 1 AufenthG (Stand 2021) – im atypischen Fall entscheidet die Behörde nach Ermessen
    Angenommen das Merkmal "atypischer Fall nach § 25b Abs. 1 S. 1" ist "ja"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden

  @aufenthg_25b_1_s1_2021
  Szenario: § 25b Abs. 1 S. 1 AufenthG (Stand 2021) – wer nicht geduldet ist, fällt nicht unter § 25b
    Angenommen das Merkmal "geduldet" ist "nein"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

  @aufenthg_25b_1_s1_2021
  Szenario: § 25b Abs. 1 S. 1 AufenthG (Stand 2021) – ist offen, ob er geduldet ist, ist das Ergebnis offen
    Angenommen das Merkmal "geduldet" ist unbekannt
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und es fehlt das Merkmal "geduldet"

  # ------------------------------------------------------------ Abs. 1 S. 2 Nr. 1: Voraufenthalt

  @aufenthg_25b_1_s2_nr1_2021
  Szenariogrundriss: § 25b Abs. 1 S. 2 Nr. 1 AufenthG (Stand 2021) – <dauer> Voraufenthalt, Kind in häuslicher Gemeinschaft: <kind> – genügt
    Angenommen die Merkmale:
      | Merkmal                                                                                                             | Wert    |
      | Dauer des ununterbrochenen Aufenthalts im Bundesgebiet mit Duldung, Aufenthaltsgestattung oder Aufenthaltserlaubnis | <dauer> |
      | lebt mit einem minderjährigen ledigen Kind in häuslicher Gemeinschaft                                               | <kind>  |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25b Abs. 1 S. 2 Nr. 1 AufenthG"

    Beispiele:
      | dauer   | kind |
      | 8 Jahre | nein |
      | 7 Jahre | ja   |
      | 6 Jahre | ja   |

  @aufenthg_25b_1_s2_nr1_2021
  Szenariogrundriss: § 25b Abs. 1 S. 2 Nr. 1 AufenthG (Stand 2021) – <dauer> Voraufenthalt, Kind in häuslicher Gemeinschaft: <kind> – genügt nicht
    Angenommen die Merkmale:
      | Merkmal                                                                                                             | Wert    |
      | Dauer des ununterbrochenen Aufenthalts im Bundesgebiet mit Duldung, Aufenthaltsgestattung oder Aufenthaltserlaubnis | <dauer> |
      | lebt mit einem minderjährigen ledigen Kind in häuslicher Gemeinschaft                                               | <kind>  |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25b Abs. 1 S. 2 Nr. 1 AufenthG"

    Beispiele:
      | dauer   | kind |
      | 7 Jahre | nein |
      | 5 Jahre | ja   |

  # ------------------------------------------------------------ Abs. 1 S. 2 Nr. 2: Bekenntnis, Grundkenntnisse

  @aufenthg_25b_1_s2_nr2_2021
  Szenario: § 25b Abs. 1 S. 2 Nr. 2 AufenthG (Stand 2021) – ohne Bekenntnis zur freiheitlichen demokratischen Grundordnung keine nachhaltige Integration
    Angenommen das Merkmal "bekennt sich zur freiheitlichen demokratischen Grundordnung" ist "nein"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25b Abs. 1 S. 2 Nr. 2 AufenthG"

  @aufenthg_25b_1_s2_nr2_2021
  Szenario: § 25b Abs. 1 S. 2 Nr. 2 AufenthG (Stand 2021) – ohne Grundkenntnisse der Rechts- und Gesellschaftsordnung keine nachhaltige Integration
    Angenommen das Merkmal "Grundkenntnisse der Rechts- und Gesellschaftsordnung und der Lebensverhältnisse im Bundesgebiet" ist "nein"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

  # ------------------------------------------------------------ Abs. 1 S. 2 Nr. 3, S. 3, Abs. 3: Lebensunterhalt

  @aufenthg_25b_1_s2_nr3_2021
  Szenario: § 25b Abs. 1 S. 2 Nr. 3 AufenthG (Stand 2021) – weder überwiegend durch Erwerbstätigkeit gesichert noch zu erwarten: keine nachhaltige Integration
    Angenommen die Merkmale:
      | Merkmal                                                            | Wert |
      | Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert       | nein |
      | Sicherung des Lebensunterhalts im Sinne von § 2 Abs. 3 zu erwarten | nein |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25b Abs. 1 S. 2 Nr. 3 AufenthG"

  @aufenthg_25b_1_s2_nr3_2021
  Szenario: § 25b Abs. 1 S. 2 Nr. 3 AufenthG (Stand 2021) – es genügt, dass die Sicherung des Lebensunterhalts zu erwarten ist
    Angenommen die Merkmale:
      | Merkmal                                                            | Wert |
      | Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert       | nein |
      | Sicherung des Lebensunterhalts im Sinne von § 2 Abs. 3 zu erwarten | ja   |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden

  @aufenthg_25b_1_s2_nr3_2021
  Szenario: § 25b Abs. 1 S. 2 Nr. 3 AufenthG (Stand 2021) – wer seinen Lebensunterhalt überwiegend durch Erwerbstätigkeit sichert, erfüllt Nr. 3 auch ohne weitere Prognose
    Angenommen die Merkmale:
      | Merkmal                                                            | Wert |
      | Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert       | ja   |
      | Sicherung des Lebensunterhalts im Sinne von § 2 Abs. 3 zu erwarten | nein |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden

  @aufenthg_25b_1_s3_2021
  Szenariogrundriss: § 25b Abs. 1 S. 3 Nr. <nr> AufenthG (Stand 2021) – vorübergehender Bezug von Sozialleistungen ist in der Regel unschädlich
    Angenommen die Merkmale:
      | Merkmal                                                                                     | Wert |
      | Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert                                | nein |
      | Sicherung des Lebensunterhalts im Sinne von § 2 Abs. 3 zu erwarten                          | nein |
      | Lebensunterhalt nur wegen eines vorübergehenden Bezugs von Sozialleistungen nicht gesichert | ja   |
      | <gruppe>                                                                                    | ja   |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25b Abs. 1 S. 3 Nr. <nr> AufenthG"

    Beispiele:
      | nr | gruppe                                                                                      |
      | 1  | Studierender an einer Hochschule oder Auszubildender nach § 25b Abs. 1 S. 3 Nr. 1            |
      | 2  | Familie mit minderjährigen Kindern vorübergehend auf ergänzende Sozialleistungen angewiesen  |
      | 3  | alleinerziehend mit minderjährigen Kindern, Arbeitsaufnahme nach § 10 Abs. 1 Nr. 3 SGB II nicht zumutbar |
      | 4  | pflegt pflegebedürftige nahe Angehörige                                                      |

  @aufenthg_25b_1_s3_2021
  Szenario: § 25b Abs. 1 S. 3 AufenthG (Stand 2021) – außerhalb der vier Gruppen macht vorübergehender Bezug von Sozialleistungen Nr. 3 nicht entbehrlich
    Angenommen die Merkmale:
      | Merkmal                                                                                     | Wert |
      | Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert                                | nein |
      | Sicherung des Lebensunterhalts im Sinne von § 2 Abs. 3 zu erwarten                          | nein |
      | Lebensunterhalt nur wegen eines vorübergehenden Bezugs von Sozialleistungen nicht gesichert | ja   |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

  @aufenthg_25b_1_s3_2021
  Szenario: § 25b Abs. 1 S. 3 AufenthG (Stand 2021) – „in der Regel“ unschädlich: im atypischen Fall schadet der Bezug doch
    Angenommen die Merkmale:
      | Merkmal                                                                                     | Wert |
      | Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert                                | nein |
      | Sicherung des Lebensunterhalts im Sinne von § 2 Abs. 3 zu erwarten                          | nein |
      | Lebensunterhalt nur wegen eines vorübergehenden Bezugs von Sozialleistungen nicht gesichert | ja   |
      | pflegt pflegebedürftige nahe Angehörige                                                     | ja   |
      | vorübergehender Bezug von Sozialleistungen ausnahmsweise schädlich                          | ja   |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

  @aufenthg_25b_1_s3_2021
  Szenario: § 25b Abs. 1 S. 3 AufenthG (Stand 2021) – wer zu einer der Gruppen gehört, aber nicht nur vorübergehend Sozialleistungen bezieht, erfüllt Nr. 3 nicht
    Angenommen die Merkmale:
      | Merkmal                                                                                     | Wert |
      | Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert                                | nein |
      | Sicherung des Lebensunterhalts im Sinne von § 2 Abs. 3 zu erwarten                          | nein |
      | Lebensunterhalt nur wegen eines vorübergehenden Bezugs von Sozialleistungen nicht gesichert | nein |
      | Studierender an einer Hochschule oder Auszubildender nach § 25b Abs. 1 S. 3 Nr. 1            | ja   |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

  @aufenthg_25b_3_2021
  Szenario: § 25b Abs. 3 AufenthG (Stand 2021) – wer den Lebensunterhalt wegen Krankheit, Behinderung oder Alters nicht sichern kann, von dem wird Nr. 3 nicht verlangt
    Angenommen die Merkmale:
      | Merkmal                                                                                   | Wert |
      | Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert                              | nein |
      | Sicherung des Lebensunterhalts im Sinne von § 2 Abs. 3 zu erwarten                        | nein |
      | kann den Lebensunterhalt wegen Krankheit, Behinderung oder aus Altersgründen nicht sichern | ja   |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25b Abs. 3 AufenthG"

  # ------------------------------------------------------------ Abs. 1 S. 2 Nr. 4, Abs. 3: Deutschkenntnisse

  @aufenthg_25b_1_s2_nr4_2021
  Szenario: § 25b Abs. 1 S. 2 Nr. 4 AufenthG (Stand 2021) – ohne mündliche Deutschkenntnisse auf dem Niveau A2 keine nachhaltige Integration
    Angenommen das Merkmal "hinreichende mündliche Deutschkenntnisse auf dem Niveau A2" ist "nein"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25b Abs. 1 S. 2 Nr. 4 AufenthG"

  @aufenthg_25b_3_2021
  Szenario: § 25b Abs. 3 AufenthG (Stand 2021) – wer die Deutschkenntnisse wegen Krankheit, Behinderung oder Alters nicht erwerben kann, von dem wird Nr. 4 nicht verlangt
    Angenommen die Merkmale:
      | Merkmal                                                                                      | Wert |
      | hinreichende mündliche Deutschkenntnisse auf dem Niveau A2                                   | nein |
      | kann die Deutschkenntnisse wegen Krankheit, Behinderung oder aus Altersgründen nicht erwerben | ja   |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25b Abs. 3 AufenthG"

  # ------------------------------------------------------------ Abs. 1 S. 2 Nr. 5: Schulbesuch der Kinder

  @aufenthg_25b_1_s2_nr5_2021
  Szenario: § 25b Abs. 1 S. 2 Nr. 5 AufenthG (Stand 2021) – bei Kindern im schulpflichtigen Alter muss der tatsächliche Schulbesuch nachgewiesen sein
    Angenommen die Merkmale:
      | Merkmal                                           | Wert |
      | Kinder im schulpflichtigen Alter                  | ja   |
      | tatsächlicher Schulbesuch der Kinder nachgewiesen | nein |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25b Abs. 1 S. 2 Nr. 5 AufenthG"

  @aufenthg_25b_1_s2_nr5_2021
  Szenario: § 25b Abs. 1 S. 2 Nr. 5 AufenthG (Stand 2021) – ist der Schulbesuch der Kinder nachgewiesen, ist Nr. 5 erfüllt
    Angenommen die Merkmale:
      | Merkmal                                           | Wert |
      | Kinder im schulpflichtigen Alter                  | ja   |
      | tatsächlicher Schulbesuch der Kinder nachgewiesen | ja   |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden

  # ------------------------------------------------------------ Abs. 1 S. 2: „regelmäßig“

  @aufenthg_25b_1_s2_2021
  Szenario: § 25b Abs. 1 S. 2 AufenthG (Stand 2021) – „regelmäßig“: im atypischen Fall kann nachhaltige Integration auch ohne eine Regelvoraussetzung vorliegen
    Angenommen die Merkmale:
      | Merkmal                                                    | Wert |
      | hinreichende mündliche Deutschkenntnisse auf dem Niveau A2 | nein |
      | nachhaltige Integration trotz fehlender Regelvoraussetzung | ja   |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden

  @aufenthg_25b_1_s2_2021
  Szenario: § 25b Abs. 1 S. 2 AufenthG (Stand 2021) – „regelmäßig“: im atypischen Fall fehlt die nachhaltige Integration trotz aller Regelvoraussetzungen
    Angenommen das Merkmal "keine nachhaltige Integration trotz erfüllter Regelvoraussetzungen" ist "ja"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

  # ------------------------------------------------------------ Abs. 2: Versagung

  @aufenthg_25b_2_nr1_2021
  Szenariogrundriss: § 25b Abs. 2 Nr. 1 AufenthG (Stand 2021) – <grund>, und dadurch verhindert oder verzögert er die Aufenthaltsbeendigung: zu versagen
    Angenommen die Merkmale:
      | Merkmal                                                  | Wert |
      | Angabe falscher Tatsachen                                | <falsch> |
      | falsche Angaben vorsätzlich gemacht                      | <vorsatz> |
      | Täuschung über Identität oder Staatsangehörigkeit        | <täuschung> |
      | zumutbare Anforderungen an die Mitwirkung bei der Beseitigung von Ausreisehindernissen nicht erfüllt | <mitwirkung> |
      | Aufenthaltsbeendigung dadurch verhindert oder verzögert  | ja   |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 25b Abs. 2 Nr. 1 AufenthG"

    Beispiele:
      | grund                                                    | falsch | vorsatz | täuschung | mitwirkung |
      | vorsätzlich falsche Angaben                              | ja     | ja      | nein      | nein       |
      | Täuschung über die Identität oder Staatsangehörigkeit    | nein   | nein    | ja        | nein       |
      | Nichterfüllung zumutbarer Anforderungen an die Mitwirkung | nein   | nein    | nein      | ja         |

  @aufenthg_25b_2_nr1_2021
  Szenario: § 25b Abs. 2 Nr. 1 AufenthG (Stand 2021) – nur „vorsätzlich“ falsche Angaben führen zur Versagung
    Angenommen die Merkmale:
      | Merkmal                                                 | Wert |
      | Angabe falscher Tatsachen                               | ja   |
      | falsche Angaben vorsätzlich gemacht                     | nein |
      | Aufenthaltsbeendigung dadurch verhindert oder verzögert | ja   |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden

  @aufenthg_25b_2_nr1_2021
  Szenario: § 25b Abs. 2 Nr. 1 AufenthG (Stand 2021) – eine Täuschung, die die Aufenthaltsbeendigung nicht verhindert oder verzögert, schließt nicht aus
    Angenommen die Merkmale:
      | Merkmal                                                 | Wert |
      | Täuschung über Identität oder Staatsangehörigkeit       | ja   |
      | Aufenthaltsbeendigung dadurch verhindert oder verzögert | nein |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden

  @aufenthg_25b_2_nr2_2021
  Szenario: § 25b Abs. 2 Nr. 2 AufenthG (Stand 2021) – bei einem Ausweisungsinteresse nach § 54 Abs. 1 oder Abs. 2 Nr. 1 und 2 ist zu versagen
    Angenommen das Merkmal "Ausweisungsinteresse nach § 54 Abs. 1 oder Abs. 2 Nr. 1 und 2" ist "ja"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 25b Abs. 2 Nr. 2 AufenthG"

  # ------------------------------------------------------------ Allgemeine Vorschriften

  @aufenthg_25b_5_s2_2021
  Szenario: § 25b Abs. 5 S. 2 AufenthG (Stand 2021) – „kann abweichend von § 10 Absatz 3 Satz 2“: nach offensichtlich unbegründetem Asylantrag bleibt Ermessen
    Angenommen das Merkmal "Asylantrag als offensichtlich unbegründet abgelehnt" ist "ja"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25b Abs. 5 S. 2 AufenthG"

  @aufenthg_10_3_2021 @aufenthg_25b_5_s2_2021
  Szenario: § 10 Abs. 3 S. 2 AufenthG (Stand 2021) – die Sperre gilt nur „vor der Ausreise“; ohne sie bleibt es beim Soll
    Angenommen die Merkmale:
      | Merkmal                                             | Wert |
      | Asylantrag als offensichtlich unbegründet abgelehnt | ja   |
      | im Bundesgebiet                                     | nein |
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden

  @aufenthg_11_1_2021 @aufenthg_25b_1_s1_2021
  Szenario: § 11 Abs. 1 AufenthG (Stand 2021) – § 25b weicht vom Einreise- und Aufenthaltsverbot nicht ab
    Angenommen das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 11 Abs. 1 AufenthG"

  @aufenthg_5_4_2021 @aufenthg_25b_1_s1_2021
  Szenario: § 5 Abs. 4 AufenthG (Stand 2021) – § 25b weicht vom zwingenden Versagungsgrund nicht ab
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden

  # ------------------------------------------------------------ Nebenfolgen

  @aufenthg_25b_5_s1_2021 @aufenthg_25b_4_2021
  Szenario: § 25b Abs. 4 und 5 AufenthG (Stand 2021) – längstens zwei Jahre; Ehegatte, Lebenspartner und Kinder sollen eine Aufenthaltserlaubnis erhalten
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Geltungsdauer" enthält "längstens für zwei Jahre"
    Und die Nebenfolge "Familienangehörige" enthält "Dem Ehegatten, dem Lebenspartner und minderjährigen ledigen Kindern"
    Und die Nebenfolge "Verhältnis zu § 25a" enthält "§ 25a bleibt unberührt"

  # ------------------------------------------------------------ Fassung: § 25b neu ab 01.08.2015

  @aufenthg_25b_2021 @readme_01_08_2015
  Szenario: README der Quellen, Zeile 01.08.2015 („§ 25b neu“) – am 31.07.2015 gab es § 25b noch nicht
    Angenommen der Stichtag "31.07.2015"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung enthält "gilt keine hinterlegte Fassung"

  @aufenthg_25b_2021 @readme_01_08_2015
  Szenario: README der Quellen, Zeile 01.08.2015 („§ 25b neu“) – ab dem 01.08.2015 gilt § 25b
    Angenommen der Stichtag "01.08.2015"
    Wenn "§ 25b Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2021"
