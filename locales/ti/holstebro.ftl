holstebro-name = Holstebro Kommune
holstebro-policy-title = Holstebro Kommunes Integrationspolitik
holstebro-place-frivilligcenter = Frivilligcenter Holstebro (ማእከል ወለንተኛታት)

holstebro-tvaergaaende = ኣብ ኩሉ ስራሕ ውህደት ዘለዉ ብድሆታት

holstebro-information-title = ክትርድእዎ እትኽእሉ ሓበሬታ
holstebro-information-summary = ብመሰረት እቲ ፖሊሲ፣ ኮሙን ብዝሰማማዓኩም መንገዲ ክዛረብን ክጽሕፍን ኣለዎ።
holstebro-information-body = ብመሰረት ፖሊሲ ውህደት፣ ኮሙን ሓበሬታ ክህብ ከሎ ነቲ ተቐባሊ ብዝሰማማዕ መንገዲ ክገብሮ ኣለዎ። ኮሙን ከኣ፣ ኣብ ዘድልየኩም ግዜ ባዕልኹም ቅኑዕ ሓበሬታ ክትረኽቡ ክትክእሉ ይሰርሕ።
holstebro-information-ask = ደብዳቤ ወይ መልእኽቲ እንተዘይተረዲኡኩም ንኮሙን ንገሩ፣ ክገልጹልኩም ድማ ሕተቱ።

holstebro-hjemmeside-title = ኮሙን ብዛዕባ ንጥፈታት ሓፈሻዊ ስእሊ ክህብ ይደሊ
holstebro-hjemmeside-summary = ኮሙን እንታይ፣ ኣበይን መዓስን ከም ዝካየድ ሓፈሻዊ ስእሊ ክህብ ይደሊ።
holstebro-hjemmeside-body = ኣብ ኮሙን ብዙሕ ንጥፈታት ይካየድ። ኮሙን እንታይ፣ ኣበይን መዓስን ከም ዝካየድ ሓፈሻዊ ስእሊ ክህብ ይደሊ፣ ወብሳይት ኮሙን ድማ ሓደ ካብቶም ምንጭታት እዩ።
holstebro-hjemmeside-ask = ሕጂ ኣየኖት ንጥፈታት ከም ዘለዉ ንኮሙን ሕተቱ። ወብሳይት ኮሙን፣ holstebro.dk፣ ሓደ ካብቶም ምንጭታት እዩ።

holstebro-inddragelse-title = ውህደት ካብ ክልቲኡ ወገን እዩ
holstebro-inddragelse-summary = ኮሙን ንሓደስቲ ተቐማጦን ንዴንማርካውያንን ኣብ ስራሕ ውህደት ከሳትፍ ይደሊ።
holstebro-inddragelse-body = ኮሙን ንሓደስቲ ተቐማጦን ንዴንማርካውያንን ከሳትፍ ይደሊ፣ ምኽንያቱ ውህደት ሰባት ክራኸቡ ከለዉ እዩ ዝፍጠር።
holstebro-inddragelse-ask = ኣብ ስራሕ ውህደት ክትሳተፉ እንተደሊኹም፣ ብኸመይ ክትሳተፉ ከም እትኽእሉ ንኮሙን ሕተቱ።

holstebro-frivillige-title = ወለንተኛታት ክሕግዙ ይኽእሉ
holstebro-frivillige-summary = ኮሙን ንወለንተኛታት ኣብ ጎኒ ናቱ ኣገልግሎታት ከም ኣገዳሲ ሓገዝ ይርእዮም።
holstebro-frivillige-body = ኮሙን ንወለንተኛታት ከም ኣገዳሲ መመላእታ ናይ ናቱ ኣገልግሎታት ይርእዮም፣ ሓሳቡ ድማ ሰባት ንርእሶም ክሕግዙ ምሕጋዝ እዩ። ወለንተኛታት ጽቡቓት ኣርኣያ ክኾኑ እውን ይኽእሉ።
holstebro-frivillige-ask = ኣብ Kultur & Frivillighuset ንዘሎ Frivilligcenter Holstebro (ማእከል ወለንተኛታት)፣ ኣየኖት ወለንተኛ ኣገልግሎታት ከም ዘለዉ ሕተቱ።

