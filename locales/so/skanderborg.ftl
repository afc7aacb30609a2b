skanderborg-name = Skanderborg Kommune
skanderborg-policy-title = Skanderborg Kommunes integrationspolitik

## Strategispor

skanderborg-differentieret = Shaqo is-dhexgal oo qof walba ku habboon
skanderborg-tilpasset-title = Caawin adiga kugu habboon
skanderborg-tilpasset-summary = Dawladda hoose waxay ka shaqaysaa in caawintu ku habboonaato baahiyahaaga, awoodahaaga iyo xaaladdaada.
skanderborg-tilpasset-body = Dawladda hoose waxay aqoonsan tahay in qof walba ka duwan yahay. Sidaas darteed dawladda hoose waxay ka shaqaysaa in dadaalku, inta suurtogalka ah, ku habboonaado baahiyahaaga, awoodahaaga iyo xaaladdaada.
skanderborg-tilpasset-ask = U sheeg xarunta shaqada (jobcenter), oo ah meesha ugu horreysa ee aad la xiriirto, waxa aad qaban karto iyo waxa aad u baahan tahay.

skanderborg-faelles-ansvar = Mas'uuliyad la wadaago
skanderborg-muligheder-title = Fursado – iyo mas'uuliyaddaada
skanderborg-muligheder-summary = Sida ay dawladda hoose u aragto, bulshadu waa inay fursado diyaariso, adiguna waa inaad ka faa'iidaysato.
skanderborg-muligheder-body = Dawladda hoose waxay u aragtaa in ay tahay mas'uuliyadda bulshada in fursaduhu jiraan, mas'uuliyaddaaduna tahay inaad ka faa'iidaysato. Shirkadaha, ururrada iyo dadka kale ee deegaanka waa inay sidoo kale ka qayb qaataan is-dhexgalka.
skanderborg-muligheder-ask = Weydii xarunta shaqada (jobcenter) fursadaha hadda kuu jira.

skanderborg-beskaeftigelse = Shaqo iyo waxbarasho
skanderborg-job-uddannelse-title = Shaqo ama waxbarasho
skanderborg-job-uddannelse-summary = Dawladda hoose waxay ka shaqaysaa inaad sida ugu dhakhsaha badan naftaada u masruufi karto.
skanderborg-job-uddannelse-body = Dawladda hoose waxay ka shaqaysaa inaad sida ugu dhakhsaha badan naftaada u masruufi karto, adiga oo haysta shaqo caadi ah ama waxbarasho. Dadaalku wuxuu ka bilaabmaa asalkaaga iyo xirfadahaaga, iyo waxa ay shirkaduhu u baahan yihiin.
skanderborg-job-uddannelse-ask = La xiriir xarunta shaqada (jobcenter), oo ah meesha ugu horreysa ee ay tahay inaad la xiriirto.

skanderborg-deltagelse = Ka qayb qaadasho iyo soo dhaweyn
skanderborg-foreninger-title = Ka qayb qaado ururrada iyo bulshada deegaanka
skanderborg-foreninger-summary = Waxaad yeelanaysaa xiriiro cusub, waxaadna baranaysaa bulshada Deenishka.
skanderborg-foreninger-body = Marka aad ka mid tahay ururro, guddiyo, golayaal iyo bulshada deegaanka, waxaad yeelanaysaa xiriiro iyo shabakad cusub, waxaadna baranaysaa bulshada Deenishka. Dawladda hoose waxay kuu aragtaa qof khayraad u ah bulshada deegaanka.
skanderborg-foreninger-ask = Weydii dawladda hoose ururrada iyo kooxaha ka jira meesha aad ku nooshahay.

