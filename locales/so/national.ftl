national-name = Denmark oo dhan

## Danskuddannelse

national-danish = Waxbarashada af-Deenishka (danskuddannelse)

national-danish-5-years-title = Waxbarashada af-Deenishka (danskuddannelse) ilaa 5 sano
national-danish-5-years-summary = Haddii aad tahay qaxooti ama aad ku timid isu-keenid qoys, oo aad gaartay 18 sano, waa xaqaaga.
national-danish-5-years-body = Haddii aad tahay qaxooti ama aad ku timid isu-keenid qoys, aad gaartay 18 sano, aad haysato sharciga deganaanshaha (opholdstilladelse), oo aad ku nooshahay dawlad hoose, waxaad xaq u leedahay waxbarashada af-Deenishka (danskuddannelse) ilaa 5 sano. Waxbarashadu waa bilaash. Waxaa jira saddex barnaamij: DU1, haddii aadan akhriyi karin oo aadan qori karin xarfaha Laatiinka; DU2, haddii aad dugsi dhigatay muddo gaaban; iyo DU3, haddii aad leedahay waxbarasho dhexe ama dheer.
national-danish-5-years-ask = Weydii dawladda hoose, oo kuu dirta xarunta luqadda (sprogcenter).

national-danish-3-5-years-title = Waxbarashada af-Deenishka (danskuddannelse) 3½ sano
national-danish-3-5-years-summary = Waad heli kartaa, tusaale ahaan haddii aad shaqayso, wax barato ama aad tahay muwaadin EU ah.
national-danish-3-5-years-body = Haddii aad halkan u joogto shaqo ama waxbarasho, ama aad tahay sey ama xaas la socda, au pair ama muwaadin EU ah, waxaad heli kartaa waxbarashada af-Deenishka (danskuddannelse) muddo 3½ sano ah, gudaha 5 sano. Waa inaad gaartay 18 sano, aad haysato sharciga deganaanshaha (opholdstilladelse), oo aad ku nooshahay dawlad hoose (ama aad halkan ku nooshahay sida ay sheegayaan xeerarka EU). Waxaa jira saddex barnaamij: DU1, haddii aadan akhriyi karin oo aadan qori karin xarfaha Laatiinka; DU2, haddii aad dugsi dhigatay muddo gaaban; iyo DU3, haddii aad leedahay waxbarasho dhexe ama dheer.
national-danish-3-5-years-ask = Weydii dawladda hoose, oo kuu dirta xarunta luqadda (sprogcenter).

national-danish-deposit-title = Waxbarasho bilaash ah – laakiin lacag dammaanad ah
national-danish-deposit-summary = Haddii aad naftaada masruufto, waxaad bixinaysaa 2.000 kr. qayb (modul) kasta.
national-danish-deposit-body = Waxbarashadu waa bilaash. Laga bilaabo 1 Luulyo 2020, ardayda naftooda masruufa waxay bixiyaan lacag dammaanad ah oo ah 2.000 kr. qayb (modul) kasta. Lacagta dib ayaad u helaysaa marka aad qaybta ku dhammaysato waqtigeeda.
national-danish-deposit-ask = Weydii xarunta luqadda (sprogcenter) haddii ay tahay inaad bixiso lacag dammaanad ah, iyo inta waqti ah ee aad u haysato qaybta (modul).

national-danish-referral-title = Dawladda hoose ayaa kuu dirta fasallada af-Deenishka
national-danish-referral-summary = Badanaa hal bil gudaheed; haddii aadan waxba maqlin, la xiriir dawladda hoose.
national-danish-referral-body = Dawladda hoose ayaa kuu dirta waxbarashada af-Deenishka (danskuddannelse), badanaa muddo hal bil ah gudaheed. Haddii aadan waxba maqlin, la xiriir dawladda hoose.
national-danish-referral-ask = Weydii dawladda hoose ama xafiiska adeegga dadweynaha (Borgerservice).
national-danish-referral-step = Dawladda hoose ka codso inay kuu dirto waxbarashada af-Deenishka (danskuddannelse), haddii aadan waxba maqlin hal bil gudaheed.

