skanderborg-name = Skanderborg Kommune
skanderborg-policy-title = Skanderborg Kommunes integrationspolitik

## Strategispor

skanderborg-differentieret = Робота з інтеграції, яка враховує кожну людину
skanderborg-tilpasset-title = Допомога, яка підходить саме Вам
skanderborg-tilpasset-summary = Муніципалітет прагне, щоб допомога відповідала Вашим потребам, можливостям і ситуації.
skanderborg-tilpasset-body = Муніципалітет визнає, що всі люди різні. Тому муніципалітет прагне, щоб допомога, наскільки це можливо, відповідала Вашим потребам, Вашим можливостям і Вашій ситуації.
skanderborg-tilpasset-ask = Розкажіть у центрі зайнятості (jobcenter), куди Ви звертаєтеся найперше, що Ви вмієте і що Вам потрібно.

skanderborg-faelles-ansvar = Спільна відповідальність
skanderborg-muligheder-title = Можливості — і Ваша власна відповідальність
skanderborg-muligheder-summary = На думку муніципалітету, суспільство має подбати про можливості, а Ви — ними скористатися.
skanderborg-muligheder-body = Муніципалітет вважає, що суспільство відповідає за те, щоб можливості були, а Ви самі — за те, щоб ними скористатися. Підприємства, об’єднання та інші мешканці також повинні брати участь в інтеграції.
skanderborg-muligheder-ask = Запитайте в центрі зайнятості (jobcenter), які можливості є для Вас зараз.

skanderborg-beskaeftigelse = Робота і освіта
skanderborg-job-uddannelse-title = Робота або освіта
skanderborg-job-uddannelse-summary = Муніципалітет прагне, щоб Ви якомога швидше могли утримувати себе самі.
skanderborg-job-uddannelse-body = Муніципалітет прагне, щоб Ви якомога швидше могли утримувати себе завдяки звичайній роботі або освіті. Допомога спирається на Ваш досвід і Ваші навички та на те, що потрібно підприємствам.
skanderborg-job-uddannelse-ask = Зверніться до центру зайнятості (jobcenter) — це перше місце, куди Вам треба звертатися.

skanderborg-deltagelse = Участь і прийом
skanderborg-foreninger-title = Беріть участь в об’єднаннях і в житті місцевої громади
skanderborg-foreninger-summary = Ви знаходите нових знайомих і знайомитеся з данським суспільством.
skanderborg-foreninger-body = Коли Ви берете участь в об’єднаннях, правліннях, радах і в житті місцевої громади, Ви знаходите нових знайомих і зв’язки та знайомитеся з данським суспільством. Муніципалітет вважає, що Ви можете зробити внесок у життя місцевої громади.
skanderborg-foreninger-ask = Запитайте в муніципалітеті, які об’єднання і спільноти є там, де Ви живете.

skanderborg-boliger = Житло і поселення
skanderborg-boligplacering-title = Побажання муніципалітету щодо житла для біженців
skanderborg-boligplacering-summary = Муніципалітет хоче, щоб Ваше житло стало для Вас добрим початком.
skanderborg-boligplacering-body = Муніципалітет хоче мати змогу запропонувати біженцям житло, яке буде добрим початком для інтеграції, і хоче, щоб біженці жили в різних головних містах муніципалітету, а не всі разом. Муніципалітет, наскільки це можливо, враховує, наприклад, розташування і транспорт. Це не обіцянка житла для кожного біженця.
skanderborg-boligplacering-ask = Якщо Вас направили до Skanderborg Kommune, запитайте в муніципалітеті про своє житло і про те, що можна врахувати.
skanderborg-find-bolig-title = Знайдіть житло самостійно
skanderborg-find-bolig-summary = Муніципалітет співпрацює з орендодавцями, а Вас також заохочують шукати житло самостійно.
skanderborg-find-bolig-body = Муніципалітет співпрацює з житловими компаніями і приватними орендодавцями, щоб знаходити житло. Вас також заохочують самостійно або разом з іншими знайти житло.
skanderborg-find-bolig-ask = Запитайте в муніципалітеті, як Ви можете самі знайти житло.

skanderborg-boern-familieliv = Діти і сімейне життя
skanderborg-god-start-title = Добрий початок для сім’ї
skanderborg-god-start-summary = Муніципалітет дбає про те, щоб діти і дорослі почувалися спокійно у своєму повсякденному житті.
skanderborg-god-start-body = Муніципалітет дбає про те, щоб нові сім’ї добре розпочали життя тут і щоб і діти, і дорослі почувалися спокійно у своєму новому повсякденному житті. Муніципалітет хоче бути гнучким, коли Ви маєте справу, наприклад, зі школою, дитячим закладом, центром зайнятості (jobcenter) і уроками мови, і хоче полегшити дітям і молоді участь у заняттях у вільний час.
skanderborg-god-start-ask = Запитайте в муніципалітеті, що може допомогти Вашій сім’ї добре розпочати.

