national-name = Hele Danmark

## Danskuddannelse

national-danish = Danskuddannelse

national-danish-5-years-title = Danskuddannelse i op til 5 år
national-danish-5-years-summary = Som flygtning eller familiesammenført, fyldt 18 år, har du ret til det.
national-danish-5-years-body = Er du flygtning eller familiesammenført, fyldt 18 år, har opholdstilladelse og bor i en kommune, har du ret til danskuddannelse i op til 5 år. Undervisningen er gratis. Der er tre uddannelser: DU1, hvis du ikke kan læse og skrive latinske bogstaver, DU2, hvis du har gået kort tid i skole, og DU3, hvis du har en mellemlang eller lang uddannelse.
national-danish-5-years-ask = Spørg kommunen, som henviser dig til et sprogcenter.

national-danish-3-5-years-title = Danskuddannelse i 3½ år
national-danish-3-5-years-summary = Det kan du få, fx hvis du arbejder, studerer eller er EU-borger.
national-danish-3-5-years-body = Er du her for at arbejde eller studere, er du medfølgende ægtefælle, au pair eller EU-borger, kan du få danskuddannelse i 3½ år inden for 5 år. Du skal være fyldt 18 år og have opholdstilladelse og bo i en kommune (eller bo her efter EU-reglerne). Der er tre uddannelser: DU1, hvis du ikke kan læse og skrive latinske bogstaver, DU2, hvis du har gået kort tid i skole, og DU3, hvis du har en mellemlang eller lang uddannelse.
national-danish-3-5-years-ask = Spørg kommunen, som henviser dig til et sprogcenter.

national-danish-deposit-title = Gratis undervisning – men depositum
national-danish-deposit-summary = Forsørger du dig selv, betaler du 2.000 kroner for hvert modul.
national-danish-deposit-body = Undervisningen er gratis. Siden 1. juli 2020 betaler selvforsørgende kursister et depositum på 2.000 kr. for hvert modul. Du får pengene tilbage, når du gør modulet færdigt til tiden.
national-danish-deposit-ask = Spørg sprogcentret, om du skal betale depositum, og hvor lang tid du har til modulet.

national-danish-referral-title = Kommunen henviser dig til dansk
national-danish-referral-summary = Som regel inden for en måned; hører du intet, så kontakt kommunen.
national-danish-referral-body = Kommunen henviser dig til danskuddannelse, som regel inden for en måned. Hører du ikke noget, så kontakt kommunen.
national-danish-referral-ask = Spørg kommunen eller Borgerservice.
national-danish-referral-step = Bed kommunen om at henvise dig til danskuddannelse, hvis du ikke har hørt noget inden for en måned.

national-fvu-title = FVU: læsning, skrivning og matematik
national-fvu-summary = FVU betyder forberedende voksenundervisning: gratis undervisning for voksne.
national-fvu-body = FVU (forberedende voksenundervisning) er gratis undervisning for voksne i at læse, skrive og regne.
national-fvu-ask = Se ug.dk, eller spørg kommunen.

## Programmet efter ankomst

national-programme = Programmet efter ankomst

national-programme-refugee-title = Selvforsørgelses- og hjemrejseprogram
national-programme-refugee-summary = Som flygtning får du danskuddannelse og tilbud, der skal føre til job.
national-programme-refugee-body = Som flygtning får du selvforsørgelses- og hjemrejseprogrammet. Det består af danskuddannelse og tilbud, der skal føre til job, fx vejledning, virksomhedspraktik og løntilskud. Målet er et almindeligt job inden for cirka et år, og programmet kan vare op til 5 år.
national-programme-refugee-ask = Spørg kommunen (jobcenter).

national-programme-family-title = Introduktionsprogram
national-programme-family-summary = Som familiesammenført får du danskuddannelse og tilbud, der skal føre til job.
national-programme-family-body = Er du familiesammenført, får du introduktionsprogrammet; er du familiesammenført med en flygtning, får du i stedet selvforsørgelses- og hjemrejseprogrammet. Begge består af danskuddannelse og tilbud, der skal føre til job, fx vejledning, virksomhedspraktik og løntilskud. Målet er et almindeligt job inden for cirka et år, og programmet kan vare op til 5 år.
national-programme-family-ask = Spørg kommunen (jobcenter), hvilket program du får.

