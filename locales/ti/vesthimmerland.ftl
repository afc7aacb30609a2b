vesthimmerland-name = Vesthimmerlands Kommune
vesthimmerland-policy-title = Vesthimmerlands Kommunes Integrationspolitik

vesthimmerland-modtagelse = ኣብ ኮሙን ኣቀባብላ

vesthimmerland-velkomst-title = ኣብ ኮሙን ጽቡቕ ጅማሮ
vesthimmerland-velkomst-summary = ኮሙን ብዛዕባ ከባቢኹም ጽቡቕ መእተዊ ሓበሬታ ክትረኽቡ ይደሊ።
vesthimmerland-velkomst-body = ኮሙን፣ ኣብቲ ቀዳማይ ርክብ ብሕጉስ ከም ዝተቐበልኩም ክስምዓኩምን ብዛዕባ ከባቢኹም ጽቡቕ መእተዊ ሓበሬታ ክትረኽቡን ይደሊ። ንኮሙን ከኣ፣ ድሌታትኩም፣ ዓቕምታትኩምን ዕድላትኩምን ክነጽር ኣገዳሲ እዩ፣ ቀልጢፍኩም ባዕልኹም ክትክእሉ።
vesthimmerland-velkomst-ask = ብዛዕባ ከባቢኹም መእተዊ ሓበሬታ ብኸመይ ክትረኽቡ ከም እትኽእሉ ንኮሙን ሕተቱ።

vesthimmerland-tydelig-information-title = ክትርድእዎ እትኽእሉ ሓበሬታ
vesthimmerland-tydelig-information-summary = ኮሙን ብንጹር ክገልጽ ይደሊ፣ ብዛዕባ መሰላትኩምን ግዴታታትኩምን እውን።
vesthimmerland-tydelig-information-body = ኮሙን ክትርድእዎ እትኽእሉ ንጹር ሓበሬታ ክህብን ምስ ኩነታትኩም ከሰማምዖን ይደሊ። እዚ ብዛዕባ መሰላትኩምን ግዴታታትኩምን ዝምልከት ሓበሬታ እውን የጠቓልል።
vesthimmerland-tydelig-information-ask = መልእኽቲ እንተዘይተረዲኡኩም ንኮሙን ንገሩ፣ ክገልጹልኩም ድማ ሕተቱ።

vesthimmerland-sammenhaeng-title = ምስ ኮሙን ዝተወሃሃደ ርክብ
vesthimmerland-sammenhaeng-summary = ኮሙን፣ ጉዳይኩም ንብዙሓት ክፍልታት ዝምልከት እንተኾይኑ፣ ኩሉ ዝተወሃሃደ ክኸውን ይደሊ።
vesthimmerland-sammenhaeng-body = ኮሙን፣ ጉዳይኩም ንብዙሓት ክፍልታት ዝሓዘ እንተኾነ እውን፣ ርክብኩም ምስ ኮሙን ዝተወሃሃደ ክኸውን ይደሊ።
vesthimmerland-sammenhaeng-ask = ጉዳይኩም ንብዙሓት ዓውድታት ዝምልከት እንተኾይኑ፣ ንመን ክትውከሱ ከም ዘለኩም ንኮሙን ሕተቱ።

vesthimmerland-medansvar-title = ናትኩም ክፋል
vesthimmerland-medansvar-summary = ኮሙን፣ ሓላፍነት ክትካፈሉን ንጡፋት ተቐማጦ ክትኮኑን ይጽበ።
vesthimmerland-medansvar-body = ኮሙን፣ ንህይወትኩም ባዕልኹም ሓላፍነት ክትካፈሉን ኣብ ሕብረተሰብ ንጡፋት ተቐማጦ ክትኮኑን ይጽበ። ኮሙን፣ እቲ ሓበሬታኡ ብዛዕባ ሕብረተሰብ ዴንማርክ ዝያዳ ክትመሃሩን ኣብ ማሕበረሰብ ከባቢኹም ክትሳተፉን ከተባብዓኩም ይደሊ።
vesthimmerland-medansvar-ask = ብዛዕባ ሕብረተሰብ ዴንማርክን ብዛዕባ ናብራ ኣብ ከባቢኹምን ኣበይ ዝያዳ ክትመሃሩ ከም እትኽእሉ ንኮሙን ሕተቱ።

