national-name = መላእ ዴንማርክ

national-danish = ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse)

national-danish-5-years-title = ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse) ክሳብ 5 ዓመት
national-danish-5-years-summary = ስደተኛ ወይ ብምጥርናፍ ስድራቤት ዝመጻኹም እንተኾንኩም፣ 18 ዓመት ወይ ልዕሊኡ እንተኾንኩም፣ መሰልኩም እዩ።
national-danish-5-years-body = ስደተኛ ወይ ብምጥርናፍ ስድራቤት ዝመጻኹም እንተኾንኩም፣ 18 ዓመት ወይ ልዕሊኡ እንተኾንኩም፣ ፍቓድ መንበሪ (opholdstilladelse) እንተለኩም ከምኡውን ኣብ ሓደ ኮሙን እንተነበርኩም፣ ክሳብ 5 ዓመት ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse) ክትረኽቡ መሰል ኣለኩም። እቲ ትምህርቲ ብናጻ እዩ። ሰለስተ ዓይነት ትምህርቲ ኣሎ፦ DU1፣ ፊደላት ላቲን ከተንብቡን ክትጽሕፉን እንተዘይክኢልኩም፤ DU2፣ ንሓጺር ግዜ ጥራይ ቤት ትምህርቲ እንተኸይድኩም፤ DU3፣ ማእከላይ ወይ ነዊሕ ትምህርቲ እንተለኩም።
national-danish-5-years-ask = ንኮሙን ሕተቱ። ኮሙን ናብ ማእከል ቋንቋ (sprogcenter) ይሰደኩም።

national-danish-3-5-years-title = ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse) ን3½ ዓመት
national-danish-3-5-years-summary = ንኣብነት ንስራሕ ወይ ንትምህርቲ ኣብዚ እንተሎኹም፣ ወይ ዜጋ EU እንተኾንኩም፣ ክትረኽብዎ ትኽእሉ ኢኹም።
national-danish-3-5-years-body = ንስራሕ ወይ ንትምህርቲ ኣብዚ እንተሎኹም፣ ወይ ምስ በዓል ቤትኩም ተሰንኹም እንተመጺእኩም፣ au pair ወይ ዜጋ EU እንተኾንኩም፣ ኣብ ውሽጢ 5 ዓመት ን3½ ዓመት ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse) ክትረኽቡ ትኽእሉ ኢኹም። 18 ዓመት ወይ ልዕሊኡ ክትኮኑ፣ ፍቓድ መንበሪ (opholdstilladelse) ክህልወኩም ከምኡውን ኣብ ሓደ ኮሙን ክትነብሩ ኣለኩም (ወይ ብሕጊ EU ኣብዚ ክትነብሩ)። ሰለስተ ዓይነት ትምህርቲ ኣሎ፦ DU1፣ ፊደላት ላቲን ከተንብቡን ክትጽሕፉን እንተዘይክኢልኩም፤ DU2፣ ንሓጺር ግዜ ጥራይ ቤት ትምህርቲ እንተኸይድኩም፤ DU3፣ ማእከላይ ወይ ነዊሕ ትምህርቲ እንተለኩም።
national-danish-3-5-years-ask = ንኮሙን ሕተቱ። ኮሙን ናብ ማእከል ቋንቋ (sprogcenter) ይሰደኩም።

national-danish-deposit-title = ትምህርቲ ብናጻ – ግን ዋሕስ ገንዘብ (depositum)
national-danish-deposit-summary = ብናይ ገዛእ ርእስኹም እቶት እንተትነብሩ፣ ንነፍሲ ወከፍ ሞጁል (modul) 2.000 kr. ትኸፍሉ።
national-danish-deposit-body = እቲ ትምህርቲ ብናጻ እዩ። ካብ 1 ሓምለ 2020 ጀሚሩ፣ ብናይ ገዛእ ርእሶም እቶት ዝነብሩ ተማሃሮ ንነፍሲ ወከፍ ሞጁል (modul) 2.000 kr. ዋሕስ ገንዘብ ይኸፍሉ። ነቲ ሞጁል ኣብ ግዚኡ ምስ ወዳእኩምዎ፣ እቲ ገንዘብ ይምለሰልኩም።
national-danish-deposit-ask = ዋሕስ ገንዘብ ክትከፍሉ ዘለኩም እንተኾይኑ፣ ከምኡውን ነቲ ሞጁል ክንደይ ግዜ ከም ዘለኩም፣ ንማእከል ቋንቋ (sprogcenter) ሕተቱ።