national-programme-ukraine-title = Ophold efter særloven (Ukraine)
national-programme-ukraine-summary = Reglerne for flygtninge gælder som regel også for dig, med få undtagelser.
national-programme-ukraine-body = Har du opholdstilladelse efter særloven for fordrevne fra Ukraine, gælder integrationslovens regler for flygtninge som regel også for dig, fx boligplacering, helbredsafklaring, danskuddannelse og et program hos kommunen. Nogle få regler er anderledes: kommunen overtager senest 15 arbejdsdage efter afgørelsen, og arbejdspligten fra 1. januar 2025 gælder ikke for dig.
national-programme-ukraine-ask = Spørg kommunen (jobcenter), hvilke regler og hvilket program der gælder for dig.
national-programme-ukraine-step = Spørg kommunen (jobcenter), hvilket program og hvilke regler der gælder for dig efter særloven.

national-programme-forloeb-title = Introduktionsforløb
national-programme-forloeb-summary = Kommunen tilbyder det, hvis du arbejder, studerer eller er EU-borger.
national-programme-forloeb-body = Er du her for at arbejde eller studere, eller er du EU-borger, kan du få et introduktionsforløb hos kommunen.
national-programme-forloeb-ask = Spørg kommunen (jobcenter), hvad forløbet indeholder.
national-programme-forloeb-step = Spørg kommunen (jobcenter) om et introduktionsforløb.

national-programme-contract-title = Kontrakt og erklæring
national-programme-contract-summary = Det sker inden for cirka en måned, og erklæringen kræves for permanent ophold.
national-programme-contract-body = Inden for cirka en måned laver du en kontrakt med kommunen. Samtidig skriver du under på opholds- og selvforsørgelseserklæringen, som er en betingelse for at få permanent ophold. Har du brug for det, får du en tolk.
national-programme-contract-ask = Spørg kommunen (jobcenter).
national-programme-contract-step = Lav din kontrakt med kommunen (jobcenter) inden for cirka en måned.

national-programme-benefits-title = Ydelser: se borger.dk
national-programme-benefits-summary = Reglerne blev ændret i 2025, og flere ydelser har fået nye navne.
national-programme-benefits-body = Reglerne for ydelser blev ændret med en reform i 2025, og flere ydelser fik nye navne. Se de gældende regler og beløb på borger.dk.
national-programme-benefits-ask = Se borger.dk, eller spørg jobcenter i kommunen.

## IGU

national-igu = IGU (integrationsgrunduddannelse)

national-igu-job-title = IGU: job og skole i to år
national-igu-job-summary = Du får løn, når du arbejder, og penge, når du går i skole.
national-igu-job-body = IGU er et betalt job i en virksomhed i to år, i gennemsnit mindst 25 timer om ugen, med 23 ugers skole. Du får elevløn, når du arbejder, og uddannelsesgodtgørelse, når du går i skole.
national-igu-job-ask = Spørg jobcenter i kommunen.

national-igu-who-title = Hvem kan få IGU
national-igu-who-summary = Flygtninge og familiesammenførte på 18–50 år med højst 20 år i Danmark.
national-igu-who-body = Efter trepartsaftalen fra september 2023, som gælder til 2028, kan flygtninge og alle familiesammenførte på 18–50 år få IGU, hvis de har boet i Danmark i højst 20 år. Ældre sider skriver 18–40 år.
national-igu-who-ask = Spørg jobcenter i kommunen, om du kan få IGU.

## Uddannelse fra udlandet

national-qualifications = Uddannelse og kvalifikationer fra udlandet

national-qualifications-assessment-title = Få din uddannelse fra udlandet vurderet
national-qualifications-assessment-summary = Det er gratis; som flygtning uden papirer kan du få en vejledende udtalelse.
national-qualifications-assessment-body = Uddannelses- og Forskningsstyrelsen vurderer gratis din uddannelse fra udlandet. Er du flygtning og har ikke dine papirer, kan du få en vejledende udtalelse.
national-qualifications-assessment-ask = Se ufm.dk, eller spørg jobcenter.

national-qualifications-authorisation-title = Autorisation til lovregulerede fag
national-qualifications-authorisation-summary = Vil du arbejde som fx læge, sygeplejerske eller lærer, kræver det en tilladelse.
national-qualifications-authorisation-body = Vil du arbejde i et lovreguleret fag, fx som læge, sygeplejerske eller lærer, skal du have autorisation. Til sundhedsfag får du autorisation hos Styrelsen for Patientsikkerhed.
national-qualifications-authorisation-ask = Se borger.dk.

## Sundhed

national-health = Sundhed

national-health-card-title = Sundhedskort
national-health-card-summary = Når du bliver registreret i CPR, får du det gule kort gratis.
national-health-card-body = Når du bliver registreret i CPR, får du det gule sundhedskort, også som app. Det første kort er gratis.
national-health-card-ask = Spørg Borgerservice i kommunen.
national-health-card-step = Bliv registreret i CPR hos Borgerservice – så får du det gule sundhedskort.

