jammerbugt-name = Jammerbugt Kommune
jammerbugt-policy-title = Integrationspolitik – Indsatsområder og målsætninger

jammerbugt-modtagelse = ኣቀባብላ
jammerbugt-modtagelse-start-title = ኣብ ኮሙን ውሑስ ጅማሮ
jammerbugt-modtagelse-start-summary = ኮሙን፣ ጽቡቕ ሓበሬታ ክትረኽቡን ንኩነታትኩም ግምት ክወሃቦን ይሰርሕ።
jammerbugt-modtagelse-start-body = ኮሙን፣ ናብዚ ምስ መጻእኩም ብውሕስነት፣ ብእምነትን ብጽቡቕ ሓበሬታን ክትቕበሉ ይሰርሕ። ዕላማ ኮሙን፣ ንናትኩም ፍሉይ ኩነታት ግምት ክወሃቦ እውን እዩ።
jammerbugt-modtagelse-start-ask = ኣብቲ ቀዳማይ ግዜ ምስ መን ክትዛረቡ ከም ዘለኩም ንኮሙን ሕተቱ።
jammerbugt-modtagelse-sprog-title = ቋንቋ ዴንማርክ ተማሃሩ
jammerbugt-modtagelse-sprog-summary = ዕላማ ኮሙን፣ ቋንቋ ዴንማርክ ንምምሃር ዕድል ክትረኽቡ እዩ።
jammerbugt-modtagelse-sprog-body = ዕላማ ኮሙን፣ ቋንቋ ዴንማርክ ንምምሃር ዕድል ክትረኽቡ እዩ።
jammerbugt-modtagelse-sprog-ask = ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse) ብኸመይ ከም እትጅምሩ ንኮሙን ሕተቱ።
jammerbugt-modtagelse-samfund-title = ብዛዕባ ናብራ ኣብ ዴንማርክ ፍልጠት
jammerbugt-modtagelse-samfund-summary = ዕላማ ኮሙን፣ ብዛዕባ ልምድታትን ባህልን ዴንማርክ ንምምሃር ዕድል ክትረኽቡ እዩ።
jammerbugt-modtagelse-samfund-body = ዕላማ ኮሙን፣ ብዛዕባ ልምድታትን ባህልን ዴንማርክ ንምምሃር ዕድል ክትረኽቡ እዩ።
jammerbugt-modtagelse-samfund-ask = ብዛዕባ ናብራ ኣብ ዴንማርክ ኣበይ ዝያዳ ክትመሃሩ ከም እትኽእሉ ንኮሙን ሕተቱ።

jammerbugt-boern-familie = ቆልዑን ስድራቤትን
jammerbugt-dagpleje-title = ውላድኩም ኣብ ክንክን ህጻናት ኣብ ገዛ (dagpleje)
jammerbugt-dagpleje-summary = ኮሙን፣ ውላድኩም ብኽብሪ ክቕበልን ኣዕሩኽ ክረክብን ይሰርሕ።
jammerbugt-dagpleje-body = ኮሙን፣ ውላድኩም ኣብ ክንክን ህጻናት ኣብ ገዛ (dagpleje) ብኽብሪ ክቕበል፣ ኣዕሩኽ ክረክብን ኣካል ናይቲ ጉጅለ ክኸውንን ይሰርሕ። እቲ ምትሕብባር ኣብ መንጎኹምን ኣብ መንጎ ክንክን ህጻናትን ብማዕርነትን ብኽብርን ክምርኮስ ኣለዎ፣ ካብ ክልቲኡ ወገን ጠለባትን ትጽቢታትን ኣለዉ።
jammerbugt-dagpleje-ask = ንውላድኩም ኣብ ክንክን ህጻናት ኣብ ገዛ (dagpleje) ቦታ ንምርካብ ንኮሙን ሕተቱ።
jammerbugt-skole-title = ውላድኩም ኣብ ቤት ትምህርቲ
jammerbugt-skole-summary = ኮሙን፣ ውላድኩም ምስ ካልኦት ቆልዑ ክመሃር ይሰርሕ።
jammerbugt-skole-body = ኮሙን፣ ውላድኩም ኣብ ቤት ትምህርቲ ብኣፍልጦ ክቕበልን ምስ ካልኦት ቆልዑ ክመሃርን ይሰርሕ። ዕላማ ኮሙን፣ ንስኹም ከም ወለዲ ምስ ቤት ትምህርቲ ክትተሓባበሩ እውን እዩ፣ ውላድኩም ከም ዝኽበር ክስምዖ።
jammerbugt-skole-ask = ጽቡቕ ጅማሮ ንምግባር እንታይ ክትገብሩ ከም እትኽእሉ፣ ንቤት ትምህርቲ ውላድኩም ወይ ንኮሙን ሕተቱ።
jammerbugt-traumer-title = ከቢድ ተመክሮታት ምምሃር ከቢድ ክገብሮ ከሎ
jammerbugt-traumer-summary = ውላድኩም ብከቢድ ተመክሮ እንተሓሊፉ፣ ንቤት ትምህርቲ ክትነግሩ ትኽእሉ ኢኹም።
jammerbugt-traumer-body = ዕላማ ኮሙን፣ ቤት ትምህርቲ ነቲ ንቖልዓ ምምሃር ከቢድ ክገብሮ ዝኽእል ትራውማ ኣቓልቦ ክህቦ እዩ። ውላድኩም ብከቢድ ተመክሮታት እንተሓሊፉ፣ ንቤት ትምህርቲ ክትነግሩ ትኽእሉ ኢኹም።
jammerbugt-traumer-ask = ቤት ትምህርቲ ሎሚ እንታይ ክገብር ከም ዝኽእል፣ ምስ ቤት ትምህርቲ ውላድኩም ተዛረቡ።

