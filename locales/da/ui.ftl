# Interface texts. Danish is the source language: every message exists here first.

app-title = Velkommen
app-tagline = Find de tilbud og rettigheder, der gælder for dig som ny i en dansk kommune.
privacy-promise = Dine svar bliver på denne enhed. Intet bliver sendt eller gemt.

choose-heading = Hvor bor du, og hvilket sprog vil du læse på?
choose-municipality = Kommune
choose-municipality-hint = Vælg den kommune, du bor i eller skal flytte til.
choose-municipality-none = Vælg en kommune
choose-language = Sprog
choose-start = Start
choose-missing-municipality = Vælg en kommune for at fortsætte.
chosen-summary = { $municipality } · { $language }

problem-heading = Der er et problem
problem-unknown-municipality = Siden bad om kommunen „{ $value }“, som guiden ikke kender. Vælg din kommune nedenfor.
problem-unknown-language = Siden bad om sproget „{ $value }“, som guiden ikke har. Vælg et sprog nedenfor.
problem-unknown-mode = Siden bad om visningen „{ $value }“, som guiden ikke kender. Guiden vises som normalt.
problem-idle-minutes = Siden bad om „{ $value }“ minutter uden aktivitet, men det er ikke et positivt tal. Guiden bruger 5 minutter.
problem-content = Guidens indhold kunne ikke læses. Kontakt kommunen direkte.

start-again = Start forfra

# Questions: q-<id> is the heading, q-<id>-short the label in summaries and reasons,
# q-<id>-<option> each answer.
q-dont-know = Ved ikke / vil ikke svare
q-household = Hvem bor du sammen med?
q-household-short = Husstand
q-household-alone = Jeg bor alene
q-household-partner = Med en partner
q-household-children = Med børn
q-household-partner_children = Med en partner og børn
q-household-family = Med mine forældre eller anden familie
q-children = Hvor gamle er dine børn?
q-children-short = Børnenes alder
q-children-hint = Vælg alle, der passer.
q-children-0 = Under 1 år
q-children-1-2 = 1–2 år
q-children-3-5 = 3–5 år
q-children-6-13 = 6–13 år
q-children-14-17 = 14–17 år
q-children-18plus = 18 år eller ældre
q-expecting = Venter du eller din partner et barn?
q-expecting-short = Venter et barn
q-expecting-yes = Ja
q-expecting-no = Nej
q-age = Hvor gammel er du?
q-age-short = Alder
q-age-hint = Skriv din alder i år.
q-gender = Er du kvinde eller mand?
q-gender-short = Køn
q-gender-hint = Vi spørger kun, fordi kommunen har tilbud til kvinder og til unge mænd. Du behøver ikke svare.
q-gender-woman = Kvinde
q-gender-man = Mand
q-residence = Hvorfor bor du i Danmark?
q-residence-short = Opholdsgrundlag
q-residence-refugee = Jeg er flygtning
q-residence-ukraine = Jeg er fordrevet fra Ukraine (ophold efter særloven)
q-residence-family = Jeg er familiesammenført
q-residence-work_study = Jeg arbejder eller studerer her
q-residence-eu = Jeg er borger i EU, EØS eller Norden
q-education = Hvor meget skole og uddannelse har du?
q-education-short = Uddannelse
q-education-little = Lidt eller ingen skolegang
q-education-school = Skole
q-education-vocational = Erhvervsuddannelse
q-education-higher = Videregående uddannelse
q-education_place = Hvor tog du din uddannelse?
q-education_place-short = Uddannelsessted
q-education_place-abroad = I udlandet
q-education_place-denmark = I Danmark
q-work = Hvad laver du nu?
q-work-short = Arbejde
q-work-job_seeker = Jeg søger arbejde
q-work-employed = Jeg har arbejde
q-work-student = Jeg studerer
q-work-unable = Jeg kan ikke arbejde lige nu
q-work-retired = Jeg er pensionist
q-danish = Hvor godt taler du dansk?
q-danish-short = Dansk
q-danish-none = Ikke endnu
q-danish-basic = Lidt
q-danish-good = Godt
q-health = Gælder noget af dette for dig?
q-health-short = Helbred
q-health-hint = Vælg alle, der passer, eller ingen.
q-health-trauma = Traumer eller stor stress
q-health-illness = Langvarig sygdom eller handicap
q-health-interpreter = Jeg har brug for tolk


notice-bad-link = Linket kunne ikke læses, så guiden starter forfra. Dine svar er ikke gemt nogen steder.

nav-back = Tilbage
step = Spørgsmål { $n } af { $total }
continue = Fortsæt
q-or = eller
error-choose-one = Vælg et svar.
error-choose-some = Vælg mindst ét svar, eller „Ved ikke / vil ikke svare“.
error-age = Skriv din alder som et tal mellem { $min } og { $max }.

