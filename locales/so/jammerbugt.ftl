jammerbugt-name = Jammerbugt Kommune
jammerbugt-policy-title = Integrationspolitik – Indsatsområder og målsætninger

## Modtagelse

jammerbugt-modtagelse = Soo dhaweynta
jammerbugt-modtagelse-start-title = Bilow ammaan ah oo aad ku yeelato dawladda hoose
jammerbugt-modtagelse-start-summary = Dawladda hoose waxay ka shaqaysaa inaad hesho macluumaad wanaagsan iyo in la tixgeliyo xaaladdaada.
jammerbugt-modtagelse-start-body = Dawladda hoose waxay ka shaqaysaa in marka aad halkan timaaddo lagugu soo dhaweeyo ammaan, kalsooni iyo macluumaad wanaagsan. Hadafku waa sidoo kale in la tixgeliyo xaaladdaada gaarka ah.
jammerbugt-modtagelse-start-ask = Weydii dawladda hoose qofka ay tahay inaad la hadasho waqtiga ugu horreeya.
jammerbugt-modtagelse-sprog-title = Baro af-Deenish
jammerbugt-modtagelse-sprog-summary = Hadafka dawladda hoose waa inaad fursad u hesho inaad barato af-Deenish.
jammerbugt-modtagelse-sprog-body = Hadafka dawladda hoose waa inaad fursad u hesho inaad barato af-Deenish.
jammerbugt-modtagelse-sprog-ask = Weydii dawladda hoose sida aad u bilaabi karto waxbarashada af-Deenishka (danskuddannelse).
jammerbugt-modtagelse-samfund-title = Aqoon ku saabsan nolosha Denmark
jammerbugt-modtagelse-samfund-summary = Hadafka dawladda hoose waa inaad fursad u hesho inaad barato caadooyinka iyo dhaqanka Deenishka.
jammerbugt-modtagelse-samfund-body = Hadafka dawladda hoose waa inaad fursad u hesho inaad barato caadooyinka iyo dhaqanka Deenishka.
jammerbugt-modtagelse-samfund-ask = Weydii dawladda hoose meesha aad wax badan kaga baran karto nolosha Denmark.

## Børn og familie

jammerbugt-boern-familie = Carruurta iyo qoyska
jammerbugt-dagpleje-title = Ilmahaaga oo jooga xanaanada guriga (dagpleje)
jammerbugt-dagpleje-summary = Dawladda hoose waxay ka shaqaysaa in ilmahaaga la ixtiraamo oo uu yeesho saaxiibbo.
jammerbugt-dagpleje-body = Dawladda hoose waxay ka shaqaysaa in ilmahaaga si ixtiraam leh loogu soo dhaweeyo xanaanada guriga (dagpleje), oo uu yeelan karo saaxiibbo oo uu ka mid noqdo kooxda. Iskaashiga adiga iyo xanaanada guriga waa inuu ku dhisnaadaa sinnaan iyo ixtiraam, iyadoo labada dhinacba ay leeyihiin shuruudo iyo filashooyin.
jammerbugt-dagpleje-ask = Weydii dawladda hoose boos ilmahaaga loogu helo xanaanada guriga (dagpleje).
jammerbugt-skole-title = Ilmahaaga oo dugsiga jooga
jammerbugt-skole-summary = Dawladda hoose waxay ka shaqaysaa in ilmahaagu wax la barto carruurta kale.
jammerbugt-skole-body = Dawladda hoose waxay ka shaqaysaa in ilmahaaga dugsiga lagu qaddariyo, oo uu wax la barto carruurta kale. Hadafku waa sidoo kale inaad adiga oo waalid ah la shaqayso dugsiga, si ilmahaagu u dareemo in la qiimeeyo.
jammerbugt-skole-ask = Weydii dugsiga ilmahaaga ama dawladda hoose sida aad si wanaagsan u bilaabi kartaan.
jammerbugt-traumer-title = Marka dhacdooyin adag ay waxbarashada adkeeyaan
jammerbugt-traumer-summary = Haddii ilmahaagu soo maray wax adag, waad u sheegi kartaa dugsiga.
jammerbugt-traumer-body = Hadafka dawladda hoose waa in dugsigu diiradda saaro dhaawaca nafsiga ah (traume) ee waxbarashada ku adkeyn kara ilmaha. Haddii ilmahaagu soo maray dhacdooyin adag, waad u sheegi kartaa dugsiga.
jammerbugt-traumer-ask = La hadal dugsiga ilmahaaga waxa dugsigu hadda samayn karo.

