skanderborg-name = Skanderborg Kommune
skanderborg-policy-title = Skanderborg Kommunes integrationspolitik

## Strategispor

skanderborg-differentieret = En differentieret integrationsindsats
skanderborg-tilpasset-title = Hjælp, der passer til dig
skanderborg-tilpasset-summary = Kommunen arbejder for at tilpasse hjælpen til dine behov, ressourcer og situation.
skanderborg-tilpasset-body = Kommunen anerkender, at alle er forskellige. Derfor arbejder kommunen for, at indsatsen så vidt muligt passer til dine behov, dine ressourcer og din situation.
skanderborg-tilpasset-ask = Fortæl jobcentret, som er dit første sted at henvende dig, hvad du kan, og hvad du har brug for.

skanderborg-faelles-ansvar = Fælles ansvar
skanderborg-muligheder-title = Muligheder – og dit eget ansvar
skanderborg-muligheder-summary = Ifølge kommunen skal fællesskabet sørge for muligheder, og du skal gribe dem.
skanderborg-muligheder-body = Kommunen ser det som fællesskabets ansvar, at der er muligheder, og som dit eget ansvar at gribe dem. Virksomheder, foreninger og andre borgere skal også være med i integrationen.
skanderborg-muligheder-ask = Spørg jobcentret, hvilke muligheder der er for dig lige nu.

skanderborg-beskaeftigelse = Beskæftigelse og uddannelse
skanderborg-job-uddannelse-title = Job eller uddannelse
skanderborg-job-uddannelse-summary = Kommunen arbejder for, at du hurtigst muligt kan forsørge dig selv.
skanderborg-job-uddannelse-body = Kommunen arbejder for, at du hurtigst muligt kan forsørge dig selv gennem et almindeligt job eller en uddannelse. Indsatsen tager udgangspunkt i din baggrund og dine kompetencer og i, hvad virksomhederne har brug for.
skanderborg-job-uddannelse-ask = Kontakt jobcentret, som er det første sted, du skal henvende dig.

skanderborg-deltagelse = Deltagelse og modtagelse
skanderborg-foreninger-title = Vær med i foreninger og lokalsamfund
skanderborg-foreninger-summary = Du får nye kontakter og lærer det danske samfund at kende.
skanderborg-foreninger-body = Når du er med i foreninger, bestyrelser, råd og lokalsamfundet, får du nye relationer og netværk og lærer det danske samfund at kende. Kommunen ser dig som en ressource for lokalsamfundet.
skanderborg-foreninger-ask = Spørg kommunen, hvilke foreninger og fællesskaber der findes, hvor du bor.

skanderborg-boliger = Boliger og bosætning
skanderborg-boligplacering-title = Kommunens ønsker for flygtninges bolig
skanderborg-boligplacering-summary = Kommunen ønsker, at din bolig bliver en god start for dig.
skanderborg-boligplacering-body = Kommunen ønsker at kunne tilbyde flygtninge en bolig, der er et godt udgangspunkt for integration, og at flygtninge bor spredt i centerbyerne. Kommunen tager så vidt muligt hensyn til fx beliggenhed og transportmuligheder. Det er ikke et løfte om en bolig til alle flygtninge.
skanderborg-boligplacering-ask = Er du visiteret til Skanderborg Kommune, så spørg kommunen om din bolig, og hvad der kan tages hensyn til.
skanderborg-find-bolig-title = Find selv en bolig
skanderborg-find-bolig-summary = Kommunen samarbejder med udlejere, og du opfordres også til at lede selv.
skanderborg-find-bolig-body = Kommunen samarbejder med boligselskaber og private udlejere om at skaffe boliger. Du bliver også opfordret til selv, eller sammen med andre, at finde en bolig.
skanderborg-find-bolig-ask = Spørg kommunen, hvordan du kan finde en bolig selv.