jammerbugt-laering-title = ምስ ካልኦት ብሓባር ተማሃሩ – ዓቢ ሰብ ኮይንኩም እውን
jammerbugt-laering-summary = ዕላማ ኮሙን፣ ንቆልዑን ንዓበይትን ኣብ ምምሃር ምድጋፍ እዩ።
jammerbugt-laering-body = ዕላማ ኮሙን፣ ስደተኛታት፣ ካብ ወጻኢ ሃገር ዝመጹ ካልኦት ሰባትን ብምጥርናፍ ስድራቤት ዝመጹ ሰባትን፣ ምስ ካልኦት ቆልዑን ዓበይትን ብሓባር ንምምሃርን ንምምዕባልን ደገፍ ክረኽቡ እዩ፣ ኣብ ሓባራዊ ጉጅለታትን ኣብ ምዕባለ ሕብረተሰብን ክሳተፉ ምእንቲ።
jammerbugt-laering-ask = ሎሚ ንዓኹም ንምምሃር ኣየኖት ዕድላት ከም ዘለዉ ንኮሙን ሕተቱ።
jammerbugt-sundhedsfremme-title = ንቆልዑ መከላኸልን ቀልጢፉ ሓገዝን
jammerbugt-sundhedsfremme-summary = ዕላማ ኮሙን፣ ፍሉይ ድሌታት ንዘለዎም ቆልዑን መንእሰያትን ምድጋፍ እዩ።
jammerbugt-sundhedsfremme-body = ዕላማ ኮሙን፣ ንቆልዑን ንስድራቤታትን ሓፈሻዊ ናይ መከላኸሊ ጻዕሪን ቀልጢፉ ዝወሃብ ሓገዝን ምሃብ፣ ከምኡውን ፍሉይ ድሌታት ንዘለዎም ቆልዑን መንእሰያትን ምድጋፍ እዩ።
jammerbugt-sundhedsfremme-ask = ብዛዕባ ውላድኩም እንተተሻቒልኩም፣ ሎሚ እንታይ ሓገዝ ከም ዘሎ ንኮሙን ሕተቱ።
jammerbugt-familieafdeling-title = ንስድራቤትኩም ምኽርን መምርሕን
jammerbugt-familieafdeling-summary = ክፍሊ ስድራቤት ናይ ኮሙን (familieafdeling) ምኽሪ ይህብ፣ ዕላማኡ ድማ ምሉእ ኩነታት ስድራቤትኩም ክርአ እዩ።
jammerbugt-familieafdeling-body = ክፍሊ ስድራቤት ናይ ኮሙን (familieafdeling) ንስድራቤታት ምኽርን መምርሕን ይህብ። ኮሙን፣ ምሉእ ኩነታት ስድራቤትኩም ክርአ፣ ንስኹም ባዕልኹም ድማ ኣብ ጥቓ እትነብሩሉ ቦታ ጽቡቕ መፍትሒ ኣብ ምርካብ ክትሳተፉ ይሰርሕ።
jammerbugt-familieafdeling-ask = ንኮሙን ተወከሱ፣ ምስ ክፍሊ ስድራቤት (familieafdeling) ክትዛረቡ ሕተቱ።

