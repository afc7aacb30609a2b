holstebro-name = Holstebro Kommune
holstebro-policy-title = Holstebro Kommunes Integrationspolitik
holstebro-place-frivilligcenter = Frivilligcenter Holstebro (xarunta mutadawiciinta)

## Tværgående udfordringer i forbindelse med integrationsopgaven
holstebro-tvaergaaende = Caqabadaha guud ee shaqada is-dhexgalka

holstebro-information-title = Macluumaad aad fahmi karto
holstebro-information-summary = Sida ku qoran siyaasadda, dawladda hoose waa inay kula hadashaa oo kuu qortaa si kugu habboon.
holstebro-information-body = Sida ku qoran siyaasadda is-dhexgalka, dawladda hoose waa inay macluumaadka u gudbisaa si ku habboon qofka helaya. Dawladda hoose waxay sidoo kale ka shaqaysaa inaad adigu heli karto macluumaadka saxda ah marka aad u baahato.
holstebro-information-ask = U sheeg dawladda hoose haddii aadan fahmin warqad ama fariin, oo ka codso in laguu sharxo.

holstebro-hjemmeside-title = Dawladda hoose waxay doonaysaa inay soo bandhigto hawlaha
holstebro-hjemmeside-summary = Dawladda hoose waxay doonaysaa inay soo bandhigto waxa dhacaya, meesha iyo goorta.
holstebro-hjemmeside-body = Hawlo badan ayaa ka dhaca deegaanka dawladda hoose. Dawladda hoose waxay doonaysaa inay soo bandhigto waxa dhacaya, meesha iyo goorta, bogga internetka ee dawladda hoosena waa mid ka mid ah meelaha laga helo.
holstebro-hjemmeside-ask = Weydii dawladda hoose hawlaha hadda jira. Bogga internetka ee dawladda hoose, holstebro.dk, waa mid ka mid ah meelaha macluumaadkan laga helo.

holstebro-inddragelse-title = Is-dhexgalku waa laba dhinac
holstebro-inddragelse-summary = Dawladda hoose waxay doonaysaa inay dadka cusub iyo dadka Deenishka ahba ka qayb geliso shaqada is-dhexgalka.
holstebro-inddragelse-body = Dawladda hoose waxay doonaysaa inay ka qayb geliso dadka cusub iyo dadka Deenishka ahba, maxaa yeelay is-dhexgalku wuxuu dhacaa marka dadku kulmaan.
holstebro-inddragelse-ask = Haddii aad rabto inaad wax ku darsato shaqada is-dhexgalka, weydii dawladda hoose sida aad uga qayb qaadan karto.

holstebro-frivillige-title = Mutadawiciintu way caawin karaan
holstebro-frivillige-summary = Dawladda hoose waxay mutadawiciinta u aragtaa caawimaad muhiim ah oo lagu daro adeegyadeeda.
holstebro-frivillige-body = Dawladda hoose waxay mutadawiciinta u aragtaa kaabis muhiim ah oo lagu daro adeegyadeeda, fikraduna waa in qofka laga caawiyo inuu naftiisa caawiyo. Mutadawiciintu waxay sidoo kale noqon karaan tusaalayaal wanaagsan.
holstebro-frivillige-ask = Weydii Frivilligcenter Holstebro oo ku yaal Kultur & Frivillighuset (guriga dhaqanka iyo mutadawiciinta) adeegyada mutadawiciinta ee jira.

## Uddannelse (skolegang) og erhverv
holstebro-uddannelse = Waxbarasho (dugsi) iyo shaqo