national-health-gp-title = Læge og hospital
national-health-gp-summary = Det er gratis, og din læge kan henvise dig til speciallæge og psykolog.
national-health-gp-body = Det er gratis at gå til din egen læge og at blive behandlet på hospitalet (gruppe 1). Lægen kan henvise dig til speciallæge og psykolog.
national-health-gp-ask = Spørg din læge.

national-dental-children-title = Gratis tandpleje for børn
national-dental-children-summary = Det gælder børn og unge under 18 år.
national-dental-children-body = Børn og unge under 18 år får gratis tandpleje.
national-dental-children-ask = Spørg kommunen, hvor dit barn skal gå til tandlæge.

national-dental-young-title = Gratis tandpleje op til 21 år
national-dental-young-summary = Ordningen for børn og unge gælder fuldt ud fra 2025.
national-dental-young-body = Den gratis tandpleje for børn og unge gælder nu op til 21 år; den er fuldt indført fra 2025.
national-dental-young-ask = Spørg kommunen.

national-health-visitor-expecting-title = Sundhedsplejerske, når barnet er født
national-health-visitor-expecting-summary = I får gratis besøg hjemme, første gang cirka en uge efter fødslen.
national-health-visitor-expecting-body = Når dit barn er født, får familien gratis besøg af en sundhedsplejerske. Det første besøg i hjemmet er cirka en uge efter fødslen.
national-health-visitor-expecting-ask = Spørg din læge eller kommunen.
national-health-visitor-expecting-step = Spørg din læge eller kommunen om sundhedsplejersken, som besøger jer, når barnet er født.

national-health-visitor-baby-title = Sundhedsplejerske
national-health-visitor-baby-summary = Har du et lille barn, får familien gratis besøg i hjemmet.
national-health-visitor-baby-body = Familier med små børn får gratis besøg af en sundhedsplejerske. Det første besøg i hjemmet er cirka en uge efter fødslen.
national-health-visitor-baby-ask = Spørg kommunen.
national-health-visitor-baby-step = Spørg kommunen om besøg af sundhedsplejersken.

national-child-checkups-title = Børneundersøgelser hos lægen
national-child-checkups-summary = Dit barn får tilbudt 7 undersøgelser, før det begynder i skole.
national-child-checkups-body = Lægen tilbyder dit barn 7 forebyggende undersøgelser, før barnet begynder i skole.
national-child-checkups-ask = Spørg din læge.

national-health-interpreter-title = Tolk hos lægen og på hospitalet
national-health-interpreter-summary = Har du boet her over 3 år, kan det koste et gebyr.
national-health-interpreter-body = Du kan få en tolk, når du er hos lægen eller på hospitalet. Har du boet i Danmark i mere end 3 år, skal du betale et gebyr; der er undtagelser, fx forældre, når barnet er patienten.
national-health-interpreter-ask = Sig det til din læge, når du bestiller tid.

national-trauma-treatment-title = Behandling for traumatiserede flygtninge
national-trauma-treatment-summary = Det findes i hele Danmark, og din læge kan henvise dig.
national-trauma-treatment-body = I alle regioner er der specialiseret behandling for traumatiserede flygtninge. Din læge kan henvise dig.
national-trauma-treatment-ask = Spørg din læge.

national-trauma-nordjylland-title = Rehabiliteringscenter for Flygtninge i Region Nordjylland
national-trauma-nordjylland-summary = Gratis behandling af PTSD for voksne flygtninge; en læge skal henvise dig.
national-trauma-nordjylland-body = I Region Nordjylland behandler Rehabiliteringscenter for Flygtninge voksne flygtninge med PTSD. Behandlingen er gratis, og en læge skal henvise dig.
national-trauma-nordjylland-ask = Spørg din læge om en henvisning.

national-health-assessment-title = Helbredsvurdering for nye flygtninge
national-health-assessment-summary = Kommunen tilbyder at vurdere dit helbred, når du lige er kommet.
national-health-assessment-body = Kommunen tilbyder flygtninge, der lige er kommet, en vurdering af deres helbred.
national-health-assessment-ask = Spørg kommunen.

## Børn og familie

national-children = Børn og familie

national-school-title = Undervisningspligt (skole)
national-school-summary = Børn skal undervises i 10 år fra august det år, de fylder 6.
national-school-body = Børn har undervisningspligt fra august i det år, de fylder 6, og i 10 år (senest til 31. juli i det år, de fylder 17). Det gælder børn, der bor i Danmark i mindst 6 måneder.
national-school-ask = Spørg kommunen om skole til dit barn.
national-school-step = Spørg kommunen om en plads i skolen: der er undervisningspligt fra august det år, barnet fylder 6.