national-danish-referral-title = ኮሙን ናብ ትምህርቲ ቋንቋ ዴንማርክ ይሰደኩም
national-danish-referral-summary = ብልሙድ ኣብ ውሽጢ ሓደ ወርሒ፤ ዋላ ሓንቲ እንተዘይሰሚዕኩም፣ ንኮሙን ተወከሱ።
national-danish-referral-body = ኮሙን ናብ ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse) ይሰደኩም፣ ብልሙድ ኣብ ውሽጢ ሓደ ወርሒ። ዋላ ሓንቲ እንተዘይሰሚዕኩም፣ ንኮሙን ተወከሱ።
national-danish-referral-ask = ንኮሙን ወይ ንቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ሕተቱ።
national-danish-referral-step = ኣብ ውሽጢ ሓደ ወርሒ ዋላ ሓንቲ እንተዘይሰሚዕኩም፣ ናብ ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse) ክሰደኩም ንኮሙን ሕተቱ።

national-fvu-title = ትምህርቲ ንዓበይቲ (FVU)፦ ንባብ፣ ጽሕፈትን ሕሳብን
national-fvu-summary = FVU ማለት forberedende voksenundervisning እዩ፦ ንዓበይቲ ብናጻ ዝወሃብ ትምህርቲ።
national-fvu-body = ቅድመ-ምድላው ትምህርቲ ንዓበይቲ (FVU፣ forberedende voksenundervisning) ንዓበይቲ ሰባት ብናጻ ዝወሃብ ትምህርቲ ንባብ፣ ጽሕፈትን ሕሳብን እዩ።
national-fvu-ask = ኣብ ug.dk ርአዩ፣ ወይ ንኮሙን ሕተቱ።

national-programme = ድሕሪ ምምጻእኩም ዘሎ መደብ

national-programme-refugee-title = መደብ ርእሰ-ምኽኣልን ምምላስ ናብ ዓድን (selvforsørgelses- og hjemrejseprogram)
national-programme-refugee-summary = ከም ስደተኛ፣ ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse) ከምኡውን ናብ ስራሕ ንምብጻሕ ዝሕግዙ ኣገልግሎታት ትረኽቡ።
national-programme-refugee-body = ከም ስደተኛ፣ መደብ ርእሰ-ምኽኣልን ምምላስ ናብ ዓድን (selvforsørgelses- og hjemrejseprogram) ትረኽቡ። እዚ መደብ ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse) ከምኡውን ናብ ስራሕ ንምብጻሕ ዝሕግዙ ኣገልግሎታት ዝሓዘ እዩ፣ ንኣብነት ምኽሪ፣ ልምምድ ስራሕ ኣብ ትካል (virksomhedspraktik) ከምኡውን ሓገዝ ደሞዝ (løntilskud)። ዕላማኡ ኣብ ውሽጢ ሓደ ዓመት ኣቢሉ ንቡር ስራሕ ምርካብ እዩ፣ እቲ መደብ ድማ ክሳብ 5 ዓመት ክጸንሕ ይኽእል።
national-programme-refugee-ask = ንኮሙን ሕተቱ፦ ቤት ጽሕፈት ስራሕ (jobcenter)።

national-programme-family-title = መደብ መእተዊ (introduktionsprogram)
national-programme-family-summary = ብምጥርናፍ ስድራቤት እንተመጺእኩም፣ ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse) ከምኡውን ናብ ስራሕ ንምብጻሕ ዝሕግዙ ኣገልግሎታት ትረኽቡ።
national-programme-family-body = ብምጥርናፍ ስድራቤት እንተመጺእኩም፣ መደብ መእተዊ (introduktionsprogram) ትረኽቡ፤ ምስ ስደተኛ ብምጥርናፍ ስድራቤት እንተመጺእኩም ግን፣ ኣብ ክንድኡ መደብ ርእሰ-ምኽኣልን ምምላስ ናብ ዓድን (selvforsørgelses- og hjemrejseprogram) ትረኽቡ። ክልቲኦም ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse) ከምኡውን ናብ ስራሕ ንምብጻሕ ዝሕግዙ ኣገልግሎታት ዝሓዙ እዮም፣ ንኣብነት ምኽሪ፣ ልምምድ ስራሕ ኣብ ትካል (virksomhedspraktik) ከምኡውን ሓገዝ ደሞዝ (løntilskud)። ዕላማኡ ኣብ ውሽጢ ሓደ ዓመት ኣቢሉ ንቡር ስራሕ ምርካብ እዩ፣ እቲ መደብ ድማ ክሳብ 5 ዓመት ክጸንሕ ይኽእል።
national-programme-family-ask = ኣየናይ መደብ ከም እትረኽቡ ንኮሙን ሕተቱ፦ ቤት ጽሕፈት ስራሕ (jobcenter)።