jammerbugt-laering-title = Wax la baro dad kale – sidoo kale adiga oo qof weyn ah
jammerbugt-laering-summary = Hadafka dawladda hoose waa inay taageerto carruurta iyo dadka waaweynba si ay wax u bartaan.
jammerbugt-laering-body = Hadafka dawladda hoose waa in qaxootiga, soo-galootiga iyo dadka ku yimid isu-keenid qoys ay helaan taageero si ay wax u bartaan oo ay u horumaraan iyagoo la jira carruurta iyo dadka waaweyn ee kale, si ay uga qayb qaataan wadajirka iyo horumarka bulshada.
jammerbugt-laering-ask = Weydii dawladda hoose fursadaha aad wax ku baran karto ee hadda kuu jira.
jammerbugt-sundhedsfremme-title = Ka-hortag iyo caawin hore oo loogu talagalay carruurta
jammerbugt-sundhedsfremme-summary = Hadafka dawladda hoose waa inay taageerto carruurta iyo dhallinyarada leh baahiyo gaar ah.
jammerbugt-sundhedsfremme-body = Hadafka dawladda hoose waa inay bixiso ka-hortag guud iyo caawin hore oo loogu talagalay carruurta iyo qoysaska, iyo inay taageerto carruurta iyo dhallinyarada leh baahiyo gaar ah.
jammerbugt-sundhedsfremme-ask = Haddii aad ka walwalsan tahay ilmahaaga, weydii dawladda hoose caawinta hadda jirta.
jammerbugt-familieafdeling-title = Talo iyo hagid loogu talagalay qoyska
jammerbugt-familieafdeling-summary = Qaybta qoyska ee dawladda hoose (familieafdeling) waxay bixisaa talo, hadafkuna waa in la eego xaaladda qoyska oo dhan.
jammerbugt-familieafdeling-body = Qaybta qoyska ee dawladda hoose (familieafdeling) waxay talo iyo hagid siisaa qoysaska. Dawladda hoose waxay ka shaqaysaa in la eego xaaladda qoyska oo dhan, iyo inaad idinku ka qayb qaadataan helitaanka xal wanaagsan oo u dhow meesha aad ku nooshihiin.
jammerbugt-familieafdeling-ask = La xiriir dawladda hoose oo ka codso inaad la hadasho qaybta qoyska (familieafdeling).

## Socialområdet

jammerbugt-socialomraadet = Arrimaha bulshada
jammerbugt-social-indgang-title = Hal albaab oo loo maro caawinta dawladda hoose
jammerbugt-social-indgang-summary = Dawladda hoose waxay ka shaqaysaa inaad hesho talo wanaagsan iyo in xaaladdaada si degdeg ah loo caddeeyo.
jammerbugt-social-indgang-body = Dawladda hoose waxay ka shaqaysaa in uu jiro hal albaab oo loo maro adeegyada dawladda hoose, iyo inaad hesho talo wanaagsan oo ku saabsan baahiyahaaga. Hadafku waa in xaaladdaada si degdeg ah loo caddeeyo, iyo inaad waqtigeeda hesho kaalmooyinka aad xaqa u leedahay.
jammerbugt-social-indgang-ask = La xiriir dawladda hoose oo u sheeg waxa aad u baahan tahay in laguu caawiyo.

## Frivillige

jammerbugt-frivillige = Mutadawiciinta
jammerbugt-frivillighuset-title = Guriga Mutadawiciinta (Frivillighuset)
jammerbugt-frivillighuset-summary = Hadafka dawladda hoose waa in Guriga Mutadawiciinta (Frivillighuset) uu noqdo jidka aad ku gaarto mutadawiciinta.
jammerbugt-frivillighuset-body = Ururrada mutadawiciinta, kooxaha iyo shakhsiyaadka mutadawiciinta ah ayaa kuu fududayn kara nolol maalmeedkaaga. Hadafka dawladda hoose waa in Guriga Mutadawiciinta (Frivillighuset) uu noqdo albaabka aad ka gasho shaqada bulsheed ee mutadawiciinta ee dawladda hoose.
jammerbugt-frivillighuset-ask = Weydii dawladda hoose sida aad ula xiriiri karto Guriga Mutadawiciinta (Frivillighuset).

## Sundhed

jammerbugt-sundhed = Caafimaad
jammerbugt-sundhed-tilbud-title = Adeegyada caafimaadka
jammerbugt-sundhed-tilbud-summary = Hadafka dawladda hoose waa inay adeegyo siiso dadka leh baahiyo gaar ah.
jammerbugt-sundhed-tilbud-body = Dawladda hoose waxay ka shaqaysaa yaraynta sinnaan la'aanta xagga caafimaadka, hadafkeeduna waa inay adeegyo caafimaad siiso dadka leh baahiyo gaar ah. Caafimaadkaagu waa mas'uuliyad ay wadaagaan adiga, qoyskaaga iyo dawladda hoose.
jammerbugt-sundhed-tilbud-ask = Weydii dawladda hoose adeegyada caafimaadka ee hadda jira.

## Beskæftigelse

jammerbugt-beskaeftigelse = Shaqo
jammerbugt-job-title = Jidka shaqada
jammerbugt-job-summary = Hadafku waa inaad si degdeg ah u bilowdo oo aad naftaada masruufi karto.
jammerbugt-job-body = Dawladda hoose waxay ka shaqaysaa inaad si degdeg ah u bilowdo, si aad naftaada u masruufi karto oo aad bulshada ugu firfircoonaato. Waa in la tixgeliyo xaaladdaada. Hadafku waa sidoo kale in laguu arko qof khayraad u ah bulshada deegaanka.
jammerbugt-job-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose waxa aad ku bilaabi karto.

