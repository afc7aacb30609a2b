skanderborg-name = Skanderborg Kommune
skanderborg-policy-title = Skanderborg Kommunes integrationspolitik

skanderborg-differentieret = ንነፍሲ ወከፍ ሰብ ዝሰማማዕ ጻዕሪ ውህደት
skanderborg-tilpasset-title = ንዓኹም ዝሰማማዕ ሓገዝ
skanderborg-tilpasset-body = ኮሙን ኩሉ ሰብ ዝተፈላለየ ምዃኑ ይኣምን። ስለዚ ኮሙን፣ እቲ ጻዕሪ ክሳብ ዝከኣል ምስ ድሌታትኩም፣ ዓቕምታትኩምን ኩነታትኩምን ክሰማማዕ ይሰርሕ።
skanderborg-tilpasset-ask = ንቤት ጽሕፈት ስራሕ (jobcenter) እንታይ ክትገብሩ ከም እትኽእሉን እንታይ ከም ዘድልየኩምን ንገሩ። ቀዳማይ እትውከስዎ ቦታ ንሱ እዩ።

skanderborg-faelles-ansvar = ሓባራዊ ሓላፍነት
skanderborg-muligheder-title = ዕድላት – ከምኡውን ናትኩም ሓላፍነት
skanderborg-muligheder-body = ኮሙን፣ ዕድላት ክህልዉ ምግባር ሓላፍነት ማሕበረሰብ፣ ነቶም ዕድላት ምጥቃም ድማ ናትኩም ሓላፍነት ምዃኑ ይርእዮ። ትካላት፣ ማሕበራትን ካልኦት ተቐማጦን እውን ኣብ ውህደት ክሳተፉ ኣለዎም።
skanderborg-muligheder-ask = ሕጂ ንዓኹም እንታይ ዕድላት ከም ዘለዉ ንቤት ጽሕፈት ስራሕ (jobcenter) ሕተቱ።

skanderborg-beskaeftigelse = ስራሕን ትምህርትን
skanderborg-job-uddannelse-title = ስራሕ ወይ ትምህርቲ
skanderborg-job-uddannelse-body = ኮሙን፣ ብንቡር ስራሕ ወይ ብትምህርቲ ኣቢልኩም ብዝተኻእለ መጠን ቀልጢፍኩም ንርእስኹም ክትናበዩ ይሰርሕ። እቲ ጻዕሪ ካብ ድሕረ-ባይታኹምን ክእለታትኩምን፣ ከምኡውን ትካላት እንታይ ከም ዘድልዮም ይብገስ።
skanderborg-job-uddannelse-ask = ንቤት ጽሕፈት ስራሕ (jobcenter) ተወከሱ፤ ቀዳማይ እትውከስዎ ቦታ ንሱ እዩ።

skanderborg-deltagelse = ተሳትፎን ኣቀባብላን
skanderborg-foreninger-title = ኣብ ማሕበራትን ማሕበረሰብ ከባቢን ተሳተፉ
skanderborg-foreninger-body = ኣብ ማሕበራት፣ ቦርድታት፣ ባይቶታትን ማሕበረሰብ ከባቢን ክትሳተፉ ከለኹም፣ ሓደስቲ ርክባትን መርበባትን ትረኽቡ፣ ንሕብረተሰብ ዴንማርክ ድማ ትፈልጥዎ። ኮሙን ንዓኹም ንማሕበረሰብ ከባቢ ከም ጸጋ ይርእየኩም።
skanderborg-foreninger-ask = ኣብ እትነብሩሉ ቦታ ኣየኖት ማሕበራትን ሓባራዊ ጉጅለታትን ከም ዘለዉ ንኮሙን ሕተቱ።