## Fokusområder: "Eksempler på nuværende indsatser i 2018"

skanderborg-viden = Знання і обмін знаннями
skanderborg-inspirationsmoeder-title = Зустрічі для натхнення (inspirationsmøder)
skanderborg-inspirationsmoeder-summary = У 2018 році муніципалітет ділився знаннями на зустрічах з тими, хто Вам допомагає.
skanderborg-inspirationsmoeder-body = У 2018 році муніципалітет проводив зустрічі для натхнення (inspirationsmøder) як частину роботи з обміну знаннями про інтеграцію. Мета — щоб ті, хто Вам допомагає, знали достатньо, щоб підтримати Вас на шляху до того, щоб Ви могли утримувати себе самі.
skanderborg-inspirationsmoeder-ask = Ці зустрічі були для тих, хто допомагає новим мешканцям, наприклад для фахівців і волонтерів. Якщо хочете дізнатися більше, запитайте в Integrationsteam (команда з питань інтеграції) муніципалітету.
skanderborg-frivillige-title = Волонтери, які допомагають біженцям
skanderborg-frivillige-summary = У 2018 році Integrationsteam (команда з питань інтеграції) муніципалітету проводила зустрічі з волонтерами.
skanderborg-frivillige-body = У 2018 році муніципалітет проводив зустрічі, щоб координувати волонтерів, які допомагають біженцям, і одну зустріч-діалог з усіма волонтерами, які допомагають біженцям. Цю роботу вела Integrationsteam (команда з питань інтеграції).
skanderborg-frivillige-ask = Запитайте в Integrationsteam, чи можете Ви сьогодні зв’язатися з волонтером.

skanderborg-sundhed-trivsel = Здоров’я і добробут
skanderborg-rygestop-title = Курс, щоб кинути курити (rygestopforløb)
skanderborg-rygestop-summary = У 2018 році муніципалітет мав курси для людей, які хотіли кинути курити.
skanderborg-rygestop-body = У 2018 році муніципалітет мав курси для мешканців, які хочуть кинути курити. Політика більше нічого не каже про ці курси.
skanderborg-rygestop-ask = Запитайте в Sundhedsfremme (відділ зміцнення здоров’я) муніципалітету, чи є такий курс сьогодні.
skanderborg-sundhedssamtaler-title = Розмови про здоров’я (sundhedssamtaler)
skanderborg-sundhedssamtaler-summary = Муніципалітет проводив такі розмови у 2018 році, але політика не каже, для кого вони були.
skanderborg-sundhedssamtaler-body = У 2018 році муніципалітет проводив розмови про здоров’я як частину роботи для здоров’я і добробуту. Політика не каже, хто міг прийти на таку розмову і про що вона була.
skanderborg-sundhedssamtaler-ask = Запитайте в Sundhedsfremme (відділ зміцнення здоров’я) муніципалітету, чи можете Ви сьогодні прийти на розмову про здоров’я.
skanderborg-sundhedstjenesten-title = Послуги через муніципальну службу здоров’я (sundhedstjenesten)
skanderborg-sundhedstjenesten-summary = Ці послуги були у 2018 році; політика не каже, які саме.
skanderborg-sundhedstjenesten-body = У 2018 році муніципалітет надавав послуги через муніципальну службу здоров’я (sundhedstjenesten). Політика не каже, які це були послуги.
skanderborg-sundhedstjenesten-ask = Запитайте в муніципалітеті, що пропонує служба здоров’я (sundhedstjenesten) сьогодні.
skanderborg-aeldre-handicap-title = Виїзна і профілактична допомога літнім людям і людям з інвалідністю
skanderborg-aeldre-handicap-summary = Ця допомога була у 2018 році і може бути важливою для Вас або Вашої сім’ї.
skanderborg-aeldre-handicap-body = У 2018 році муніципалітет мав програми, у яких працівники самі знаходили людей і відвідували їх, та профілактичні програми для літніх людей і людей з інвалідністю. Це може бути важливо, якщо Ви або хтось у Вашій сім’ї — літня людина або має інвалідність.
skanderborg-aeldre-handicap-ask = Запитайте в муніципалітеті, чи є ці програми досі і як з ними зв’язатися.