vesthimmerland-dagtilbud = ክንክን ህጻናት ብመዓልቲ (dagtilbud) ንቆልዑ (0-6 ዓመት)

vesthimmerland-dagtilbud-hverdag-title = ሓበሬታ ብዛዕባ መዓልታዊ ናብራ ኣብ ክንክን ህጻናት (dagtilbud)
vesthimmerland-dagtilbud-hverdag-summary = እቲ ፖሊሲ፣ ባህሊ ሓድሽ ምስ ዝኾነልኩም፣ ዕሙቕ ሓበሬታ ኣገዳሲ ምዃኑ ይገልጽ።
vesthimmerland-dagtilbud-hverdag-body = ውላድኩም ካብቲ እትፈልጥዎ ዝተፈለየ ባህሊ ኣብ ዘለዎ ክንክን ህጻናት (dagtilbud) ምሕዳግ ከቢድ ክኸውን ይኽእል። ስለዚ እቲ ፖሊሲ፣ ብዛዕባ መዓልታዊ ናብራ ኣብ ክንክን ህጻናት ዕሙቕ ሓበሬታ ኣገዳሲ ምዃኑ ይገልጽ።
vesthimmerland-dagtilbud-hverdag-ask = ንቡር መዓልቲ ብኸመይ ከም ዝሓልፍ፣ ንሰራሕተኛታት ክንክን ህጻናት (dagtilbud) ውላድኩም ሕተቱ።

vesthimmerland-dagtilbud-samarbejde-title = ምትሕብባር ምስ መምህራን ህጻናት (pædagoger)
vesthimmerland-dagtilbud-samarbejde-summary = ኮሙን፣ ብዛዕባ ጽቡቕ ስምዒት ውላድኩም ኣብ መንጎኹምን ሰራሕተኛታትን ጽቡቕ ርክብ ክህሉ ይደሊ።
vesthimmerland-dagtilbud-samarbejde-body = ኮሙን፣ ጽቡቕ ስምዒት ውላድኩም ብቐረባ ክከታተል፣ ኣብ መንጎ መምህራን ህጻናት (pædagoger) ከምኡውን ወለዲ ጽቡቕ ርክብ ክህሉን ይደሊ። እቲ ፖሊሲ፣ ወለዲ ንመዓልታዊ ናብራ ውላዶም ክድግፉን ምስ ሰራሕተኛታት ብቐረባ ክተሓባበሩን ኣገዳሲ ምዃኑ የጉልሕ።
vesthimmerland-dagtilbud-samarbejde-ask = ውላድኩም ከመይ ከም ዘሎ፣ ኣብ ክንክን ህጻናት (dagtilbud) ውላድኩም ምስ መምህራን ህጻናት (pædagoger) ተዛረቡ።

vesthimmerland-dagtilbud-dansk-title = ቋንቋ ዴንማርክ ምስ ካልኦት ቆልዑ
vesthimmerland-dagtilbud-dansk-summary = ውላድኩም ኣብ ክንክን ህጻናት (dagtilbud) ቋንቋ ዴንማርክ ክመሃርን ኣካል ናይቲ ሓባራዊ ህይወት ክኸውንን ይኽእል።
vesthimmerland-dagtilbud-dansk-body = ኣብ ክንክን ህጻናት (dagtilbud)፣ ውላድኩም ምስ ካልኦት ቆልዑ ቋንቋ ዴንማርክ ክመሃርን ምስ ቆልዑን ዓበይትን ሓባራዊ ህይወት ክፈልጥን ዕድል ኣለዎ። ጸወታ፣ ትምህርትን ምዕባለን ንኹሎም ቆልዑ እቲ ማእከል እዩ።
vesthimmerland-dagtilbud-dansk-ask = ኣብ ቋንቋ ዴንማርክ ውላድኩም ብኸመይ ከም ዝሰርሑ፣ ንክንክን ህጻናት (dagtilbud) ውላድኩም ሕተቱ።