skanderborg-boliger = መንበሪ ገዛን ምንባርን
skanderborg-boligplacering-title = ስደተኛ ምስ እትኾኑ መንበሪ ገዛ
skanderborg-boligplacering-body = ስደተኛ ምስ እትኾኑ፣ ኮሙን ግዝያዊ ወይ ቀዋሚ መንበሪ ገዛ የዳልወልኩም። ኮሙን፣ እቲ ገዛ ጽቡቕ መበገሲ ክኸውን፣ ስደተኛታት ድማ ኣብ ማእከላይ ከተማታት ተበታቲኖም ክነብሩ ይደሊ። ኮሙን ክሳብ ዝከኣል ንኣብነት ንቦታ ገዛን ንዕድላት መጓዓዝያን ግምት ይህብ።
skanderborg-boligplacering-ask = ብዛዕባ ገዛኹምን እንታይ ግምት ክወሃቦ ከም ዝኽእልን ንኮሙን ሕተቱ።
skanderborg-find-bolig-title = ባዕልኹም ገዛ ድለዩ
skanderborg-find-bolig-body = ኮሙን ገዛውቲ ንምርካብ ምስ ትካላት ገዛውቲ (boligselskaber) ከምኡውን ምስ ብሕታውያን ዋናታት ገዛ ይተሓባበር። ባዕልኹም፣ ወይ ምስ ካልኦት ብሓባር፣ ገዛ ክትደልዩ እውን ትተባብዑ ኢኹም።
skanderborg-find-bolig-ask = ባዕልኹም ገዛ ብኸመይ ክትረኽቡ ከም እትኽእሉ ንኮሙን ሕተቱ።

skanderborg-boern-familieliv = ቆልዑን ሂወት ስድራቤትን
skanderborg-god-start-title = ንስድራቤት ጽቡቕ ጅማሮ
skanderborg-god-start-body = ኮሙን ንሓደስቲ ስድራቤታት ጽቡቕ ጅማሮ ምሃብ ኣቓልቦ ይህብ፣ ቆልዑን ዓበይትን ኣብ ሓድሽ መዓልታዊ ናብራኦም ውሑሳት ክኾኑ። ኮሙን፣ ንኣብነት ምስ ቤት ትምህርቲ፣ ትካል ክንክን ህጻናት፣ ቤት ጽሕፈት ስራሕ (jobcenter) ከምኡውን ትምህርቲ ቋንቋ ክትራኸቡ ከለኹም ተዓጻጻፊ ክኸውን ይደሊ፣ ቆልዑን መንእሰያትን ኣብ ሂወት ግዜ ዕረፍቲ ንክሳተፉ ድማ ቀሊል ክገብረሎም ይደሊ።
skanderborg-god-start-ask = ንስድራቤትኩም ጽቡቕ ጅማሮ ንምግባር እንታይ ክሕግዝ ከም ዝኽእል ንኮሙን ሕተቱ።

skanderborg-viden = ፍልጠትን ምክፋል ፍልጠትን
skanderborg-inspirationsmoeder-title = ኣኼባታት መተባብዒ (inspirationsmøder)
skanderborg-inspirationsmoeder-body = ኣብ 2018፣ ኮሙን ከም ኣካል ናይቲ ብዛዕባ ውህደት ፍልጠት ናይ ምክፋል ስራሕ፣ ኣኼባታት መተባብዒ ኣካይዱ። ዕላማኡ፣ እቶም ዝሕግዙኹም ሰባት፣ ንርእስኹም ክትናበዩ ኣብ እትገብርዎ ጉዕዞ ክድግፉኹም እኹል ፍልጠት ክህልዎም እዩ።
skanderborg-inspirationsmoeder-ask = ሎሚ ኣኼባታት መተባብዒ ይካየዱ እንተለዉ፣ ንጉጅለ ውህደት ናይ ኮሙን (Integrationsteam) ሕተቱ።
skanderborg-frivillige-title = ንስደተኛታት ዝሕግዙ ወለንተኛታት
skanderborg-frivillige-body = ኣብ 2018፣ ኮሙን ነቶም ንስደተኛታት ዝሕግዙ ወለንተኛታት ንምውህሃድ ኣኼባታት ኣካይዱ፣ ምስ ኩሎም ወለንተኛታት ስደተኛታት ድማ ሓደ ኣኼባ ዘተ ኣካይዱ። ጉጅለ ውህደት (Integrationsteam) ነዚ ስራሕ ሓላፊ ነይሩ።
skanderborg-frivillige-ask = ሎሚ ምስ ሓደ ወለንተኛ ክትራኸቡ ትኽእሉ እንተኾንኩም፣ ንጉጅለ ውህደት (Integrationsteam) ሕተቱ።