check-heading = Tjek dine svar
check-intro = Du kan rette et svar, før du ser, hvad der gælder for dig.
check-municipality = Kommune
check-change = Ret
check-unanswered = Ikke besvaret
check-none = Ingen af disse
check-submit = Se, hvad der gælder for dig

results-heading = Det kan du bruge i { $municipality }
results-intro = Her er det, der gælder for dig ud fra dine svar. Spørg altid kommunen, hvad der findes lige nu.
results-maybe-intro = Punkter mærket „Gælder måske – spørg“ afhænger af et spørgsmål, du ikke har svaret på.
results-contents = På denne side
results-national = Gælder i hele Danmark
results-steps-heading = Start her
results-for-you-heading = Til dig
results-for-you-intro = Valgt ud fra dine svar.
results-for-everyone-heading = For alle i { $municipality }
# The same tier in the short list of tiers at the top of the page.
results-for-everyone-short = For alle
results-for-everyone-intro = Kommunens mål og tilbud til alle nye borgere. Tryk på et punkt for at læse det.
results-more = Læs mere
results-less = Luk
results-contact-heading = Kontakt { $municipality }
results-contact-intro = Spørg kommunen, hvis du er i tvivl om noget på denne side.
results-because = Vist, fordi du svarede: { $reasons }
# Between two answers in "shown because you answered …" (a string literal keeps the space).
results-reason-separator = {"; "}
# Between the items of a list inside a sentence ("Alder, Arbejde"; "Under 1 år, 6–13 år"):
# each script its own comma.
list-separator = {", "}
results-for-everyone = Gælder alle.
results-maybe = Gælder måske – spørg
results-depends = Det afhænger af: { $questions }
results-ask = Hvem kan hjælpe
results-source = Kilde
results-source-policy = { $policy } ({ $period }), afsnittet „{ $section }“
results-source-policy-undated = { $policy } (uden årstal), afsnittet „{ $section }“
results-reviewed = tjekket { $date }
results-phone = Telefon
results-mail = Mail
results-web = Hjemmeside
results-print = Udskriv
results-empty = Ingen af guidens punkter passer til dine svar. Kontakt kommunen, så hjælper de dig videre.
gone-heading = Dine svar er ikke gemt
gone-text = Guiden gemmer aldrig dine svar. Derfor er de væk, når siden bliver åbnet igen, eller når du har startet forfra.
gone-link = Har du gemt dit link eller din QR-kode? Åbn det, så ser du dine resultater igen.
gone-resume = Svar på spørgsmålene igen
take-home-button = Tag dine resultater med
take-home-heading = Tag dine resultater med
take-home-explain = På en fælles skærm eller på papir: scan koden med din egen telefon. På din egen telefon: kopiér linket, eller del det med dig selv. Så kan du åbne dine resultater igen senere – på dit eget sprog.
take-home-trust = Linket indeholder dine svar. Del det kun med nogen, du stoler på.
take-home-closed = Lukker du siden uden at gemme linket, er dine svar væk.
take-home-qr-label = QR-kode med et link til dine resultater
take-home-copy = Kopiér link
take-home-share = Del
take-home-copied = Linket er kopieret.
take-home-copy-failed = Linket kunne ikke kopieres. Brug QR-koden i stedet.
print-scan = Scan koden med din telefon for at åbne resultaterne igen.
print-date = Udskrevet { $date }
counter-badge = Skrankemode
next-citizen = Næste borger
counter-exit = Afslut skrankemode
large-text = Stor tekst
browse-link = Se alle tilbud uden at svare på spørgsmål
browse-heading = Alle tilbud i { $municipality }
browse-search = Søg i tilbuddene
browse-search-hint = Skriv et ord på dansk eller på dit eget sprog.
browse-count = { $count } tilbud
browse-none = Ingen tilbud passer til din søgning.
browse-for = For: { $who }
browse-for-everyone = For alle
idle-heading = Er du her stadig?
idle-text = Guiden starter forfra om { $seconds } sekunder, så den næste ikke kan se dine svar.
idle-continue = Jeg er her stadig
quick-link = Alle spørgsmål på én side
quick-heading = Alle spørgsmål på én side
quick-intro = Spørg personen, og vælg svarene. Spring over, hvis I ikke ved det. Tryk Enter for at se, hvad der gælder.

# The language switcher on every screen; each language is named in itself.
lang-switch-label = Skift sprog
# After a text shown in Danish because it is not yet translated.
fallback-marker = (på dansk)
# While another language is fetched, the page is shown in Danish.
lang-loading = Henter { $language } …
lang-failed = { $language } kunne ikke hentes. Teksten vises på dansk.
lang-retry = Prøv igen

## The results wait for the municipality's content pack
packs-loading = Henter tilbuddene …
packs-failed-heading = Tilbuddene kunne ikke hentes
packs-failed-text = Tjek, at du har forbindelse til internettet, og prøv igen. Dine svar er ikke tabt.
packs-retry = Prøv igen