## Kultur og fritid

jammerbugt-kultur-fritid = Dhaqan iyo waqtiga firaaqada
jammerbugt-foreningsliv-title = Ururro iyo waqtiga firaaqada
jammerbugt-foreningsliv-summary = Dawladda hoose waxay jeclaan lahayd inay xiriir dhex dhigto adiga iyo dadka kale ee deegaankaaga ku nool.
jammerbugt-foreningsliv-body = Dawladda hoose waxay jeclaan lahayd inay xiriir dhex dhigto adiga iyo dadka kale ee deegaankaaga ku nool, tusaale ahaan iyada oo loo marayo ururrada. Dawladda hoose waxay sidoo kale ka shaqaysaa in hawlo dhaqameed ay ka dhacaan dhammaan qaybaha dawladda hoose.
jammerbugt-foreningsliv-ask = Weydii dawladda hoose ururrada iyo hawlaha ka jira meesha aad ku nooshahay.
jammerbugt-demokrati-title = Ka qayb qaado dimuqraadiyadda
jammerbugt-demokrati-summary = Dawladda hoose waxay jeceshahay inaad aragto fursadaha aad wax ku baran karto noloshaada oo dhan.
jammerbugt-demokrati-body = Dawladda hoose waxay jeceshahay inaad aragto fursadaha aad wax ku baran karto noloshaada oo dhan, iyo fursadaha aad uga qayb qaadan karto dimuqraadiyadda.
jammerbugt-demokrati-ask = Weydii dawladda hoose sida aad uga qayb qaadan karto dimuqraadiyadda deegaanka.

## Naturområdet

jammerbugt-natur = Dabiicadda
jammerbugt-natur-friluftsliv-title = Dabiicadda Jammerbugt
jammerbugt-natur-friluftsliv-summary = Dawladda hoose waxay jeceshahay inaad dabiicadda u isticmaali karto jimicsi iyo hawlo banaanka ah.
jammerbugt-natur-friluftsliv-body = Dawladda hoose waxay jeceshahay inaad dabiicadda u isticmaasho jimicsi iyo hawlo banaanka ah. Dawladda hoose waxay sidoo kale rajaynaysaa inaad ka qayb qaadan doonto ilaalinta dabiicadda.
jammerbugt-natur-friluftsliv-ask = Weydii dawladda hoose meesha aad dabiicadda ugu bixi karto, iyo sida aad uga caawin karto ilaalinteeda.

## Kommunen som arbejdsplads

jammerbugt-arbejdsplads = Dawladda hoose oo ah goob shaqo
jammerbugt-kommunen-job-title = Ka shaqee dawladda hoose
jammerbugt-kommunen-job-summary = Dawladda hoose waxay jeceshahay in shaqaalaheeda ay ku jiraan dad asal ka duwan kan Deenishka leh.
jammerbugt-kommunen-job-body = Jammerbugt Kommune waxay jeceshahay in shaqaalaheedu u ekaadaan dadweynaha, oo ay ku jiraan dad asal ka duwan kan Deenishka leh. Sidaas darteed dawladda hoose waxay sidoo kale kuu noqon kartaa goob shaqo.
jammerbugt-kommunen-job-ask = Weydii dawladda hoose sida aad shaqo uga codsan karto dawladda hoose.

## Borgerservice

jammerbugt-borgerservice = Xafiiska adeegga dadweynaha (Borgerservice)
jammerbugt-borgerservice-indgang-title = Xafiiska adeegga dadweynaha (Borgerservice) waa albaabkaaga dawladda hoose
jammerbugt-borgerservice-indgang-summary = Hadafku waa in xafiiska adeegga dadweynaha (Borgerservice) ay kuu gudbin karto qaybaha kale ee dawladda hoose.
jammerbugt-borgerservice-indgang-body = Dawladda hoose waxay jeceshahay in xafiiska adeegga dadweynaha (Borgerservice) uu noqdo meesha caadiga ah ee aad aaddo marka aad u baahato hay'adaha dawladda. Hadafku waa in Borgerservice ay kuu gudbin karto qaybaha kale ee dawladda hoose.
jammerbugt-borgerservice-indgang-ask = Tag xafiiska adeegga dadweynaha (Borgerservice) ama wac dawladda hoose.
jammerbugt-selvbetjening-title = Caawin lagu isticmaalo adeegyada dijitaalka ah ee aad adigu wax isugu qabato
jammerbugt-selvbetjening-summary = Hadafka dawladda hoose waa inaad caawintan ka hesho xafiiska adeegga dadweynaha (Borgerservice).
jammerbugt-selvbetjening-body = Hadafka dawladda hoose waa inaad xafiiska adeegga dadweynaha (Borgerservice) ka hesho caawin si aad u isticmaasho nidaamyada dijitaalka ah ee aad adigu wax isugu qabato (selvbetjening), tusaale ahaan marka aad wax ka codsanayso internetka.
jammerbugt-selvbetjening-ask = Weydii xafiiska adeegga dadweynaha (Borgerservice) haddii ay kaa caawin karaan adeegyada aad adigu wax isugu qabato.