national-fvu-title = FVU: akhris, qoraal iyo xisaab
national-fvu-summary = FVU waa forberedende voksenundervisning: fasallo bilaash ah oo loogu talagalay dadka waaweyn.
national-fvu-body = FVU (forberedende voksenundervisning – waxbarasho diyaarin ah oo loogu talagalay dadka waaweyn) waa fasallo bilaash ah oo dadka waaweyn lagu baro akhriska, qoraalka iyo xisaabta.
national-fvu-ask = Eeg ug.dk, ama weydii dawladda hoose.

## Programmet efter ankomst

national-programme = Barnaamijka kadib marka aad timaaddo

national-programme-refugee-title = Barnaamijka is-masruufidda iyo ku-noqoshada dalkaaga hooyo (selvforsørgelses- og hjemrejseprogram)
national-programme-refugee-summary = Adiga oo qaxooti ah, waxaad helaysaa waxbarashada af-Deenishka (danskuddannelse) iyo adeegyo kuu horseedaya shaqo.
national-programme-refugee-body = Adiga oo qaxooti ah, waxaad helaysaa barnaamijka is-masruufidda iyo ku-noqoshada dalkaaga hooyo (selvforsørgelses- og hjemrejseprogram). Wuxuu ka kooban yahay waxbarashada af-Deenishka (danskuddannelse) iyo adeegyo kuu horseedaya shaqo, tusaale ahaan hagid, tababar shaqo oo ka dhaca shirkad (virksomhedspraktik) iyo mushahar kaalmo (løntilskud). Hadafku waa shaqo caadi ah muddo qiyaastii hal sano ah gudaheed, barnaamijkuna wuxuu socon karaa ilaa 5 sano.
national-programme-refugee-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose.

national-programme-family-title = Barnaamijka hordhaca (introduktionsprogram)
national-programme-family-summary = Haddii aad ku timid isu-keenid qoys, waxaad helaysaa waxbarashada af-Deenishka (danskuddannelse) iyo adeegyo kuu horseedaya shaqo.
national-programme-family-body = Haddii aad ku timid isu-keenid qoys, waxaad helaysaa barnaamijka hordhaca (introduktionsprogram); haddii aad isu-keenid qoys ugu timid qof qaxooti ah, waxaad taa beddelkeeda helaysaa barnaamijka is-masruufidda iyo ku-noqoshada dalkaaga hooyo (selvforsørgelses- og hjemrejseprogram). Labaduba waxay ka kooban yihiin waxbarashada af-Deenishka (danskuddannelse) iyo adeegyo kuu horseedaya shaqo, tusaale ahaan hagid, tababar shaqo oo ka dhaca shirkad (virksomhedspraktik) iyo mushahar kaalmo (løntilskud). Hadafku waa shaqo caadi ah muddo qiyaastii hal sano ah gudaheed, barnaamijkuna wuxuu socon karaa ilaa 5 sano.
national-programme-family-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose barnaamijka aad helayso.

national-programme-ukraine-title = Deganaansho sida ku qoran sharciga gaarka ah (særloven) – Ukraine
national-programme-ukraine-summary = Xeerarka qaxootiga badanaa adigana way kugu khuseeyaan, marka laga reebo dhowr xeer.
national-programme-ukraine-body = Haddii aad haysato sharciga deganaanshaha sida ku qoran sharciga gaarka ah ee dadka ka barakacay Ukraine (særloven), xeerarka sharciga is-dhexgalka ee qaxootiga badanaa adigana way kugu khuseeyaan, tusaale ahaan qoondaynta guriga (boligplacering), qiimaynta caafimaadka, waxbarashada af-Deenishka (danskuddannelse) iyo barnaamij ka socda dawladda hoose. Dhowr xeer ayaa ka duwan: dawladda hoose waxay kula wareegaysaa arrintaada ugu dambayn 15 maalmood oo shaqo kadib go'aanka, waajibka shaqada (arbejdspligt) ee jira laga bilaabo 1 Janaayo 2025 adiga kuma khuseeyo.
national-programme-ukraine-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose xeerarka iyo barnaamijka adiga kugu khuseeya.
national-programme-ukraine-step = Weydii xarunta shaqada (jobcenter) ee dawladda hoose barnaamijka iyo xeerarka kugu khuseeya sida ku qoran sharciga gaarka ah (særloven).