vesthimmerland-dagtilbud-overgang-title = ምቕያር ክንክን ህጻናት (dagtilbud) ከምኡውን ምጅማር ቤት ትምህርቲ
vesthimmerland-dagtilbud-overgang-summary = ኮሙን፣ ውላድኩም ክንክን ህጻናት (dagtilbud) ክቕይር ከሎ፣ ስድራቤትኩም ክሳተፉን ሓበሬታ ክረኽቡን ይደሊ።
vesthimmerland-dagtilbud-overgang-body = ኮሙን፣ ውላድኩም ክንክን ህጻናት (dagtilbud) ክቕይር ከሎ፣ ስድራቤትኩም ክሳተፉን ሓበሬታ ክረኽቡን ይደሊ። ኮሙን ከኣ፣ ውላድኩም ቤት ትምህርቲ ንምጅማር ዝበለጸ ቅድመ-ኩነታት ክረክብ ይደሊ።
vesthimmerland-dagtilbud-overgang-ask = ኣብቲ ዝቕጽል ምቕያር እንታይ ከም ዝኸውንን፣ ንምጅማር ቤት ትምህርቲ ብኸመይ ክትዳለዉ ከም እትኽእሉን፣ ንክንክን ህጻናት (dagtilbud) ውላድኩም ሕተቱ።

vesthimmerland-skole = ቤት ትምህርትን ግዜ ዕረፍትን

vesthimmerland-skole-dansk-title = ቋንቋ ዴንማርክ ኣብ ቤት ትምህርቲ፣ ከምኡውን ካልኦት ቋንቋታት ውላድኩም
vesthimmerland-skole-dansk-summary = እቲ ዕላማ ጽቡቕ ፍልጠት ቋንቋ ዴንማርክ እዩ፣ እቲ ፖሊሲ ከኣ ብዙሕ ቋንቋታት ምኽኣል ከም ጸጋ ይርእዮ።
vesthimmerland-skole-dansk-body = ኮሙን፣ ኩሎም ክልተ ቋንቋ ዝዛረቡ ቆልዑን መንእሰያትን ዝበለጸ ፍልጠት ቋንቋ ዴንማርክ ክረኽቡ ይደሊ። እቲ ፖሊሲ ከኣ ብዙሕ ቋንቋታት ምኽኣል ከም ጸጋ ይርእዮ፣ ቤት ትምህርቲ ድማ ተማሃሮ ቋንቋታቶም ከማዕብሉ ኣብ ምትብባዕ ኣገዳሲ ተራ ኣለዎ።
vesthimmerland-skole-dansk-ask = ሎሚ ንቋንቋ ዴንማርክ እንታይ ሓገዝ ከም ዘሎ፣ ንቤት ትምህርቲ ውላድኩም ሕተቱ።

vesthimmerland-skole-foraeldre-title = ኣብ ትምህርቲ ውላድኩም ተሳተፉ
vesthimmerland-skole-foraeldre-summary = ኮሙን ኣብ ባይቶ ወለዲ፣ ቦርድ ቤት ትምህርቲ (skolebestyrelse) ከምኡውን ከምኡ ዝኣመሰሉ ክትሳተፉ የተባብዓኩም።
vesthimmerland-skole-foraeldre-body = ኮሙን፣ ኣብ ትምህርቲ ውላድኩም ባዕልኹም ተበግሶ እትወስዱን ንጡፋትን ክትኮኑ ይደሊ። ኣብ ባይቶ ወለዲ፣ ቦርድ ቤት ትምህርቲ (skolebestyrelse) ከምኡውን ከምኡ ዝኣመሰሉ ክትሳተፉ እውን ትተባብዑ ኢኹም።
vesthimmerland-skole-foraeldre-ask = ኣብ ምትሕብባር ቤት ትምህርትን ወለድን ብኸመይ ክትሳተፉ ከም እትኽእሉ ንቤት ትምህርቲ ውላድኩም ሕተቱ።

vesthimmerland-skole-fritid-title = ንጥፈታት ግዜ ዕረፍቲ ኣብ ማሕበራት
vesthimmerland-skole-fritid-summary = ኮሙን፣ ውላድኩም ኣብ ንጥፈት ግዜ ዕረፍቲ ንኽሳተፍ ክትድግፍዎ ይደሊ።
vesthimmerland-skole-fritid-body = ኮሙን፣ ወለዲ ንደቆም ኣብ ሓደ ማሕበር (forening) ንጥፈታት ግዜ ዕረፍቲ ክገብሩ ክድግፍዎም ይደሊ።
vesthimmerland-skole-fritid-ask = ኣብ ጥቓኹም ኣየኖት ማሕበራት ከም ዘለዉ፣ ንቤት ትምህርቲ ውላድኩም ወይ ንኮሙን ሕተቱ።