skanderborg-boliger = Guryo iyo degitaan
skanderborg-boligplacering-title = Waxa dawladda hoose ka doonayso guryaha qaxootiga
skanderborg-boligplacering-summary = Dawladda hoose waxay jeceshahay in gurigaagu kuu noqdo bilow wanaagsan.
skanderborg-boligplacering-body = Dawladda hoose waxay jeceshahay inay qaxootiga u fidin karto guri bilow wanaagsan u ah is-dhexgalka, iyo in qaxootigu ku kala firdhiyaan magaalooyinka waaweyn ee dawladda hoose. Dawladda hoose, inta suurtogalka ah, waxay tixgelisaa tusaale ahaan meesha uu gurigu ku yaal iyo fursadaha gaadiidka. Tani ma aha ballanqaad ah in qaxooti kasta uu guri helayo.
skanderborg-boligplacering-ask = Haddii laguu qoondeeyay Skanderborg Kommune, weydii dawladda hoose gurigaaga iyo waxa la tixgelin karo.
skanderborg-find-bolig-title = Adigu guri raadso
skanderborg-find-bolig-summary = Dawladda hoose waxay la shaqaysaa milkiilayaasha guryaha, waxaana sidoo kale lagugu dhiirigelinayaa inaad adigu guri raadsato.
skanderborg-find-bolig-body = Dawladda hoose waxay la shaqaysaa shirkadaha guryaha iyo milkiilayaasha gaarka ah si loo helo guryo. Waxaa sidoo kale lagugu dhiirigelinayaa inaad adigu, ama adiga iyo dad kale, guri raadsataan.
skanderborg-find-bolig-ask = Weydii dawladda hoose sida aad adigu guri u heli karto.

skanderborg-boern-familieliv = Carruurta iyo nolosha qoyska
skanderborg-god-start-title = Bilow wanaagsan oo loogu talagalay qoyska
skanderborg-god-start-summary = Dawladda hoose waxay diiradda saartaa in carruurta iyo dadka waaweynba ay ammaan ugu dareemaan nolol maalmeedkooda.
skanderborg-god-start-body = Dawladda hoose waxay diiradda saartaa inay qoysaska cusub siiso bilow wanaagsan, si carruurta iyo dadka waaweynba ay ammaan ugu dareemaan nolol maalmeedkooda cusub. Dawladda hoose waxay doonaysaa inay dabacsanaato marka aad la kulantaan tusaale ahaan dugsiga, xanaanada carruurta, xarunta shaqada (jobcenter) iyo fasallada luqadda, waxayna doonaysaa inay u fududayso carruurta iyo dhallinyarada inay galaan hawlaha waqtiga firaaqada.
skanderborg-god-start-ask = Weydii dawladda hoose waxa qoyskiinna ka caawin kara inuu si wanaagsan u bilaabo.

## Fokusområder: "Eksempler på nuværende indsatser i 2018"

skanderborg-viden = Aqoon iyo wadaagga aqoonta
skanderborg-inspirationsmoeder-title = Kulamo dhiirigelin ah (inspirationsmøder)
skanderborg-inspirationsmoeder-summary = Sannadkii 2018, dawladda hoose waxay kulamo la yeelatay dadka ku caawiya, si ay aqoon ula wadaagto.
skanderborg-inspirationsmoeder-body = Sannadkii 2018, dawladda hoose waxay qabatay kulamo dhiirigelin ah (inspirationsmøder), oo qayb ka ahaa shaqada lagu wadaagayo aqoonta is-dhexgalka. Hadafku waa in dadka ku caawinaya ay aqoon ku filan u leeyihiin si ay kuu taageeraan jidkaaga aad naftaada ku masruufayso.
skanderborg-inspirationsmoeder-ask = Kulamadu waxay u ahaayeen dadka caawiya dadka cusub, tusaale ahaan xirfadlayaasha iyo mutadawiciinta. Weydii Kooxda Is-dhexgalka (Integrationsteam) ee dawladda hoose haddii aad rabto inaad wax badan ogaato.
skanderborg-frivillige-title = Mutadawiciinta caawiya qaxootiga
skanderborg-frivillige-summary = Sannadkii 2018, Kooxda Is-dhexgalka (Integrationsteam) ee dawladda hoose waxay kulamo la yeelatay mutadawiciinta.
skanderborg-frivillige-body = Sannadkii 2018, dawladda hoose waxay qabatay kulamo lagu isku duwayo mutadawiciinta caawiya qaxootiga, iyo kulan wadahadal ah oo ay la yeelatay dhammaan mutadawiciinta qaxootiga. Kooxda Is-dhexgalka (Integrationsteamet) ayaa shaqadaas qabatay.
skanderborg-frivillige-ask = Weydii Kooxda Is-dhexgalka (Integrationsteamet) haddii aad hadda xiriir la yeelan karto mutadawac.