holstebro-uddannelse = ትምህርቲ (ቤት ትምህርቲ) ከምኡውን ስራሕ

holstebro-sprog-smaaboern-title = ቋንቋ ዴንማርክ ንንኣሽቱ ቆልዑ
holstebro-sprog-smaaboern-summary = ዕላማኡ፣ ኩሎም ቆልዑ ቤት ትምህርቲ ክጅምሩ ከለዉ ማዕረ ክእለት ቋንቋ ክህልዎም እዩ።
holstebro-sprog-smaaboern-body = ኮሙን፣ ኩሎም ቆልዑ ቤት ትምህርቲ ክጅምሩ ከለዉ ማዕረ ክእለት ቋንቋ ክህልዎም ይሰርሕ። እዚ ንቆልዑ ኣብ ገዛ ካልእ ቋንቋ ዝዛረቡ እውን ይምልከት።
holstebro-sprog-smaaboern-ask = ቋንቋ ዴንማርክ ውላድኩም ብኸመይ ክድገፍ ከም ዝኽእል፣ ንክንክን ህጻናት (dagtilbud) ውላድኩም ሕተቱ፣ ወይ ውላድኩም ኣብ ክንክን ህጻናት እንተዘይኮይኑ ንኮሙን ሕተቱ።

holstebro-sprog-skoleboern-title = ቋንቋ ዴንማርክ ኣብ ቤት ትምህርቲ
holstebro-sprog-skoleboern-summary = ዕላማኡ፣ ኩሎም ተማሃሮ ካልኣይ ደረጃ ትምህርቲ ወይ ሞያዊ ትምህርቲ (ungdomsuddannelse) ንምውሳድ ማዕረ ዕድል ክህልዎም እዩ።
holstebro-sprog-skoleboern-body = ኮሙን፣ ኩሎም ተማሃሮ ካብ ቤት ትምህርቲ (folkeskole) ክወጹ ከለዉ፣ ካልኣይ ደረጃ ትምህርቲ ወይ ሞያዊ ትምህርቲ (ungdomsuddannelse) ንምውሳድ ማዕረ ዕድል ክህልዎም ይሰርሕ። ስለዚ ኣብ ቋንቋ ዴንማርክ ናይ ተማሃሮ ኣቓልቦ ይወሃብ።
holstebro-sprog-skoleboern-ask = ሎሚ ንቋንቋ ዴንማርክ እንታይ ሓገዝ ከም ዘሎ፣ ንቤት ትምህርቲ ውላድኩም ሕተቱ።

holstebro-sprog-voksne-title = ቋንቋ ዴንማርክ ንዓበይቲ
holstebro-sprog-voksne-summary = ኮሙን ኣብ ቋንቋ ዴንማርክ ኣቓልቦ ክህብ ይደሊ፣ ምኽንያቱ ንትምህርትን ንስራሕን ኣገዳሲ እዩ።
holstebro-sprog-voksne-body = ኮሙን ኣብ ቋንቋ ዴንማርክ ናይ ዓበይቲ ኣቓልቦ ምሃብ ክቕጽል ይደሊ፣ ምኽንያቱ ቋንቋ ትምህርቲ ንምውሳድን ኣብ ዴንማርክ ንምስራሕን ኣገዳሲ እዩ።
holstebro-sprog-voksne-ask = ቋንቋ ዴንማርክ ኣበይን ብኸመይን ክትመሃሩ ከም እትኽእሉ ንኮሙን ሕተቱ።

holstebro-familie-indsats-title = ንስድራቤትኩም ሓደ ሓባራዊ ጻዕሪ
holstebro-familie-indsats-summary = ኮሙን ምስ ቆልዑ፣ መንእሰያትን ስድራቤቶምን ጽቡቕን ቀዋሚን ርክብ ክህልዎ ይደሊ።
holstebro-familie-indsats-body = ኮሙን፣ ስድራቤትኩም ንስድራቤት፣ ንቖልዓን ንመንእሰይን ዝኸውን ሓደ ሓባራዊ ጻዕሪ ክረኽቡ ይሰርሕ። ኮሙን ከኣ ምስ ቆልዑ፣ መንእሰያትን ስድራቤቶምን ጽቡቕን ቀዋሚን ርክብ ክፈጥር ይደሊ።
holstebro-familie-indsats-ask = ስድራቤትኩም ምስ ብዙሓት ክፍልታት ኮሙን ርክብ እንተለዋ፣ ምስ መን ክትዛረቡ ከም ዘለኩም ንክንክን ህጻናት (dagtilbud) ወይ ንቤት ትምህርቲ ውላድኩም ሕተቱ።