national-programme-forloeb-title = Koorsada hordhaca (introduktionsforløb)
national-programme-forloeb-summary = Dawladda hoose ayaa kuu fidisa haddii aad shaqayso, wax barato ama aad tahay muwaadin EU ah.
national-programme-forloeb-body = Haddii aad halkan u joogto shaqo ama waxbarasho, ama aad tahay muwaadin EU ah, waxaad dawladda hoose ka heli kartaa koorsada hordhaca (introduktionsforløb).
national-programme-forloeb-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose waxa koorsadu ka kooban tahay.
national-programme-forloeb-step = Weydii xarunta shaqada (jobcenter) ee dawladda hoose wax ku saabsan koorsada hordhaca (introduktionsforløb).

national-programme-contract-title = Heshiis iyo bayaan qoraal ah
national-programme-contract-summary = Waxay dhacaysaa qiyaastii hal bil gudaheed; bayaanka aad saxiixayso waa shardi u ah deganaansho joogto ah.
national-programme-contract-body = Muddo qiyaastii hal bil ah gudaheed, waxaad heshiis la samaynaysaa dawladda hoose. Isla markaas waxaad saxiixaysaa bayaanka ku saabsan deganaanshaha iyo is-masruufidda (opholds- og selvforsørgelseserklæring), taas oo shardi u ah helitaanka deganaansho joogto ah (permanent ophold). Haddii aad u baahato, waxaad helaysaa turjubaan.
national-programme-contract-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose.
national-programme-contract-step = Heshiiskaaga la samee xarunta shaqada (jobcenter) ee dawladda hoose, qiyaastii hal bil gudaheed.

national-programme-benefits-title = Lacagaha kaalmada: eeg borger.dk
national-programme-benefits-summary = Xeerarka waa la beddelay 2025, dhowr lacagood oo kaalmo ahna magacyo cusub ayay yeesheen.
national-programme-benefits-body = Xeerarka lacagaha kaalmada waxaa beddelay dib-u-habayn (reform) dhacday 2025, dhowr lacagood oo kaalmo ahna magacyo cusub ayay yeesheen. Xeerarka iyo qaddarrada hadda shaqaynaya ka eeg borger.dk.
national-programme-benefits-ask = Eeg borger.dk, ama weydii xarunta shaqada (jobcenter) ee dawladda hoose.

## IGU

national-igu = IGU (integrationsgrunduddannelse – waxbarashada aasaasiga ah ee is-dhexgalka)

national-igu-job-title = IGU: shaqo iyo dugsi muddo laba sano ah
national-igu-job-summary = Waxaad helaysaa mushahar marka aad shaqaynayso, iyo lacag marka aad dugsiga joogto.
national-igu-job-body = IGU waa shaqo mushahar leh oo shirkad ka dhacda muddo laba sano ah, celcelis ahaan ugu yaraan 25 saacadood toddobaadkii, oo ay la socdaan 23 toddobaad oo dugsi ah. Waxaad helaysaa mushaharka ardayga (elevløn) marka aad shaqaynayso, iyo gunnada waxbarashada (uddannelsesgodtgørelse) oo lagu siiyo marka aad dugsiga joogto.
national-igu-job-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose.

national-igu-who-title = Yaa heli kara IGU
national-igu-who-summary = Qaxootiga iyo dadka ku yimid isu-keenid qoys ee da'doodu tahay 18–50 sano, oo Denmark ku noolaa ugu badnaan 20 sano.
national-igu-who-body = Sida ku qoran heshiiska saddex-geesoodka ah (trepartsaftale) ee Sebtembar 2023, kaas oo shaqaynaya ilaa 2028, qaxootiga iyo dhammaan dadka ku yimid isu-keenid qoys ee da'doodu tahay 18–50 sano waxay heli karaan IGU, haddii ay Denmark ku noolaayeen ugu badnaan 20 sano. Bogag hore ayaa qoraya 18–40 sano.
national-igu-who-ask = Weydii xarunta shaqada (jobcenter) ee dawladda hoose haddii aad heli karto IGU.

## Uddannelse fra udlandet

national-qualifications = Waxbarasho iyo aqoon laga helay dibadda