skanderborg-sundhed-trivsel = Caafimaad iyo ladnaan
skanderborg-rygestop-title = Koorsooyinka joojinta sigaarka (rygestopforløb)
skanderborg-rygestop-summary = Sannadkii 2018, dawladda hoose waxay lahayd koorsooyin loogu talagalay dadka doonayay inay joojiyaan sigaar cabbidda.
skanderborg-rygestop-body = Sannadkii 2018, dawladda hoose waxay lahayd koorsooyin loogu talagalay dadka doonaya inay joojiyaan sigaar cabbidda. Siyaasaddu wax intaas ka badan kama sheegto koorsooyinka.
skanderborg-rygestop-ask = Weydii qaybta horumarinta caafimaadka (Sundhedsfremme) ee dawladda hoose haddii ay hadda jiraan koorsooyin joojinta sigaarka.
skanderborg-sundhedssamtaler-title = Wadahadallo caafimaad (sundhedssamtaler)
skanderborg-sundhedssamtaler-summary = Dawladda hoose waxay lahayd wadahadalladan sannadkii 2018, laakiin siyaasaddu ma sheegto cidda loogu talagalay.
skanderborg-sundhedssamtaler-body = Sannadkii 2018, dawladda hoose waxay lahayd wadahadallo caafimaad oo qayb ka ahaa shaqada caafimaadka iyo ladnaanta. Siyaasaddu ma sheegto cidda heli kartay wadahadal, ama waxa uu ku saabsanaa.
skanderborg-sundhedssamtaler-ask = Weydii qaybta horumarinta caafimaadka (Sundhedsfremme) ee dawladda hoose haddii aad hadda heli karto wadahadal caafimaad.
skanderborg-sundhedstjenesten-title = Adeegyo laga helo adeegga caafimaadka (sundhedstjenesten)
skanderborg-sundhedstjenesten-summary = Adeegyadan waxay jireen sannadkii 2018; siyaasaddu ma sheegto adeegyada ay ahaayeen.
skanderborg-sundhedstjenesten-body = Sannadkii 2018, dawladda hoose waxay lahayd adeegyo laga helo adeegga caafimaadka (sundhedstjenesten). Siyaasaddu ma sheegto adeegyada ay ahaayeen.
skanderborg-sundhedstjenesten-ask = Weydii dawladda hoose waxa adeegga caafimaadku (sundhedstjenesten) hadda bixiyo.
skanderborg-aeldre-handicap-title = Caawin ka-hortag ah oo laguu soo raadiyo, oo loogu talagalay waayeelka iyo dadka naafada ah
skanderborg-aeldre-handicap-summary = Caawintan waxay jirtay sannadkii 2018, waxayna khusayn kartaa adiga ama qoyskaaga.
skanderborg-aeldre-handicap-body = Sannadkii 2018, dawladda hoose waxay lahayd dadaallo dadka loo soo raadiyo iyo dadaallo ka-hortag ah oo ku saabsan waayeelka iyo naafada. Waxay kuu khusayn kartaa haddii adiga ama qof qoyskaaga ka mid ahi uu waayeel yahay ama naafo leeyahay.
skanderborg-aeldre-handicap-ask = Weydii dawladda hoose haddii dadaalladaasi weli jiraan, iyo sida aad ula xiriiri kartaan.

