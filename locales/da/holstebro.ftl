holstebro-name = Holstebro Kommune
holstebro-policy-title = Holstebro Kommunes Integrationspolitik
holstebro-place-frivilligcenter = Frivilligcenter Holstebro

## Tværgående udfordringer i forbindelse med integrationsopgaven
holstebro-tvaergaaende = Tværgående udfordringer i forbindelse med integrationsopgaven

holstebro-information-title = Information, du kan forstå
holstebro-information-summary = Ifølge politikken skal kommunen tale og skrive, så det passer til dig.
holstebro-information-body = Ifølge integrationspolitikken skal kommunen kommunikere på modtagerens præmisser. Kommunen arbejder også for, at du selv kan finde den rette information, når du har brug for den.
holstebro-information-ask = Sig til kommunen, hvis du ikke forstår et brev eller en besked, og bed om at få det forklaret.

holstebro-hjemmeside-title = Kommunen vil skabe overblik over aktiviteter
holstebro-hjemmeside-summary = Kommunen vil skabe overblik over, hvad der sker, hvor og hvornår.
holstebro-hjemmeside-body = Der sker mange aktiviteter i kommunen. Kommunen vil skabe overblik over, hvad der sker, hvor og hvornår, og kommunens hjemmeside er en af kilderne.
holstebro-hjemmeside-ask = Spørg kommunen, hvilke aktiviteter der er lige nu. Kommunens hjemmeside, holstebro.dk, er en af kilderne.

holstebro-inddragelse-title = Integration går begge veje
holstebro-inddragelse-summary = Kommunen vil inddrage både nye borgere og danskere i arbejdet med integration.
holstebro-inddragelse-body = Kommunen vil inddrage både nye borgere og danskere, fordi integration sker, når mennesker mødes.
holstebro-inddragelse-ask = Spørg kommunen, hvordan du kan være med, hvis du vil bidrage til arbejdet med integration.

holstebro-frivillige-title = Frivillige kan hjælpe
holstebro-frivillige-summary = Kommunen ser frivillige som en vigtig hjælp ud over sine egne tilbud.
holstebro-frivillige-body = Kommunen ser de frivillige som et vigtigt supplement til sine egne tilbud, og tanken er hjælp til selvhjælp. Frivillige kan også være gode rollemodeller.
holstebro-frivillige-ask = Spørg Frivilligcenter Holstebro i Kultur & Frivillighuset, hvilke frivillige tilbud der findes.

## Uddannelse (skolegang) og erhverv
holstebro-uddannelse = Uddannelse (skolegang) og erhverv

holstebro-sprog-smaaboern-title = Dansk for de mindste
holstebro-sprog-smaaboern-summary = Målet er, at alle børn er lige gode til sprog ved skolestart.
holstebro-sprog-smaaboern-body = Kommunen arbejder for, at alle børn har de samme sproglige færdigheder, når de begynder i skole. Det gælder også børn, der taler et andet sprog derhjemme.
holstebro-sprog-smaaboern-ask = Spørg dit barns dagtilbud, eller kommunen hvis barnet ikke går i dagtilbud, hvordan barnets dansk kan støttes.

holstebro-sprog-skoleboern-title = Dansk i skolen
holstebro-sprog-skoleboern-summary = Målet er, at alle elever får lige muligheder for en ungdomsuddannelse.
holstebro-sprog-skoleboern-body = Kommunen arbejder for, at alle elever forlader folkeskolen med lige muligheder for at tage en ungdomsuddannelse. Derfor er der fokus på elevernes dansk.
holstebro-sprog-skoleboern-ask = Spørg dit barns skole, hvilken hjælp til dansk der findes i dag.

holstebro-sprog-voksne-title = Dansk for voksne
holstebro-sprog-voksne-summary = Kommunen vil fokusere på dansk, som er vigtigt for uddannelse og job.
holstebro-sprog-voksne-body = Kommunen vil fortsat have fokus på voksnes dansk, fordi sproget er vigtigt for at tage en uddannelse og for at arbejde i Danmark.
holstebro-sprog-voksne-ask = Spørg kommunen, hvor og hvordan du kan lære dansk.