skanderborg-kulturforskelle = Розуміння інтеграції і культурні відмінності
skanderborg-fritidspas-boern-title = Картка дозвілля (fritidspas) для дітей
skanderborg-fritidspas-boern-summary = У 2018 році картка дозвілля (fritidspas) мала допомогти дітям долучитися до занять у вільний час.
skanderborg-fritidspas-boern-body = У 2018 році муніципалітет мав картку дозвілля (fritidspas), яка мала допомогти дітям долучитися до занять у вільний час. Політика не каже, хто може її отримати і що вона покриває.
skanderborg-fritidspas-boern-ask = Запитайте в муніципалітеті, чи картка дозвілля (fritidspas) досі існує і чи може Ваша дитина її отримати.
skanderborg-turboforloeb-title = Турбо-курс (turboforløb)
skanderborg-turboforloeb-summary = Муніципалітет мав цей курс у 2018 році; політика не каже, що в нього входить.
skanderborg-turboforloeb-body = У 2018 році муніципалітет мав турбо-курс (turboforløb) як частину роботи з культурними відмінностями і шляху до роботи чи освіти. Політика не описує, що входить у цей курс.
skanderborg-turboforloeb-ask = Запитайте в муніципалітеті, що таке турбо-курс (turboforløb) і чи є він сьогодні.
skanderborg-bydelsmoedre-title = Матері району (bydelsmødre)
skanderborg-bydelsmoedre-summary = Це жінки-волонтерки, які пройшли навчання, щоб підтримувати жінок, які живуть ізольовано.
skanderborg-bydelsmoedre-body = У 2018 році матері району (bydelsmødre) були частиною роботи муніципалітету з культурними відмінностями. Матері району — це жінки-волонтерки, які пройшли навчання, щоб підтримувати жінок, які живуть ізольовано, і допомагати їм зв’язатися з державними службами.
skanderborg-bydelsmoedre-ask = Запитайте в муніципалітеті, як Ви або жінка з Вашої сім’ї можете зустрітися з матір’ю району (bydelsmor).
skanderborg-hoejvang-title = Projekt Højvang
skanderborg-hoejvang-summary = Проєкт існував у 2018 році; політика не каже, чим він займається.
skanderborg-hoejvang-body = У 2018 році муніципалітет мав Projekt Højvang (проєкт Højvang). Політика не описує, чим займається цей проєкт і для кого він.
skanderborg-hoejvang-ask = Запитайте в муніципалітеті, чи Projekt Højvang досі існує і чи підходить він Вам.
skanderborg-frivilligtilknytning-title = Зв’язок з волонтерами (frivilligtilknytning)
skanderborg-frivilligtilknytning-summary = У 2018 році муніципалітет назвав це способом будувати мости між культурами.
skanderborg-frivilligtilknytning-body = У 2018 році муніципалітет назвав зв’язок з волонтерами (frivilligtilknytning) одним зі способів будувати мости між культурами. Політика не каже, як це відбувається.
skanderborg-frivilligtilknytning-ask = Запитайте в муніципалітеті, чи можете Ви зв’язатися з волонтером.

skanderborg-kvinder = Жінки
skanderborg-kvinder-bydelsmoedre-title = Матері району (bydelsmødre) для жінок
skanderborg-kvinder-bydelsmoedre-summary = Це жінки-волонтерки, які допомагають іншим жінкам зв’язатися з державними службами.
skanderborg-kvinder-bydelsmoedre-body = Муніципалітет хоче, щоб усі жінки були активні в суспільстві і працювали або навчалися. У 2018 році матері району (bydelsmødre) були одним із заходів для жінок: це жінки-волонтерки, які підтримують інших жінок і допомагають їм зв’язатися з державними службами.
skanderborg-kvinder-bydelsmoedre-ask = Запитайте в Integrationsteam (команда з питань інтеграції) муніципалітету, чи можете Ви зв’язатися з матір’ю району (bydelsmor).
skanderborg-igu-sosu-title = IGU-SOSU: базова інтеграційна освіта (IGU) в соціальній і медичній сфері
skanderborg-igu-sosu-summary = Оплачувана робота з періодами навчання в школі, у соціальній і медичній сфері; муніципалітет мав її у 2018 році.
skanderborg-igu-sosu-body = Базова інтеграційна освіта (IGU, integrationsgrunduddannelse) — це оплачувана робота протягом двох років із періодами навчання в школі, для біженців і людей, які приїхали через возз’єднання сім’ї, віком 18–50 років. У 2018 році муніципалітет мав IGU-SOSU для жінок, тобто IGU в соціальній і медичній сфері (SOSU).
skanderborg-igu-sosu-ask = Запитайте в центрі зайнятості (jobcenter) або в Integrationsteam, чи є сьогодні IGU-SOSU — базова інтеграційна освіта (IGU) в соціальній і медичній сфері.
skanderborg-rengoering-title = Курс з прибирання (rengøringsforløb)
skanderborg-rengoering-summary = Курс був у 2018 році для чоловіків і жінок, як шлях до роботи.
skanderborg-rengoering-body = У 2018 році муніципалітет мав курс з прибирання і для чоловіків, і для жінок, як частину роботи, щоб люди знайшли роботу. Політика більше нічого не каже про цей курс.
skanderborg-rengoering-ask = Запитайте в центрі зайнятості (jobcenter), чи є курс з прибирання сьогодні.

