vesthimmerland-name = Vesthimmerlands Kommune
vesthimmerland-policy-title = Vesthimmerlands Kommunes Integrationspolitik

## Modtagelse i kommunen
vesthimmerland-modtagelse = Modtagelse i kommunen

vesthimmerland-velkomst-title = En god start i kommunen
vesthimmerland-velkomst-summary = Kommunen ønsker, at du får en god introduktion til dit lokalområde.
vesthimmerland-velkomst-body = Kommunen ønsker, at du føler dig velkommen ved det første møde og får en god introduktion til lokalområdet. Det er også vigtigt for kommunen, at dine behov, ressourcer og muligheder bliver afklaret, så du hurtigt kan klare dig selv.
vesthimmerland-velkomst-ask = Spørg kommunen, hvordan du kan få en introduktion til dit lokalområde.

vesthimmerland-tydelig-information-title = Information, du kan forstå
vesthimmerland-tydelig-information-summary = Kommunen ønsker at forklare tydeligt, også om dine rettigheder og pligter.
vesthimmerland-tydelig-information-body = Kommunen ønsker at give tydelig information, som du kan forstå, og at tilpasse den til dig. Det gælder også information om dine rettigheder og pligter.
vesthimmerland-tydelig-information-ask = Sig til kommunen, hvis du ikke forstår en besked, og bed om at få den forklaret.

vesthimmerland-sammenhaeng-title = Sammenhæng i kontakten med kommunen
vesthimmerland-sammenhaeng-summary = Kommunen ønsker, at det hænger sammen, når flere afdelinger har din sag.
vesthimmerland-sammenhaeng-body = Kommunen ønsker, at du oplever sammenhæng i kontakten med kommunen, også når din sag går på tværs af flere afdelinger.
vesthimmerland-sammenhaeng-ask = Spørg kommunen, hvem du skal kontakte, når din sag handler om flere områder.

vesthimmerland-medansvar-title = Din egen del
vesthimmerland-medansvar-summary = Kommunen forventer, at du tager medansvar og er en aktiv borger.
vesthimmerland-medansvar-body = Kommunen forventer, at du selv tager medansvar for dit liv og er en aktiv borger i samfundet. Kommunen ønsker, at dens information inspirerer dig til at lære mere om det danske samfund og tage del i lokalsamfundet.
vesthimmerland-medansvar-ask = Spørg kommunen, hvor du kan lære mere om det danske samfund og om livet i dit lokalområde.

## Dagtilbud til børn (0-6 år)
vesthimmerland-dagtilbud = Dagtilbud til børn (0-6 år)

vesthimmerland-dagtilbud-hverdag-title = Information om hverdagen i dagtilbuddet
vesthimmerland-dagtilbud-hverdag-summary = Når kulturen er ny for dig, er grundig information vigtig, siger politikken.
vesthimmerland-dagtilbud-hverdag-body = Det kan være svært at aflevere sit barn i et dagtilbud med en anden kultur end den, man kender. Politikken siger derfor, at det er vigtigt med grundig information om dagligdagen i dagtilbuddet.
vesthimmerland-dagtilbud-hverdag-ask = Spørg personalet i dit barns dagtilbud, hvordan en almindelig dag foregår.

vesthimmerland-dagtilbud-samarbejde-title = Samarbejde med pædagogerne
vesthimmerland-dagtilbud-samarbejde-summary = Kommunen ønsker god kontakt mellem dig og personalet om dit barns trivsel.
vesthimmerland-dagtilbud-samarbejde-body = Kommunen ønsker, at der følges tæt op på dit barns trivsel, og at der er god kommunikation mellem pædagoger og forældre. Politikken lægger vægt på, at forældre bakker op om barnets hverdag og samarbejder tæt med personalet.
vesthimmerland-dagtilbud-samarbejde-ask = Tal med pædagogerne i dit barns dagtilbud om, hvordan dit barn har det.

vesthimmerland-dagtilbud-dansk-title = Dansk sammen med andre børn
vesthimmerland-dagtilbud-dansk-summary = Dit barn kan lære dansk og være med i fællesskabet i dagtilbuddet.
vesthimmerland-dagtilbud-dansk-body = I dagtilbuddet har dit barn mulighed for at lære dansk sammen med andre børn og opleve fællesskab med børn og voksne. Leg, læring og udvikling er kernen for alle børn.
vesthimmerland-dagtilbud-dansk-ask = Spørg dit barns dagtilbud, hvordan de arbejder med dit barns dansk.