vesthimmerland-uddannelse = ትምህርትን ስራሕን

vesthimmerland-vurdering-title = ካብ ወጻኢ ሃገር ዝወሰድኩምዎ ትምህርቲ ከም ዝግምገም ግበሩ
vesthimmerland-vurdering-summary = እቲ ዕላማ፣ ትምህርትኹምን ተመክሮኹምን ኣብ ዴንማርክ ክትጥቀሙሉ ክትክእሉ እዩ።
vesthimmerland-vurdering-body = ብመሰረት እቲ ፖሊሲ፣ ካብ ወጻኢ ሃገር ትምህርቲ ወይ ተመክሮ ስራሕ እንተለኩም፣ ትምህርትኹም ክግምገምን እንተድኣ ኣድልዩ ብተወሳኺ ትምህርቲ ክመሓየሽን ዕድል ክህልወኩም ኣለዎ። ሽዑ ብቕዓትኩም ኣብ ዴንማርክ ክትጥቀሙሉ ትኽእሉ ኢኹም።
vesthimmerland-vurdering-ask = ንሓገዝ ኣብ ኮሙን ንቤት ጽሕፈት ስራሕ (jobcenter) ሕተቱ፤ እቲ ግምገማ ባዕሉ ብ Uddannelses- og Forskningsstyrelsen እዩ ዝግበር።

vesthimmerland-kompetencegivende-title = ትምህርቲ ንምውሳድ ደገፍ
vesthimmerland-kompetencegivende-summary = ኮሙን ሞያ ክትመሃሩ ክድግፈኩም ይደሊ።
vesthimmerland-kompetencegivende-body = ኮሙን ንሓደስቲ ተቐማጦ ብቕዓት ዝህብ ትምህርቲ (kompetencegivende uddannelse) ክወስዱ ክድግፎም ይደሊ፣ ማለት ሞያ ዘውህበኩም ትምህርቲ። ብመሰረት እቲ ፖሊሲ፣ ትምህርቲ ኣብ ዕዳጋ ስራሕ ንምጽንታዕ ቀሊል ይገብሮ።
vesthimmerland-kompetencegivende-ask = ሎሚ ንትምህርቲ እንታይ ደገፍ ከም ዘሎ፣ ኣብ ኮሙን ንቤት ጽሕፈት ስራሕ (jobcenter) ሕተቱ።

vesthimmerland-job-title = መንገዲ ናብ ስራሕ
vesthimmerland-job-summary = ኮሙን፣ ስራሕ ክትረኽቡ፣ ምስ ትካላት ዘለዎ ምትሕብባር ከደልድል ይደሊ።
vesthimmerland-job-body = ኮሙን፣ ሓደስቲ ተቐማጦ ናብ ዕዳጋ ስራሕ ክኣትዉ፣ ምስ ትካላት ዘለዎ ምትሕብባር ከደልድል ይደሊ፣ ከምኡውን ብመንገዲ እቶም ናብ ስራሕ ዘቕንዑ ኣገልግሎታት ምሕዋስ ኩሉ ሰብ (inklusion) ከተባብዕ ይደሊ። ብመሰረት እቲ ፖሊሲ፣ ብዙሕ ቋንቋታት ዝዛረቡ ሰራሕተኛታት ምህላው ንትካል ሓይሊ ክኸውን ይኽእል።
vesthimmerland-job-ask = ስራሕ ንምርካብ ኣየኖት ኣገልግሎታት ክሕግዙኹም ከም ዝኽእሉ፣ ኣብ ኮሙን ንቤት ጽሕፈት ስራሕ (jobcenter) ሕተቱ።

vesthimmerland-kultur = ባህልን ግዜ ዕረፍትን