skanderborg-kulturforskelle = Fahamka is-dhexgalka iyo kala duwanaanshaha dhaqamada
skanderborg-fritidspas-boern-title = Kaarka hawlaha firaaqada (fritidspas) oo loogu talagalay carruurta
skanderborg-fritidspas-boern-summary = Sannadkii 2018, kaarkan waxaa loogu talagalay in carruurta laga caawiyo inay galaan hawlaha waqtiga firaaqada.
skanderborg-fritidspas-boern-body = Sannadkii 2018, dawladda hoose waxay lahayd kaarka hawlaha firaaqada (fritidspas), oo loogu talagalay in carruurta laga caawiyo inay galaan hawlaha waqtiga firaaqada. Siyaasaddu ma sheegto cidda heli karta iyo waxa uu daboolo.
skanderborg-fritidspas-boern-ask = Weydii dawladda hoose haddii kaarka hawlaha firaaqada (fritidspas) weli jiro, iyo haddii ilmahaagu heli karo.
skanderborg-turboforloeb-title = Turboforløb (koorso degdeg ah)
skanderborg-turboforloeb-summary = Dawladda hoose waxay koorsadan lahayd sannadkii 2018; siyaasaddu ma sharaxdo waxa ay ka kooban tahay.
skanderborg-turboforloeb-body = Sannadkii 2018, dawladda hoose waxay lahayd turboforløb (koorso degdeg ah) oo qayb ka ahaa shaqada kala duwanaanshaha dhaqamada iyo jidka shaqada ama waxbarashada. Siyaasaddu ma sharaxdo waxa koorsadu ka kooban tahay.
skanderborg-turboforloeb-ask = Weydii dawladda hoose waxa turboforløb yahay, iyo haddii uu hadda jiro.
skanderborg-bydelsmoedre-title = Hooyooyinka xaafadda (Bydelsmødre)
skanderborg-bydelsmoedre-summary = Waa haween mutadawiciin ah oo loo tababaray inay taageeraan haweenka go'doonsan.
skanderborg-bydelsmoedre-body = Sannadkii 2018, hooyooyinka xaafadda (bydelsmødre) waxay qayb ka ahaayeen shaqada dawladda hoose ee kala duwanaanshaha dhaqamada. Hooyooyinka xaafaddu waa haween mutadawiciin ah oo loo tababaray inay taageeraan haweenka go'doonsan, oo ay ka caawiyaan inay la xiriiraan adeegyada dawladda.
skanderborg-bydelsmoedre-ask = Weydii dawladda hoose sida adiga ama haweeney qoyskaaga ka mid ahi ula kulmi kartaan hooyo xaafadeed (bydelsmor).
skanderborg-hoejvang-title = Projekt Højvang
skanderborg-hoejvang-summary = Mashruucu wuxuu jiray sannadkii 2018; siyaasaddu ma sheegto waxa uu ku saabsan yahay.
skanderborg-hoejvang-body = Sannadkii 2018, dawladda hoose waxay lahayd Projekt Højvang. Siyaasaddu ma sharaxdo waxa mashruucu ku saabsan yahay, ama cidda loogu talagalay.
skanderborg-hoejvang-ask = Weydii dawladda hoose haddii Projekt Højvang weli jiro, iyo haddii uu adiga kugu habboon yahay.
skanderborg-frivilligtilknytning-title = Xiriirinta mutadawiciinta (frivilligtilknytning)
skanderborg-frivilligtilknytning-summary = Sannadkii 2018, dawladda hoose waxay sheegtay inay tahay hab lagu dhisayo buundo u dhexeysa dhaqamada.
skanderborg-frivilligtilknytning-body = Sannadkii 2018, dawladda hoose waxay sheegtay xiriirinta mutadawiciinta (frivilligtilknytning) oo ah dadaal lagu dhisayo buundo u dhexeysa dhaqamada. Siyaasaddu ma sheegto sida loo sameeyo.
skanderborg-frivilligtilknytning-ask = Weydii dawladda hoose haddii aad xiriir la yeelan karto mutadawac.