skanderborg-unge-maend = Молоді чоловіки
skanderborg-ssp-title = Заходи співпраці школи, соціальних служб і поліції (SSP) для молодих чоловіків
skanderborg-ssp-summary = Муніципалітет прагне, щоб молоді чоловіки віком 14–30 років не були самотніми.
skanderborg-ssp-body = Муніципалітет прагне, щоб молоді чоловіки віком 14–30 років не були самотніми та ізольованими, а ставали частиною спільнот, наприклад на роботі й у навчанні. У 2018 році муніципалітет мав заходи співпраці школи, соціальних служб і поліції (SSP), щоб запобігти радикалізації.
skanderborg-ssp-ask = Запитайте в муніципалітеті (Myndighed i Børn og Unge, відділ у справах дітей і молоді), які спільноти і заходи є для молоді сьогодні.
skanderborg-fritidspas-unge-title = Картка дозвілля (fritidspas) до 25 років
skanderborg-fritidspas-unge-summary = У 2018 році молодь до 25 років могла отримати картку дозвілля (fritidspas) для занять у вільний час.
skanderborg-fritidspas-unge-body = У 2018 році політика згадувала можливість отримати картку дозвілля (fritidspas) до 25 років серед заходів для молодих чоловіків. Картка дозвілля має допомогти Вам долучитися до занять у вільний час.
skanderborg-fritidspas-unge-ask = Запитайте в муніципалітеті (Myndighed i Børn og Unge, відділ у справах дітей і молоді), чи можете Ви сьогодні отримати картку дозвілля (fritidspas).

skanderborg-familier = Сім’ї зі складними проблемами
skanderborg-sundhedsplejersker-title = Проєкт «Sundhedsplejersker styrker integration» («Патронажні медсестри зміцнюють інтеграцію»)
skanderborg-sundhedsplejersker-summary = Муніципалітет мав цей проєкт для сімей у 2018 році, але докладніше його не описує.
skanderborg-sundhedsplejersker-body = У 2018 році муніципалітет мав проєкт «Sundhedsplejersker styrker integration» («Патронажні медсестри зміцнюють інтеграцію») для сімей. Політика докладніше не описує цей проєкт.
skanderborg-sundhedsplejersker-ask = Запитайте в патронажної медсестри (sundhedsplejerske) або в муніципалітеті, чи є цей проєкт сьогодні.
skanderborg-ptsd-title = Лікування ПТСР (PTSD)
skanderborg-ptsd-summary = ПТСР (PTSD) — це психологічна травма після дуже важкого досвіду; у 2018 році муніципалітет пропонував лікування.
skanderborg-ptsd-body = У 2018 році муніципалітет пропонував лікування ПТСР (PTSD — травма після дуже важкого досвіду) і для молоді, і для дорослих. Політика більше нічого не каже про це лікування.
skanderborg-ptsd-ask = Поговоріть зі своїм лікарем (læge) або з муніципалітетом про лікування травми.
skanderborg-nussa-title = NUSSA в дошкільних закладах (dagtilbud) і школах
skanderborg-nussa-summary = Програма, яку муніципалітет використовував у 2018 році; політика більше нічого про неї не каже.
skanderborg-nussa-body = У 2018 році муніципалітет використовував NUSSA — програму в дошкільних закладах (dagtilbud) і школах. Політика більше нічого не каже про цю програму.
skanderborg-nussa-ask = Запитайте в дошкільному закладі (dagtilbud) або школі Вашої дитини, чи використовують там NUSSA сьогодні.
skanderborg-familiehuset-title = Familiehuset (Дім сім’ї)
skanderborg-familiehuset-summary = Муніципалітет мав його у 2018 році для сімей, які мають багато труднощів одночасно.
skanderborg-familiehuset-body = Муніципалітет хоче підтримати сім’ї, які мають багато труднощів одночасно, і працівники разом допомагають їм. У 2018 році Familiehuset (Дім сім’ї) був одним із заходів; політика не описує, що він пропонує.
skanderborg-familiehuset-ask = Запитайте в муніципалітеті, що Familiehuset пропонує сьогодні і як з ними зв’язатися.