national-programme-ukraine-title = መንበሪ ብመሰረት ፍሉይ ሕጊ (særloven) – ዩክሬን
national-programme-ukraine-summary = ሕግታት ስደተኛታት ብልሙድ ንዓኹም እውን ይምልከቱ፣ ገለ ውሑዳት ፍሉያት ኩነታት ጥራይ ኣለዉ።
national-programme-ukraine-body = ብመሰረት እቲ ንካብ ዩክሬን ዝተመዛበሉ ሰባት ዝምልከት ፍሉይ ሕጊ (særloven) ፍቓድ መንበሪ እንተለኩም፣ ሕግታት ሕጊ ውህደት ንስደተኛታት ብልሙድ ንዓኹም እውን ይምልከቱ፣ ንኣብነት ምምዳብ መንበሪ (boligplacering)፣ ምግምጋም ጥዕና፣ ትምህርቲ ቋንቋ ዴንማርክ (danskuddannelse) ከምኡውን ኣብ ኮሙን ዝወሃብ መደብ። ገለ ውሑዳት ሕግታት ፍሉያት እዮም፦ ኮሙን ድሕሪ እቲ ውሳነ እንተደንጎየ ኣብ ውሽጢ 15 መዓልቲ ስራሕ ሓላፍነት ይወስድ፣ እቲ ካብ 1 ጥሪ 2025 ዝጀመረ ግዴታ ስራሕ (arbejdspligt) ድማ ንዓኹም ኣይምልከትን።
national-programme-ukraine-ask = ኣየናይ ሕግታትን ኣየናይ መደብን ንዓኹም ከም ዝምልከት ንኮሙን ሕተቱ፦ ቤት ጽሕፈት ስራሕ (jobcenter)።
national-programme-ukraine-step = ብመሰረት ፍሉይ ሕጊ (særloven) ኣየናይ መደብን ኣየናይ ሕግታትን ንዓኹም ከም ዝምልከት ንኮሙን ሕተቱ፦ ቤት ጽሕፈት ስራሕ (jobcenter)።

national-programme-forloeb-title = ኮርስ መእተዊ (introduktionsforløb)
national-programme-forloeb-summary = ንስራሕ ወይ ንትምህርቲ ኣብዚ እንተሎኹም፣ ወይ ዜጋ EU እንተኾንኩም፣ ኮሙን የቕርበልኩም።
national-programme-forloeb-body = ንስራሕ ወይ ንትምህርቲ ኣብዚ እንተሎኹም፣ ወይ ዜጋ EU እንተኾንኩም፣ ካብ ኮሙን ኮርስ መእተዊ (introduktionsforløb) ክትረኽቡ ትኽእሉ ኢኹም።
national-programme-forloeb-ask = እቲ ኮርስ እንታይ ከም ዝሓዘ ንኮሙን ሕተቱ፦ ቤት ጽሕፈት ስራሕ (jobcenter)።
national-programme-forloeb-step = ብዛዕባ ኮርስ መእተዊ (introduktionsforløb) ንኮሙን ሕተቱ፦ ቤት ጽሕፈት ስራሕ (jobcenter)።

national-programme-contract-title = ውዕልን መግለጺን
national-programme-contract-summary = እዚ ኣብ ውሽጢ ሓደ ወርሒ ኣቢሉ ይግበር፤ እቲ መግለጺ ቀዋሚ መንበሪ ንምርካብ ቅድመ-ኩነት እዩ።
national-programme-contract-body = ኣብ ውሽጢ ሓደ ወርሒ ኣቢሉ፣ ምስ ኮሙን ውዕል ትገብሩ። ብተመሳሳሊ ግዜ፣ ኣብ መግለጺ መንበርን ርእሰ-ምኽኣልን (opholds- og selvforsørgelseserklæring) ትፍርሙ፤ እዚ ቀዋሚ መንበሪ ንምርካብ ቅድመ-ኩነት እዩ። ተርጓሚ እንተድልየኩም፣ ትረኽቡ ኢኹም።
national-programme-contract-ask = ንኮሙን ሕተቱ፦ ቤት ጽሕፈት ስራሕ (jobcenter)።
national-programme-contract-step = ኣብ ውሽጢ ሓደ ወርሒ ኣቢሉ ምስ ኮሙን ውዕልኩም ግበሩ፦ ቤት ጽሕፈት ስራሕ (jobcenter)።

national-programme-benefits-title = ሓገዛት ገንዘብ፦ ኣብ borger.dk ርአዩ
national-programme-benefits-summary = ሕግታት ብ2025 ተቐይሮም፣ ብዙሓት ሓገዛት ድማ ሓድሽ ስም ረኺቦም።
national-programme-benefits-body = ሕግታት ሓገዛት ገንዘብ ብ2025 ብዝተገብረ ምሕዳስ (reform) ተቐይሩ፣ ብዙሓት ሓገዛት ድማ ሓድሽ ስም ረኺቦም። ሕጂ ዝሰርሑ ሕግታትን መጠን ገንዘብን ኣብ borger.dk ርአዩ።
national-programme-benefits-ask = ኣብ borger.dk ርአዩ፣ ወይ ኣብ ኮሙንኩም ንቤት ጽሕፈት ስራሕ (jobcenter) ሕተቱ።

national-igu = መሰረታዊ ትምህርቲ ውህደት (IGU፣ integrationsgrunduddannelse)