holstebro-ungdomsuddannelse-title = መንገዲ ናብ ካልኣይ ደረጃ ትምህርቲ (ungdomsuddannelse)
holstebro-ungdomsuddannelse-summary = ኮሙን፣ ክልተ ቋንቋ ዝዛረቡ መንእሰያት ከም ካልኦት መንእሰያት ማዕረ ዕድል ክህልዎም ይሰርሕ።
holstebro-ungdomsuddannelse-body = ኮሙን፣ ክልተ ቋንቋ ዝዛረቡ መንእሰያት ከም ካልኦት መንእሰያት ማዕረ ዕድል ክህልዎም ይሰርሕ፣ ካልኣይ ደረጃ ትምህርቲ ወይ ሞያዊ ትምህርቲ (ungdomsuddannelse) ንምጅማርን ንምውዳእን። እዚ ቋንቋ፣ ዓይነታት ትምህርትን ውልቃዊ ክእለታትን ዝሓዘ እዩ።
holstebro-ungdomsuddannelse-ask = ብዛዕባ ካልኣይ ደረጃ ትምህርቲ (ungdomsuddannelse) ምኽሪ ንቤት ትምህርቲ ውላድኩም ሕተቱ።

holstebro-fritid-unge-title = ንጥፈታት ግዜ ዕረፍትን ናይ ትርፊ ግዜ ስራሕን
holstebro-fritid-unge-summary = ኣብ ግዜ ዕረፍቲ ኣብ ሓባራዊ ንጥፈታት ምስታፍ ንቆልዑን መንእሰያትን ቋንቋን ዓይነታት ትምህርትን ክመሃሩ ይሕግዞም።
holstebro-fritid-unge-body = እቲ ፖሊሲ፣ ቆልዑን መንእሰያትን ካብ ገዛን ቤት ትምህርትን ወጻኢ ኣብ ሓባራዊ ንጥፈታት ክሳተፉ ኣገዳሲ ምዃኑ የጉልሕ፣ ንኣብነት ንጥፈታት ግዜ ዕረፍትን ናይ ትርፊ ግዜ ስራሕን። እዚ ቋንቋን ዓይነታት ትምህርትን ክመሃሩ ይሕግዞም።
holstebro-fritid-unge-ask = ብዛዕባ ኣብ ጥቓኹም ዘለዉ ንጥፈታት ግዜ ዕረፍቲ፣ ንቤት ትምህርቲ ውላድኩም ወይ ንኮሙን ሕተቱ።

holstebro-job-muligheder-title = ሓበሬታ ብዛዕባ ትምህርትን ስራሕን
holstebro-job-muligheder-summary = ኮሙን ኣየኖት ዕድላት ስራሕን ሞያዊ ምዕባለን ከም ዘለዉ ከርኢ ይደሊ።
holstebro-job-muligheder-body = ኮሙን ንተቐማጦ ብዛዕባ ዕድላት ትምህርትን ስራሕን ክሕብር፣ ዕድላት ስራሕን ሞያዊ ምዕባለን ድማ ግሉጽ ክገብር ይደሊ።
holstebro-job-muligheder-ask = ኣየኖት ዕድላት ንዓኹም ከም ዝሰማምዑ፣ ኣብ ኮሙን ንቤት ጽሕፈት ስራሕ (jobcenter) ሕተቱ።