vesthimmerland-foreninger-title = ማሕበራት፣ ናይ ምሸት ትምህርትን ቤተ-መጻሕፍትን
vesthimmerland-foreninger-summary = ኣብ ማሕበራት፣ ሓባራዊ ድሌት ምስ ዘለዎም ካልኦት ሰባት ክትራኸቡ ትኽእሉ ኢኹም።
vesthimmerland-foreninger-body = ኣብ ኮሙን ብዙሓት ማሕበራት፣ ናይ ምሸት ቤት ትምህርትታት (aftenskoler)፣ ትካላት ባህልን ቤተ-መጻሕፍትን ኣለዉ፣ ኮሙን ድማ ክትፈልጥዎም ይደሊ። ኣብ ማሕበራት፣ ድሕረ-ባይታኦም ዝተፈላለየ ሰባት ብሓባራዊ ድሌት ክትራኸቡ ትኽእሉ ኢኹም።
vesthimmerland-foreninger-ask = ኣብ ጥቓኹም ኣየኖት ማሕበራትን ኣገልግሎታትን ከም ዘለዉ፣ ንኮሙን ወይ ንቤተ-መጻሕፍቲ ከባቢኹም ሕተቱ።

vesthimmerland-fritidsliv-title = ንምጅማር ሓገዝ
vesthimmerland-fritidsliv-summary = ኮሙን፣ ኣካል ህይወት ማሕበራት ንክትኮኑ ክትድገፉ ይደሊ።
vesthimmerland-fritidsliv-body = ኮሙን፣ ሓደስቲ ተቐማጦ ኣካል ናይ ባህላዊ ህይወትን ህይወት ማሕበራትን ንክኾኑ ክድገፉ ይደሊ። ማሕበራት፣ ወለንተኛታትን ኮሙንን ንሓደስቲ ተቐማጦ ናብ ጽቡቕ ህይወት ግዜ ዕረፍቲ ንምሕጋዝ ጽቡቓት መንገድታት ንምርካብ ብሓባር ይሰርሑ።
vesthimmerland-fritidsliv-ask = ንጥፈት ግዜ ዕረፍቲ ንምጅማር ሎሚ እንታይ ሓገዝ ከም ዘሎ ንኮሙን ሕተቱ።

vesthimmerland-frivillige-foreninger-title = ወለንተኛ ማሕበራት
vesthimmerland-frivillige-foreninger-summary = ወለንተኛታት ኣብ እትነብሩሉ ቦታ ናብ ሓባራዊ ህይወት መእተዊኹም ክኾኑ ይኽእሉ።
vesthimmerland-frivillige-foreninger-body = ኮሙን ንወለንተኛ ማሕበራት ኣብ ውህደት ዘበርክትዎ ክድግፍ ይደሊ። ወለንተኛታት ኣብ እትነብሩሉ ቦታ ናብ ሓባራዊ ህይወት መእተዊ ክኾኑ ይኽእሉ።
vesthimmerland-frivillige-foreninger-ask = ኣብ ከባቢኹም ንሓደስቲ ተቐማጦ ዝሕግዛ ወለንተኛ ማሕበራት ኣየኖት ምዃነን ንኮሙን ሕተቱ።

vesthimmerland-sundhed = ጥዕናን ህይወት ኣረጋውያንን

vesthimmerland-sund-livsstil-title = ንዓኹምን ንስድራቤትኩምን ጥዑይ ምርጫታት
vesthimmerland-sund-livsstil-summary = ኮሙን፣ ኣነባብራን ጥዕናን ብኸመይ ከም ዝተኣሳሰሩ ክትፈልጡ ይደሊ።
vesthimmerland-sund-livsstil-body = ኮሙን፣ ብዛዕባ ርክብ ኣነባብራን ጥዕናን፣ ከምኡውን ንርእስኹምን ንስድራቤትኩምን ጥዑይ ምርጫታት ብኸመይ ከም እትገብሩ ፍልጠት ክትረኽቡ ይደሊ።
vesthimmerland-sund-livsstil-ask = ሎሚ ብዛዕባ ጥዕናን መከላኸልን ኣየኖት ኣገልግሎታት ከም ዘለዉ ንኮሙን ሕተቱ።