skanderborg-sundhed-trivsel = ጥዕናን ጽቡቕ ስምዒትን
skanderborg-rygestop-title = ኮርስ ምቁራጽ ሽጋራ
skanderborg-rygestop-body = ኣብ 2018፣ ኮሙን ሽጋራ ምቁራጽ ንዝደልዩ ተቐማጦ ኮርሳት ምቁራጽ ሽጋራ ነይሩዎ። እቲ ፖሊሲ ብዛዕባ እቶም ኮርሳት ካልእ ኣይብልን።
skanderborg-rygestop-ask = ሎሚ ኮርስ ምቁራጽ ሽጋራ እንተሎ፣ ኣብ ኮሙን ንክፍሊ ምምሕያሽ ጥዕና (Sundhedsfremme) ሕተቱ።
skanderborg-sundhedssamtaler-title = ዝርርባት ብዛዕባ ጥዕና
skanderborg-sundhedssamtaler-body = ኣብ 2018፣ ኮሙን ከም ኣካል ናይቲ ንጥዕናን ጽቡቕ ስምዒትን ዝግበር ስራሕ፣ ዝርርባት ጥዕና ነይሩዎ። እቲ ፖሊሲ መን ዝርርብ ክረክብ ከም ዝኽእል ወይ ብዛዕባ እንታይ ከም ዝነበረ ኣይገልጽን።
skanderborg-sundhedssamtaler-ask = ሎሚ ዝርርብ ጥዕና ክትረኽቡ ትኽእሉ እንተኾንኩም፣ ኣብ ኮሙን ንክፍሊ ምምሕያሽ ጥዕና (Sundhedsfremme) ሕተቱ።
skanderborg-sundhedstjenesten-title = ኣገልግሎታት ብመንገዲ ኣገልግሎት ጥዕና (sundhedstjenesten)
skanderborg-sundhedstjenesten-body = ኣብ 2018፣ ኮሙን ብመንገዲ ኣገልግሎት ጥዕና (sundhedstjenesten) ዝቐርቡ ኣገልግሎታት ነይሮምዎ። እቲ ፖሊሲ ኣየኖት ኣገልግሎታት ምንባሮም ኣይገልጽን።
skanderborg-sundhedstjenesten-ask = ኣገልግሎት ጥዕና (sundhedstjenesten) ሎሚ እንታይ ከም ዘቕርብ ንኮሙን ሕተቱ።
skanderborg-aeldre-handicap-title = ንኣረጋውያንን ስንክልና ንዘለዎም ሰባትን፣ ናብ ሰባት ዝበጽሕን ዝከላኸልን ሓገዝ
skanderborg-aeldre-handicap-body = ኣብ 2018፣ ኮሙን ኣብ ዓውዲ ኣረጋውያንን ስንክልናን ናብ ሰባት ዝበጽሕን ዝከላኸልን ጻዕርታት ነይሩዎ። ንስኹም ወይ ሓደ ካብ ስድራቤትኩም ኣረጋዊ እንተኾይኑ ወይ ስንክልና እንተለዎ፣ እዚ ዝምልከተኩም ክኸውን ይኽእል።
skanderborg-aeldre-handicap-ask = እቶም ጻዕርታት ገና እንተለዉ፣ ብኸመይ ድማ ክትራኸብዎም ከም እትኽእሉ ንኮሙን ሕተቱ።