holstebro-sprog-smaaboern-title = Af-Deenish loogu talagalay carruurta ugu yaryar
holstebro-sprog-smaaboern-summary = Hadafku waa in carruurta oo dhammi ay leeyihiin xirfad luqadeed oo isku mid ah marka ay dugsiga bilaabaan.
holstebro-sprog-smaaboern-body = Dawladda hoose waxay ka shaqaysaa in carruurta oo dhammi ay leeyihiin xirfad luqadeed oo isku mid ah marka ay dugsiga bilaabaan. Tani waxay sidoo kale khusaysaa carruurta guriga kaga hadla luqad kale.
holstebro-sprog-smaaboern-ask = Weydii xanaanada ilmahaaga (dagtilbud), ama dawladda hoose haddii ilmuhu aanu xanaano joogin, sida loo taageeri karo af-Deenishka ilmaha.

holstebro-sprog-skoleboern-title = Af-Deenishka lagu barto dugsiga
holstebro-sprog-skoleboern-summary = Hadafku waa in ardayda oo dhammi ay fursad siman u helaan waxbarasho dugsi sare ama xirfadeed (ungdomsuddannelse).
holstebro-sprog-skoleboern-body = Dawladda hoose waxay ka shaqaysaa in ardayda oo dhammi ay dugsiga hoose iyo dhexe (folkeskole) ka baxaan iyagoo fursad siman u haysta inay qaataan waxbarasho dugsi sare ama xirfadeed (ungdomsuddannelse). Sidaas darteed diiradda ayaa la saaraa af-Deenishka ardayda.
holstebro-sprog-skoleboern-ask = Weydii dugsiga ilmahaaga caawinta af-Deenishka ee hadda jirta.

holstebro-sprog-voksne-title = Af-Deenish loogu talagalay dadka waaweyn
holstebro-sprog-voksne-summary = Dawladda hoose waxay doonaysaa inay diiradda saarto af-Deenishka, maxaa yeelay waa muhiim waxbarashada iyo shaqada.
holstebro-sprog-voksne-body = Dawladda hoose waxay doonaysaa inay sii wadato diiradda ay saarto af-Deenishka dadka waaweyn, maxaa yeelay luqaddu waa muhiim si aad waxbarasho u qaadato oo aad Denmark uga shaqayso.
holstebro-sprog-voksne-ask = Weydii dawladda hoose meesha iyo sida aad af-Deenish u baran karto.

holstebro-familie-indsats-title = Hal dadaal oo mideysan oo loogu talagalay qoyska
holstebro-familie-indsats-summary = Dawladda hoose waxay doonaysaa inay xiriir wanaagsan oo joogto ah la yeelato carruurta, dhallinyarada iyo qoysaskooda.
holstebro-familie-indsats-body = Dawladda hoose waxay ka shaqaysaa in qoyskaagu dareemo hal dadaal oo wadajir ah oo loo sameeyo qoyska, ilmaha iyo qofka dhallinyarada ah. Dawladda hoose waxay sidoo kale doonaysaa inay xiriir wanaagsan oo joogto ah la yeelato carruurta, dhallinyarada iyo qoysaskooda.
holstebro-familie-indsats-ask = Haddii qoyskaagu xiriir la leeyahay qaybo badan oo dawladda hoose ka mid ah, weydii xanaanada ilmahaaga (dagtilbud) ama dugsiga qofka ay tahay inaad la hadasho.

holstebro-ungdomsuddannelse-title = Jidka loo maro waxbarasho dugsi sare ama xirfadeed (ungdomsuddannelse)
holstebro-ungdomsuddannelse-summary = Dawladda hoose waxay ka shaqaysaa in dhallinyarada laba-luqadlaha ah ay helaan fursado la mid ah kuwa dhallinyarada kale.
holstebro-ungdomsuddannelse-body = Dawladda hoose waxay ka shaqaysaa in dhallinyarada laba-luqadlaha ah ay helaan fursado la mid ah kuwa dhallinyarada kale si ay u bilaabaan oo u dhammaystaan waxbarasho dugsi sare ama xirfadeed (ungdomsuddannelse). Waxay ku saabsan tahay luqadda, maadooyinka iyo xirfadaha shakhsiga ahba.
holstebro-ungdomsuddannelse-ask = Weydii dugsiga ilmahaaga talo ku saabsan waxbarashada dugsiga sare ama xirfadeed (ungdomsuddannelse).