national-igu-job-title = መሰረታዊ ትምህርቲ ውህደት (IGU)፦ ስራሕን ቤት ትምህርትን ንክልተ ዓመት
national-igu-job-summary = ክትሰርሑ ከለኹም ደሞዝ፣ ኣብ ቤት ትምህርቲ ከለኹም ድማ ገንዘብ ትረኽቡ።
national-igu-job-body = መሰረታዊ ትምህርቲ ውህደት (IGU) ኣብ ሓደ ትካል ንክልተ ዓመት ዝኸውን ብደሞዝ ዝኽፈሎ ስራሕ እዩ፣ ብማእከላይ እንተወሓደ 25 ሰዓት ኣብ ሰሙን፣ ምስ 23 ሰሙን ቤት ትምህርቲ። ክትሰርሑ ከለኹም ደሞዝ ተምሃራይ (elevløn) ትረኽቡ፣ ኣብ ቤት ትምህርቲ ከለኹም ድማ ካሕሳ ትምህርቲ (uddannelsesgodtgørelse) ትረኽቡ።
national-igu-job-ask = ኣብ ኮሙንኩም ንቤት ጽሕፈት ስራሕ (jobcenter) ሕተቱ።

national-igu-who-title = መሰረታዊ ትምህርቲ ውህደት (IGU) መን ክረክቦ ይኽእል
national-igu-who-summary = ስደተኛታትን ብምጥርናፍ ስድራቤት ዝመጹ ሰባትን ካብ 18–50 ዓመት ዕድመ፣ ኣብ ዴንማርክ እንተበዝሐ 20 ዓመት ዝነበሩ።
national-igu-who-body = ብመሰረት ናይ መስከረም 2023 ስምምዕ ሰለስተ ወገናት (trepartsaftale)፣ እዚ ክሳብ 2028 ዝሰርሕ፣ ስደተኛታትን ኩሎም ብምጥርናፍ ስድራቤት ዝመጹ ሰባትን ካብ 18–50 ዓመት ዕድመ፣ ኣብ ዴንማርክ እንተበዝሐ 20 ዓመት እንተነቢሮም፣ መሰረታዊ ትምህርቲ ውህደት (IGU) ክረኽቡ ይኽእሉ። ናይ ቀደም ገጻት 18–40 ዓመት ይብሉ።
national-igu-who-ask = መሰረታዊ ትምህርቲ ውህደት (IGU) ክትረኽቡ ትኽእሉ እንተኾንኩም፣ ኣብ ኮሙንኩም ንቤት ጽሕፈት ስራሕ (jobcenter) ሕተቱ።

national-qualifications = ካብ ወጻኢ ሃገር ዝረኸብኩምዎ ትምህርትን ብቕዓትን

national-qualifications-assessment-title = ካብ ወጻኢ ሃገር ዝወሰድኩምዎ ትምህርቲ ከም ዝግምገም ግበሩ
national-qualifications-assessment-summary = ብናጻ እዩ፤ ስደተኛ እንተኾንኩም ወረቐታትኩም ድማ እንተዘይብልኩም፣ ናይ ምኽሪ ርእይቶ (vejledende udtalelse) ክትረኽቡ ትኽእሉ ኢኹም።
national-qualifications-assessment-body = Uddannelses- og Forskningsstyrelsen (ትካል መንግስቲ ንትምህርትን ምርምርን) ነቲ ካብ ወጻኢ ሃገር ዝወሰድኩምዎ ትምህርቲ ብናጻ ይግምግሞ። ስደተኛ እንተኾንኩም ወረቐታትኩም ድማ እንተዘይብልኩም፣ ናይ ምኽሪ ርእይቶ (vejledende udtalelse) ክትረኽቡ ትኽእሉ ኢኹም።
national-qualifications-assessment-ask = ኣብ ufm.dk ርአዩ፣ ወይ ንቤት ጽሕፈት ስራሕ (jobcenter) ሕተቱ።

national-qualifications-authorisation-title = ፍቓድ (autorisation) ንሕጋዊ ቁጽጽር ዘለዎም ሞያታት
national-qualifications-authorisation-summary = ንኣብነት ከም ሓኪም (læge)፣ ነርስ ወይ መምህር ክትሰርሑ እንተደሊኹም፣ ፍቓድ የድልየኩም።
national-qualifications-authorisation-body = ኣብ ሕጋዊ ቁጽጽር ዘለዎ ሞያ፣ ንኣብነት ከም ሓኪም (læge)፣ ነርስ ወይ መምህር ክትሰርሑ እንተደሊኹም፣ ፍቓድ (autorisation) ክህልወኩም ኣለዎ። ንሞያታት ጥዕና፣ ፍቓድ ካብ Styrelsen for Patientsikkerhed (ትካል ድሕንነት ሕሙማት) ትረኽቡ።
national-qualifications-authorisation-ask = ኣብ borger.dk ርአዩ።

national-health = ጥዕና