skanderborg-kvinder = Haweenka
skanderborg-kvinder-bydelsmoedre-title = Hooyooyinka xaafadda (Bydelsmødre) oo loogu talagalay haweenka
skanderborg-kvinder-bydelsmoedre-summary = Waa haween mutadawiciin ah oo haween kale ka caawiya inay la xiriiraan adeegyada dawladda.
skanderborg-kvinder-bydelsmoedre-body = Dawladda hoose waxay jeceshahay in haweenka oo dhammi ay bulshada ku firfircoonaadaan, oo ay shaqo ama waxbarasho ku jiraan. Sannadkii 2018, hooyooyinka xaafadda (bydelsmødre) waxay ahaayeen mid ka mid ah dadaallada haweenka: haween mutadawiciin ah oo taageera haween kale, kana caawiya inay la xiriiraan adeegyada dawladda.
skanderborg-kvinder-bydelsmoedre-ask = Weydii Kooxda Is-dhexgalka (Integrationsteam) ee dawladda hoose haddii aad xiriir la yeelan karto hooyo xaafadeed (bydelsmor).
skanderborg-igu-sosu-title = IGU-SOSU
skanderborg-igu-sosu-summary = Shaqo mushahar leh oo ay ku jiraan muddooyin dugsi, oo ku saabsan daryeelka bulshada iyo caafimaadka; dawladda hoose ayaa lahayd sannadkii 2018.
skanderborg-igu-sosu-body = IGU (integrationsgrunduddannelse) waa shaqo mushahar leh oo laba sano ah oo ay ku jiraan muddooyin dugsi, loogu talagalay qaxootiga iyo dadka ku yimid isu-keenid qoys ee da'doodu tahay 18–50 sano. Sannadkii 2018, dawladda hoose waxay haweenka u lahayd IGU-SOSU, taas oo ah IGU ku saabsan daryeelka bulshada iyo caafimaadka (SOSU).
skanderborg-igu-sosu-ask = Weydii xarunta shaqada (jobcenter) ama Kooxda Is-dhexgalka (Integrationsteamet) haddii IGU-SOSU hadda jiro.
skanderborg-rengoering-title = Koorsada nadaafadda (rengøringsforløb)
skanderborg-rengoering-summary = Sannadkii 2018, koorsadu waxay u furnayd ragga iyo haweenka, iyada oo ah jid loo maro shaqo.
skanderborg-rengoering-body = Sannadkii 2018, dawladda hoose waxay lahayd koorso nadaafadeed oo loogu talagalay ragga iyo haweenkaba, oo qayb ka ahayd shaqada lagu helayo shaqo. Siyaasaddu wax intaas ka badan kama sheegto koorsada.
skanderborg-rengoering-ask = Weydii xarunta shaqada (jobcenter) haddii ay hadda jirto koorso nadaafadeed.