skanderborg-kulturforskelle = ምርዳእ ውህደትን ፍልልያት ባህልን
skanderborg-fritidspas-boern-title = ሓገዝ ንጥፈታት ግዜ ዕረፍቲ (fritidspas) ንቆልዑ
skanderborg-fritidspas-boern-body = ኣብ 2018፣ ኮሙን ቆልዑ ኣብ ኣገልግሎታት ግዜ ዕረፍቲ ክሳተፉ ዝሕግዝ ሓገዝ ንጥፈታት ግዜ ዕረፍቲ (fritidspas) ነይሩዎ። እቲ ፖሊሲ መን ክረክቦ ከም ዝኽእል ወይ እንታይ ከም ዝሽፍን ኣይገልጽን።
skanderborg-fritidspas-boern-ask = እቲ ሓገዝ ንጥፈታት ግዜ ዕረፍቲ (fritidspas) ገና እንተሎ፣ ውላድኩም ክረክቦ ይኽእል እንተኾይኑ ድማ ንኮሙን ሕተቱ።
skanderborg-turboforloeb-title = ቅልጡፍ ኮርስ (turboforløb)
skanderborg-turboforloeb-body = ኣብ 2018፣ ኮሙን ከም ኣካል ናይቲ ብዛዕባ ፍልልያት ባህልን መንገዲ ናብ ስራሕ ወይ ትምህርትን ዝግበር ስራሕ፣ ቅልጡፍ ኮርስ (turboforløb) ነይሩዎ። እቲ ፖሊሲ እቲ ኮርስ እንታይ ከም ዝሓዘ ኣይገልጽን።
skanderborg-turboforloeb-ask = ቅልጡፍ ኮርስ (turboforløb) እንታይ ምዃኑን ሎሚ ይርከብ እንተኾይኑን ንኮሙን ሕተቱ።
skanderborg-bydelsmoedre-title = ኣዴታት ከባቢ (bydelsmødre)
skanderborg-bydelsmoedre-body = ኣብ 2018፣ ኣዴታት ከባቢ (bydelsmødre) ኣካል ናይቲ ኮሙን ብዛዕባ ፍልልያት ባህሊ ዝገብሮ ስራሕ ነበራ። ኣዴታት ከባቢ፣ ንተነጺለን ዘለዋ ደቂ ኣንስትዮ ንምድጋፍን ምስ መንግስታዊ ኣገልግሎታት ንምርኻበን ንምሕጋዝን ዝሰልጠና ወለንተኛታት ደቂ ኣንስትዮ እየን።
skanderborg-bydelsmoedre-ask = ንስኹም ወይ ሓንቲ ጓል ኣንስተይቲ ካብ ስድራቤትኩም ምስ ሓንቲ ኣደ ከባቢ (bydelsmor) ብኸመይ ክትራኸቡ ከም እትኽእሉ ንኮሙን ሕተቱ።
skanderborg-hoejvang-title = Projekt Højvang
skanderborg-hoejvang-body = ኣብ 2018፣ ኮሙን Projekt Højvang ነይሩዎ። እቲ ፖሊሲ እቲ ፕሮጀክት እንታይ ከም ዝገብር ወይ ንመን ምዃኑ ኣይገልጽን።
skanderborg-hoejvang-ask = Projekt Højvang ገና እንተሎ፣ ንዓኹም ዝሰማማዕ እንተኾይኑ ድማ ንኮሙን ሕተቱ።
skanderborg-frivilligtilknytning-title = ምስ ወለንተኛ ምርኻብ (frivilligtilknytning)
skanderborg-frivilligtilknytning-body = ኣብ 2018፣ ኮሙን ምስ ወለንተኛ ምርኻብ (frivilligtilknytning) ኣብ መንጎ ባህልታት ድልድል ንምህናጽ ከም ሓደ ጻዕሪ ጠቒሱዎ። እቲ ፖሊሲ ብኸመይ ከም ዝካየድ ኣይገልጽን።
skanderborg-frivilligtilknytning-ask = ምስ ሓደ ወለንተኛ ክትራኸቡ ትኽእሉ እንተኾንኩም ንኮሙን ሕተቱ።

