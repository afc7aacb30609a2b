jammerbugt-name = Jammerbugt Kommune
jammerbugt-policy-title = Integrationspolitik – Indsatsområder og målsætninger

## Modtagelse

jammerbugt-modtagelse = Modtagelse
jammerbugt-modtagelse-start-title = En tryg start i kommunen
jammerbugt-modtagelse-start-summary = Kommunen arbejder for god information og hensyn til din situation.
jammerbugt-modtagelse-start-body = Kommunen arbejder for, at du bliver mødt med tryghed, tillid og god information, når du kommer hertil. Målet er også, at der bliver taget hensyn til netop din situation.
jammerbugt-modtagelse-start-ask = Spørg kommunen, hvem du skal tale med i den første tid.
jammerbugt-modtagelse-sprog-title = Lær dansk
jammerbugt-modtagelse-sprog-summary = Kommunen har som mål, at du får mulighed for at lære dansk.
jammerbugt-modtagelse-sprog-body = Kommunen har som mål, at du får mulighed for at lære dansk.
jammerbugt-modtagelse-sprog-ask = Spørg kommunen, hvordan du kommer i gang med danskuddannelse.
jammerbugt-modtagelse-samfund-title = Viden om livet i Danmark
jammerbugt-modtagelse-samfund-summary = Kommunens mål er, at du kan lære om danske normer og kultur.
jammerbugt-modtagelse-samfund-body = Kommunen har som mål, at du får mulighed for at lære om danske normer og dansk kultur.
jammerbugt-modtagelse-samfund-ask = Spørg kommunen, hvor du kan lære mere om livet i Danmark.

## Børn og familie

jammerbugt-boern-familie = Børn og familie
jammerbugt-dagpleje-title = Dit barn i dagplejen
jammerbugt-dagpleje-summary = Kommunen arbejder for, at dit barn bliver respekteret og får venner.
jammerbugt-dagpleje-body = Kommunen arbejder for, at dit barn bliver mødt med respekt i dagplejen og kan få venner og blive en del af fællesskabet. Samarbejdet mellem dig og dagplejen skal bygge på ligeværd og respekt, med krav og forventninger begge veje.
jammerbugt-dagpleje-ask = Spørg kommunen om en plads i dagpleje til dit barn.
jammerbugt-skole-title = Dit barn i skolen
jammerbugt-skole-summary = Kommunen arbejder for, at dit barn lærer sammen med andre børn.
jammerbugt-skole-body = Kommunen arbejder for, at dit barn bliver mødt anerkendende i skolen og lærer sammen med andre børn. Målet er også, at du som forælder samarbejder med skolen, så dit barn føler sig værdsat.
jammerbugt-skole-ask = Spørg dit barns skole eller kommunen, hvordan I kommer godt i gang.
jammerbugt-traumer-title = Når svære oplevelser gør det svært at lære
jammerbugt-traumer-summary = Du kan fortælle skolen, hvis dit barn har været igennem noget svært.
jammerbugt-traumer-body = Kommunen har som mål, at skolen har fokus på traumer, der kan gøre det svært for et barn at lære. Har dit barn været igennem svære oplevelser, kan du fortælle det til skolen.
jammerbugt-traumer-ask = Tal med dit barns skole om, hvad skolen kan gøre i dag.

jammerbugt-laering-title = Lær sammen med andre – også som voksen
jammerbugt-laering-summary = Kommunen har som mål at støtte både børn og voksne i at lære.
jammerbugt-laering-body = Kommunens mål er, at flygtninge, indvandrere og familiesammenførte får støtte til at lære og udvikle sig sammen med andre børn og voksne, så de kan være med i fællesskaber og i samfundets udvikling.
jammerbugt-laering-ask = Spørg kommunen, hvilke muligheder for at lære der findes for dig i dag.
jammerbugt-sundhedsfremme-title = Forebyggelse og tidlig hjælp til børn
jammerbugt-sundhedsfremme-summary = Kommunen har som mål at støtte børn og unge med særlige behov.
jammerbugt-sundhedsfremme-body = Kommunen har som mål at give en generel forebyggende indsats og en tidlig indsats til børn og familier og at støtte børn og unge med særlige behov.
jammerbugt-sundhedsfremme-ask = Spørg kommunen, hvilken hjælp der findes i dag, hvis du er bekymret for dit barn.
jammerbugt-familieafdeling-title = Råd og vejledning til familien
jammerbugt-familieafdeling-summary = Kommunens familieafdeling giver råd, og målet er at se på hele familien.
jammerbugt-familieafdeling-body = Kommunens familieafdeling giver råd og vejledning til familier. Kommunen arbejder for, at der bliver set på hele familiens situation, og at I selv er med til at finde en god løsning tæt på, hvor I bor.
jammerbugt-familieafdeling-ask = Kontakt kommunen og bed om at tale med familieafdelingen.

## Socialområdet

jammerbugt-socialomraadet = Socialområdet
jammerbugt-social-indgang-title = Én indgang til kommunens hjælp
jammerbugt-social-indgang-summary = Kommunen arbejder for god rådgivning og hurtig afklaring af din situation.
jammerbugt-social-indgang-body = Kommunen arbejder for, at der er én indgang til kommunens tilbud, og at du får god rådgivning om dine behov. Målet er, at din situation bliver afklaret hurtigt, og at du får de ydelser, du har ret til, til tiden.
jammerbugt-social-indgang-ask = Kontakt kommunen og fortæl, hvad du har brug for hjælp til.