skanderborg-boern-familieliv = Børn og familieliv
skanderborg-god-start-title = En god start for familien
skanderborg-god-start-summary = Kommunen har fokus på, at børn og voksne bliver trygge i hverdagen.
skanderborg-god-start-body = Kommunen har fokus på at give nye familier en god start, så både børn og voksne bliver trygge i deres nye hverdag. Kommunen vil være fleksibel, når I møder fx skole, daginstitution, jobcenter og sprogundervisning, og vil gøre det lettere for børn og unge at komme med i fritidslivet.
skanderborg-god-start-ask = Spørg kommunen, hvad der kan hjælpe jeres familie godt i gang.

## Fokusområder: "Eksempler på nuværende indsatser i 2018"

skanderborg-viden = Viden og videndeling
skanderborg-inspirationsmoeder-title = Inspirationsmøder
skanderborg-inspirationsmoeder-summary = I 2018 delte kommunen viden på møder med dem, der hjælper dig.
skanderborg-inspirationsmoeder-body = I 2018 holdt kommunen inspirationsmøder som en del af arbejdet med at dele viden om integration. Målet er, at dem, der hjælper dig, ved nok til at støtte din vej mod at forsørge dig selv.
skanderborg-inspirationsmoeder-ask = Møderne var for dem, der hjælper nye borgere, fx fagfolk og frivillige. Spørg kommunens Integrationsteam, hvis du vil vide mere.
skanderborg-frivillige-title = Frivillige, der hjælper flygtninge
skanderborg-frivillige-summary = I 2018 holdt kommunens Integrationsteam møder med de frivillige.
skanderborg-frivillige-body = I 2018 holdt kommunen møder for at koordinere de frivillige, der hjælper flygtninge, og et dialogmøde med alle flygtningefrivillige. Integrationsteamet stod for arbejdet.
skanderborg-frivillige-ask = Spørg Integrationsteamet, om du kan få kontakt til en frivillig i dag.

skanderborg-sundhed-trivsel = Sundhed og trivsel
skanderborg-rygestop-title = Rygestopforløb
skanderborg-rygestop-summary = I 2018 havde kommunen forløb for rygere, der ville stoppe.
skanderborg-rygestop-body = I 2018 havde kommunen rygestopforløb for borgere, der vil holde op med at ryge. Politikken siger ikke mere om forløbene.
skanderborg-rygestop-ask = Spørg Sundhedsfremme i kommunen, om der er rygestopforløb i dag.
skanderborg-sundhedssamtaler-title = Sundhedssamtaler
skanderborg-sundhedssamtaler-summary = Kommunen havde samtalerne i 2018; politikken siger ikke, hvem de var for.
skanderborg-sundhedssamtaler-body = I 2018 havde kommunen sundhedssamtaler som en del af arbejdet for sundhed og trivsel. Politikken siger ikke, hvem der kunne få en samtale, eller hvad den handlede om.
skanderborg-sundhedssamtaler-ask = Spørg Sundhedsfremme i kommunen, om du kan få en sundhedssamtale i dag.
skanderborg-sundhedstjenesten-title = Tilbud via sundhedstjenesten
skanderborg-sundhedstjenesten-summary = Tilbuddene fandtes i 2018; politikken siger ikke, hvilke det var.
skanderborg-sundhedstjenesten-body = I 2018 havde kommunen tilbud via sundhedstjenesten. Politikken siger ikke, hvilke tilbud det var.
skanderborg-sundhedstjenesten-ask = Spørg kommunen, hvad sundhedstjenesten tilbyder i dag.
skanderborg-aeldre-handicap-title = Opsøgende og forebyggende hjælp til ældre og mennesker med handicap
skanderborg-aeldre-handicap-summary = Hjælpen fandtes i 2018 og kan være relevant for dig eller din familie.
skanderborg-aeldre-handicap-body = I 2018 havde kommunen opsøgende og forebyggende indsatser på ældre- og handicapområdet. Det kan være relevant, hvis du eller en i din familie er ældre eller har et handicap.
skanderborg-aeldre-handicap-ask = Spørg kommunen, om indsatserne stadig findes, og hvordan I får kontakt.