skanderborg-kvinder = ደቂ ኣንስትዮ
skanderborg-kvinder-bydelsmoedre-title = ኣዴታት ከባቢ (bydelsmødre) ንደቂ ኣንስትዮ
skanderborg-kvinder-bydelsmoedre-body = ኮሙን፣ ኩለን ደቂ ኣንስትዮ ኣብ ሕብረተሰብ ንጡፋት ክኾናን ኣብ ስራሕ ወይ ትምህርቲ ክህልዋን ይደሊ። ኣብ 2018፣ ኣዴታት ከባቢ (bydelsmødre) ሓደ ካብቶም ንደቂ ኣንስትዮ ዝተገብሩ ጻዕርታት ነበራ፦ ንካልኦት ደቂ ኣንስትዮ ዝድግፋን ምስ መንግስታዊ ኣገልግሎታት ንክራኸባ ዝሕግዛን ወለንተኛታት ደቂ ኣንስትዮ።
skanderborg-kvinder-bydelsmoedre-ask = ምስ ሓንቲ ኣደ ከባቢ (bydelsmor) ክትራኸቡ ትኽእሉ እንተኾንኩም፣ ንጉጅለ ውህደት ናይ ኮሙን (Integrationsteam) ሕተቱ።
skanderborg-igu-sosu-title = መሰረታዊ ትምህርቲ ውህደት ኣብ ማሕበራዊ ክንክንን ጥዕናን (IGU-SOSU)
skanderborg-igu-sosu-body = መሰረታዊ ትምህርቲ ውህደት (IGU፣ integrationsgrunduddannelse) ንክልተ ዓመት ብደሞዝ ዝኽፈሎ ስራሕ እዩ፣ ምስ ግዜያት ቤት ትምህርቲ፣ ንስደተኛታትን ብምጥርናፍ ስድራቤት ዝመጹ ሰባትን ካብ 18–50 ዓመት። ኣብ 2018፣ ኮሙን ንደቂ ኣንስትዮ IGU-SOSU ነይሩዎ፣ ማለት ኣብ ዓውዲ ማሕበራዊ ክንክንን ጥዕናን (SOSU) ዝኸውን IGU።
skanderborg-igu-sosu-ask = መሰረታዊ ትምህርቲ ውህደት ኣብ ማሕበራዊ ክንክንን ጥዕናን (IGU-SOSU) ሎሚ እንተሎ፣ ንቤት ጽሕፈት ስራሕ (jobcenter) ወይ ንጉጅለ ውህደት (Integrationsteam) ሕተቱ።
skanderborg-rengoering-title = ኮርስ ስራሕ ጽሬት
skanderborg-rengoering-body = ኣብ 2018፣ ኮሙን ንደቂ ተባዕትዮን ንደቂ ኣንስትዮን ኮርስ ስራሕ ጽሬት ነይሩዎ፣ ከም ኣካል ናይቲ ናብ ስራሕ ንምእታው ዝግበር ጻዕሪ። እቲ ፖሊሲ ብዛዕባ እቲ ኮርስ ካልእ ኣይብልን።
skanderborg-rengoering-ask = ሎሚ ኮርስ ስራሕ ጽሬት እንተሎ፣ ንቤት ጽሕፈት ስራሕ (jobcenter) ሕተቱ።

skanderborg-unge-maend = መንእሰያት ደቂ ተባዕትዮ
skanderborg-ssp-title = ስጉምቲታት ምትሕብባር ቤት ትምህርቲ፣ ማሕበራዊ ኣገልግሎትን ፖሊስን (SSP) ንመንእሰያት ደቂ ተባዕትዮ
skanderborg-ssp-body = ኮሙን፣ ካብ 14–30 ዓመት ዝዕድሚኦም መንእሰያት ደቂ ተባዕትዮ በይኖም ከይተርፉን ከይነጸሉን፣ ኣብ ከም ስራሕን ትምህርትን ዝኣመሰሉ ሓባራዊ ሂወት ክሳተፉ ይሰርሕ። ኣብ 2018፣ ኮሙን ጽንፈኝነት ንምክልኻል ስጉምቲታት ምትሕብባር ቤት ትምህርቲ፣ ማሕበራዊ ሰበ-ስልጣንን ፖሊስን (SSP) ነይሩዎ።
skanderborg-ssp-ask = ሎሚ ንመንእሰያት ኣየኖት ሓባራዊ ጉጅለታትን ኣገልግሎታትን ከም ዘለዉ ንኮሙን ሕተቱ።
skanderborg-fritidspas-unge-title = ሓገዝ ንጥፈታት ግዜ ዕረፍቲ (fritidspas) ክሳብ 25 ዓመት
skanderborg-fritidspas-unge-body = ኣብ 2018፣ ንመንእሰያት ደቂ ተባዕትዮ ክሳብ 25 ዓመት ሓገዝ ንጥፈታት ግዜ ዕረፍቲ (fritidspas) ናይ ምርካብ ዕድል ነይሩ። ዕላማ እዚ ሓገዝ፣ ኣብ ኣገልግሎታት ግዜ ዕረፍቲ ክትሳተፉ ምሕጋዝ እዩ።
skanderborg-fritidspas-unge-ask = ሎሚ ሓገዝ ንጥፈታት ግዜ ዕረፍቲ (fritidspas) ክትረኽቡ ትኽእሉ እንተኾንኩም ንኮሙን ሕተቱ።