national-health-card-title = ካርድ ጥዕና (sundhedskort)
national-health-card-summary = ኣብ CPR ምስ ተመዝገብኩም፣ ነታ ብጫ ካርድ ብናጻ ትረኽብዋ።
national-health-card-body = ኣብ CPR ምስ ተመዝገብኩም፣ ብጫ ካርድ ጥዕና (sundhedskort) ትረኽቡ፣ ከም ኣፕሊኬሽን እውን። እታ ቀዳመይቲ ካርድ ብናጻ እያ።
national-health-card-ask = ኣብ ኮሙንኩም ንቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ሕተቱ።
national-health-card-step = ኣብ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ኣብ CPR ተመዝገቡ – ሽዑ ብጫ ካርድ ጥዕና (sundhedskort) ትረኽቡ።

national-health-gp-title = ሓኪምን (læge) ሆስፒታልን
national-health-gp-summary = ብናጻ እዩ፣ ሓኪምኩም (læge) ድማ ናብ ፍሉይ ሓኪምን ሳይኮሎጂስትን ክሰደኩም ይኽእል።
national-health-gp-body = ናብ ናይ ገዛእ ርእስኹም ሓኪም (egen læge) ምኻድን ኣብ ሆስፒታል ምሕካምን ብናጻ እዩ (ጉጅለ 1)። ሓኪምኩም ናብ ፍሉይ ሓኪምን ሳይኮሎጂስትን ክሰደኩም ይኽእል።
national-health-gp-ask = ንሓኪምኩም (læge) ሕተቱ።

national-dental-children-title = ንቆልዑ ናጻ ክንክን ስኒ
national-dental-children-summary = እዚ ንትሕቲ 18 ዓመት ዝኾኑ ቆልዑን መንእሰያትን ይምልከት።
national-dental-children-body = ትሕቲ 18 ዓመት ዝኾኑ ቆልዑን መንእሰያትን ብናጻ ክንክን ስኒ ይረኽቡ።
national-dental-children-ask = ውላድኩም ኣበይ ናብ ሓኪም ስኒ ክኸይድ ከም ዘለዎ ንኮሙን ሕተቱ።

national-dental-young-title = ክሳብ 21 ዓመት ናጻ ክንክን ስኒ
national-dental-young-summary = እቲ ንቆልዑን መንእሰያትን ዝወሃብ ኣገልግሎት ካብ 2025 ጀሚሩ ብምሉኡ ይሰርሕ።
national-dental-young-body = እቲ ንቆልዑን መንእሰያትን ዝወሃብ ናጻ ክንክን ስኒ ሕጂ ክሳብ 21 ዓመት ይሰርሕ፤ ካብ 2025 ጀሚሩ ብምሉኡ ተተግቢሩ ኣሎ።
national-dental-young-ask = ንኮሙን ሕተቱ።

national-health-visitor-expecting-title = ነርስ ጥዕና ህጻናት (sundhedsplejerske)፣ ውላድ ምስ ተወለደ
national-health-visitor-expecting-summary = ኣብ ገዛኹም ብናጻ ምብጻሕ ትረኽቡ፤ እቲ ቀዳማይ ድሕሪ ሕርሲ ሓደ ሰሙን ኣቢሉ እዩ።
national-health-visitor-expecting-body = ውላድኩም ምስ ተወለደ፣ ስድራቤትኩም ብናጻ ካብ ነርስ ጥዕና ህጻናት (sundhedsplejerske) ምብጻሕ ትረኽብ። እቲ ቀዳማይ ምብጻሕ ኣብ ገዛ፣ ድሕሪ ሕርሲ ሓደ ሰሙን ኣቢሉ እዩ።
national-health-visitor-expecting-ask = ንሓኪምኩም (læge) ወይ ንኮሙን ሕተቱ።
national-health-visitor-expecting-step = ብዛዕባ እታ ውላድ ምስ ተወለደ እትበጽሓኹም ነርስ ጥዕና ህጻናት (sundhedsplejerske)፣ ንሓኪምኩም (læge) ወይ ንኮሙን ሕተቱ።

national-health-visitor-baby-title = ነርስ ጥዕና ህጻናት (sundhedsplejerske)
national-health-visitor-baby-summary = ንእሽቶ ውላድ እንተለኩም፣ ስድራቤትኩም ኣብ ገዛ ብናጻ ምብጻሕ ትረኽብ።
national-health-visitor-baby-body = ንኣሽቱ ቆልዑ ዘለውዎም ስድራቤታት ብናጻ ካብ ነርስ ጥዕና ህጻናት (sundhedsplejerske) ምብጻሕ ይረኽቡ። እቲ ቀዳማይ ምብጻሕ ኣብ ገዛ፣ ድሕሪ ሕርሲ ሓደ ሰሙን ኣቢሉ እዩ።
national-health-visitor-baby-ask = ንኮሙን ሕተቱ።
national-health-visitor-baby-step = ብዛዕባ ምብጻሕ ነርስ ጥዕና ህጻናት (sundhedsplejerske) ንኮሙን ሕተቱ።