holstebro-fritid-unge-title = Hawlaha waqtiga firaaqada iyo shaqooyinka waqtiga firaaqada
holstebro-fritid-unge-summary = Ka mid noqoshada kooxo waqtiga firaaqada waxay carruurta iyo dhallinyarada ka caawisaa luqadda iyo maadooyinka.
holstebro-fritid-unge-body = Siyaasaddu waxay muhiimad siinaysaa in carruurta iyo dhallinyaradu ay ka mid noqdaan kooxo ka baxsan guriga iyo dugsiga, tusaale ahaan hawlaha waqtiga firaaqada iyo shaqooyinka waqtiga firaaqada. Taasi waxay ka caawisaa inay bartaan luqadda iyo maadooyinkaba.
holstebro-fritid-unge-ask = Weydii dugsiga ilmahaaga ama dawladda hoose hawlaha waqtiga firaaqada ee kuu dhow.

holstebro-job-muligheder-title = Macluumaad ku saabsan waxbarashada iyo shaqada
holstebro-job-muligheder-summary = Dawladda hoose waxay doonaysaa inay muujiso fursadaha shaqada iyo horumarka xirfadda ee jira.
holstebro-job-muligheder-body = Dawladda hoose waxay doonaysaa inay dadka deegaanka u sheegto fursadaha waxbarashada iyo shaqada, oo ay muujiso fursadaha shaqada iyo horumarka xirfadda.
holstebro-job-muligheder-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose fursadaha kugu habboon.

holstebro-job-stoette-title = Taageero iyo talo marka aad shaqo raadinayso
holstebro-job-stoette-summary = Dawladda hoose waxay ka shaqaysaa caawimaad ku habboon baahiyahaaga iyo waxa aad filayso.
holstebro-job-stoette-body = Dawladda hoose waxay ka shaqaysaa inay bixiso taageero iyo talo ku habboon baahiyahaaga iyo waxa aad filayso, iyo iskaashi ka wanaagsan oo dhexmara dawladda hoose, shirkadaha iyo dadka deegaanka. Hadafku waa inaad hesho xirfadaha loo baahan yahay si aad shaqo u hesho.
holstebro-job-stoette-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose taageerada hadda jirta.

holstebro-job-fastholdelse-title = Ku sii jir shaqadaada, oo horumar
holstebro-job-fastholdelse-summary = Dawladda hoose waxay ka shaqaysaa inaad xoojiso xirfadahaaga oo aad horumariso mustaqbalkaaga shaqo.
holstebro-job-fastholdelse-body = Sida ku qoran siyaasadda, waa muhiim inaad fursad la mid ah tan dadka kale u haysato inaad shaqo hesho oo aad sii haysato. Dawladda hoose waxay ka shaqaysaa in dadku xoojiyaan xirfadahooda si ay shaqo u sii haystaan oo ay u horumariyaan mustaqbalkooda shaqo.
holstebro-job-fastholdelse-ask = La hadal goobtaada shaqada, ama weydii xarunta shaqada (jobcenter) ee dawladda hoose, haddii aad u baahan tahay talo ku saabsan sidii aad shaqadaada u sii haysan lahayd.

## Sundhed og trivsel
holstebro-sundhed = Caafimaad iyo ladnaan

holstebro-sundhed-dialog-title = Ka hadal caafimaadka iyo jirrada
holstebro-sundhed-dialog-summary = Dawladda hoose waxay doonaysaa inay xoojiso awooddaada inaad adigu daryeesho caafimaadkaaga.
holstebro-sundhed-dialog-body = Caafimaadka iyo jirrada siyaabo kala duwan ayaa loo fahmi karaa. Dawladda hoose waxay doonaysaa inay kordhiso wadahadalka arrintaas, oo ay xoojiso awooddaada inaad adigu daryeesho caafimaadkaaga.
holstebro-sundhed-dialog-ask = La hadal dhakhtarkaaga (læge) caafimaadkaaga, oo weydii dawladda hoose adeegyada caafimaadka ee hadda jira.