## Frivillige

jammerbugt-frivillige = Frivillige
jammerbugt-frivillighuset-title = Frivillighuset
jammerbugt-frivillighuset-summary = Kommunen har som mål, at Frivillighuset er din vej til frivillige.
jammerbugt-frivillighuset-body = Frivillige foreninger, grupper og enkeltpersoner kan gøre din hverdag lettere. Kommunen har som mål, at Frivillighuset er din indgang til det frivillige sociale arbejde i kommunen.
jammerbugt-frivillighuset-ask = Spørg kommunen, hvordan du kommer i kontakt med Frivillighuset.

## Sundhed

jammerbugt-sundhed = Sundhed
jammerbugt-sundhed-tilbud-title = Sundhedstilbud
jammerbugt-sundhed-tilbud-summary = Kommunens mål er at give tilbud til dem, der har særlige behov.
jammerbugt-sundhed-tilbud-body = Kommunen arbejder for at mindske ulighed i sundhed og har som mål at give sundhedstilbud til dem, der har særlige behov. Din sundhed er et fælles ansvar for dig, din familie og kommunen.
jammerbugt-sundhed-tilbud-ask = Spørg kommunen, hvilke sundhedstilbud der findes i dag.

## Beskæftigelse

jammerbugt-beskaeftigelse = Beskæftigelse
jammerbugt-job-title = Vejen til arbejde
jammerbugt-job-summary = Målet er, at du hurtigt kommer i gang og forsørger dig selv.
jammerbugt-job-body = Kommunen arbejder for, at du hurtigt kommer i gang, så du kan forsørge dig selv og være aktiv i samfundet. Der skal tages hensyn til din situation. Målet er også, at du bliver set som en ressource i lokalsamfundet.
jammerbugt-job-ask = Spørg kommunens jobcenter, hvad du kan begynde med.

## Kultur og fritid

jammerbugt-kultur-fritid = Kultur og fritid
jammerbugt-foreningsliv-title = Foreninger og fritid
jammerbugt-foreningsliv-summary = Kommunen vil gerne skabe kontakt mellem dig og andre i dit lokalområde.
jammerbugt-foreningsliv-body = Kommunen vil gerne skabe forbindelse mellem dig og de andre, der bor i dit lokalområde, fx gennem foreningslivet. Kommunen arbejder også for, at der er kulturelle aktiviteter i alle dele af kommunen.
jammerbugt-foreningsliv-ask = Spørg kommunen, hvilke foreninger og aktiviteter der findes, hvor du bor.
jammerbugt-demokrati-title = Vær med i demokratiet
jammerbugt-demokrati-summary = Kommunen ønsker, at du ser muligheder for at lære hele livet.
jammerbugt-demokrati-body = Kommunen ønsker, at du ser muligheder for at lære hele livet og for at være med i demokratiet.
jammerbugt-demokrati-ask = Spørg kommunen, hvordan du kan være med i det lokale demokrati.

## Naturområdet

jammerbugt-natur = Naturområdet
jammerbugt-natur-friluftsliv-title = Naturen i Jammerbugt
jammerbugt-natur-friluftsliv-summary = Kommunen ønsker, at du kan bruge naturen til motion og friluftsliv.
jammerbugt-natur-friluftsliv-body = Kommunen ønsker, at du kan bruge naturen til motion og friluftsliv. Kommunen håber også, at du vil være med til at passe på naturen.
jammerbugt-natur-friluftsliv-ask = Spørg kommunen, hvor du kan komme ud i naturen, og hvordan du kan hjælpe med at passe på den.

## Kommunen som arbejdsplads

jammerbugt-arbejdsplads = Kommunen som arbejdsplads
jammerbugt-kommunen-job-title = Arbejde i kommunen
jammerbugt-kommunen-job-summary = Kommunen ønsker også medarbejdere med en anden baggrund end dansk.
jammerbugt-kommunen-job-body = Jammerbugt Kommune ønsker, at medarbejderne afspejler befolkningen, også folk med en anden baggrund end dansk. Kommunen er derfor også en mulig arbejdsplads for dig.
jammerbugt-kommunen-job-ask = Spørg kommunen, hvordan du søger job i kommunen.

## Borgerservice

jammerbugt-borgerservice = Borgerservice
jammerbugt-borgerservice-indgang-title = Borgerservice er din dør til kommunen
jammerbugt-borgerservice-indgang-summary = Målet er, at Borgerservice kan hjælpe dig videre til kommunens andre afdelinger.
jammerbugt-borgerservice-indgang-body = Kommunen ønsker, at Borgerservice er det naturlige sted at gå hen, når du har brug for det offentlige. Målet er, at Borgerservice kan hjælpe dig videre til kommunens andre afdelinger.
jammerbugt-borgerservice-indgang-ask = Gå til Borgerservice eller ring til kommunen.
jammerbugt-selvbetjening-title = Hjælp til digital selvbetjening
jammerbugt-selvbetjening-summary = Kommunens mål er, at du kan få denne hjælp i Borgerservice.
jammerbugt-selvbetjening-body = Kommunen har som mål, at du kan få hjælp i Borgerservice til at bruge de digitale selvbetjeningsløsninger, fx når du skal søge om noget på nettet.
jammerbugt-selvbetjening-ask = Spørg i Borgerservice, om de kan hjælpe dig med selvbetjening.