holstebro-job-stoette-title = ስራሕ ክትደልዩ ከለኹም ደገፍን ምኽርን
holstebro-job-stoette-summary = ኮሙን ምስ ድሌታትኩምን ትጽቢታትኩምን ዝሰማማዕ ሓገዝ ክህብ ይሰርሕ።
holstebro-job-stoette-body = ኮሙን፣ ምስ ድሌታትኩምን ትጽቢታትኩምን ዝሰማማዕ ደገፍን ምኽርን ክህብ፣ ከምኡውን ኣብ መንጎ ኮሙን፣ ትካላትን ተቐማጦን ዝሓሸ ምትሕብባር ክህሉ ይሰርሕ። ዕላማኡ፣ ስራሕ ንምርካብ ዘድልዩ ክእለታት ክትረኽቡ እዩ።
holstebro-job-stoette-ask = ሎሚ እንታይ ደገፍ ከም ዘሎ፣ ኣብ ኮሙን ንቤት ጽሕፈት ስራሕ (jobcenter) ሕተቱ።

holstebro-job-fastholdelse-title = ኣብ ስራሕኩም ጽንሑ፣ ማዕበሉ
holstebro-job-fastholdelse-summary = ኮሙን፣ ክእለታትኩም ከተደልድሉን ሞያዊ ምዕባለ ክትረኽቡን ይሰርሕ።
holstebro-job-fastholdelse-body = ብመሰረት እቲ ፖሊሲ፣ ከም ካልኦት ሰባት ስራሕ ንምርካብን ንምሓዝን ማዕረ ዕድል ክህልወኩም ኣገዳሲ እዩ። ኮሙን፣ ተቐማጦ ስራሕ ንምሓዝን ሞያዊ ምዕባለ ንምርካብን ክእለታቶም ከደልድሉ ይሰርሕ።
holstebro-job-fastholdelse-ask = ስራሕኩም ንምሓዝ ምኽሪ እንተድልየኩም፣ ምስ ቦታ ስራሕኩም ተዛረቡ፣ ወይ ኣብ ኮሙን ንቤት ጽሕፈት ስራሕ (jobcenter) ሕተቱ።

holstebro-sundhed = ጥዕናን ጽቡቕ ስምዒትን

holstebro-sundhed-dialog-title = ብዛዕባ ጥዕናን ሕማምን ተዛራረቡ
holstebro-sundhed-dialog-summary = ኮሙን ባዕልኹም ንጥዕናኹም ክትከናኸኑ ዘለኩም ክእለት ከደልድል ይደሊ።
holstebro-sundhed-dialog-body = ሰባት ንጥዕናን ሕማምን ብዝተፈላለየ መንገዲ ክርድእዎ ይኽእሉ። ኮሙን ብዛዕባ እዚ ዝያዳ ዘተ ክህሉ፣ ከምኡውን ባዕልኹም ንጥዕናኹም ክትከናኸኑ ዘለኩም ክእለት ከደልድል ይደሊ።
holstebro-sundhed-dialog-ask = ብዛዕባ ጥዕናኹም ምስ ሓኪምኩም (læge) ተዛረቡ፣ ሎሚ ኣየኖት ኣገልግሎታት ጥዕና ከም ዘለዉ ድማ ንኮሙን ሕተቱ።

holstebro-motion-kost-title = ስፖርትን መግብን
holstebro-motion-kost-summary = ኮሙን ኣብዚ ፍሉይ ኣቓልቦ ክህብ ይደሊ፣ ቆልዑ ንዘለውዎም ስድራቤታት እውን።
holstebro-motion-kost-body = ኮሙን ንስፖርትን መግብን ከም ፍሉይ ቦታ ጻዕሪ ቀዳምነት ክህቦ ይደሊ፣ ቆልዑ ንዘለውዎም ስድራቤታት እውን። እቲ ጻዕሪ ካብ ናትኩም ዓቕምታት ይብገስ፣ ክሳብ ዝከኣል ባዕልኹም ክትክእሉ።
holstebro-motion-kost-ask = ሎሚ ብዛዕባ ስፖርትን ጥዑይ መግብን ኣየኖት ኣገልግሎታት ከም ዘለዉ ንኮሙን ሕተቱ።