holstebro-motion-kost-title = Jimicsi iyo cunto
holstebro-motion-kost-summary = Dawladda hoose waxay doonaysaa inay arrintan siiso mudnaan gaar ah, sidoo kale qoysaska carruurta leh.
holstebro-motion-kost-body = Dawladda hoose waxay doonaysaa inay jimicsiga iyo cuntada ka dhigto arrin mudnaan gaar ah leh, sidoo kale qoysaska carruurta leh. Dadaalku wuxuu ka bilaabmaa awoodahaaga, si aad adigu u qabsato inta ugu badan ee suurtogalka ah.
holstebro-motion-kost-ask = Weydii dawladda hoose adeegyada jimicsiga iyo cuntada caafimaadka leh ee hadda jira.

holstebro-aktiviteter-title = La firfircoonow dad kale
holstebro-aktiviteter-summary = Dawladda hoose waxay ka shaqaysaa in si fudud loo helo hawlo aad ku yeelan karto shabakad (dad aad taqaanno).
holstebro-aktiviteter-body = Dawladda hoose waxay filaysaa in dadku si firfircoon uga qayb qaataan bulshada, waxayna ka shaqaysaa in si fudud loo heli karo hawlo jireed iyo hawlo bulsheed. Hawluhu waa inay sidoo kale kaa caawiyaan inaad yeelato shabakad (dad aad taqaanno).
holstebro-aktiviteter-ask = Weydii dawladda hoose hawlaha jira, oo u sheeg haddii ay jiraan wax kuu adkeynaya inaad ka qayb qaadato.

holstebro-aktiviteter-sammen-title = Hawlo la samee dawladda hoose
holstebro-aktiviteter-sammen-summary = Dawladda hoose waxay doonaysaa inay hawlo samayso iyadoo la kaashanaysa kooxo ka mid ah dadka cusub.
holstebro-aktiviteter-sammen-body = Dawladda hoose waxay doonaysaa inay ka shaqayso qorsheynta iyo bixinta hawlo jireed iyo hawlo bulsheed, iyadoo la kaashanaysa kooxo ka mid ah dadka asalkoodu aanu Deenish ahayn. Markaa adiga iyo dad kale oo kooxdaada ka mid ah waxaad ka qayb qaadan kartaan qorsheynta.
holstebro-aktiviteter-sammen-ask = Haddii adiga iyo dad kale aad fikrad u haysataan hawl, weydii dawladda hoose haddii aad si wadajir ah u samayn kartaan.

holstebro-foreninger-title = Ururro iyo naadiyo
holstebro-foreninger-summary = Dawladda hoose iyo ururradu waxay wada siin karaan qof walba fursad uu uga qayb qaato.
holstebro-foreninger-body = Sida ku qoran siyaasadda, dawladda hoose, ururrada isboortiga, adeegyada waqtiga firaaqada, ururrada qowmiyadaha iyo ururrada saaxiibtinimada waxay wada siin karaan qof walba fursad uu uga qayb qaato hawlaha.
holstebro-foreninger-ask = Weydii dawladda hoose ama Frivilligcenter Holstebro ururrada kuu dhow.

## Samfundsforståelse, der går begge veje
holstebro-samfund = Fahamka bulshada oo laba dhinac ah