national-child-checkups-title = ምርመራ ቆልዑ ኣብ ሓኪም (læge)
national-child-checkups-summary = ውላድኩም ቤት ትምህርቲ ቅድሚ ምጅማሩ፣ 7 ምርመራታት ይቐርበሉ።
national-child-checkups-body = ሓኪምኩም (læge)፣ ውላድኩም ቤት ትምህርቲ ቅድሚ ምጅማሩ፣ 7 ናይ መከላኸሊ ምርመራታት የቕርበሉ።
national-child-checkups-ask = ንሓኪምኩም (læge) ሕተቱ።

national-health-interpreter-title = ተርጓሚ ኣብ ሓኪምን (læge) ኣብ ሆስፒታልን
national-health-interpreter-summary = ኣብ ዴንማርክ ካብ 3 ዓመት ንላዕሊ እንተነቢርኩም፣ ክፍሊት ክትከፍሉ ከድልየኩም ይኽእል።
national-health-interpreter-body = ኣብ ሓኪም (læge) ወይ ኣብ ሆስፒታል ክትኮኑ ከለኹም ተርጓሚ ክትረኽቡ ትኽእሉ ኢኹም። ኣብ ዴንማርክ ካብ 3 ዓመት ንላዕሊ እንተነቢርኩም፣ ክፍሊት ክትከፍሉ ኣለኩም፤ ግን ገለ ፍሉያት ኩነታት ኣለዉ፣ ንኣብነት ንወለዲ፣ እቲ ሕሙም ውላዶም ክኸውን ከሎ።
national-health-interpreter-ask = ቆጸራ ክትሕዙ ከለኹም ንሓኪምኩም (læge) ንገርዎ።

national-trauma-treatment-title = ሕክምና ንስደተኛታት ትራውማ ዘለዎም
national-trauma-treatment-summary = እዚ ሕክምና ኣብ መላእ ዴንማርክ ኣሎ፣ ሓኪምኩም (læge) ድማ ክሰደኩም ይኽእል።
national-trauma-treatment-body = ኣብ ኩሉ ዞባታት ንስደተኛታት ትራውማ ዘለዎም ፍሉይ ሕክምና ኣሎ። ሓኪምኩም (læge) ክሰደኩም ይኽእል።
national-trauma-treatment-ask = ንሓኪምኩም (læge) ሕተቱ።

national-trauma-nordjylland-title = Rehabiliteringscenter for Flygtninge ኣብ Region Nordjylland
national-trauma-nordjylland-summary = ንዓበይቲ ስደተኛታት PTSD ዘለዎም ብናጻ ሕክምና፤ ሓኪም (læge) ክሰደኩም ኣለዎ።
national-trauma-nordjylland-body = ኣብ Region Nordjylland፣ Rehabiliteringscenter for Flygtninge (ማእከል ምሕዋይ ስደተኛታት) ንዓበይቲ ስደተኛታት PTSD ዘለዎም ይሕክም። እቲ ሕክምና ብናጻ እዩ፣ ሓኪም (læge) ድማ ክሰደኩም ኣለዎ።
national-trauma-nordjylland-ask = ንሓኪምኩም (læge) ወረቐት ምስዳድ (henvisning) ሕተቱ።

national-health-assessment-title = ንሓደስቲ ስደተኛታት ምግምጋም ጥዕና
national-health-assessment-summary = ሕጂ ምስ መጻእኩም፣ ኮሙን ጥዕናኹም ንምግምጋም የቕርበልኩም።
national-health-assessment-body = ኮሙን ንስደተኛታት ሕጂ ዝመጹ፣ ጥዕንኦም ምግምጋም የቕርበሎም።
national-health-assessment-ask = ንኮሙን ሕተቱ።

national-children = ቆልዑን ስድራቤትን

national-school-title = ግዴታ ትምህርቲ (undervisningspligt) – ቤት ትምህርቲ
national-school-summary = ቆልዑ ካብ ነሓሰ ናይታ 6 ዓመት ዝመልእሉ ዓመት ጀሚሮም ን10 ዓመት ክመሃሩ ኣለዎም።
national-school-body = ቆልዑ ካብ ነሓሰ ናይታ 6 ዓመት ዝመልእሉ ዓመት ጀሚሮም ን10 ዓመት ግዴታ ትምህርቲ ኣለዎም (እንተደንጎየ ክሳብ 31 ሓምለ ናይታ 17 ዓመት ዝመልእሉ ዓመት)። እዚ ንቆልዑ ኣብ ዴንማርክ እንተወሓደ 6 ወርሒ ዝነብሩ ይምልከት።
national-school-ask = ብዛዕባ ቤት ትምህርቲ ንውላድኩም ንኮሙን ሕተቱ።
national-school-step = ብዛዕባ ቦታ ኣብ ቤት ትምህርቲ ንኮሙን ሕተቱ፦ ቆልዑ ካብ ነሓሰ ናይታ 6 ዓመት ዝመልእሉ ዓመት ጀሚሮም ግዴታ ትምህርቲ ኣለዎም።

