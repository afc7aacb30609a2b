# Qoraallada bogga (interface). Luqadda asalka ah waa af-Deenish (locales/da/ui.ftl).

app-title = Velkommen
app-tagline = Halkan ka hel adeegyada iyo xuquuqaha adiga kuu khuseeya, maadaama aad cusub ku tahay dawlad hoose oo Denmark ku taal.
privacy-promise = Jawaabahaagu waxay ku jiraan qalabkan oo keliya. Waxba lama diro, waxna lama kaydiyo.

choose-heading = Xaggee ku nooshahay, oo luqaddee ayaad rabtaa inaad ku akhrido?
choose-municipality = Dawladda hoose
choose-municipality-hint = Dooro dawladda hoose ee aad ku nooshahay ama aad u guuri doonto.
choose-municipality-none = Dooro dawladda hoose
choose-language = Luqadda
choose-start = Bilow
choose-missing-municipality = Dooro dawlad hoose si aad u sii wadato.
chosen-summary = { $municipality } · { $language }

problem-heading = Dhibaato ayaa jirta
problem-unknown-municipality = Boggu wuxuu weydiiyay dawladda hoose “{ $value }”, taas oo hagahani aanu aqoon. Hoos ka dooro dawladda hoose ee aad ku nooshahay.
problem-unknown-language = Boggu wuxuu weydiiyay luqadda “{ $value }”, taas oo hagahani aanu lahayn. Hoos ka dooro luqad.
problem-unknown-mode = Boggu wuxuu weydiiyay qaabka muujinta “{ $value }”, kaas oo hagahani aanu aqoon. Hagaha waxaa loo muujinayaa sida caadiga ah.
problem-idle-minutes = Boggu wuxuu weydiiyay “{ $value }” daqiiqo oo aan waxba la samayn, laakiin taasi ma aha tiro ka weyn eber. Hagahu wuxuu isticmaalayaa 5 daqiiqo.
problem-content = Waxa hagaha ku qoran lama akhriyi karin. Si toos ah ula xiriir dawladda hoose.

start-again = Dib u bilow

# Su'aalaha: q-<id> waa cinwaanka, q-<id>-short waa magaca gaaban ee soo koobidda iyo sababaha,
# q-<id>-<option> waa jawaab kasta.
q-dont-know = Ma garanayo / ma rabo inaan ka jawaabo
q-household = Yaad la nooshahay?
q-household-short = Dadka guriga
q-household-alone = Keligay ayaan noolahay
q-household-partner = Waxaan la noolahay lammaane
q-household-children = Waxaan la noolahay carruur
q-household-partner_children = Waxaan la noolahay lammaane iyo carruur
q-household-family = Waxaan la noolahay waalidkay ama qaraabo kale
q-children = Carruurtaadu immisa jir bay yihiin?
q-children-short = Da'da carruurta
q-children-hint = Dooro dhammaan kuwa ku habboon.
q-children-0 = Ka yar 1 sano
q-children-1-2 = 1–2 sano
q-children-3-5 = 3–5 sano
q-children-6-13 = 6–13 sano
q-children-14-17 = 14–17 sano
q-children-18plus = 18 sano ama ka weyn
q-expecting = Adiga ama lammaanahaaga, ma ilmo ayaad sugaysaan?
q-expecting-short = Ilmo la sugayo
q-expecting-yes = Haa
q-expecting-no = Maya
q-age = Immisa jir baad tahay?
q-age-short = Da'da
q-age-hint = Ku qor da'daada sannado.
q-gender = Ma haweeney baad tahay mise nin?
q-gender-short = Jinsiga
q-gender-hint = Waxaan tan u weydiinaynaa oo keliya sababtoo ah dawladda hoose waxay adeegyo u leedahay haweenka iyo ragga dhallinyarada ah. Kuma khasbana inaad ka jawaabto.
q-gender-woman = Haweeney
q-gender-man = Nin
q-residence = Maxaad Denmark ugu nooshahay?
q-residence-short = Sababta deganaanshaha
q-residence-refugee = Waxaan ahay qaxooti
q-residence-ukraine = Waxaan ka barakacay Yukrayn (deganaansho ku salaysan sharciga gaarka ah, særloven)
q-residence-family = Waxaan ku imid isu-keenid qoys
q-residence-work_study = Halkan ayaan ka shaqeeyaa ama wax ku bartaa
q-residence-eu = Waxaan muwaadin ka ahay EU, EØS ama waddamada Waqooyiga Yurub (Norden)
q-education = Intee in le'eg ayaad dugsi u dhigatay oo wax u baratay?
q-education-short = Waxbarasho
q-education-little = Waxbarasho yar ama dugsi ma aan dhigan
q-education-school = Dugsi
q-education-vocational = Waxbarasho xirfadeed
q-education-higher = Waxbarasho sare
q-education_place = Xaggee ku qaadatay waxbarashadaada?
q-education_place-short = Meesha waxbarashada
q-education_place-abroad = Dibadda (dal kale)
q-education_place-denmark = Denmark
q-work = Maxaad hadda samaysaa?
q-work-short = Shaqo
q-work-job_seeker = Shaqo ayaan raadinayaa
q-work-employed = Shaqo ayaan hayaa
q-work-student = Arday ayaan ahay
q-work-unable = Hadda ma shaqayn karo
q-work-retired = Hawlgab ayaan ahay (pensionist)
q-danish = Intee in le'eg ayaad af-Deenish ku hadli kartaa?
q-danish-short = Af-Deenish
q-danish-none = Weli maya
q-danish-basic = Wax yar
q-danish-good = Si fiican
q-health = Waxyaabahan midkood ma kugu khuseeyaa?
q-health-short = Caafimaad
q-health-hint = Dooro dhammaan kuwa ku habboon, ama midna ha dooran.
q-health-trauma = Dhaawac nafsi (traume) ama walbahaar weyn
q-health-illness = Xanuun muddo dheer socda ama naafonimo
q-health-interpreter = Waxaan u baahanahay turjubaan