skanderborg-kulturforskelle = Integrationsforståelse og kulturforskelle
skanderborg-fritidspas-boern-title = Fritidspas til børn
skanderborg-fritidspas-boern-summary = I 2018 skulle passet hjælpe børn med at komme med i fritidstilbud.
skanderborg-fritidspas-boern-body = I 2018 havde kommunen et fritidspas, der skulle hjælpe børn med at komme med i fritidstilbud. Politikken siger ikke, hvem der kan få det, eller hvad det dækker.
skanderborg-fritidspas-boern-ask = Spørg kommunen, om fritidspasset stadig findes, og om dit barn kan få det.
skanderborg-turboforloeb-title = Turboforløb
skanderborg-turboforloeb-summary = Kommunen havde forløbet i 2018; politikken siger ikke, hvad det indeholder.
skanderborg-turboforloeb-body = I 2018 havde kommunen et turboforløb som en del af arbejdet med kulturforskelle og vejen til job eller uddannelse. Politikken beskriver ikke, hvad forløbet indeholder.
skanderborg-turboforloeb-ask = Spørg kommunen, hvad et turboforløb er, og om det findes i dag.
skanderborg-bydelsmoedre-title = Bydelsmødre
skanderborg-bydelsmoedre-summary = Det er frivillige kvinder, der er uddannet til at støtte isolerede kvinder.
skanderborg-bydelsmoedre-body = I 2018 var bydelsmødre en del af kommunens arbejde med kulturforskelle. Bydelsmødre er frivillige kvinder, der er uddannet til at støtte kvinder, som er isolerede, og hjælpe dem i kontakt med offentlige tilbud.
skanderborg-bydelsmoedre-ask = Spørg kommunen, hvordan du eller en kvinde i din familie kan møde en bydelsmor.
skanderborg-hoejvang-title = Projekt Højvang
skanderborg-hoejvang-summary = Projektet fandtes i 2018; politikken siger ikke, hvad det handler om.
skanderborg-hoejvang-body = I 2018 havde kommunen Projekt Højvang. Politikken beskriver ikke, hvad projektet går ud på, eller hvem det er for.
skanderborg-hoejvang-ask = Spørg kommunen, om Projekt Højvang stadig findes, og om det er noget for dig.
skanderborg-frivilligtilknytning-title = Frivilligtilknytning
skanderborg-frivilligtilknytning-summary = I 2018 nævnte kommunen det som en måde at bygge bro mellem kulturer.
skanderborg-frivilligtilknytning-body = I 2018 nævnte kommunen frivilligtilknytning som en indsats for at bygge bro mellem kulturer. Politikken siger ikke, hvordan den foregår.
skanderborg-frivilligtilknytning-ask = Spørg kommunen, om du kan få kontakt til en frivillig.

skanderborg-kvinder = Kvinder
skanderborg-kvinder-bydelsmoedre-title = Bydelsmødre for kvinder
skanderborg-kvinder-bydelsmoedre-summary = Det er frivillige kvinder, som hjælper kvinder i kontakt med offentlige tilbud.
skanderborg-kvinder-bydelsmoedre-body = Kommunen ønsker, at alle kvinder er aktive i samfundet og er i job eller uddannelse. I 2018 var bydelsmødre en af indsatserne for kvinder: frivillige kvinder, der støtter andre kvinder og hjælper dem i kontakt med offentlige tilbud.
skanderborg-kvinder-bydelsmoedre-ask = Spørg kommunens Integrationsteam, om du kan få kontakt til en bydelsmor.
skanderborg-igu-sosu-title = IGU-SOSU
skanderborg-igu-sosu-summary = Betalt job med skoleperioder på social- og sundhedsområdet; kommunen havde det i 2018.
skanderborg-igu-sosu-body = IGU (integrationsgrunduddannelse) er et betalt job i to år med skoleperioder, for flygtninge og familiesammenførte på 18–50 år. I 2018 havde kommunen IGU-SOSU for kvinder, altså IGU inden for social- og sundhedsområdet (SOSU).
skanderborg-igu-sosu-ask = Spørg jobcentret eller Integrationsteamet, om IGU-SOSU findes i dag.
skanderborg-rengoering-title = Rengøringsforløb
skanderborg-rengoering-summary = Forløbet fandtes i 2018 for mænd og kvinder, som en vej mod job.
skanderborg-rengoering-body = I 2018 havde kommunen et rengøringsforløb for både mænd og kvinder, som en del af arbejdet for at komme i job. Politikken siger ikke mere om forløbet.
skanderborg-rengoering-ask = Spørg jobcentret, om der er et rengøringsforløb i dag.