national-daycare-title = ውሕስነት ክንክን ህጻናት (pasningsgaranti)
national-daycare-summary = ካብ 26 ሰሙን ክሳብ ቤት ትምህርቲ ዝጅምር፣ ውላድኩም ኣብ ክንክን ህጻናት ቦታ ክረክብ መሰል ኣለዎ።
national-daycare-body = ውላድኩም ካብ 26 ሰሙን ክሳብ ቤት ትምህርቲ ዝጅምር፣ ኣብ ክንክን ህጻናት ኣብ ገዛ (dagpleje)፣ መውዓሊ ህጻናት (vuggestue) ወይ መዋእለ ህጻናት (børnehave) ቦታ ክረክብ መሰል ኣለዎ።
national-daycare-ask = ንኮሙን ሕተቱ።
national-daycare-step = ኣብ ክንክን ህጻናት ኣብ ገዛ (dagpleje)፣ መውዓሊ ህጻናት (vuggestue) ወይ መዋእለ ህጻናት (børnehave) ቦታ ንምርካብ ናብ ኮሙን ኣመልክቱ።

national-fripladstilskud-title = ሓገዝ ክፍሊት ክንክን ህጻናት (økonomisk fripladstilskud)
national-fripladstilskud-summary = ክንክን ውላድኩም ከከም እቶትኩም ሕሳር ክኸውን ይኽእል።
national-fripladstilskud-body = ክንክን ቆልዑ ሕሳር ንክኸውን፣ ሓገዝ ክፍሊት ክንክን ህጻናት (økonomisk fripladstilskud) ክተመልክቱ ትኽእሉ ኢኹም። እቲ ሓገዝ ብእቶትኩም ይውሰን፣ ብኮሙን ኣቢልኩም ድማ ተመልክቱ።
national-fripladstilskud-ask = ንኮሙን ሕተቱ።

national-language-assessment-title = ኣብ 3 ዓመት ኣቢሉ ምግምጋም ቋንቋ
national-language-assessment-summary = ገለ ኣብ ክንክን ህጻናት ብመዓልቲ (dagtilbud) ዘይኮኑ ቆልዑ፣ ኣብ ሰሙን 30 ሰዓት ደገፍ ቋንቋ ክወስዱ ኣለዎም።
national-language-assessment-body = ቆልዑ 3 ዓመት ኣቢሎም ክኾኑ ከለዉ ምግምጋም ቋንቋ (sprogvurdering) ይግበረሎም። ክልተ ቋንቋ ዝዛረቡ ቆልዑ፣ ኣብ ክንክን ህጻናት ብመዓልቲ (dagtilbud) ዘይኮኑን ንቋንቋ ደገፍ ዘድልዮምን፣ ኣብ ሰሙን 30 ሰዓት ምዕባለ ቋንቋ (sprogstimulering) ክወስዱ ኣለዎም፣ ወለዲ ድማ ክሳተፉ ኣለዎም።
national-language-assessment-ask = ንኮሙን ሕተቱ።

national-child-benefit-title = ሓገዝ ቆልዑን መንእሰያትን (børne- og ungeydelse)
national-child-benefit-summary = ንደቅኹም ዝወሃብ ገንዘብ፤ ምሉእ መጠን ድሕሪ 6 ዓመት ኣብ ዴንማርክ ትረኽቡ።
national-child-benefit-body = ንደቅኹም ሓገዝ ቆልዑን መንእሰያትን (børne- og ungeydelse) ክትረኽቡ ትኽእሉ ኢኹም። እቲ መጠን ብግዜ ቀስ ብቐስ ይውሰኽ፤ ኣብ ውሽጢ ዝሓለፉ 10 ዓመታት ን6 ዓመት ኣብ ዴንማርክ ምስ ነበርኩም ወይ ምስ ሰራሕኩም ድማ ምሉእ መጠን ትረኽቡ።
national-child-benefit-ask = ኣብ borger.dk ርአዩ።

national-housing = መንበሪ ገዛ

national-housing-refugees-title = መንበሪ ገዛ ንስደተኛታት
national-housing-refugees-summary = እቲ ዝተመደብኩምሉ ኮሙን ግዝያዊ ወይ ቀዋሚ መንበሪ ገዛ ይረኽበልኩም።
national-housing-refugees-body = ከም ስደተኛ፣ ናብ ሓደ ኮሙን ትምደቡ። ኮሙን ግዝያዊ ወይ ቀዋሚ መንበሪ ገዛ ይረኽበልኩም።
national-housing-refugees-ask = ንኮሙን ሕተቱ።

national-boligstoette-title = ሓገዝ ክራይ ገዛ (boligstøtte)
national-boligstoette-summary = ናብ ገዛ ምስ ኣቶኹም ኣብ ውሽጢ 30 መዓልቲ እንተኣመልኪትኩም፣ ካብ ቀዳመይቲ መዓልቲ እቲ ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።
national-boligstoette-body = ሓገዝ ክራይ ገዛ (boligstøtte) ኣብ borger.dk ክተመልክቱ ትኽእሉ ኢኹም። ናብ ገዛ ምስ ኣቶኹም ኣብ ውሽጢ 30 መዓልቲ እንተኣመልኪትኩም፣ ካብታ ዝኣቶኹማ መዓልቲ ጀሚሩ እቲ ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።
national-boligstoette-ask = ኣብ borger.dk ኣመልክቱ፣ ወይ ንቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ሕተቱ።

