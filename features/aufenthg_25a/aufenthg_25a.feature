# language: de
# Abnahmeszenarien zu § 25a Abs. 1 AufenthG, allein nach dem Wortlaut der beiden Stände
# (aufenthg-stand-2012.md, Textstand Juli 2012; aufenthg-stand-2021.md, Textstand Januar 2022);
# keine VwV und keine WD-Ausarbeitung legt § 25a aus. Die README der Quellen datiert keine
# Änderung des § 25a: Zwischen den Ständen ist die Rechtslage unbelegt.
#
# Grundfall: ein 17-jähriger Geduldeter, mit zehn Jahren eingereist, seit sieben Jahren im
# Bundesgebiet und seit sieben Jahren erfolgreich in der Schule, Schüler (Ausbildung), der
# Lebensunterhalt ist nicht gesichert; mit Visum eingereist, § 5 Abs. 1 Nr. 1a bis 4 erfüllt.

@norm_25a
Funktionalität: § 25a Abs. 1 AufenthG – Aufenthaltsgewährung bei gut integrierten Jugendlichen und Heranwachsenden

  Grundlage:
    Angenommen ein Fall mit folgenden Merkmalen:
      | Merkmal                                                                                   | Wert     |
      | geduldet                                                                                  | ja       |
      | im Bundesgebiet                                                                           | ja       |
      | jugendlicher oder heranwachsender Ausländer                                               | ja       |
      | in Deutschland geboren                                                                    | nein     |
      | vor Vollendung des 14. Lebensjahres eingereist                                            | ja       |
      | Dauer des ununterbrochenen erlaubten, geduldeten oder gestatteten Aufenthalts im Bundesgebiet | 7 Jahre |
      | Dauer des erfolgreichen Schulbesuchs im Bundesgebiet                                      | 7 Jahre  |
      | anerkannter Schul- oder Berufsabschluss im Bundesgebiet erworben                          | nein     |
      | kürzerer erfolgreicher Schulbesuch genügt ausnahmsweise                                   | nein     |
      | Lebensalter bei Antragstellung                                                            | 17 Jahre |
      | Einfügen in die Lebensverhältnisse der Bundesrepublik Deutschland gewährleistet           | ja       |
      | konkrete Anhaltspunkte gegen ein Bekenntnis zur freiheitlichen demokratischen Grundordnung | nein     |
      | in schulischer oder beruflicher Ausbildung oder im Hochschulstudium                       | ja       |
      | Lebensunterhalt gesichert                                                                 | nein     |
      | Erteilungsvoraussetzungen nach § 5 Abs. 1 Nr. 1a bis 4 erfüllt                            | ja       |
      | Visumvoraussetzungen nach § 5 Abs. 2 S. 1 erfüllt                                         | ja       |
      | atypischer Fall nach § 25a Abs. 1 S. 1                                                    | nein     |
      | Angabe falscher Tatsachen                                                                 | nein     |
      | Täuschung über Identität oder Staatsangehörigkeit                                         | nein     |
      | Aussetzung der Abschiebung beruht auf diesen Angaben oder dieser Täuschung                | nein     |
      | Ablehnung nach § 30 Abs. 3 AsylVfG betrifft einen Antrag nach § 14a AsylVfG               | nein     |
      | allgemeine Erteilungsvoraussetzungen nach § 5 Abs. 1 und 2 erfüllt                        | nein     |
      | Versagungsgrund nach § 5 Abs. 4 AufenthG                                                  | nein     |
      | Asylantrag als offensichtlich unbegründet abgelehnt                                       | nein     |
      | Einreise- und Aufenthaltsverbot                                                           | nein     |
    Und der Stichtag "31.01.2022"

  # ============================================================ Stand 2021

  @aufenthg_25a_1_s1_2021
  Szenario: § 25a Abs. 1 S. 1 AufenthG (Stand 2021) – ein gut integrierter geduldeter Jugendlicher soll die Aufenthaltserlaubnis erhalten
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2021"
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 AufenthG"
    Und die Begründung nennt "§ 25a Abs. 1 S. 2 AufenthG"

  @aufenthg_25a_1_s1_2021
  Szenario: § 25a Abs. 1 S. 1 AufenthG (Stand 2021) – „soll“: im atypischen Fall entscheidet die Behörde nach Ermessen
    Angenommen das Merkmal "atypischer Fall nach § 25a Abs. 1 S. 1" ist "ja"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Ermessenskriterien nennen "öffentlicher Leistungen"

  @aufenthg_25a_1_s1_2021
  Szenario: § 25a Abs. 1 S. 1 AufenthG (Stand 2021) – wer nicht geduldet ist, fällt nicht unter § 25a
    Angenommen das Merkmal "geduldet" ist "nein"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

  @aufenthg_25a_1_s1_2021
  Szenario: § 25a Abs. 1 S. 1 AufenthG (Stand 2021) – nur „jugendliche oder heranwachsende“ Geduldete
    Angenommen das Merkmal "jugendlicher oder heranwachsender Ausländer" ist "nein"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

  @aufenthg_25a_1_s1_2021
  Szenario: § 25a Abs. 1 S. 1 AufenthG (Stand 2021) – Geburt in Deutschland oder Einreise vor 14 verlangt der Stand 2021 nicht mehr
    Angenommen die Merkmale:
      | Merkmal                                        | Wert |
      | in Deutschland geboren                         | nein |
      | vor Vollendung des 14. Lebensjahres eingereist | nein |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden

  @aufenthg_25a_1_s1_nr1_2021
  Szenariogrundriss: § 25a Abs. 1 S. 1 Nr. 1 AufenthG (Stand 2021) – <dauer> ununterbrochener erlaubter, geduldeter oder gestatteter Aufenthalt – soll erteilt werden
    Angenommen das Merkmal "Dauer des ununterbrochenen erlaubten, geduldeten oder gestatteten Aufenthalts im Bundesgebiet" ist "<dauer>"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 1 AufenthG"

    Beispiele:
      | dauer   |
      | 4 Jahre |

  @aufenthg_25a_1_s1_nr1_2021
  Szenariogrundriss: § 25a Abs. 1 S. 1 Nr. 1 AufenthG (Stand 2021) – <dauer> ununterbrochener erlaubter, geduldeter oder gestatteter Aufenthalt – Tatbestand nicht erfüllt
    Angenommen das Merkmal "Dauer des ununterbrochenen erlaubten, geduldeten oder gestatteten Aufenthalts im Bundesgebiet" ist "<dauer>"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 1 AufenthG"

    Beispiele:
      | dauer     |
      | 47 Monate |

  @aufenthg_25a_1_s1_nr2_2021
  Szenariogrundriss: § 25a Abs. 1 S. 1 Nr. 2 AufenthG (Stand 2021) – Schulbesuch <schule>, Abschluss <abschluss>, Ausnahme vom Regelfall <ausnahme> – soll erteilt werden
    Angenommen die Merkmale:
      | Merkmal                                                          | Wert        |
      | Dauer des erfolgreichen Schulbesuchs im Bundesgebiet             | <schule>    |
      | anerkannter Schul- oder Berufsabschluss im Bundesgebiet erworben | <abschluss> |
      | kürzerer erfolgreicher Schulbesuch genügt ausnahmsweise          | <ausnahme>  |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 2 AufenthG"

    Beispiele:
      | schule  | abschluss | ausnahme |
      | 4 Jahre | nein      | nein     |
      | 3 Jahre | nein      | ja       |
      | 2 Jahre | ja        | nein     |

  @aufenthg_25a_1_s1_nr2_2021
  Szenariogrundriss: § 25a Abs. 1 S. 1 Nr. 2 AufenthG (Stand 2021) – Schulbesuch <schule>, Abschluss <abschluss>, Ausnahme vom Regelfall <ausnahme> – Tatbestand nicht erfüllt
    Angenommen die Merkmale:
      | Merkmal                                                          | Wert        |
      | Dauer des erfolgreichen Schulbesuchs im Bundesgebiet             | <schule>    |
      | anerkannter Schul- oder Berufsabschluss im Bundesgebiet erworben | <abschluss> |
      | kürzerer erfolgreicher Schulbesuch genügt ausnahmsweise          | <ausnahme>  |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 2 AufenthG"

    Beispiele:
      | schule  | abschluss | ausnahme |
      | 3 Jahre | nein      | nein     |

  @aufenthg_25a_1_s1_nr3_2021
  Szenariogrundriss: § 25a Abs. 1 S. 1 Nr. 3 AufenthG (Stand 2021) – Antrag mit <alter>: nur „vor Vollendung des 21. Lebensjahres“ – soll erteilt werden
    Angenommen das Merkmal "Lebensalter bei Antragstellung" ist "<alter>"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 3 AufenthG"

    Beispiele:
      | alter    |
      | 14 Jahre |
      | 20 Jahre |

  @aufenthg_25a_1_s1_nr3_2021
  Szenariogrundriss: § 25a Abs. 1 S. 1 Nr. 3 AufenthG (Stand 2021) – Antrag mit <alter>: nur „vor Vollendung des 21. Lebensjahres“ – Tatbestand nicht erfüllt
    Angenommen das Merkmal "Lebensalter bei Antragstellung" ist "<alter>"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 3 AufenthG"

    Beispiele:
      | alter    |
      | 21 Jahre |

  @aufenthg_25a_1_s1_nr4_2021
  Szenario: § 25a Abs. 1 S. 1 Nr. 4 AufenthG (Stand 2021) – ohne günstige Integrationsprognose keine Aufenthaltserlaubnis nach § 25a
    Angenommen das Merkmal "Einfügen in die Lebensverhältnisse der Bundesrepublik Deutschland gewährleistet" ist "nein"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 4 AufenthG"

  @aufenthg_25a_1_s1_nr5_2021
  Szenario: § 25a Abs. 1 S. 1 Nr. 5 AufenthG (Stand 2021) – konkrete Anhaltspunkte gegen ein Bekenntnis zur freiheitlichen demokratischen Grundordnung schließen aus
    Angenommen das Merkmal "konkrete Anhaltspunkte gegen ein Bekenntnis zur freiheitlichen demokratischen Grundordnung" ist "ja"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 5 AufenthG"

  # ------------------------------------------------------------ S. 2 und § 5

  @aufenthg_25a_1_s2_2021 @aufenthg_5_1_nr1_2021
  Szenario: § 25a Abs. 1 S. 2 und § 5 Abs. 1 Nr. 1 AufenthG (Stand 2021) – außerhalb von Ausbildung und Studium bleibt ohne gesicherten Lebensunterhalt nur Ermessen
    Angenommen das Merkmal "in schulischer oder beruflicher Ausbildung oder im Hochschulstudium" ist "nein"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 5 Abs. 3 S. 2 AufenthG"

  @aufenthg_25a_1_s2_2021 @aufenthg_5_1_nr1_2021
  Szenario: § 5 Abs. 1 Nr. 1 AufenthG (Stand 2021) – wer nicht mehr in Ausbildung ist, aber den Lebensunterhalt gesichert hat, soll die Aufenthaltserlaubnis erhalten
    Angenommen die Merkmale:
      | Merkmal                                                             | Wert |
      | in schulischer oder beruflicher Ausbildung oder im Hochschulstudium | nein |
      | Lebensunterhalt gesichert                                           | ja   |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden

  @aufenthg_5_1_2021 @aufenthg_5_3_s2_2021
  Szenario: § 5 Abs. 1 und Abs. 3 S. 2 AufenthG (Stand 2021) – fehlt eine Regelerteilungsvoraussetzung des § 5 Abs. 1 Nr. 1a bis 4, bleibt nur Ermessen
    Angenommen das Merkmal "Erteilungsvoraussetzungen nach § 5 Abs. 1 Nr. 1a bis 4 erfüllt" ist "nein"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden

  @aufenthg_5_2_2021 @aufenthg_5_3_s2_2021
  Szenario: § 5 Abs. 2 AufenthG (Stand 2021) – § 25a weicht von der Visumpflicht nicht ab; ohne Visum bleibt nur Ermessen
    Angenommen das Merkmal "Visumvoraussetzungen nach § 5 Abs. 2 S. 1 erfüllt" ist "nein"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 5 Abs. 2 S. 2 AufenthG"

  # ------------------------------------------------------------ S. 3: Versagung

  @aufenthg_25a_1_s3_2021
  Szenariogrundriss: § 25a Abs. 1 S. 3 AufenthG (Stand 2021) – ist die Abschiebung wegen <grund> ausgesetzt, ist zu versagen
    Angenommen die Merkmale:
      | Merkmal                                                                    | Wert        |
      | Angabe falscher Tatsachen                                                  | <falsch>    |
      | Täuschung über Identität oder Staatsangehörigkeit                          | <täuschung> |
      | Aussetzung der Abschiebung beruht auf diesen Angaben oder dieser Täuschung | ja          |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 25a Abs. 1 S. 3 AufenthG"

    Beispiele:
      | grund                                                 | falsch | täuschung |
      | eigener falscher Angaben                              | ja     | nein      |
      | Täuschung über die Identität oder Staatsangehörigkeit | nein   | ja        |

  @aufenthg_25a_1_s3_2021
  Szenario: § 25a Abs. 1 S. 3 AufenthG (Stand 2021) – eine Täuschung, auf der die Aussetzung der Abschiebung nicht beruht, schließt nicht aus
    Angenommen das Merkmal "Täuschung über Identität oder Staatsangehörigkeit" ist "ja"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden

  # ------------------------------------------------------------ Abs. 4, allgemeine Vorschriften

  @aufenthg_25a_4_2021
  Szenario: § 25a Abs. 4 AufenthG (Stand 2021) – „kann abweichend von § 10 Absatz 3 Satz 2“: nach offensichtlich unbegründetem Asylantrag bleibt Ermessen
    Angenommen das Merkmal "Asylantrag als offensichtlich unbegründet abgelehnt" ist "ja"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25a Abs. 4 AufenthG"

  @aufenthg_11_1_2021 @aufenthg_25a_1_s1_2021
  Szenario: § 11 Abs. 1 AufenthG (Stand 2021) – § 25a weicht vom Einreise- und Aufenthaltsverbot nicht ab
    Angenommen das Merkmal "Einreise- und Aufenthaltsverbot" ist "ja"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden

  @aufenthg_5_4_2021 @aufenthg_25a_1_s1_2021
  Szenario: § 5 Abs. 4 AufenthG (Stand 2021) – § 25a weicht vom zwingenden Versagungsgrund nicht ab
    Angenommen das Merkmal "Versagungsgrund nach § 5 Abs. 4 AufenthG" ist "ja"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden

  @aufenthg_26_1_s1_2021 @aufenthg_25a_2_2021
  Szenario: § 26 Abs. 1 S. 1 und § 25a Abs. 2 AufenthG (Stand 2021) – längstens drei Jahre; Ehegatte, Lebenspartner und minderjähriges lediges Kind sollen eine Aufenthaltserlaubnis erhalten
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und die Nebenfolge "Geltungsdauer" enthält "längstens drei Jahre"
    Und die Nebenfolge "Familienangehörige" enthält "dem Ehegatten oder Lebenspartner"
    Und die Nebenfolge "Familienangehörige" enthält "personensorgeberechtigten Elternteil"

  # ============================================================ Stand 2012

  @aufenthg_25a_1_s1_2012
  Szenario: § 25a Abs. 1 S. 1 AufenthG (Stand 2012) – im Juli 2012 stand die Erteilung im Ermessen
    Angenommen der Stichtag "15.07.2012"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2012"
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 AufenthG"
    Und die Ermessenskriterien nennen "öffentlicher Leistungen"
    Und die Nebenfolge "Familienangehörige" enthält "allein personensorgeberechtigten Elternteil"
    Und die Nebenfolge "Geltungsdauer" enthält "längstens drei Jahre"

  @aufenthg_25a_1_s1_2012
  Szenario: § 25a Abs. 1 S. 1 AufenthG (Stand 2012) – die Ausnahme vom Regelfall und das Jugendalter spielen 2012 keine Rolle, § 5 Abs. 2 auch nicht
    Angenommen der Stichtag "15.07.2012"
    Und die Merkmale:
      | Merkmal                                           | Wert |
      | jugendlicher oder heranwachsender Ausländer       | nein |
      | Visumvoraussetzungen nach § 5 Abs. 2 S. 1 erfüllt | nein |
      | atypischer Fall nach § 25a Abs. 1 S. 1            | ja   |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden

  @aufenthg_25a_1_s1_2012
  Szenariogrundriss: § 25a Abs. 1 S. 1 AufenthG (Stand 2012) – in Deutschland geboren: <geboren>, vor Vollendung des 14. Lebensjahres eingereist: <eingereist> – Ermessen
    Angenommen der Stichtag "15.07.2012"
    Und die Merkmale:
      | Merkmal                                        | Wert        |
      | in Deutschland geboren                         | <geboren>   |
      | vor Vollendung des 14. Lebensjahres eingereist | <eingereist> |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden

    Beispiele:
      | geboren | eingereist |
      | ja      | nein       |
      | nein    | ja         |

  @aufenthg_25a_1_s1_2012
  Szenariogrundriss: § 25a Abs. 1 S. 1 AufenthG (Stand 2012) – in Deutschland geboren: <geboren>, vor Vollendung des 14. Lebensjahres eingereist: <eingereist> – Tatbestand nicht erfüllt
    Angenommen der Stichtag "15.07.2012"
    Und die Merkmale:
      | Merkmal                                        | Wert        |
      | in Deutschland geboren                         | <geboren>   |
      | vor Vollendung des 14. Lebensjahres eingereist | <eingereist> |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

    Beispiele:
      | geboren | eingereist |
      | nein    | nein       |

  @aufenthg_25a_1_s1_2012
  Szenario: § 25a Abs. 1 S. 1 AufenthG (Stand 2012) – wer nicht geduldet ist, fällt nicht unter § 25a
    Angenommen der Stichtag "15.07.2012"
    Und das Merkmal "geduldet" ist "nein"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

  @aufenthg_25a_1_s1_nr1_2012
  Szenariogrundriss: § 25a Abs. 1 S. 1 Nr. 1 AufenthG (Stand 2012) – <dauer> Voraufenthalt: verlangt sind sechs Jahre – Ermessen
    Angenommen der Stichtag "15.07.2012"
    Und das Merkmal "Dauer des ununterbrochenen erlaubten, geduldeten oder gestatteten Aufenthalts im Bundesgebiet" ist "<dauer>"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 1 AufenthG"

    Beispiele:
      | dauer   |
      | 6 Jahre |

  @aufenthg_25a_1_s1_nr1_2012
  Szenariogrundriss: § 25a Abs. 1 S. 1 Nr. 1 AufenthG (Stand 2012) – <dauer> Voraufenthalt: verlangt sind sechs Jahre – Tatbestand nicht erfüllt
    Angenommen der Stichtag "15.07.2012"
    Und das Merkmal "Dauer des ununterbrochenen erlaubten, geduldeten oder gestatteten Aufenthalts im Bundesgebiet" ist "<dauer>"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 1 AufenthG"

    Beispiele:
      | dauer   |
      | 5 Jahre |

  @aufenthg_25a_1_s1_nr2_2012
  Szenariogrundriss: § 25a Abs. 1 S. 1 Nr. 2 AufenthG (Stand 2012) – sechs Jahre Schulbesuch oder ein Abschluss: Schule <schule>, Abschluss <abschluss> – Ermessen
    Angenommen der Stichtag "15.07.2012"
    Und die Merkmale:
      | Merkmal                                                          | Wert        |
      | Dauer des erfolgreichen Schulbesuchs im Bundesgebiet             | <schule>    |
      | anerkannter Schul- oder Berufsabschluss im Bundesgebiet erworben | <abschluss> |
      | kürzerer erfolgreicher Schulbesuch genügt ausnahmsweise          | ja          |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 2 AufenthG"

    Beispiele:
      | schule  | abschluss |
      | 6 Jahre | nein      |
      | 5 Jahre | ja        |

  @aufenthg_25a_1_s1_nr2_2012
  Szenariogrundriss: § 25a Abs. 1 S. 1 Nr. 2 AufenthG (Stand 2012) – sechs Jahre Schulbesuch oder ein Abschluss: Schule <schule>, Abschluss <abschluss> – Tatbestand nicht erfüllt
    Angenommen der Stichtag "15.07.2012"
    Und die Merkmale:
      | Merkmal                                                          | Wert        |
      | Dauer des erfolgreichen Schulbesuchs im Bundesgebiet             | <schule>    |
      | anerkannter Schul- oder Berufsabschluss im Bundesgebiet erworben | <abschluss> |
      | kürzerer erfolgreicher Schulbesuch genügt ausnahmsweise          | ja          |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 2 AufenthG"

    Beispiele:
      | schule  | abschluss |
      | 5 Jahre | nein      |

  @aufenthg_25a_1_s1_nr3_2012
  Szenariogrundriss: § 25a Abs. 1 S. 1 Nr. 3 AufenthG (Stand 2012) – Antrag mit <alter>: „nach Vollendung des 15. und vor Vollendung des 21. Lebensjahres“ – Tatbestand nicht erfüllt
    Angenommen der Stichtag "15.07.2012"
    Und das Merkmal "Lebensalter bei Antragstellung" ist "<alter>"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 3 AufenthG"

    Beispiele:
      | alter    |
      | 14 Jahre |
      | 21 Jahre |

  @aufenthg_25a_1_s1_nr3_2012
  Szenariogrundriss: § 25a Abs. 1 S. 1 Nr. 3 AufenthG (Stand 2012) – Antrag mit <alter>: „nach Vollendung des 15. und vor Vollendung des 21. Lebensjahres“ – Ermessen
    Angenommen der Stichtag "15.07.2012"
    Und das Merkmal "Lebensalter bei Antragstellung" ist "<alter>"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "§ 25a Abs. 1 S. 1 Nr. 3 AufenthG"

    Beispiele:
      | alter    |
      | 15 Jahre |

  @aufenthg_25a_1_s1_2012
  Szenario: § 25a Abs. 1 S. 1 AufenthG (Stand 2012) – „sofern gewährleistet erscheint“, dass er sich einfügen kann: ohne diese Prognose keine Aufenthaltserlaubnis
    Angenommen der Stichtag "15.07.2012"
    Und das Merkmal "Einfügen in die Lebensverhältnisse der Bundesrepublik Deutschland gewährleistet" ist "nein"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist der Tatbestand nicht erfüllt

  @aufenthg_25a_1_s3_2012
  Szenario: § 25a Abs. 1 S. 3 AufenthG (Stand 2012) – ist die Abschiebung wegen eigener falscher Angaben ausgesetzt, ist zu versagen
    Angenommen der Stichtag "15.07.2012"
    Und die Merkmale:
      | Merkmal                                                                    | Wert |
      | Angabe falscher Tatsachen                                                  | ja   |
      | Aussetzung der Abschiebung beruht auf diesen Angaben oder dieser Täuschung | ja   |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "§ 25a Abs. 1 S. 3 AufenthG"

  @aufenthg_25a_1_s4_2012 @aufenthg_10_3_2012
  Szenariogrundriss: § 25a Abs. 1 S. 4 AufenthG (Stand 2012) – offensichtlich unbegründeter Asylantrag, Antrag nach § 14a AsylVfG: <14a> – Ermessen
    Angenommen der Stichtag "15.07.2012"
    Und die Merkmale:
      | Merkmal                                                                     | Wert  |
      | Asylantrag als offensichtlich unbegründet abgelehnt                         | ja    |
      | Ablehnung nach § 30 Abs. 3 AsylVfG betrifft einen Antrag nach § 14a AsylVfG | <14a> |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und die Begründung nennt "<fundstelle>"

    Beispiele:
      | 14a | fundstelle                 |
      | ja  | § 25a Abs. 1 S. 4 AufenthG |

  @aufenthg_25a_1_s4_2012 @aufenthg_10_3_2012
  Szenariogrundriss: § 25a Abs. 1 S. 4 AufenthG (Stand 2012) – offensichtlich unbegründeter Asylantrag, Antrag nach § 14a AsylVfG: <14a> – zu versagen
    Angenommen der Stichtag "15.07.2012"
    Und die Merkmale:
      | Merkmal                                                                     | Wert  |
      | Asylantrag als offensichtlich unbegründet abgelehnt                         | ja    |
      | Ablehnung nach § 30 Abs. 3 AsylVfG betrifft einen Antrag nach § 14a AsylVfG | <14a> |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung nennt "<fundstelle>"

    Beispiele:
      | 14a  | fundstelle           |
      | nein | § 10 Abs. 3 AufenthG |

  @aufenthg_10_3_2012 @aufenthg_25a_1_s4_2012
  Szenario: § 10 Abs. 3 S. 2 AufenthG (Stand 2012) – die Sperre gilt nur „vor der Ausreise“; wer nicht mehr im Bundesgebiet ist, dem steht sie nicht entgegen
    Angenommen der Stichtag "15.07.2012"
    Und die Merkmale:
      | Merkmal                                             | Wert |
      | Asylantrag als offensichtlich unbegründet abgelehnt | ja   |
      | im Bundesgebiet                                     | nein |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden

  @aufenthg_25a_1_s1_2012
  Szenariogrundriss: § 25a AufenthG, Stand 2012 – am <stichtag> gilt die Fassung „Stand 2012“
    Angenommen der Stichtag "<stichtag>"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2012"

    Beispiele:
      | stichtag   |
      | 01.07.2012 |
      | 31.07.2012 |

  @aufenthg_25a_1_s1_2012
  Szenario: § 25a AufenthG, Stand 2012 – vor Juli 2012 belegen die Quellen § 25a nicht; angewandt wird der Stand 2012 mit Warnung
    Angenommen der Stichtag "01.01.2012"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann kann die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2012"
    Und die Begründung enthält "bildet das Korpus nicht ab"

  # ============================================================ Zwischen den Ständen: unbelegt

  @aufenthg_25a_1_s1_2012 @aufenthg_25a_1_s1_2021
  Szenariogrundriss: § 25a Abs. 1 S. 1 AufenthG, Stand 2012 („kann“) und Stand 2021 („soll“) – am <stichtag> folgt die Rechtslage aus den Quellen nicht
    Angenommen der Stichtag "<stichtag>"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann ist das Ergebnis offen
    Und die Begründung enthält "folgt aus den Quellen nicht"

    Beispiele:
      | stichtag   |
      | 01.08.2012 |
      | 01.01.2016 |
      | 31.12.2021 |

  @aufenthg_25a_1_s3_2012 @aufenthg_25a_1_s3_2021
  Szenario: § 25a Abs. 1 S. 3 AufenthG, Stand 2012 und 2021 – die Versagung ist in beiden Ständen gleich; auch zwischen ihnen ist zu versagen
    Angenommen der Stichtag "01.01.2016"
    Und die Merkmale:
      | Merkmal                                                                    | Wert |
      | Täuschung über Identität oder Staatsangehörigkeit                          | ja   |
      | Aussetzung der Abschiebung beruht auf diesen Angaben oder dieser Täuschung | ja   |
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann darf die Aufenthaltserlaubnis nicht erteilt werden
    Und die Begründung enthält "folgt aus den Quellen nicht"

  @aufenthg_25a_1_s1_2021
  Szenario: § 25a AufenthG, Stand 2021 – ab dem 01.01.2022 gilt der Stand 2021
    Angenommen der Stichtag "01.01.2022"
    Wenn "§ 25a Abs. 1 AufenthG" geprüft wird
    Dann soll die Aufenthaltserlaubnis erteilt werden
    Und gilt die Fassung "Stand 2021"
