vesthimmerland-name = Vesthimmerlands Kommune
vesthimmerland-policy-title = Vesthimmerlands Kommunes Integrationspolitik

## Modtagelse i kommunen
vesthimmerland-modtagelse = Soo dhaweynta dawladda hoose

vesthimmerland-velkomst-title = Bilow wanaagsan oo aad ku yeelato dawladda hoose
vesthimmerland-velkomst-summary = Dawladda hoose waxay jeceshahay inaad hesho hordhac wanaagsan oo ku saabsan deegaankaaga.
vesthimmerland-velkomst-body = Dawladda hoose waxay jeceshahay inaad dareento in lagu soo dhaweeyay kulanka ugu horreeya, oo aad hesho hordhac wanaagsan oo ku saabsan deegaankaaga. Waxa kale oo dawladda hoose muhiim u ah in la caddeeyo baahiyahaaga, awoodahaaga iyo fursadahaaga, si aad si degdeg ah wax isugu qabato.
vesthimmerland-velkomst-ask = Weydii dawladda hoose sida aad u heli karto hordhac ku saabsan deegaankaaga.

vesthimmerland-tydelig-information-title = Macluumaad aad fahmi karto
vesthimmerland-tydelig-information-summary = Dawladda hoose waxay jeceshahay inay si cad wax u sharaxdo, sidoo kale xuquuqahaaga iyo waajibaadkaaga.
vesthimmerland-tydelig-information-body = Dawladda hoose waxay jeceshahay inay bixiso macluumaad cad oo aad fahmi karto, oo ay adiga kuu habayso. Tani waxay sidoo kale khusaysaa macluumaadka ku saabsan xuquuqahaaga iyo waajibaadkaaga.
vesthimmerland-tydelig-information-ask = U sheeg dawladda hoose haddii aadan fahmin fariin, oo ka codso in laguu sharxo.

vesthimmerland-sammenhaeng-title = Xiriir isku xiran oo aad la leedahay dawladda hoose
vesthimmerland-sammenhaeng-summary = Dawladda hoose waxay jeceshahay in xiriirkaagu isku xiran yahay, marka kiiskaagu khuseeyo dhowr qaybood.
vesthimmerland-sammenhaeng-body = Dawladda hoose waxay jeceshahay inaad dareento in xiriirkaaga dawladda hoose uu isku xiran yahay, xitaa marka kiiskaagu khuseeyo dhowr qaybood.
vesthimmerland-sammenhaeng-ask = Weydii dawladda hoose qofka aad la xiriirto marka kiiskaagu ku saabsan yahay dhowr arrimood.

vesthimmerland-medansvar-title = Qaybtaada
vesthimmerland-medansvar-summary = Dawladda hoose waxay filaysaa inaad qayb ka qaadato mas'uuliyadda, oo aad noqoto qof firfircoon oo bulshada ka mid ah.
vesthimmerland-medansvar-body = Dawladda hoose waxay filaysaa inaad adigu qayb ka qaadato mas'uuliyadda noloshaada, oo aad noqoto qof firfircoon oo bulshada ka mid ah. Dawladda hoose waxay jeceshahay in macluumaadkeedu kugu dhiirigeliyo inaad wax badan ka barato bulshada Deenishka, oo aad ka qayb qaadato bulshada deegaanka.
vesthimmerland-medansvar-ask = Weydii dawladda hoose meesha aad wax badan kaga baran karto bulshada Deenishka iyo nolosha deegaankaaga.

## Dagtilbud til børn (0-6 år)
vesthimmerland-dagtilbud = Xanaanada carruurta (dagtilbud) (0-6 sano)

vesthimmerland-dagtilbud-hverdag-title = Macluumaad ku saabsan maalinta caadiga ah ee xanaanada (dagtilbud)
vesthimmerland-dagtilbud-hverdag-summary = Siyaasaddu waxay leedahay macluumaad faahfaahsan ayaa muhiim ah marka dhaqanku kuu cusub yahay.
vesthimmerland-dagtilbud-hverdag-body = Way adkaan kartaa inaad ilmahaaga geyso xanaano carruureed (dagtilbud) oo dhaqankeedu ka duwan yahay kan aad taqaanno. Sidaas darteed siyaasaddu waxay leedahay waa muhiim in si faahfaahsan laguugu sheego nolol maalmeedka xanaanada.
vesthimmerland-dagtilbud-hverdag-ask = Weydii shaqaalaha xanaanada ilmahaaga (dagtilbud) sida maalin caadi ahi u dhacdo.