national-everyday = መዓልታዊ ናብራ

national-mitid-title = ዲጂታል መንነት (MitID)
national-mitid-summary = ዲጂታል መንነትኩም፤ ኣብ ኣፕሊኬሽን ወይ ኣብ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ክትረኽብዎ ትኽእሉ ኢኹም።
national-mitid-body = ዲጂታል መንነት (MitID) ኣብ ኢንተርነት ናትኩም መንነት እዩ። ቺፕ ዘለዎ ፓስፖርት እንተለኩም ኣብ MitID-app ክትረኽብዎ ትኽእሉ ኢኹም፣ ወይ ስእሊ ዘለዎ መንነት ሒዝኩም ኣብ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice)፤ ምናልባት መንነትኩም ዝምስክር ሰብ (identitetsvidne) ሒዝኩም ክትመጹ ከድልየኩም ይኽእል።
national-mitid-ask = ናብ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ኪዱ፣ ወይ ኣብ mitid.dk ርአዩ።
national-mitid-step = ቺፕ ዘለዎ ፓስፖርት ሒዝኩም ኣብ MitID-app፣ ወይ ኣብ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice)፣ ዲጂታል መንነት (MitID) ውሰዱ።

national-digital-post-title = ዲጂታል ፖስታ (Digital Post)
national-digital-post-summary = ካብ ሰበ-ስልጣን ደብዳቤታት እትቕበሉሉ ሳንዱቕ ፖስታ፤ ካብ 15 ዓመት ጀሚርኩም ክህልወኩም ኣለዎ።
national-digital-post-body = ካብ 15 ዓመት ጀሚርኩም፣ ዲጂታል ፖስታ (Digital Post) ክህልወኩም ኣለዎ፤ ኣብኡ ካብ ሰበ-ስልጣን ደብዳቤታት ትቕበሉ። ንኣብነት ቋንቋ እንተኸቢዱኩም፣ ቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ካብዚ ግዴታ ናጻ ክገብረኩም ይኽእል።
national-digital-post-ask = ንቤት ጽሕፈት ኣገልግሎት ህዝቢ (Borgerservice) ሕተቱ።

national-venner-viser-vej-title = Venner Viser Vej (Røde Kors)
national-venner-viser-vej-summary = ምስ ሓንቲ ወለንተኛ ስድራቤት ክትራኸቡ ትኽእሉ ኢኹም።
national-venner-viser-vej-body = ብመርበብ Venner Viser Vej (ኣዕሩኽ መንገዲ የርእዩ) ናይ Røde Kors (ቀይሕ መስቀል)፣ ምስ ሓንቲ ወለንተኛ ስድራቤት ክትራኸቡ ትኽእሉ ኢኹም።
national-venner-viser-vej-ask = ኣብ rodekors.dk ርአዩ፣ ወይ ንኮሙን ሕተቱ።

national-frivillig-ven-title = ወለንተኛ ዓርኪ (Dansk Flygtningehjælp)
national-frivillig-ven-summary = ብ Dansk Flygtningehjælp (ባይቶ ስደተኛታት ዴንማርክ) ኣቢልኩም ወለንተኛ ዓርኪ ክትረኽቡ ትኽእሉ ኢኹም።
national-frivillig-ven-body = ኣብ Dansk Flygtningehjælp (ባይቶ ስደተኛታት ዴንማርክ) ወለንተኛ ዓርኪ ክትረኽቡ ትኽእሉ ኢኹም።
national-frivillig-ven-ask = ኣብ flygtning.dk ርአዩ።

national-bydelsmoedre-title = ኣዴታት ከባቢ (bydelsmødre)
national-bydelsmoedre-summary = ንደቂ ኣንስትዮ፦ ወለንተኛታት ደቂ ኣንስትዮ ምስ መንግስታዊ ኣገልግሎታት ክትራኸቡ ክሕግዛኹም ይኽእላ።
national-bydelsmoedre-body = ንደቂ ኣንስትዮ፦ ኣዴታት ከባቢ (bydelsmødre) ወለንተኛታት ደቂ ኣንስትዮ እየን። ንተነጺለን ዘለዋ ደቂ ኣንስትዮ ንምድጋፍን ምስ መንግስታዊ ኣገልግሎታት ንምርኻበን ንምሕጋዝን ሰልጢነን እየን። ኣብ ብዙሕ ቦታታት ጉጅለታት ኣለዋ፣ ንኣብነት ኣብ Holstebro ከምኡውን ኣብ Skanderborg።
national-bydelsmoedre-ask = ኣብ bydelsmor.dk ርአዩ፣ ወይ ንኮሙን ሕተቱ።