skanderborg-familier = ዝተሓላለኸ ጸገማት ዘለዎም ስድራቤታት
skanderborg-sundhedsplejersker-title = Projekt ”Sundhedsplejersker styrker integration” (ነርሳት ጥዕና ህጻናት ንውህደት የደልድሉ)
skanderborg-sundhedsplejersker-body = ኣብ 2018፣ ኮሙን ንስድራቤታት ”Sundhedsplejersker styrker integration” (ነርሳት ጥዕና ህጻናት ንውህደት የደልድሉ) ዝተባህለ ፕሮጀክት ነይሩዎ። እቲ ፖሊሲ ነቲ ፕሮጀክት ብዝርዝር ኣይገልጾን።
skanderborg-sundhedsplejersker-ask = እቲ ፕሮጀክት ሎሚ እንተሎ፣ ንነርስ ጥዕና ህጻናት (sundhedsplejerske) ወይ ንኮሙን ሕተቱ።
skanderborg-ptsd-title = ሕክምና ን PTSD
skanderborg-ptsd-body = ኣብ 2018፣ ኮሙን ንመንእሰያትን ንዓበይትን ን PTSD (ድሕሪ ኣዝዩ ከቢድ ተመክሮታት ዝመጽእ ትራውማ) ናይ ሕክምና ኣገልግሎት ነይሩዎ። እቲ ፖሊሲ ብዛዕባ እዚ ኣገልግሎት ካልእ ኣይብልን።
skanderborg-ptsd-ask = ብዛዕባ ሕክምና ትራውማ ምስ ሓኪምኩም (læge) ወይ ምስ ኮሙን ተዛረቡ።
skanderborg-nussa-title = NUSSA ኣብ ክንክን ህጻናት (dagtilbud) ከምኡውን ኣብ ቤት ትምህርትታት
skanderborg-nussa-body = ኣብ 2018፣ ኮሙን NUSSA ተጠቒሙ፣ እዚ ኣብ ክንክን ህጻናት (dagtilbud) ከምኡውን ኣብ ቤት ትምህርትታት ዝጥቀሙሉ መደብ እዩ። እቲ ፖሊሲ ብዛዕባ እቲ መደብ ካልእ ኣይብልን።
skanderborg-nussa-ask = ሎሚ NUSSA ይጥቀሙ እንተለዉ፣ ንክንክን ህጻናት (dagtilbud) ወይ ንቤት ትምህርቲ ውላድኩም ሕተቱ።
skanderborg-familiehuset-title = Familiehuset (ገዛ ስድራቤት)
skanderborg-familiehuset-body = ኮሙን ብሓንሳብ ብዙሕ ብድሆታት ንዘለዎም ስድራቤታት ከደልድል ይደሊ፣ ሰራሕተኛታት ድማ ንምሕጋዞም ብሓባር ይሰርሑ። ኣብ 2018፣ Familiehuset ሓደ ካብቶም ጻዕርታት ነይሩ፤ እቲ ፖሊሲ እንታይ ከም ዘቕርብ ኣይገልጽን።
skanderborg-familiehuset-ask = Familiehuset ሎሚ እንታይ ከም ዘቕርብን ብኸመይ ክትራኸብዎ ከም እትኽእሉን ንኮሙን ሕተቱ።