national-daycare-title = Pasningsgaranti
national-daycare-summary = Fra 26 uger til skolestart har dit barn ret til en pasningsplads.
national-daycare-body = Dit barn har ret til en plads i dagpleje, vuggestue eller børnehave fra 26 uger til skolestart.
national-daycare-ask = Spørg kommunen.
national-daycare-step = Søg om en plads i dagpleje, vuggestue eller børnehave hos kommunen.

national-fripladstilskud-title = Økonomisk fripladstilskud
national-fripladstilskud-summary = Pasningen af dit barn kan blive billigere, alt efter din indkomst.
national-fripladstilskud-body = Du kan søge økonomisk fripladstilskud, så pasningen bliver billigere. Tilskuddet afhænger af din indkomst, og du søger gennem kommunen.
national-fripladstilskud-ask = Spørg kommunen.

national-language-assessment-title = Sprogvurdering omkring 3 år
national-language-assessment-summary = Nogle børn uden dagtilbud skal have sprogstøtte 30 timer om ugen.
national-language-assessment-body = Børn får en sprogvurdering, når de er omkring 3 år. Tosprogede børn, der ikke går i dagtilbud og har brug for støtte til sproget, skal have sprogstimulering 30 timer om ugen, og forældrene skal deltage.
national-language-assessment-ask = Spørg kommunen.

national-child-benefit-title = Børne- og ungeydelse
national-child-benefit-summary = Penge til dine børn – det fulde beløb efter 6 år i Danmark.
national-child-benefit-body = Du kan få børne- og ungeydelse for dine børn. Du optjener den gradvist og får det fulde beløb, når du har boet eller arbejdet i Danmark i 6 år inden for de sidste 10 år.
national-child-benefit-ask = Se borger.dk.

## Bolig

national-housing = Bolig

national-housing-refugees-title = Bolig til flygtninge
national-housing-refugees-summary = Kommunen, du bliver sendt til, skaffer dig en midlertidig eller fast bolig.
national-housing-refugees-body = Som flygtning bliver du visiteret til en kommune. Kommunen skaffer dig en midlertidig eller permanent bolig.
national-housing-refugees-ask = Spørg kommunen.

national-boligstoette-title = Boligstøtte
national-boligstoette-summary = Søger du inden 30 dage efter indflytning, kan du få støtte fra første dag.
national-boligstoette-body = Du kan søge boligstøtte på borger.dk. Søger du inden for 30 dage efter, at du er flyttet ind, kan du få støtten fra den dag, du flyttede ind.
national-boligstoette-ask = Søg på borger.dk, eller spørg Borgerservice.

## Hverdagsliv

national-everyday = Hverdagsliv

national-mitid-title = MitID
national-mitid-summary = Dit digitale ID – du kan få det i en app eller hos Borgerservice.
national-mitid-body = MitID er dit digitale ID. Du kan få det i MitID-appen, hvis du har et pas med chip, eller hos Borgerservice med billed-ID; måske skal du have et identitetsvidne med.
national-mitid-ask = Gå til Borgerservice, eller se mitid.dk.
national-mitid-step = Få MitID i MitID-appen med et pas med chip, eller hos Borgerservice.

national-digital-post-title = Digital Post
national-digital-post-summary = Din postkasse til breve fra myndighederne – du skal have den fra 15 år.
national-digital-post-body = Fra du er 15 år, skal du have Digital Post, hvor du får breve fra myndighederne. Har du fx svært ved sproget, kan Borgerservice fritage dig.
national-digital-post-ask = Spørg Borgerservice.

national-venner-viser-vej-title = Venner Viser Vej (Røde Kors)
national-venner-viser-vej-summary = Du kan få kontakt med en frivillig netværksfamilie.
national-venner-viser-vej-body = Gennem Røde Kors' netværk Venner Viser Vej kan du få kontakt med en frivillig netværksfamilie.
national-venner-viser-vej-ask = Se rodekors.dk, eller spørg kommunen.

national-frivillig-ven-title = Frivillig ven (Dansk Flygtningehjælp)
national-frivillig-ven-summary = Du kan få en frivillig ven gennem Dansk Flygtningehjælp.
national-frivillig-ven-body = Hos Dansk Flygtningehjælp kan du få en frivillig ven.
national-frivillig-ven-ask = Se flygtning.dk.

national-bydelsmoedre-title = Bydelsmødre
national-bydelsmoedre-summary = For kvinder: frivillige kvinder kan hjælpe dig i kontakt med det offentlige.
national-bydelsmoedre-body = For kvinder: Bydelsmødre er frivillige kvinder, der er uddannet til at støtte isolerede kvinder og hjælpe dem i kontakt med det offentlige. Der er grupper mange steder, fx i Holstebro og Skanderborg.
national-bydelsmoedre-ask = Se bydelsmor.dk, eller spørg kommunen.