notice-bad-link = Linkiga lama akhriyi karin, sidaas darteed hagaha ayaa dib u bilaabmaya. Jawaabahaaga meelna laguma kaydin.

nav-back = Dib u noqo
step = Su'aal { $n } ka mid ah { $total }
continue = Sii wad
q-or = ama
error-choose-one = Dooro jawaab.
error-choose-some = Dooro ugu yaraan hal jawaab, ama “Ma garanayo / ma rabo inaan ka jawaabo”.
error-age = Ku qor da'daada tiro u dhaxaysa { $min } iyo { $max }.

check-heading = Hubi jawaabahaaga
check-intro = Waad beddeli kartaa jawaab ka hor inta aadan arkin waxa kugu khuseeya.
check-municipality = Dawladda hoose
check-change = Beddel
check-unanswered = Lagama jawaabin
check-none = Midna
check-submit = Eeg waxa kugu khuseeya

results-heading = Waxa aad ka heli karto { $municipality }
results-intro = Halkan waxaa ku yaal waxyaabaha kugu khuseeya, iyadoo lagu salaynayo jawaabahaaga. Mar walba weydii dawladda hoose waxa hadda jira.
results-maybe-intro = Qodobada lagu calaamadeeyay “Laga yaabaa inay khusayso – weydii” waxay ku xiran yihiin su'aal aadan ka jawaabin.
results-contents = Boggan ku jira
results-national = Waxay khusaysaa Denmark oo dhan
results-steps-heading = Halkan ka bilow
results-for-you-heading = Adiga kuu gaar ah
results-for-you-intro = Waxaa lagu doortay jawaabahaaga.
results-for-everyone-heading = Qof walba oo ku nool { $municipality }
results-for-everyone-short = Qof walba
results-for-everyone-intro = Yoolalka iyo adeegyada dawladda hoose ee loogu talagalay dhammaan dadka cusub. Taabo qodob si aad u akhrido.
results-more = Akhri wax dheeraad ah
results-less = Xir
results-contact-heading = La xiriir { $municipality }
results-contact-intro = Weydii dawladda hoose haddii aadan hubin wax ku qoran boggan.
results-because = Waa la tusay, sababtoo ah waxaad ku jawaabtay: { $reasons }
results-reason-separator = {"; "}
results-for-everyone = Waxay khusaysaa qof walba.
results-maybe = Laga yaabaa inay khusayso – weydii
results-depends = Waxay ku xiran tahay: { $questions }
results-ask = Yaa ku caawin kara
results-source = Isha
results-source-policy = { $policy } ({ $period }), qaybta “{ $section }”
results-source-policy-undated = { $policy } (sannadka lama sheegin), qaybta “{ $section }”
results-reviewed = la hubiyay { $date }
results-phone = Telefoon
results-mail = Iimayl
results-web = Bogga internetka
results-print = Daabac
results-empty = Qodobada hagaha midna kuma habboona jawaabahaaga. La xiriir dawladda hoose, iyagaa ku caawin doona.
gone-heading = Jawaabahaaga lama kaydin
gone-text = Hagahani marnaba ma kaydiyo jawaabahaaga. Sidaas darteed way lumaan marka bogga dib loo furo, ama marka aad dib u bilowdo.
gone-link = Ma kaydisay linkigaaga ama koodka QR? Fur si aad natiijooyinkaaga mar kale u aragto.
gone-resume = Su'aalaha mar kale ka jawaab
take-home-button = Natiijooyinkaaga qaado
take-home-heading = Natiijooyinkaaga qaado
take-home-explain = Haddii ay tahay shaashad guud ama warqad: koodka ku iskaan garee telefoonkaaga. Haddii ay tahay telefoonkaaga: koobiyee linkiga, ama naftaada la wadaag. Markaas waxaad mar dambe dib u furi kartaa natiijooyinkaaga – oo ku qoran luqaddaada.
take-home-trust = Linkiga waxaa ku jira jawaabahaaga. La wadaag oo keliya dadka aad aaminto.
take-home-closed = Haddii aad xirto bogga adigoon kaydin linkiga, jawaabahaagu way lumi doonaan.
take-home-qr-label = Koodka QR ee linkiga natiijooyinkaaga
take-home-copy = Koobiyee linkiga
take-home-share = La wadaag
take-home-copied = Linkiga waa la koobiyeeyay.
take-home-copy-failed = Linkiga lama koobiyeyn karin. Taa beddelkeeda isticmaal koodka QR.
print-scan = Koodka ku iskaan garee telefoonkaaga si aad natiijooyinkan dib ugu furto.
print-date = La daabacay { $date }
counter-badge = Qaabka miiska adeegga
next-citizen = Qofka xiga
counter-exit = Ka bax qaabka miiska adeegga
large-text = Qoraal weyn
browse-link = Eeg dhammaan adeegyada adigoon su'aalo ka jawaabin
browse-heading = Dhammaan adeegyada { $municipality }
browse-search = Ka raadi adeegyada
browse-search-hint = Ku qor eray af-Deenish ah ama luqaddaada.
browse-count = { $count } adeeg
browse-none = Ma jiro adeeg ku habboon raadintaada.
browse-for = Loogu talagalay: { $who }
browse-for-everyone = Qof walba
idle-heading = Weli ma joogtaa?
idle-text = Hagahu wuxuu dib u bilaabanayaa { $seconds } ilbiriqsi ka dib, si qofka xiga uusan u arkin jawaabahaaga.
idle-continue = Weli waan joogaa
quick-link = Dhammaan su'aalaha oo hal bog ku jira
quick-heading = Dhammaan su'aalaha oo hal bog ku jira
quick-intro = Weydii qofka, oo dooro jawaabaha. Ka gudub waxa aadan garanayn. Riix furaha Enter si aad u aragto waxa khuseeya.

# Beddelaha luqadda ee shaasha kasta; luqad kasta waxaa lagu magacaabaa magaceeda.
lang-switch-label = Beddel luqadda
# Kadib qoraal lagu muujiyay af-Deenish sababtoo ah weli lama turjumin.
fallback-marker = (af-Deenish)
# Inta luqad kale la soo rarayo, boggu wuxuu ku muuqdaa af-Deenish.
lang-loading = Waxaa la soo rarayaa { $language } …
lang-failed = { $language } lama soo rari karin. Qoraalka waxaa lagu muujinayaa af-Deenish.
lang-retry = Isku day mar kale

## The results wait for the municipality's content pack
packs-loading = Waxaa la soo rarayaa adeegyada …
packs-failed-heading = Adeegyada lama soo rari karin
packs-failed-text = Hubi inaad internetka ku xiran tahay oo isku day mar kale. Jawaabahaagu ma lumin.
packs-retry = Isku day mar kale