skanderborg-unge-maend = Ragga dhallinyarada ah
skanderborg-ssp-title = Dadaallada SSP oo loogu talagalay ragga dhallinyarada ah
skanderborg-ssp-summary = Dawladda hoose waxay ka shaqaysaa in ragga dhallinyarada ah ee da'doodu tahay 14–30 sano aanay noqon kuwo keli ah.
skanderborg-ssp-body = Dawladda hoose waxay ka shaqaysaa in ragga dhallinyarada ah ee da'doodu tahay 14–30 sano aanay noqon kuwo keli ah oo go'doonsan, balse ay ka mid noqdaan kooxo sida shaqo iyo waxbarasho. Sannadkii 2018, dawladda hoose waxay lahayd dadaallo SSP ah (iskaashi u dhexeeya dugsiga, hay'adaha arrimaha bulshada iyo booliska) si looga hortago xagjirnimada.
skanderborg-ssp-ask = Weydii dawladda hoose (Myndighed i Børn og Unge, xafiiska carruurta iyo dhallinyarada) kooxaha iyo adeegyada dhallinyarada ee hadda jira.
skanderborg-fritidspas-unge-title = Kaarka hawlaha firaaqada (fritidspas) ilaa da'da 25 sano
skanderborg-fritidspas-unge-summary = Sannadkii 2018, dhallinyarada ilaa 25 sano jirka ah waxay heli kareen kaarka hawlaha firaaqada (fritidspas) si ay u galaan hawlaha waqtiga firaaqada.
skanderborg-fritidspas-unge-body = Sannadkii 2018, siyaasaddu waxay sheegtay fursadda kaarka hawlaha firaaqada (fritidspas) ilaa da'da 25 sano, iyadoo qayb ka ah dadaalka loogu talagalay ragga dhallinyarada ah. Kaarka hawlaha firaaqada waxaa loogu talagalay inuu kaa caawiyo inaad gasho hawlaha waqtiga firaaqada.
skanderborg-fritidspas-unge-ask = Weydii dawladda hoose (Myndighed i Børn og Unge, xafiiska carruurta iyo dhallinyarada) haddii aad hadda heli karto kaarka hawlaha firaaqada (fritidspas).

skanderborg-familier = Qoysaska leh dhibaatooyin isku dhafan
skanderborg-sundhedsplejersker-title = Mashruuca ”Sundhedsplejersker styrker integration” (kalkaalisooyinka caafimaadka ayaa xoojiya is-dhexgalka)
skanderborg-sundhedsplejersker-summary = Dawladda hoose waxay mashruucan qoysaska u lahayd sannadkii 2018, laakiin si faahfaahsan uma sharaxdo.
skanderborg-sundhedsplejersker-body = Sannadkii 2018, dawladda hoose waxay qoysaska u lahayd mashruuca ”Sundhedsplejersker styrker integration”. Siyaasaddu si faahfaahsan uma sharaxdo mashruuca.
skanderborg-sundhedsplejersker-ask = Weydii kalkaalisada caafimaadka (sundhedsplejerske) ama dawladda hoose haddii mashruucu hadda jiro.
skanderborg-ptsd-title = Daaweynta PTSD
skanderborg-ptsd-summary = PTSD waa dhaawac nafsi oo ka dhasha dhacdooyin aad u adag; dawladda hoose waxay daaweyn u lahayd sannadkii 2018.
skanderborg-ptsd-body = Sannadkii 2018, dawladda hoose waxay lahayd adeeg daaweyn PTSD ah (dhaawac nafsi oo ka dhasha dhacdooyin aad u adag) oo loogu talagalay dhallinyarada iyo dadka waaweynba. Siyaasaddu wax intaas ka badan kama sheegto adeegga.
skanderborg-ptsd-ask = La hadal dhakhtarkaaga (læge) ama dawladda hoose ku saabsan daaweynta dhaawaca nafsiga (traume).
skanderborg-nussa-title = NUSSA gudaha xanaanada carruurta (dagtilbud) iyo dugsiyada
skanderborg-nussa-summary = Barnaamij ay dawladda hoose isticmaashay sannadkii 2018; siyaasaddu wax intaas ka badan kama sheegto.
skanderborg-nussa-body = Sannadkii 2018, dawladda hoose waxay isticmaashay NUSSA, oo ah barnaamij laga isticmaalo xanaanada carruurta (dagtilbud) iyo dugsiyada. Siyaasaddu wax intaas ka badan kama sheegto barnaamijka.
skanderborg-nussa-ask = Weydii xanaanada ilmahaaga (dagtilbud) ama dugsiga haddii ay hadda isticmaalaan NUSSA.
skanderborg-familiehuset-title = Familiehuset
skanderborg-familiehuset-summary = Dawladda hoose waxay u lahayd sannadkii 2018 qoysaska leh caqabado badan oo hal mar wada jira.
skanderborg-familiehuset-body = Dawladda hoose waxay doonaysaa inay xoojiso qoysaska leh caqabado badan oo hal mar wada jira, shaqaaluhuna way wada shaqeeyaan si ay u caawiyaan. Sannadkii 2018, Familiehuset (guriga qoyska) wuxuu ahaa mid ka mid ah dadaallada; siyaasaddu ma sharaxdo waxa uu bixiyo.
skanderborg-familiehuset-ask = Weydii dawladda hoose waxa Familiehuset hadda bixiyo, iyo sida aad ula xiriiri kartaan.