vesthimmerland-sundhedsvaesen-title = ኣብ ስርዓት ጥዕና መንገድኹም ፍለጡ
vesthimmerland-sundhedsvaesen-summary = ክትሓሙ ከለኹም፣ ብልሙድ መጀመርታ ናብ ናይ ገዛእ ርእስኹም ሓኪም (egen læge) ትኸዱ።
vesthimmerland-sundhedsvaesen-body = ኮሙን፣ ኣብ ስርዓት ጥዕና ዴንማርክ መንገድኹም ክትፈልጡ ይደሊ። ክትሓሙ ከለኹም፣ ብልሙድ ቀዳማይ እትኸድዎ ቦታ ናይ ገዛእ ርእስኹም ሓኪም (egen læge) እዩ።
vesthimmerland-sundhedsvaesen-ask = ብዛዕባ ጸገም ጥዕናኹም ናበይ ክትከዱ ከም ዘለኩም እንተዘይፈሊጥኩም፣ ንሓኪምኩም (læge) ወይ ንኮሙን ሕተቱ።

vesthimmerland-forebyggelse-title = መከላኸልን ምሕዋይን
vesthimmerland-forebyggelse-summary = ኮሙን፣ ኣብ ጥዕናኹም ዘደልድሉ ኣገልግሎታት ክትሳተፉ ክትክእሉ ይደሊ።
vesthimmerland-forebyggelse-body = ኮሙን፣ ኣብ ኣገልግሎታት ምምሕያሽ ጥዕና፣ መከላኸልን ምሕዋይን ክትሳተፉ ዕድል ክህልወኩም ይደሊ። እቲ ፖሊሲ፣ እዚ ኣብ ምሉእ ህይወት ንኣካላውን ኣእምሮኣውን ጥዕናን ኣቓልቦ ምሃብ ከም ዘድሊ ይገልጽ።
vesthimmerland-forebyggelse-ask = ብኣካል ወይ ብኣእምሮ ጸገም እንተለኩም ምስ ሓኪምኩም (læge) ተዛረቡ፣ ኣየኖት ኣገልግሎታት ከም ዘለዉ ድማ ንኮሙን ሕተቱ።

vesthimmerland-senior-netvaerk-title = መርበብ ርክብን ንጥፈታትን ንኣረጋውያን
vesthimmerland-senior-netvaerk-summary = ኮሙን፣ ምስ ካልኦት ኣረጋውያን ክትራኸቡን ንጡፋት ክትኮኑን ክትክእሉ ይደሊ።
vesthimmerland-senior-netvaerk-body = ኮሙን፣ ካብ ዝተፈላለየ ባህሊ ዝመጹ ኣረጋውያን ምስ ካልኦት ኣረጋውያን ኣብ ዝተፈላለየ መርበባት ክራኸቡን ኣብ ብዙሕ ዓይነት ንጥፈታት ክሳተፉን ክኽእሉ ይደሊ። እቲ ፖሊሲ ካብ ክንደይ ዕድመ ሰብ ኣረጋዊ ከም ዝኸውን ኣይገልጽን።
vesthimmerland-senior-netvaerk-ask = ኣብ ከባቢኹም ንኣረጋውያን ኣየኖት ንጥፈታትን መርበባትን ከም ዘለዉ ንኮሙን ሕተቱ።

vesthimmerland-senior-tilbud-title = ንኣረጋውያን ዝቐርቡ ኣገልግሎታት ተረድኡ
vesthimmerland-senior-tilbud-summary = ኮሙን፣ ሓደስቲ ኣገልግሎታት ክዳለዉ ከለዉ፣ ንስኹም እውን ክትሳተፉ ይደሊ።
vesthimmerland-senior-tilbud-body = ኣብ ሓድሽ ሃገር ክትኣርጉ ከለኹም፣ ኣብ መንጎ ኣገልግሎታት መንገዲ ምርካብ ከቢድ ክኸውን ይኽእል። ኮሙን፣ ነቶም ዘለዉ ኣገልግሎታት ክትርድእዎም፣ ሓደስቲ ኣገልግሎታት ክዳለዉ ከለዉ ድማ ክትሳተፉ ይደሊ። እቲ ፖሊሲ ካብ ክንደይ ዕድመ ሰብ ኣረጋዊ ከም ዝኸውን ኣይገልጽን።
vesthimmerland-senior-tilbud-ask = ኣየኖት ኣገልግሎታት ኣረጋውያን ንዓኹም ከም ዝሰማምዑ ንኮሙን ሕተቱ፣ እንታይ ከም ዝጎደለኩም ድማ ንገሩ።