jammerbugt-socialomraadet = ማሕበራዊ ጉዳያት
jammerbugt-social-indgang-title = ሓደ መእተዊ ናብ ሓገዝ ኮሙን
jammerbugt-social-indgang-summary = ኮሙን፣ ጽቡቕ ምኽሪ ክትረኽቡን ኩነታትኩም ቀልጢፉ ክነጽርን ይሰርሕ።
jammerbugt-social-indgang-body = ኮሙን፣ ናብ ኣገልግሎታት ኮሙን ሓደ መእተዊ ክህሉ፣ ብዛዕባ ድሌታትኩም ድማ ጽቡቕ ምኽሪ ክትረኽቡ ይሰርሕ። ዕላማኡ፣ ኩነታትኩም ቀልጢፉ ክነጽር፣ እቲ መሰል ዘለኩም ሓገዛት ድማ ኣብ ግዚኡ ክትረኽቡ እዩ።
jammerbugt-social-indgang-ask = ንኮሙን ተወከሱ፣ እንታይ ሓገዝ ከም ዘድልየኩም ንገሩ።

jammerbugt-frivillige = ወለንተኛታት
jammerbugt-frivillighuset-title = ገዛ ወለንተኛታት (Frivillighuset)
jammerbugt-frivillighuset-summary = ዕላማ ኮሙን፣ ገዛ ወለንተኛታት (Frivillighuset) ናብ ወለንተኛታት መእተዊኹም ክኸውን እዩ።
jammerbugt-frivillighuset-body = ወለንተኛ ማሕበራት፣ ጉጅለታትን ውልቀ ሰባትን መዓልታዊ ናብራኹም ከቃልሉ ይኽእሉ። ዕላማ ኮሙን፣ ገዛ ወለንተኛታት (Frivillighuset) ናብቲ ኣብ ኮሙን ዘሎ ወለንተኛ ማሕበራዊ ስራሕ መእተዊኹም ክኸውን እዩ።
jammerbugt-frivillighuset-ask = ምስ ገዛ ወለንተኛታት (Frivillighuset) ብኸመይ ክትራኸቡ ከም እትኽእሉ ንኮሙን ሕተቱ።

jammerbugt-sundhed = ጥዕና
jammerbugt-sundhed-tilbud-title = ኣገልግሎታት ጥዕና
jammerbugt-sundhed-tilbud-summary = ዕላማ ኮሙን፣ ፍሉይ ድሌታት ንዘለዎም ሰባት ኣገልግሎታት ምሃብ እዩ።
jammerbugt-sundhed-tilbud-body = ኮሙን ኣብ ጥዕና ዘሎ ዘይማዕርነት ንምንካይ ይሰርሕ፣ ዕላማኡ ድማ ፍሉይ ድሌታት ንዘለዎም ሰባት ኣገልግሎታት ጥዕና ምሃብ እዩ። ጥዕናኹም ናይ ሓባር ሓላፍነት ናትኩም፣ ናይ ስድራቤትኩምን ናይ ኮሙንን እዩ።
jammerbugt-sundhed-tilbud-ask = ሎሚ ኣየኖት ኣገልግሎታት ጥዕና ከም ዘለዉ ንኮሙን ሕተቱ።

jammerbugt-beskaeftigelse = ስራሕ
jammerbugt-job-title = መንገዲ ናብ ስራሕ
jammerbugt-job-summary = ዕላማ ኮሙን፣ ቀልጢፍኩም ክትጅምሩን ንርእስኹም ክትናበዩን እዩ።
jammerbugt-job-body = ኮሙን፣ ንርእስኹም ክትናበዩን ኣብ ሕብረተሰብ ንጡፋት ክትኮኑን፣ ቀልጢፍኩም ክትጅምሩ ይሰርሕ። ኩነታትኩም ግምት ክወሃቦ ኣለዎ። ዕላማኡ ከኣ፣ ንስኹም ንማሕበረሰብ ከባቢ ከም ጸጋ ክትርኣዩ እዩ።
jammerbugt-job-ask = ብእንታይ ክትጅምሩ ከም እትኽእሉ፣ ንቤት ጽሕፈት ስራሕ (jobcenter) ናይ ኮሙን ሕተቱ።

jammerbugt-kultur-fritid = ባህልን ግዜ ዕረፍትን
jammerbugt-foreningsliv-title = ማሕበራትን ግዜ ዕረፍትን
jammerbugt-foreningsliv-summary = ኮሙን ኣብ መንጎኹምን ኣብ ከባቢኹም ዝነብሩ ካልኦት ሰባትን ርክብ ክፈጥር ይደሊ።
jammerbugt-foreningsliv-body = ኮሙን ኣብ መንጎኹምን ኣብ ከባቢኹም ዝነብሩ ካልኦት ሰባትን ርክብ ክፈጥር ይደሊ፣ ንኣብነት ብመንገዲ ማሕበራት። ኮሙን ከኣ ኣብ ኩሉ ክፋላት ኮሙን ባህላዊ ንጥፈታት ክህልዉ ይሰርሕ።
jammerbugt-foreningsliv-ask = ኣብ እትነብሩሉ ቦታ ኣየኖት ማሕበራትን ንጥፈታትን ከም ዘለዉ ንኮሙን ሕተቱ።
jammerbugt-demokrati-title = ኣብ ዲሞክራሲ ተሳተፉ
jammerbugt-demokrati-summary = ኮሙን፣ ንምሉእ ህይወትኩም ንምምሃር ዕድላት ክትርእዩ ይደሊ።
jammerbugt-demokrati-body = ኮሙን፣ ንምሉእ ህይወትኩም ንምምሃርን ኣብ ዲሞክራሲ ንምስታፍን ዕድላት ክትርእዩ ይደሊ።
jammerbugt-demokrati-ask = ኣብ ዲሞክራሲ ከባቢ ብኸመይ ክትሳተፉ ከም እትኽእሉ ንኮሙን ሕተቱ።