vesthimmerland-dagtilbud-samarbejde-title = Iskaashi lala yeesho barbaariyayaasha (pædagoger)
vesthimmerland-dagtilbud-samarbejde-summary = Dawladda hoose waxay jeceshahay in uu jiro xiriir wanaagsan oo u dhexeeya adiga iyo shaqaalaha, oo ku saabsan ladnaanta ilmahaaga.
vesthimmerland-dagtilbud-samarbejde-body = Dawladda hoose waxay jeceshahay in si dhow loola socdo ladnaanta ilmahaaga, iyo in uu jiro xiriir wanaagsan oo u dhexeeya barbaariyayaasha (pædagoger) iyo waalidiinta. Siyaasaddu waxay muhiimad siinaysaa in waalidiintu taageeraan nolol maalmeedka ilmaha oo ay si dhow ula shaqeeyaan shaqaalaha.
vesthimmerland-dagtilbud-samarbejde-ask = La hadal barbaariyayaasha (pædagoger) ee xanaanada ilmahaaga (dagtilbud) sida uu ilmahaagu u yahay.

vesthimmerland-dagtilbud-dansk-title = Af-Deenish oo lala barto carruur kale
vesthimmerland-dagtilbud-dansk-summary = Ilmahaagu wuxuu xanaanada (dagtilbud) ku baran karaa af-Deenish, oo uu ka mid noqon karaa wadajirka.
vesthimmerland-dagtilbud-dansk-body = Xanaanada (dagtilbud), ilmahaagu wuxuu fursad u leeyahay inuu af-Deenish la barto carruur kale, oo uu wadajir la dareemo carruur iyo dad waaweyn. Ciyaarta, waxbarashada iyo koritaanku waa udub-dhexaadka carruurta oo dhan.
vesthimmerland-dagtilbud-dansk-ask = Weydii xanaanada ilmahaaga (dagtilbud) sida ay ula shaqeeyaan af-Deenishka ilmahaaga.

vesthimmerland-dagtilbud-overgang-title = U wareegidda xanaano carruureed (dagtilbud) kale iyo bilaabidda dugsiga
vesthimmerland-dagtilbud-overgang-summary = Dawladda hoose waxay jeceshahay in qoyskaaga laga qayb geliyo oo la ogeysiiyo marka ilmahaagu u wareego xanaano (dagtilbud) kale.
vesthimmerland-dagtilbud-overgang-body = Dawladda hoose waxay jeceshahay in qoyskaaga laga qayb geliyo oo la ogeysiiyo marka ilmahaagu u wareego xanaano (dagtilbud) kale. Dawladda hoose waxay sidoo kale jeceshahay in ilmahaagu helo aasaaska ugu wanaagsan ee suurtogalka ah si uu dugsiga u bilaabo.
vesthimmerland-dagtilbud-overgang-ask = Weydii xanaanada ilmahaaga (dagtilbud) waxa dhici doona marka uu wareego mar kale, iyo sida aad ugu diyaar garoobi kartaan bilaabidda dugsiga.

## Skole og fritid
vesthimmerland-skole = Dugsi iyo waqtiga firaaqada

vesthimmerland-skole-dansk-title = Af-Deenishka lagu barto dugsiga, iyo luqadaha kale ee ilmahaaga
vesthimmerland-skole-dansk-summary = Hadafku waa af-Deenish wanaagsan, siyaasadduna waxay khayraad u aragtaa in qofku yaqaan luqado badan.
vesthimmerland-skole-dansk-body = Dawladda hoose waxay jeceshahay in dhammaan carruurta iyo dhallinyarada laba-luqadlaha ahi ay helaan aqoonta af-Deenish ee ugu wanaagsan ee suurtogalka ah. Siyaasaddu waxay sidoo kale khayraad u aragtaa in qofku yaqaan luqado badan, dugsiguna door muhiim ah ayuu ku leeyahay dhiirigelinta ardayda inay horumariyaan luqadahooda.
vesthimmerland-skole-dansk-ask = Weydii dugsiga ilmahaaga caawinta af-Deenishka ee hadda jirta.

vesthimmerland-skole-foraeldre-title = Ka qayb qaado waxbarashada ilmahaaga
vesthimmerland-skole-foraeldre-summary = Dawladda hoose waxay kugu dhiirigelinaysaa inaad ka qayb qaadato golaha waalidiinta, guddiga dugsiga (skolebestyrelse) iyo wax la mid ah.
vesthimmerland-skole-foraeldre-body = Dawladda hoose waxay jeceshahay inaad noqoto qof firfircoon oo tallaabo qaada, oo ku lug leh waxbarashada ilmahaaga. Waxaa sidoo kale lagugu dhiirigelinayaa inaad ka qayb qaadato golaha waalidiinta, guddiga dugsiga (skolebestyrelse) iyo wax la mid ah.
vesthimmerland-skole-foraeldre-ask = Weydii dugsiga ilmahaaga sida aad uga qayb qaadan karto iskaashiga dugsiga iyo waalidiinta.