national-qualifications-assessment-title = Ha la qiimeeyo waxbarashadaadii dibadda
national-qualifications-assessment-summary = Waa bilaash; haddii aad tahay qaxooti oo aadan haysan waraaqahaaga, waxaad heli kartaa ra'yi hagid ah (vejledende udtalelse).
national-qualifications-assessment-body = Uddannelses- og Forskningsstyrelsen (hay'adda waxbarashada sare iyo cilmi-baarista) ayaa si bilaash ah u qiimaysa waxbarashadaadii dibadda. Haddii aad tahay qaxooti oo aadan haysan waraaqahaaga, waxaad heli kartaa ra'yi hagid ah (vejledende udtalelse).
national-qualifications-assessment-ask = Eeg ufm.dk, ama weydii xarunta shaqada (jobcenter).

national-qualifications-authorisation-title = Ogolaansho (autorisation) loogu talagalay xirfadaha sharcigu nidaamiyo
national-qualifications-authorisation-summary = Haddii aad rabto inaad u shaqayso tusaale ahaan dhakhtar (læge), kalkaaliye caafimaad ama macallin, waxaad u baahan tahay ogolaansho.
national-qualifications-authorisation-body = Haddii aad rabto inaad ka shaqayso xirfad sharcigu nidaamiyo, tusaale ahaan dhakhtar (læge), kalkaaliye caafimaad ama macallin, waxaad u baahan tahay ogolaansho (autorisation). Xirfadaha caafimaadka, ogolaanshaha waxaad ka helaysaa Styrelsen for Patientsikkerhed (hay'adda badbaadada bukaanka).
national-qualifications-authorisation-ask = Eeg borger.dk.

## Sundhed

national-health = Caafimaad

national-health-card-title = Kaarka caafimaadka (sundhedskort)
national-health-card-summary = Marka lagu diiwaangeliyo CPR, waxaad bilaash ku helaysaa kaarka jaallaha ah.
national-health-card-body = Marka lagu diiwaangeliyo CPR, waxaad helaysaa kaarka caafimaadka ee jaallaha ah (sundhedskort), sidoo kale app ahaan. Kaarka ugu horreeya waa bilaash.
national-health-card-ask = Weydii xafiiska adeegga dadweynaha (Borgerservice) ee dawladda hoose.
national-health-card-step = Iska diiwaangeli CPR xafiiska adeegga dadweynaha (Borgerservice) – markaas ayaad helaysaa kaarka caafimaadka ee jaallaha ah (sundhedskort).

national-health-gp-title = Dhakhtarka (læge) iyo isbitaalka
national-health-gp-summary = Waa bilaash, dhakhtarkaaguna (læge) wuxuu kuu diri karaa dhakhtar takhasus leh iyo cilmi-nafsiyaqaan.
national-health-gp-body = Waa bilaash inaad u tagto dhakhtarkaaga (egen læge) iyo in lagugu daaweeyo isbitaalka (gruppe 1). Dhakhtarku wuxuu kuu diri karaa dhakhtar takhasus leh iyo cilmi-nafsiyaqaan (psykolog).
national-health-gp-ask = Weydii dhakhtarkaaga (læge).

national-dental-children-title = Daryeel ilko oo bilaash ah oo loogu talagalay carruurta
national-dental-children-summary = Waxay khusaysaa carruurta iyo dhallinyarada ka yar 18 sano.
national-dental-children-body = Carruurta iyo dhallinyarada ka yar 18 sano waxay helaan daryeel ilko oo bilaash ah.
national-dental-children-ask = Weydii dawladda hoose meesha ilmahaagu u tagayo dhakhtarka ilkaha.

national-dental-young-title = Daryeel ilko oo bilaash ah ilaa 21 sano
national-dental-young-summary = Nidaamka carruurta iyo dhallinyarada si buuxda ayuu u shaqaynayaa laga bilaabo 2025.
national-dental-young-body = Daryeelka ilkaha ee bilaashka ah ee carruurta iyo dhallinyarada hadda wuxuu khuseeyaa ilaa 21 sano; si buuxda ayaa loo hirgeliyay laga bilaabo 2025.
national-dental-young-ask = Weydii dawladda hoose.

national-health-visitor-expecting-title = Kalkaalisada caafimaadka (sundhedsplejerske) marka ilmuhu dhasho
national-health-visitor-expecting-summary = Waxaad guriga ku helaysaan booqashooyin bilaash ah, tan ugu horreysa qiyaastii hal toddobaad kadib dhalashada.
national-health-visitor-expecting-body = Marka ilmahaagu dhasho, qoyskaagu wuxuu helayaa booqashooyin bilaash ah oo ka yimaada kalkaalisada caafimaadka (sundhedsplejerske). Booqashada ugu horreysa ee guriga waa qiyaastii hal toddobaad kadib dhalashada.
national-health-visitor-expecting-ask = Weydii dhakhtarkaaga (læge) ama dawladda hoose.
national-health-visitor-expecting-step = Weydii dhakhtarkaaga (læge) ama dawladda hoose wax ku saabsan kalkaalisada caafimaadka (sundhedsplejerske), oo idin soo booqata marka ilmuhu dhasho.

national-health-visitor-baby-title = Kalkaalisada caafimaadka (sundhedsplejerske)
national-health-visitor-baby-summary = Haddii aad leedahay ilmo yar, qoyskaagu wuxuu guriga ku helayaa booqashooyin bilaash ah.
national-health-visitor-baby-body = Qoysaska leh carruur yaryar waxay helaan booqashooyin bilaash ah oo ka yimaada kalkaalisada caafimaadka (sundhedsplejerske). Booqashada ugu horreysa ee guriga waa qiyaastii hal toddobaad kadib dhalashada.
national-health-visitor-baby-ask = Weydii dawladda hoose.
national-health-visitor-baby-step = Weydii dawladda hoose booqashada kalkaalisada caafimaadka (sundhedsplejerske).

national-child-checkups-title = Baaritaannada carruurta ee dhakhtarka (læge)
national-child-checkups-summary = Ilmahaaga waxaa loo fidiyaa 7 baaritaan ka hor inta uusan dugsiga bilaabin.
national-child-checkups-body = Dhakhtarku (læge) wuxuu ilmahaaga u fidiyaa 7 baaritaan oo ka-hortag ah ka hor inta uusan ilmuhu dugsiga bilaabin.
national-child-checkups-ask = Weydii dhakhtarkaaga (læge).

national-health-interpreter-title = Turjubaan xagga dhakhtarka (læge) iyo isbitaalka
national-health-interpreter-summary = Haddii aad Denmark ku noolayd in ka badan 3 sano, waxaa laga yaabaa inaad bixiso khidmad.
national-health-interpreter-body = Waxaad heli kartaa turjubaan marka aad joogto dhakhtarka (læge) ama isbitaalka. Haddii aad Denmark ku noolayd in ka badan 3 sano, waa inaad bixisaa khidmad; waxaa jira xaalado ka reeban, tusaale ahaan waalidiinta marka ilmuhu yahay bukaanka.
national-health-interpreter-ask = U sheeg dhakhtarkaaga (læge) marka aad ballan qabsanayso.

national-trauma-treatment-title = Daaweyn loogu talagalay qaxootiga qaba dhaawac nafsi (traume)
national-trauma-treatment-summary = Waxay ka jirtaa Denmark oo dhan, dhakhtarkaaguna (læge) wuxuu kuu diri karaa.
national-trauma-treatment-body = Gobol kasta waxaa ku yaal daaweyn takhasus leh oo loogu talagalay qaxootiga qaba dhaawac nafsi. Dhakhtarkaaga (læge) ayaa kuu diri kara.
national-trauma-treatment-ask = Weydii dhakhtarkaaga (læge).

national-trauma-nordjylland-title = Rehabiliteringscenter for Flygtninge ee Region Nordjylland
national-trauma-nordjylland-summary = Daaweynta PTSD oo bilaash ah, loogu talagalay qaxootiga waaweyn; waa in dhakhtar (læge) kuu diro.
national-trauma-nordjylland-body = Region Nordjylland, Rehabiliteringscenter for Flygtninge (xarunta baxnaaninta qaxootiga) waxay daaweysaa qaxootiga waaweyn ee qaba PTSD. Daaweyntu waa bilaash, waana in dhakhtar (læge) kuu diro.
national-trauma-nordjylland-ask = Dhakhtarkaaga (læge) ka codso warqad gudbin ah.

national-health-assessment-title = Qiimaynta caafimaadka qaxootiga cusub
national-health-assessment-summary = Dawladda hoose waxay kuu fidisaa qiimaynta caafimaadkaaga marka aad dhowaan timid.
national-health-assessment-body = Dawladda hoose waxay qaxootiga dhowaan yimid u fidisaa qiimayn caafimaadkooda ah.
national-health-assessment-ask = Weydii dawladda hoose.

## Børn og familie

national-children = Carruurta iyo qoyska

national-school-title = Dugsiga: waajibka waxbarashada (undervisningspligt)
national-school-summary = Carruurtu waa inay wax bartaan 10 sano, laga bilaabo Agoosto sannadka ay buuxinayaan 6 sano.
national-school-body = Carruurtu waxay leeyihiin waajib waxbarasho laga bilaabo Agoosto sannadka ay buuxinayaan 6 sano, muddo 10 sano ah (ugu dambayn ilaa 31 Luulyo sannadka ay buuxinayaan 17 sano). Tani waxay khusaysaa carruurta Denmark ku nool ugu yaraan 6 bilood.
national-school-ask = Weydii dawladda hoose wax ku saabsan dugsi loogu talagalay ilmahaaga.
national-school-step = Weydii dawladda hoose boos dugsi: waajibka waxbarashadu wuxuu bilaabmaa Agoosto sannadka ilmuhu buuxinayo 6 sano.

national-daycare-title = Dammaanadda xanaanada (pasningsgaranti)
national-daycare-summary = Laga bilaabo 26 toddobaad ilaa dugsiga, ilmahaagu wuxuu xaq u leeyahay boos xanaano.
national-daycare-body = Ilmahaagu wuxuu xaq u leeyahay boos xanaanada guriga (dagpleje), xanaanada ilmaha yaryar (vuggestue) ama dugsiga barbaarinta (børnehave) laga bilaabo 26 toddobaad ilaa uu dugsiga bilaabo.
national-daycare-ask = Weydii dawladda hoose.
national-daycare-step = Dawladda hoose ka codso boos xanaanada guriga (dagpleje), xanaanada ilmaha yaryar (vuggestue) ama dugsiga barbaarinta (børnehave).

national-fripladstilskud-title = Kaalmada lacagta xanaanada (økonomisk fripladstilskud)
national-fripladstilskud-summary = Xanaanada ilmahaagu way jabanaan kartaa, iyadoo ku xiran dakhligaaga.
national-fripladstilskud-body = Waxaad codsan kartaa kaalmada lacagta xanaanada (økonomisk fripladstilskud), si xanaanadu kuugu jabanaato. Kaalmadu waxay ku xiran tahay dakhligaaga, waxaadna ka codsanaysaa dawladda hoose.
national-fripladstilskud-ask = Weydii dawladda hoose.

national-language-assessment-title = Qiimaynta luqadda marka ilmuhu qiyaastii 3 jir yahay
national-language-assessment-summary = Carruurta qaar ee aan joogin xanaanada carruurta (dagtilbud) waa inay helaan taageero luqadeed 30 saacadood toddobaadkii.
national-language-assessment-body = Carruurta waxaa lagu sameeyaa qiimaynta luqadda (sprogvurdering) marka ay qiyaastii 3 jir yihiin. Carruurta laba-luqadlaha ah ee aan joogin xanaanada carruurta (dagtilbud) oo u baahan taageero luqadeed waa inay helaan kobcinta luqadda (sprogstimulering) 30 saacadood toddobaadkii, waalidiintuna waa inay ka qayb qaataan.
national-language-assessment-ask = Weydii dawladda hoose.

national-child-benefit-title = Lacagta carruurta iyo dhallinyarada (børne- og ungeydelse)
national-child-benefit-summary = Lacag carruurtaada loogu talagalay; lacagta oo dhan waxaad helaysaa marka aad Denmark joogtay 6 sano.
national-child-benefit-body = Waxaad carruurtaada u heli kartaa lacagta carruurta iyo dhallinyarada (børne- og ungeydelse). Si tartiib ah ayaad u kasbanaysaa, waxaadna helaysaa lacagta oo dhan marka aad Denmark ku noolayd ama ka shaqaysay 6 sano, gudaha 10-kii sano ee ugu dambeeyay.
national-child-benefit-ask = Eeg borger.dk.

## Bolig

national-housing = Guri

national-housing-refugees-title = Guri loogu talagalay qaxootiga
national-housing-refugees-summary = Dawladda hoose ee laguu diro ayaa kuu helaysa guri ku-meel-gaar ah ama joogto ah.
national-housing-refugees-body = Adiga oo qaxooti ah, waxaa laguu qoondeeyaa dawlad hoose. Dawladda hoose ayaa kuu helaysa guri ku-meel-gaar ah ama joogto ah.
national-housing-refugees-ask = Weydii dawladda hoose.

national-boligstoette-title = Kaalmada kirada (boligstøtte)
national-boligstoette-summary = Haddii aad codsato 30 maalmood gudahood kadib markii aad guriga gashay, waxaad heli kartaa kaalmada laga bilaabo maalinta ugu horreysa.
national-boligstoette-body = Waxaad ka codsan kartaa kaalmada kirada (boligstøtte) borger.dk. Haddii aad codsato 30 maalmood gudahood kadib markii aad guriga gashay, waxaad heli kartaa kaalmada laga bilaabo maalintii aad guriga gashay.
national-boligstoette-ask = Ka codso borger.dk, ama weydii xafiiska adeegga dadweynaha (Borgerservice).

## Hverdagsliv

national-everyday = Nolol maalmeedka

national-mitid-title = MitID
national-mitid-summary = Aqoonsigaaga dijitaalka ah; waxaad ka heli kartaa app ama xafiiska adeegga dadweynaha (Borgerservice).
national-mitid-body = MitID waa aqoonsigaaga dijitaalka ah. Waxaad ka heli kartaa app-ka MitID haddii aad haysato baasaboor leh chip, ama xafiiska adeegga dadweynaha (Borgerservice) adiga oo wata aqoonsi sawir leh; waxaa laga yaabaa inaad u baahato inaad keento markhaati aqoonsi (identitetsvidne).
national-mitid-ask = Tag xafiiska adeegga dadweynaha (Borgerservice), ama eeg mitid.dk.
national-mitid-step = MitID ka hel app-ka MitID adiga oo wata baasaboor leh chip, ama xafiiska adeegga dadweynaha (Borgerservice).

national-digital-post-title = Digital Post
national-digital-post-summary = Sanduuqaaga warqadaha hay'adaha dawladda; waa inaad yeelato marka aad gaarto 15 sano.
national-digital-post-body = Marka aad gaarto 15 sano, waa inaad yeelato boostada dijitaalka ah (Digital Post), halkaas oo aad ka hesho warqadaha hay'adaha dawladda. Haddii, tusaale ahaan, luqaddu kugu adag tahay, xafiiska adeegga dadweynaha (Borgerservice) ayaa kaa dhaafi kara.
national-digital-post-ask = Weydii xafiiska adeegga dadweynaha (Borgerservice).

national-venner-viser-vej-title = Venner Viser Vej (Røde Kors)
national-venner-viser-vej-summary = Waxaad xiriir la yeelan kartaa qoys mutadawac ah oo kuu noqda shabakad.
national-venner-viser-vej-body = Adiga oo maraya shabakadda Venner Viser Vej (saaxiibbo jidka tusa) ee Røde Kors (Laanqayrta Cas), waxaad xiriir la yeelan kartaa qoys mutadawac ah oo kuu noqda shabakad.
national-venner-viser-vej-ask = Eeg rodekors.dk, ama weydii dawladda hoose.

national-frivillig-ven-title = Saaxiib mutadawac ah (Dansk Flygtningehjælp)
national-frivillig-ven-summary = Dansk Flygtningehjælp (Golaha Qaxootiga Denmark) waxaad ka heli kartaa saaxiib mutadawac ah.
national-frivillig-ven-body = Dansk Flygtningehjælp (Golaha Qaxootiga Denmark) waxaad ka heli kartaa saaxiib mutadawac ah.
national-frivillig-ven-ask = Eeg flygtning.dk.

national-bydelsmoedre-title = Hooyooyinka xaafadda (Bydelsmødre)
national-bydelsmoedre-summary = Waxaa loogu talagalay haweenka: haween mutadawiciin ah ayaa kaa caawin kara inaad la xiriirto hay'adaha dawladda.
national-bydelsmoedre-body = Waxaa loogu talagalay haweenka: Hooyooyinka xaafadda (bydelsmødre) waa haween mutadawiciin ah oo loo tababaray inay taageeraan haweenka go'doonsan, oo ay ka caawiyaan inay la xiriiraan hay'adaha dawladda. Kooxo ayaa ka jira meelo badan, tusaale ahaan Holstebro iyo Skanderborg.
national-bydelsmoedre-ask = Eeg bydelsmor.dk, ama weydii dawladda hoose.