vesthimmerland-dagtilbud-overgang-title = Skift mellem dagtilbud og start i skole
vesthimmerland-dagtilbud-overgang-summary = Kommunen ønsker, at I bliver inddraget og informeret, når barnet skifter dagtilbud.
vesthimmerland-dagtilbud-overgang-body = Kommunen ønsker, at din familie bliver inddraget og informeret, når dit barn skifter dagtilbud. Kommunen ønsker også, at dit barn får de bedst mulige forudsætninger for at starte i skole.
vesthimmerland-dagtilbud-overgang-ask = Spørg dit barns dagtilbud, hvad der sker ved næste skift, og hvordan I kan forberede skolestarten.

## Skole og fritid
vesthimmerland-skole = Skole og fritid

vesthimmerland-skole-dansk-title = Dansk i skolen og dit barns andre sprog
vesthimmerland-skole-dansk-summary = Målet er godt dansk, og politikken ser flere sprog som en styrke.
vesthimmerland-skole-dansk-body = Kommunen ønsker, at alle tosprogede børn og unge får de bedst mulige danskkundskaber. Politikken ser også det at kunne flere sprog som en ressource, og skolen har en vigtig rolle i at opmuntre eleverne til at udvikle deres sprog.
vesthimmerland-skole-dansk-ask = Spørg dit barns skole, hvilken hjælp til dansk der findes i dag.

vesthimmerland-skole-foraeldre-title = Vær med i dit barns skolegang
vesthimmerland-skole-foraeldre-summary = Kommunen opfordrer dig til at være med i forældreråd, skolebestyrelse og lignende.
vesthimmerland-skole-foraeldre-body = Kommunen ønsker, at du er opsøgende og engageret i dit barns skolegang. Du opfordres også til at være med i forældreråd, skolebestyrelse og lignende.
vesthimmerland-skole-foraeldre-ask = Spørg dit barns skole, hvordan du kan være med i samarbejdet mellem skole og forældre.

vesthimmerland-skole-fritid-title = Fritidsaktiviteter i foreninger
vesthimmerland-skole-fritid-summary = Kommunen ønsker, at du støtter dit barn i at gå til noget.
vesthimmerland-skole-fritid-body = Kommunen ønsker, at forældre støtter deres børn i at gå til fritidsaktiviteter i en forening.
vesthimmerland-skole-fritid-ask = Spørg dit barns skole eller kommunen, hvilke foreninger der er i nærheden.

## Uddannelse og beskæftigelse
vesthimmerland-uddannelse = Uddannelse og beskæftigelse

vesthimmerland-vurdering-title = Få din uddannelse fra udlandet vurderet
vesthimmerland-vurdering-summary = Målet er, at du kan bruge din uddannelse og erfaring i Danmark.
vesthimmerland-vurdering-body = Ifølge politikken skal du, hvis du har en uddannelse eller erhvervserfaring fra udlandet, have mulighed for at få din uddannelse vurderet og eventuelt opkvalificeret. Så kan du bruge dine kvalifikationer i Danmark.
vesthimmerland-vurdering-ask = Spørg jobcentret i kommunen om hjælp; selve vurderingen laves af Uddannelses- og Forskningsstyrelsen.

vesthimmerland-kompetencegivende-title = Støtte til at tage en uddannelse
vesthimmerland-kompetencegivende-summary = Kommunen ønsker at støtte dig i at lære et fag.
vesthimmerland-kompetencegivende-body = Kommunen ønsker at støtte nye borgere i at tage en kompetencegivende uddannelse, altså en uddannelse, der giver dig et fag. Ifølge politikken gør uddannelse det lettere at få fodfæste på arbejdsmarkedet.
vesthimmerland-kompetencegivende-ask = Spørg jobcentret i kommunen, hvilken støtte til uddannelse der findes i dag.

vesthimmerland-job-title = Vejen til arbejde
vesthimmerland-job-summary = Kommunen ønsker at samarbejde mere med virksomheder, så du kan få arbejde.
vesthimmerland-job-body = Kommunen ønsker at styrke samarbejdet med virksomheder, så nye borgere kan komme ind på arbejdsmarkedet, og at fremme inklusion gennem de beskæftigelsesrettede tilbud. Ifølge politikken kan det være en styrke for en virksomhed at have medarbejdere, der taler flere sprog.
vesthimmerland-job-ask = Spørg jobcentret i kommunen, hvilke tilbud der kan hjælpe dig i job.

## Kultur og fritid
vesthimmerland-kultur = Kultur og fritid