skanderborg-unge-maend = Unge mænd
skanderborg-ssp-title = SSP-tiltag for unge mænd
skanderborg-ssp-summary = Kommunen arbejder for, at unge mænd på 14–30 år ikke bliver ensomme.
skanderborg-ssp-body = Kommunen arbejder for, at unge mænd på 14–30 år ikke bliver ensomme og isolerede, men kommer med i fællesskaber som job og uddannelse. I 2018 havde kommunen SSP-tiltag (samarbejde mellem skole, sociale myndigheder og politi) for at undgå radikalisering.
skanderborg-ssp-ask = Spørg kommunen (Myndighed i Børn og Unge), hvilke fællesskaber og tilbud der er for unge i dag.
skanderborg-fritidspas-unge-title = Fritidspas op til 25 år
skanderborg-fritidspas-unge-summary = I 2018 kunne unge op til 25 år få et fritidspas til fritidstilbud.
skanderborg-fritidspas-unge-body = I 2018 nævnte politikken muligheden for et fritidspas op til 25 år, under indsatsen for unge mænd. Et fritidspas skal hjælpe dig med at komme med i fritidstilbud.
skanderborg-fritidspas-unge-ask = Spørg kommunen (Myndighed i Børn og Unge), om du kan få et fritidspas i dag.

skanderborg-familier = Familier med komplekse problemstillinger
skanderborg-sundhedsplejersker-title = Projekt ”Sundhedsplejersker styrker integration”
skanderborg-sundhedsplejersker-summary = Kommunen havde projektet for familier i 2018, men beskriver det ikke nærmere.
skanderborg-sundhedsplejersker-body = I 2018 havde kommunen projektet ”Sundhedsplejersker styrker integration” for familier. Politikken beskriver ikke projektet nærmere.
skanderborg-sundhedsplejersker-ask = Spørg sundhedsplejersken eller kommunen, om projektet findes i dag.
skanderborg-ptsd-title = Behandling for PTSD
skanderborg-ptsd-summary = PTSD er traumer efter meget svære oplevelser; kommunen havde behandling i 2018.
skanderborg-ptsd-body = I 2018 havde kommunen et behandlingstilbud for PTSD (traumer efter meget svære oplevelser) til både unge og voksne. Politikken siger ikke mere om tilbuddet.
skanderborg-ptsd-ask = Tal med din læge eller kommunen om behandling for traumer.
skanderborg-nussa-title = NUSSA i dagtilbud og skoler
skanderborg-nussa-summary = Et program, kommunen brugte i 2018; politikken siger ikke mere om det.
skanderborg-nussa-body = I 2018 brugte kommunen NUSSA, et program i dagtilbud og skoler. Politikken siger ikke mere om programmet.
skanderborg-nussa-ask = Spørg dit barns dagtilbud eller skole, om de bruger NUSSA i dag.
skanderborg-familiehuset-title = Familiehuset
skanderborg-familiehuset-summary = Kommunen havde det i 2018 for familier med mange problemer samtidig.
skanderborg-familiehuset-body = Kommunen vil styrke familier, der har mange udfordringer på én gang, og medarbejderne arbejder sammen om at hjælpe dem. I 2018 var Familiehuset en af indsatserne; politikken beskriver ikke, hvad det tilbyder.
skanderborg-familiehuset-ask = Spørg kommunen, hvad Familiehuset tilbyder i dag, og hvordan I kommer i kontakt.