jammerbugt-natur = ተፈጥሮ
jammerbugt-natur-friluftsliv-title = ተፈጥሮ ኣብ Jammerbugt
jammerbugt-natur-friluftsliv-summary = ኮሙን፣ ንተፈጥሮ ንስፖርትን ንናብራ ኣብ ደገን ክትጥቀምሉ ክትክእሉ ይደሊ።
jammerbugt-natur-friluftsliv-body = ኮሙን፣ ንተፈጥሮ ንስፖርትን ንናብራ ኣብ ደገን ክትጥቀምሉ ክትክእሉ ይደሊ። ኮሙን ከኣ ተፈጥሮ ኣብ ምሕላው ክትሳተፉ ተስፋ ይገብር።
jammerbugt-natur-friluftsliv-ask = ናብ ተፈጥሮ ኣበይ ክትወጹ ከም እትኽእሉን፣ ንምሕላዋ ብኸመይ ክትሕግዙ ከም እትኽእሉን ንኮሙን ሕተቱ።

jammerbugt-arbejdsplads = ኮሙን ከም ቦታ ስራሕ
jammerbugt-kommunen-job-title = ኣብ ኮሙን ምስራሕ
jammerbugt-kommunen-job-summary = ኮሙን፣ ዴንማርካዊ ዘይኮነ ድሕረ-ባይታ ዘለዎም ሰራሕተኛታት እውን ይደሊ።
jammerbugt-kommunen-job-body = Jammerbugt Kommune፣ ሰራሕተኛታቱ ንህዝቢ ከንጸባርቑ ይደሊ፣ ዴንማርካዊ ዘይኮነ ድሕረ-ባይታ ዘለዎም ሰባት እውን። ስለዚ ኮሙን ንዓኹም እውን ክኸውን ዝኽእል ቦታ ስራሕ እዩ።
jammerbugt-kommunen-job-ask = ኣብ ኮሙን ንስራሕ ብኸመይ ከም እተመልክቱ ንኮሙን ሕተቱ።

jammerbugt-borgerservice = ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice)
jammerbugt-borgerservice-indgang-title = ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ናብ ኮሙን ማዕጾኹም እዩ
jammerbugt-borgerservice-indgang-summary = ዕላማ ኮሙን፣ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ናብ ካልኦት ክፍልታት ኮሙን ክሕግዘኩምን ክሰደኩምን ክኽእል እዩ።
jammerbugt-borgerservice-indgang-body = ኮሙን፣ መንግስታዊ ኣገልግሎት ምስ ዘድልየኩም፣ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ብንቡር እትኸድዎ ቦታ ክኸውን ይደሊ። ዕላማኡ፣ Borgerservice ናብ ካልኦት ክፍልታት ኮሙን ክሕግዘኩምን ክሰደኩምን ክኽእል እዩ።
jammerbugt-borgerservice-indgang-ask = ናብ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ኪዱ ወይ ናብ ኮሙን ደውሉ።
jammerbugt-selvbetjening-title = ንዲጂታል ኣገልግሎታት ባዕልኹም ንምጥቃም ሓገዝ
jammerbugt-selvbetjening-summary = ዕላማ ኮሙን፣ ነዚ ሓገዝ ኣብ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ክትረኽቡ እዩ።
jammerbugt-selvbetjening-body = ዕላማ ኮሙን፣ ኣብ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ነቲ ዲጂታል ናይ ባዕልኹም ኣገልግሎት (selvbetjening) ንምጥቃም ሓገዝ ክትረኽቡ እዩ፣ ንኣብነት ኣብ ኢንተርነት ገለ ነገር ከተመልክቱ ከለኹም።
jammerbugt-selvbetjening-ask = ብዲጂታል ናይ ባዕልኹም ኣገልግሎት ክሕግዙኹም ይኽእሉ እንተኾይኖም፣ ኣብ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ሕተቱ።