vesthimmerland-foreninger-title = Foreninger, aftenskoler og biblioteker
vesthimmerland-foreninger-summary = I foreningerne kan du møde andre, som har samme interesser som dig.
vesthimmerland-foreninger-body = Der er mange foreninger, aftenskoler, kulturinstitutioner og biblioteker i kommunen, og kommunen vil gerne have, at du kender dem. I foreningerne kan du møde andre om fælles interesser på tværs af baggrund.
vesthimmerland-foreninger-ask = Spørg kommunen eller dit lokale bibliotek, hvilke foreninger og tilbud der er i nærheden af dig.

vesthimmerland-fritidsliv-title = Hjælp til at komme i gang
vesthimmerland-fritidsliv-summary = Kommunen ønsker, at du får støtte til at komme med i foreningslivet.
vesthimmerland-fritidsliv-body = Kommunen ønsker, at nye borgere bliver støttet i at blive en del af kultur- og foreningslivet. Foreninger, frivillige og kommunen arbejder sammen om at finde gode måder at hjælpe nye borgere til et godt fritidsliv.
vesthimmerland-fritidsliv-ask = Spørg kommunen, hvilken hjælp der findes i dag til at komme i gang med en fritidsaktivitet.

vesthimmerland-frivillige-foreninger-title = Frivillige foreninger
vesthimmerland-frivillige-foreninger-summary = Frivillige kan være din vej ind i fællesskabet, der hvor du bor.
vesthimmerland-frivillige-foreninger-body = Kommunen vil støtte de frivillige foreningers bidrag til integration. Frivillige kan være en vej ind i fællesskabet, der hvor du bor.
vesthimmerland-frivillige-foreninger-ask = Spørg kommunen, hvilke frivillige foreninger der hjælper nye borgere i dit område.

## Sundhed og seniorliv
vesthimmerland-sundhed = Sundhed og seniorliv

vesthimmerland-sund-livsstil-title = Sunde valg for dig og din familie
vesthimmerland-sund-livsstil-summary = Kommunen ønsker, at du lærer, hvordan livsstil og sundhed hænger sammen.
vesthimmerland-sund-livsstil-body = Kommunen ønsker, at du får viden om sammenhængen mellem livsstil og sundhed, og om hvordan du træffer sunde valg for dig selv og din familie.
vesthimmerland-sund-livsstil-ask = Spørg kommunen, hvilke tilbud om sundhed og forebyggelse der findes i dag.

vesthimmerland-sundhedsvaesen-title = Find vej i sundhedsvæsenet
vesthimmerland-sundhedsvaesen-summary = Når du er syg, går du normalt først til din egen læge.
vesthimmerland-sundhedsvaesen-body = Kommunen ønsker, at du kan finde rundt i det danske sundhedsvæsen. Din egen læge er normalt det første sted, du henvender dig, når du er syg.
vesthimmerland-sundhedsvaesen-ask = Spørg din læge eller kommunen, hvis du ikke ved, hvor du skal gå hen med et problem med dit helbred.

vesthimmerland-forebyggelse-title = Forebyggelse og rehabilitering
vesthimmerland-forebyggelse-summary = Kommunen ønsker, at du kan deltage i tilbud, der styrker dit helbred.
vesthimmerland-forebyggelse-body = Kommunen ønsker, at du har mulighed for at deltage i tilbud om sundhedsfremme, forebyggelse og rehabilitering. Politikken siger, at det kræver fokus på både fysisk og psykisk sundhed gennem hele livet.
vesthimmerland-forebyggelse-ask = Tal med din læge, hvis du har det svært fysisk eller psykisk, og spørg kommunen, hvilke tilbud der findes.

vesthimmerland-senior-netvaerk-title = Netværk og aktiviteter for seniorer
vesthimmerland-senior-netvaerk-summary = Kommunen ønsker, at du kan mødes med andre seniorer og være aktiv.
vesthimmerland-senior-netvaerk-body = Kommunen ønsker, at seniorer med flerkulturel baggrund kan mødes med andre seniorer i forskellige netværk og deltage i mange slags aktiviteter. Politikken siger ikke, fra hvilken alder man er senior.
vesthimmerland-senior-netvaerk-ask = Spørg kommunen, hvilke aktiviteter og netværk for seniorer der findes i dit område.

vesthimmerland-senior-tilbud-title = Forstå tilbuddene til seniorer
vesthimmerland-senior-tilbud-summary = Kommunen ønsker, at du også er med, når der laves nye tilbud.
vesthimmerland-senior-tilbud-body = Det kan være svært at finde rundt i tilbuddene, når man bliver ældre i et nyt land. Kommunen ønsker, at du forstår de tilbud, der findes, og bliver inddraget, når nye tilbud udvikles. Politikken siger ikke, fra hvilken alder man er senior.
vesthimmerland-senior-tilbud-ask = Spørg kommunen, hvilke tilbud til seniorer der passer til dig, og fortæl, hvad du savner.