vesthimmerland-skole-fritid-title = Hawlaha waqtiga firaaqada ee ururrada
vesthimmerland-skole-fritid-summary = Dawladda hoose waxay jeceshahay inaad ilmahaaga ku taageerto inuu aado hawl waqti firaaqo.
vesthimmerland-skole-fritid-body = Dawladda hoose waxay jeceshahay in waalidiintu ay carruurtooda ku taageeraan inay aadaan hawlaha waqtiga firaaqada ee lagu qabto urur (forening).
vesthimmerland-skole-fritid-ask = Weydii dugsiga ilmahaaga ama dawladda hoose ururrada kuu dhow.

## Uddannelse og beskæftigelse
vesthimmerland-uddannelse = Waxbarasho iyo shaqo

vesthimmerland-vurdering-title = Ha la qiimeeyo waxbarashadaadii dibadda
vesthimmerland-vurdering-summary = Hadafku waa inaad Denmark ku isticmaali karto waxbarashadaada iyo khibraddaada.
vesthimmerland-vurdering-body = Sida ku qoran siyaasadda, haddii aad leedahay waxbarasho ama khibrad shaqo oo aad ka soo heshay dibadda, waa inaad fursad u hesho in waxbarashadaada la qiimeeyo, oo haddii loo baahdo la sii kordhiyo. Markaas waxaad Denmark ku isticmaali kartaa aqoontaada.
vesthimmerland-vurdering-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose caawin; qiimaynta lafteeda waxaa sameeya Uddannelses- og Forskningsstyrelsen.

vesthimmerland-kompetencegivende-title = Taageero aad ku qaadato waxbarasho
vesthimmerland-kompetencegivende-summary = Dawladda hoose waxay jeceshahay inay ku taageerto si aad u barato xirfad.
vesthimmerland-kompetencegivende-body = Dawladda hoose waxay jeceshahay inay taageerto dadka cusub si ay u qaataan waxbarasho xirfad bixisa (kompetencegivende uddannelse), taas oo ah waxbarasho ku siisa xirfad. Sida ku qoran siyaasadda, waxbarashadu waxay fududaysaa inaad cagaha ku dhigato suuqa shaqada.
vesthimmerland-kompetencegivende-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose taageerada waxbarasho ee hadda jirta.

vesthimmerland-job-title = Jidka shaqada
vesthimmerland-job-summary = Dawladda hoose waxay jeceshahay inay xoojiso iskaashiga shirkadaha, si aad shaqo u hesho.
vesthimmerland-job-body = Dawladda hoose waxay jeceshahay inay xoojiso iskaashiga shirkadaha, si dadka cusubi u galaan suuqa shaqada, iyo inay kor u qaaddo ka mid noqoshada bulshada iyada oo loo marayo adeegyada shaqo-helidda. Sida ku qoran siyaasadda, shirkad waxay xoog u noqon kartaa inay leedahay shaqaale ku hadla luqado badan.
vesthimmerland-job-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose adeegyada kaa caawin kara inaad shaqo hesho.

## Kultur og fritid
vesthimmerland-kultur = Dhaqan iyo waqtiga firaaqada

vesthimmerland-foreninger-title = Ururro, dugsiyada habeenkii iyo maktabadaha
vesthimmerland-foreninger-summary = Ururrada waxaad kula kulmi kartaa dad kale oo aad xiisayaal wadaagtaan.
vesthimmerland-foreninger-body = Dawladda hoose waxaa ku yaal ururro badan, dugsiyo habeenkii (aftenskoler), xarumo dhaqan iyo maktabado, dawladda hoosena waxay jeclaan lahayd inaad barato. Ururrada waxaad kula kulmi kartaa dad kale oo aad xiisayaal wadaagtaan, iyadoon loo eegin asalka.
vesthimmerland-foreninger-ask = Weydii dawladda hoose ama maktabadda deegaankaaga ururrada iyo adeegyada kuu dhow.

vesthimmerland-fritidsliv-title = Caawin aad ku bilowdo
vesthimmerland-fritidsliv-summary = Dawladda hoose waxay jeceshahay in lagu taageero si aad uga mid noqoto nolosha ururrada.
vesthimmerland-fritidsliv-body = Dawladda hoose waxay jeceshahay in dadka cusub la taageero si ay uga mid noqdaan nolosha dhaqanka iyo ururrada. Ururrada, mutadawiciinta iyo dawladda hoose ayaa wada shaqeeya si ay u helaan siyaabo wanaagsan oo dadka cusub loogu caawiyo nolol waqti firaaqo oo wanaagsan.
vesthimmerland-fritidsliv-ask = Weydii dawladda hoose caawinta hadda jirta si aad u bilowdo hawl waqti firaaqo.