holstebro-familie-indsats-title = Én samlet indsats for familien
holstebro-familie-indsats-summary = Kommunen vil have god, fast kontakt med børn, unge og deres familier.
holstebro-familie-indsats-body = Kommunen arbejder for, at din familie oplever én fælles indsats over for familien, barnet og den unge. Kommunen vil også skabe gode og faste relationer til børn, unge og deres familier.
holstebro-familie-indsats-ask = Spørg dit barns dagtilbud eller skole, hvem du skal tale med, hvis din familie har kontakt med flere dele af kommunen.

holstebro-ungdomsuddannelse-title = Vejen til en ungdomsuddannelse
holstebro-ungdomsuddannelse-summary = Kommunen arbejder for, at tosprogede unge har samme chancer som andre unge.
holstebro-ungdomsuddannelse-body = Kommunen arbejder for, at tosprogede unge har lige så gode muligheder som andre unge for at begynde på og gennemføre en ungdomsuddannelse. Det handler om både sprog, fag og personlige kompetencer.
holstebro-ungdomsuddannelse-ask = Spørg dit barns skole om vejledning om ungdomsuddannelse.

holstebro-fritid-unge-title = Fritidsaktiviteter og fritidsjob
holstebro-fritid-unge-summary = Fællesskaber i fritiden hjælper børn og unge med sprog og fag.
holstebro-fritid-unge-body = Politikken lægger vægt på, at børn og unge er med i fællesskaber uden for hjem og skole, for eksempel fritidsaktiviteter og fritidsjob. Det hjælper dem med at lære både sprog og fag.
holstebro-fritid-unge-ask = Spørg dit barns skole eller kommunen om fritidsaktiviteter i nærheden.

holstebro-job-muligheder-title = Information om uddannelse og job
holstebro-job-muligheder-summary = Kommunen vil vise, hvilke muligheder for job og karriere der findes.
holstebro-job-muligheder-body = Kommunen vil informere borgerne om muligheder for uddannelse og job og gøre job- og karrieremuligheder synlige.
holstebro-job-muligheder-ask = Spørg jobcentret i kommunen, hvilke muligheder der passer til dig.

holstebro-job-stoette-title = Støtte og rådgivning, når du søger job
holstebro-job-stoette-summary = Kommunen arbejder for hjælp, der passer til dine behov og forventninger.
holstebro-job-stoette-body = Kommunen arbejder for at give støtte og rådgivning, der passer til dine behov og forventninger, og for et bedre samarbejde mellem kommunen, virksomheder og borgere. Målet er, at du får de kompetencer, der skal til for at få et job.
holstebro-job-stoette-ask = Spørg jobcentret i kommunen, hvilken støtte der findes i dag.

holstebro-job-fastholdelse-title = Bliv i dit job, og udvikl dig
holstebro-job-fastholdelse-summary = Kommunen arbejder for, at du styrker dine færdigheder og udvikler en karriere.
holstebro-job-fastholdelse-body = Ifølge politikken er det vigtigt, at du har samme mulighed som andre for at få og beholde et job. Kommunen arbejder for, at borgerne styrker deres kompetencer til at beholde et job og udvikle en karriere.
holstebro-job-fastholdelse-ask = Tal med din arbejdsplads, eller spørg jobcentret i kommunen, hvis du har brug for råd om at beholde dit job.

## Sundhed og trivsel
holstebro-sundhed = Sundhed og trivsel

holstebro-sundhed-dialog-title = Tal om sundhed og sygdom
holstebro-sundhed-dialog-summary = Kommunen vil styrke din evne til selv at passe på dit helbred.
holstebro-sundhed-dialog-body = Man kan forstå sundhed og sygdom på forskellige måder. Kommunen vil øge dialogen om det og styrke din evne til selv at tage vare på dit helbred.
holstebro-sundhed-dialog-ask = Tal med din læge om dit helbred, og spørg kommunen, hvilke sundhedstilbud der findes i dag.

holstebro-motion-kost-title = Motion og mad
holstebro-motion-kost-summary = Kommunen vil sætte særligt fokus på det, også for familier med børn.
holstebro-motion-kost-body = Kommunen vil prioritere motion og kost som et særligt indsatsområde, også for børnefamilier. Indsatsen tager udgangspunkt i dine egne ressourcer, så du kan klare mest muligt selv.
holstebro-motion-kost-ask = Spørg kommunen, hvilke tilbud om motion og sund mad der findes i dag.