holstebro-aktiviteter-title = ምስ ካልኦት ንጡፋት ኩኑ
holstebro-aktiviteter-summary = ኮሙን ናብ ንጥፈታት ቀሊል ተበጻሕነት ክህሉ ይሰርሕ፣ ኣብኡ መርበብ ርክብ ክትፈጥሩ ትኽእሉ።
holstebro-aktiviteter-body = ኮሙን፣ ተቐማጦ ኣብ ሕብረተሰብ ንጡፍ ተሳትፎ ክገብሩ ይጽበ፣ ናብ ኣካላውን ማሕበራውን ንጥፈታት ቀሊል ተበጻሕነት ክህሉ ድማ ይሰርሕ። እቶም ንጥፈታት ከኣ መርበብ ርክብ ክትፈጥሩ ክሕግዙኹም ኣለዎም።
holstebro-aktiviteter-ask = ኣየኖት ንጥፈታት ከም ዘለዉ ንኮሙን ሕተቱ፣ ገለ ነገር ምስታፍ ከቢድ እንተገይሩልኩም ድማ ንገሩ።

holstebro-aktiviteter-sammen-title = ምስ ኮሙን ብሓባር ንጥፈታት ኣዳልዉ
holstebro-aktiviteter-sammen-summary = ኮሙን ምስ ጉጅለታት ሓደስቲ ተቐማጦ ብምትሕብባር ንጥፈታት ከዳልው ይደሊ።
holstebro-aktiviteter-sammen-body = ኮሙን፣ ምስ ጉጅለታት ዴንማርካዊ ዘይኮነ ብሄራዊ ድሕረ-ባይታ ዘለዎም ተቐማጦ ብምትሕብባር፣ ኣካላውን ማሕበራውን ንጥፈታት ንምውዳብን ንምቕራብን ክሰርሕ ይደሊ። ስለዚ ንስኹምን ካልኦት ካብ ጉጅለኹምን ኣብ ምድላው መደብ ክትሳተፉ ትኽእሉ ኢኹም።
holstebro-aktiviteter-sammen-ask = ንስኹምን ካልኦትን ንሓደ ንጥፈት ሓሳብ እንተለኩም፣ ብሓባር ክትገብርዎ ትኽእሉ እንተኾንኩም ንኮሙን ሕተቱ።

holstebro-foreninger-title = ማሕበራትን ክለባትን
holstebro-foreninger-summary = ኮሙንን ማሕበራትን ብሓባር ንኹሉ ሰብ ናይ ምስታፍ ዕድል ክህቡ ይኽእሉ።
holstebro-foreninger-body = ብመሰረት እቲ ፖሊሲ፣ ኮሙን፣ ማሕበራት ስፖርት፣ ኣገልግሎታት ግዜ ዕረፍቲ፣ ማሕበራት ኮሚኒቲን ማሕበራት ዕርክነትን ብሓባር ንኹሉ ሰብ ኣብ ንጥፈታት ናይ ምስታፍ ዕድል ክህቡ ይኽእሉ።
holstebro-foreninger-ask = ብዛዕባ ኣብ ጥቓኹም ዘለዉ ማሕበራት፣ ንኮሙን ወይ ን Frivilligcenter Holstebro ሕተቱ።

holstebro-samfund = ካብ ክልቲኡ ወገን ምርዳእ ሕብረተሰብ

holstebro-hverdagsliv-title = መዓልታዊ ናብራ ኣብ ዴንማርክ ከምዚ እዩ ዝሰርሕ
holstebro-hverdagsliv-summary = ኮሙን ብዛዕባ መዋእለ ህጻናት (børnehave)፣ ኣተዓባብያ ቆልዑ፣ ጓሓፍን ኣብ ኣፓርታማ ምንባርን ክሕብር ይደሊ።
holstebro-hverdagsliv-body = ኮሙን ብዛዕባ መዓልታዊ ናብራ ኣብ ዴንማርክ ዘሎ ፍልጠት ክውስኽ ይደሊ፣ ካብ መዋእለ ህጻናት (børnehave)ን ኣተዓባብያ ቆልዑን ክሳብ ጓሓፍን ኣብ ኣፓርታማ ምስ ምንባር ዝመጹ ግዴታታትን። ኮሙን ከኣ ሰበ-ስልጣን ክትርድእዎ እትኽእሉ ንጹር ሓበሬታ ክህቡ ይሰርሕ።
holstebro-hverdagsliv-ask = ብዛዕባ ሓደ ነገር ኣብ መዓልታዊ ናብራ ርግጸኛ እንተዘይኮንኩም ንኮሙን ሕተቱ፤ ብዛዕባ ጓሓፍን ስርዓት ገዛን ንዋና ገዛኹም እውን ክትሓቱ ትኽእሉ ኢኹም።