holstebro-hverdagsliv-title = Sida nolol maalmeedku uga socoto Denmark
holstebro-hverdagsliv-summary = Dawladda hoose waxay doonaysaa inay wax ka sheegto dugsiga barbaarinta (børnehave), korinta carruurta, qashinka iyo ku noolaanshaha guri dabaq ah (lejlighed).
holstebro-hverdagsliv-body = Dawladda hoose waxay doonaysaa inay kordhiso aqoonta ku saabsan nolol maalmeedka Denmark, laga bilaabo dugsiga barbaarinta (børnehave) iyo korinta carruurta ilaa qashinka iyo waajibaadka la socda marka aad ku nooshahay guri dabaq ah (lejlighed). Dawladda hoose waxay sidoo kale ka shaqaysaa in hay'adaha dawladdu bixiyaan macluumaad cad oo aad fahmi karto.
holstebro-hverdagsliv-ask = Weydii dawladda hoose haddii aadan hubin wax ku saabsan nolol maalmeedka; arrimaha qashinka iyo xeerarka guriga waxaad sidoo kale weydiin kartaa qofka guriga kaa kireeyay.

holstebro-foraeldre-title = Inaad waalid ka tahay Denmark
holstebro-foraeldre-summary = Dawladda hoose waxay ka shaqaysaa inay adiga oo waalid ah ku qayb geliso oo ay bixiso macluumaad cad.
holstebro-foraeldre-body = Sida ku qoran siyaasadda, waa muhiim inaad hesho aqoon ku saabsan sida ay wax u socdaan marka carruurtu dhigtaan dugsiga barbaarinta (børnehave), iyo sida carruurta loo koriyo Denmark. Dawladda hoose waxay ka shaqaysaa inay waalidiinta ka qayb geliso oo ay bixiso macluumaad cad.
holstebro-foraeldre-ask = Weydii shaqaalaha xanaanada ilmahaaga (dagtilbud) ama dugsiga, marka aadan hubin sida waxyaabaha loo sameeyo.

holstebro-rollemodeller-title = Wax ka baro dadka kale ee soo maray
holstebro-rollemodeller-summary = Dawladda hoose waxay doonaysaa inay isticmaasho tusaalayaal wanaagsan (rollemodeller) oo ka sheekayn kara nolosha Denmark.
holstebro-rollemodeller-body = Dawladda hoose waxay doonaysaa inay si firfircoon u isticmaasho tusaalayaal wanaagsan (rollemodeller), kuwo Deenish ah iyo kuwo asal qowmiyadeed kale lehba, oo ay mutadawiciinta ka qayb geliso shaqada is-dhexgalka. Waxay kuu sheegi karaan sida nolosha loogu noolaado Denmark.
holstebro-rollemodeller-ask = Weydii Frivilligcenter Holstebro haddii ay jiraan mutadawiciin ama tusaalayaal wanaagsan oo aad la kulmi karto.

holstebro-naboskab-title = Baro deriskaaga
holstebro-naboskab-summary = Sida ku qoran siyaasadda, deris wanaagsan wuxuu dhashaa marka derisku is yaqaannaan.
holstebro-naboskab-body = Siyaasadda waxaa ku qoran: Is-barashadu waxay dhashaa saaxiibtinimo. Deris wanaagsan wuxuu dhashaa marka dadku is yaqaannaan, dawladda hoosena waxay doonaysaa inay abuurto fahamka qiimaha ay leedahay derisnimo firfircoon oo tixgelin leh.
holstebro-naboskab-ask = Weydii dawladda hoose hawlaha deegaankaaga ee aad kula kulmi karto dad kale.

holstebro-isolation-title = Haddii aad dareento kalinimo
holstebro-isolation-summary = Adeegyada mutadawiciintu waxay noqon karaan waddo aad dad kale kula kulanto.
holstebro-isolation-body = Dawladda hoose waxay ka shaqaysaa in dadka asalkoodu aanu Deenish ahayn aanay go'doomin. Adeegyada mutadawiciintu waxay noqon karaan waddo aad dad kale kula kulanto.
holstebro-isolation-ask = Weydii Frivilligcenter Holstebro ama dawladda hoose meesha aad kula kulmi karto dad kale.