holstebro-aktiviteter-title = Vær aktiv sammen med andre
holstebro-aktiviteter-summary = Kommunen arbejder for let adgang til aktiviteter, hvor du kan få netværk.
holstebro-aktiviteter-body = Kommunen forventer, at borgerne tager aktiv del i samfundet, og arbejder for let adgang til fysiske og sociale aktiviteter. Aktiviteterne skal også hjælpe dig med at få et netværk.
holstebro-aktiviteter-ask = Spørg kommunen, hvilke aktiviteter der findes, og sig til, hvis noget gør det svært for dig at være med.

holstebro-aktiviteter-sammen-title = Lav aktiviteter sammen med kommunen
holstebro-aktiviteter-sammen-summary = Kommunen vil lave aktiviteter i samarbejde med grupper af nye borgere.
holstebro-aktiviteter-sammen-body = Kommunen vil arbejde for at tilrettelægge og udbyde fysiske og sociale aktiviteter i samarbejde med grupper af borgere med en anden etnisk baggrund end dansk. Du og andre fra din gruppe kan altså være med til at planlægge.
holstebro-aktiviteter-sammen-ask = Har du og andre en idé til en aktivitet, så spørg kommunen, om I kan lave den sammen.

holstebro-foreninger-title = Foreninger og klubber
holstebro-foreninger-summary = Kommunen og foreningerne kan sammen give alle mulighed for at være med.
holstebro-foreninger-body = Ifølge politikken kan kommunen, sportsforeninger, fritidstilbud, etniske foreninger og venskabsforeninger sammen give alle mulighed for at være med i aktiviteter.
holstebro-foreninger-ask = Spørg kommunen eller Frivilligcenter Holstebro om foreninger i nærheden af dig.

## Samfundsforståelse, der går begge veje
holstebro-samfund = Samfundsforståelse, der går begge veje

holstebro-hverdagsliv-title = Sådan fungerer hverdagen i Danmark
holstebro-hverdagsliv-summary = Kommunen vil fortælle om børnehave, opdragelse, affald og at bo i lejlighed.
holstebro-hverdagsliv-body = Kommunen vil øge viden om hverdagslivet i Danmark, fra børnehave og børneopdragelse til affald og de pligter, der følger med, når man bor i lejlighed. Kommunen arbejder også for, at myndighederne giver tydelig information, som du kan forstå.
holstebro-hverdagsliv-ask = Spørg kommunen, hvis du er i tvivl om noget i hverdagen; om affald og husorden kan du også spørge din udlejer.

holstebro-foraeldre-title = At være forælder i Danmark
holstebro-foraeldre-summary = Kommunen arbejder for at inddrage dig som forælder og give tydelig information.
holstebro-foraeldre-body = Ifølge politikken er det vigtigt, at du får viden om, hvordan det fungerer at have børn i børnehave og at opdrage børn i Danmark. Kommunen arbejder for at inddrage forældre og for at give tydelig information.
holstebro-foraeldre-ask = Spørg personalet i dit barns dagtilbud eller skole, når du er i tvivl om, hvordan tingene gøres.

holstebro-rollemodeller-title = Lær af andre, der har prøvet det
holstebro-rollemodeller-summary = Kommunen vil bruge rollemodeller, der kan fortælle om livet i Danmark.
holstebro-rollemodeller-body = Kommunen vil bruge rollemodeller aktivt, både danske og med anden etnisk baggrund, og inddrage frivillige i integrationsarbejdet. De kan fortælle, hvordan livet leves i Danmark.
holstebro-rollemodeller-ask = Spørg Frivilligcenter Holstebro, om der findes frivillige eller rollemodeller, du kan mødes med.

holstebro-naboskab-title = Lær dine naboer at kende
holstebro-naboskab-summary = Ifølge politikken opstår godt naboskab, når naboer kender hinanden.
holstebro-naboskab-body = I politikken står der: Kendskab skaber venskab. Godt naboskab opstår, når man kender hinanden, og kommunen vil skabe forståelse for værdien af et aktivt og hensynsfuldt naboskab.
holstebro-naboskab-ask = Spørg kommunen om aktiviteter i dit lokalområde, hvor du kan møde andre.

holstebro-isolation-title = Hvis du føler dig alene
holstebro-isolation-summary = Frivillige tilbud kan være en vej til at møde andre mennesker.
holstebro-isolation-body = Kommunen arbejder for, at borgere med anden etnisk baggrund end dansk ikke bliver isolerede. Frivillige tilbud kan være en vej til at møde andre.
holstebro-isolation-ask = Spørg Frivilligcenter Holstebro eller kommunen, hvor du kan møde andre mennesker.