vesthimmerland-frivillige-foreninger-title = Ururrada mutadawiciinta
vesthimmerland-frivillige-foreninger-summary = Mutadawiciintu waxay noqon karaan waddo aad ku gasho bulshada meesha aad ku nooshahay.
vesthimmerland-frivillige-foreninger-body = Dawladda hoose waxay doonaysaa inay taageerto waxa ururrada mutadawiciintu ku darsadaan is-dhexgalka. Mutadawiciintu waxay noqon karaan waddo aad ku gasho bulshada meesha aad ku nooshahay.
vesthimmerland-frivillige-foreninger-ask = Weydii dawladda hoose ururrada mutadawiciinta ee caawiya dadka cusub ee deegaankaaga.

## Sundhed og seniorliv
vesthimmerland-sundhed = Caafimaad iyo nolosha waayeelka

vesthimmerland-sund-livsstil-title = Doorashooyin caafimaad leh oo loogu talagalay adiga iyo qoyskaaga
vesthimmerland-sund-livsstil-summary = Dawladda hoose waxay jeceshahay inaad barato xiriirka ka dhexeeya qaab nololeedka iyo caafimaadka.
vesthimmerland-sund-livsstil-body = Dawladda hoose waxay jeceshahay inaad hesho aqoon ku saabsan xiriirka ka dhexeeya qaab nololeedka iyo caafimaadka, iyo sida aad u samayso doorashooyin caafimaad leh adiga iyo qoyskaagaba.
vesthimmerland-sund-livsstil-ask = Weydii dawladda hoose adeegyada caafimaadka iyo ka-hortagga ee hadda jira.

vesthimmerland-sundhedsvaesen-title = Garo nidaamka caafimaadka
vesthimmerland-sundhedsvaesen-summary = Marka aad xanuunsato, caadi ahaan waxaad marka hore aaddaa dhakhtarkaaga (egen læge).
vesthimmerland-sundhedsvaesen-body = Dawladda hoose waxay jeceshahay inaad garato sida loo maro nidaamka caafimaadka Denmark. Dhakhtarkaaga (egen læge) ayaa caadi ahaan ah meesha ugu horreysa ee aad aaddo marka aad xanuunsato.
vesthimmerland-sundhedsvaesen-ask = Weydii dhakhtarkaaga (læge) ama dawladda hoose haddii aadan garanayn meesha aad u tagto marka aad dhibaato caafimaad qabto.

vesthimmerland-forebyggelse-title = Ka-hortag iyo baxnaanin
vesthimmerland-forebyggelse-summary = Dawladda hoose waxay jeceshahay inaad ka qayb qaadan karto adeegyo caafimaadkaaga xoojiya.
vesthimmerland-forebyggelse-body = Dawladda hoose waxay jeceshahay inaad fursad u hesho inaad ka qayb qaadato adeegyada horumarinta caafimaadka, ka-hortagga iyo baxnaaninta. Siyaasaddu waxay sheegaysaa in tani u baahan tahay in diiradda la saaro caafimaadka jirka iyo maskaxdaba, nolosha oo dhan.
vesthimmerland-forebyggelse-ask = La hadal dhakhtarkaaga (læge) haddii aad jir ahaan ama maskax ahaan dhib qabto, oo weydii dawladda hoose adeegyada jira.

vesthimmerland-senior-netvaerk-title = Shabakado iyo hawlo loogu talagalay waayeelka
vesthimmerland-senior-netvaerk-summary = Dawladda hoose waxay jeceshahay inaad la kulmi karto waayeel kale, oo aad noqoto qof firfircoon.
vesthimmerland-senior-netvaerk-body = Dawladda hoose waxay jeceshahay in waayeelka leh asal dhaqameed kala duwan ay la kulmi karaan waayeel kale shabakado kala duwan, oo ay ka qayb qaataan hawlo badan oo kala nooc ah. Siyaasaddu ma sheegto da'da uu qofku ka noqdo waayeel.
vesthimmerland-senior-netvaerk-ask = Weydii dawladda hoose hawlaha iyo shabakadaha waayeelka ee ka jira deegaankaaga.

vesthimmerland-senior-tilbud-title = Faham adeegyada waayeelka
vesthimmerland-senior-tilbud-summary = Dawladda hoose waxay sidoo kale jeceshahay in lagaa qayb geliyo marka adeegyo cusub la samaynayo.
vesthimmerland-senior-tilbud-body = Way adkaan kartaa in la garto adeegyada marka qofku ku gaboobo dal cusub. Dawladda hoose waxay jeceshahay inaad fahanto adeegyada jira, oo lagaa qayb geliyo marka adeegyo cusub la samaynayo. Siyaasaddu ma sheegto da'da uu qofku ka noqdo waayeel.
vesthimmerland-senior-tilbud-ask = Weydii dawladda hoose adeegyada waayeelka ee kugu habboon, oo u sheeg waxa aad u baahan tahay ee maqan.