holstebro-foraeldre-title = ኣብ ዴንማርክ ወላዲ ምዃን
holstebro-foraeldre-summary = ኮሙን ከም ወላዲ ከሳትፈኩምን ንጹር ሓበሬታ ክህበኩምን ይሰርሕ።
holstebro-foraeldre-body = ብመሰረት እቲ ፖሊሲ፣ ቆልዑ ኣብ መዋእለ ህጻናት (børnehave) ምህላውን ኣብ ዴንማርክ ቆልዑ ምዕባይን ብኸመይ ከም ዝሰርሕ ፍልጠት ክትረኽቡ ኣገዳሲ እዩ። ኮሙን ንወለዲ ከሳትፍን ንጹር ሓበሬታ ክህብን ይሰርሕ።
holstebro-foraeldre-ask = ነገራት ብኸመይ ከም ዝግበሩ ርግጸኛ እንተዘይኮንኩም፣ ንሰራሕተኛታት ክንክን ህጻናት (dagtilbud) ወይ ቤት ትምህርቲ ውላድኩም ሕተቱ።

holstebro-rollemodeller-title = ካብቶም ዝሓለፍዎ ካልኦት ተማሃሩ
holstebro-rollemodeller-summary = ኮሙን ብዛዕባ ናብራ ኣብ ዴንማርክ ክነግሩ ዝኽእሉ ኣርኣያ ዝኾኑ ሰባት ክጥቀም ይደሊ።
holstebro-rollemodeller-body = ኮሙን ኣርኣያ ዝኾኑ ሰባት ብንጥፈት ክጥቀም ይደሊ፣ ዴንማርካውያንን ካልእ ብሄራዊ ድሕረ-ባይታ ዘለዎምን፣ ከምኡውን ወለንተኛታት ኣብ ስራሕ ውህደት ከሳትፍ። ንሳቶም ኣብ ዴንማርክ ናብራ ብኸመይ ከም ዝንበር ክነግሩኹም ይኽእሉ።
holstebro-rollemodeller-ask = ክትራኸብዎም እትኽእሉ ወለንተኛታት ወይ ኣርኣያ ዝኾኑ ሰባት እንተለዉ፣ ን Frivilligcenter Holstebro ሕተቱ።

holstebro-naboskab-title = ንጎረባብትኹም ፍለጥዎም
holstebro-naboskab-summary = ብመሰረት እቲ ፖሊሲ፣ ጽቡቕ ጉርብትና ጎረባብቲ ንሓድሕዶም ክፋለጡ ከለዉ እዩ ዝፍጠር።
holstebro-naboskab-body = ኣብቲ ፖሊሲ ከምዚ ዝብል ተጻሒፉ ኣሎ፦ ምፍላጥ ዕርክነት ይፈጥር። ጽቡቕ ጉርብትና ሰባት ንሓድሕዶም ክፋለጡ ከለዉ እዩ ዝፍጠር፣ ኮሙን ድማ ንጡፍን ንካልኦት ዝሓስብን ጉርብትና ዘለዎ ዋጋ ክርደእ ይደሊ።
holstebro-naboskab-ask = ኣብ ከባቢኹም ምስ ካልኦት ክትራኸቡ እትኽእሉሉ ንጥፈታት ንኮሙን ሕተቱ።

holstebro-isolation-title = በይንኹም ከም ዘለኹም እንተተሰሚዑኩም
holstebro-isolation-summary = ወለንተኛ ኣገልግሎታት ምስ ካልኦት ንምርኻብ ሓደ መንገዲ ክኾኑ ይኽእሉ።
holstebro-isolation-body = ኮሙን፣ ዴንማርካዊ ዘይኮነ ብሄራዊ ድሕረ-ባይታ ዘለዎም ተቐማጦ ከይነጸሉ ይሰርሕ። ወለንተኛ ኣገልግሎታት ምስ ካልኦት ንምርኻብ ሓደ መንገዲ ክኾኑ ይኽእሉ።
holstebro-isolation-ask = ምስ ካልኦት ሰባት ኣበይ ክትራኸቡ ከም እትኽእሉ፣ ን Frivilligcenter Holstebro ወይ ንኮሙን ሕተቱ።
