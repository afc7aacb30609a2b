national-name = Уся Данія

## Danskuddannelse

national-danish = Курси данської мови (danskuddannelse)

national-danish-5-years-title = Курси данської мови (danskuddannelse) до 5 років
national-danish-5-years-summary = Якщо Ви біженець / біженка або приїхали через возз’єднання сім’ї і Вам виповнилося 18 років, Ви маєте на це право.
national-danish-5-years-body = Якщо Ви біженець / біженка або приїхали через возз’єднання сім’ї, Вам виповнилося 18 років, Ви маєте дозвіл на проживання (opholdstilladelse) і живете в муніципалітеті, Ви маєте право на курси данської мови (danskuddannelse) до 5 років. Навчання безкоштовне. Є три програми: DU1 — якщо Ви не вмієте читати і писати латинськими літерами, DU2 — якщо Ви недовго ходили до школи, і DU3 — якщо Ви маєте освіту середньої тривалості або тривалу освіту.
national-danish-5-years-ask = Запитайте в муніципалітеті. Там Вас направлять до мовного центру (sprogcenter).

national-danish-3-5-years-title = Курси данської мови (danskuddannelse) на 3½ роки
national-danish-3-5-years-summary = Ви можете їх відвідувати, наприклад, якщо Ви працюєте, навчаєтеся або є громадянином / громадянкою ЄС.
national-danish-3-5-years-body = Якщо Ви тут, щоб працювати або навчатися, якщо Ви приїхали як чоловік або дружина людини, яка тут працює чи навчається (medfølgende ægtefælle), якщо Ви працюєте як ау-пер (au pair) або є громадянином / громадянкою ЄС, Ви можете відвідувати курси данської мови (danskuddannelse) 3½ роки протягом 5 років. Вам має бути щонайменше 18 років, Ви повинні мати дозвіл на проживання (opholdstilladelse) і жити в муніципалітеті (або жити тут за правилами ЄС). Є три програми: DU1 — якщо Ви не вмієте читати і писати латинськими літерами, DU2 — якщо Ви недовго ходили до школи, і DU3 — якщо Ви маєте освіту середньої тривалості або тривалу освіту.
national-danish-3-5-years-ask = Запитайте в муніципалітеті. Там Вас направлять до мовного центру (sprogcenter).

national-danish-deposit-title = Безкоштовне навчання – але із заставою
national-danish-deposit-summary = Якщо Ви самі себе утримуєте, Ви платите 2 000 крон за кожен модуль (modul).
national-danish-deposit-body = Навчання безкоштовне. З 1 липня 2020 року слухачі курсів, які самі себе утримують, платять заставу 2 000 крон за кожен модуль (modul). Ви отримаєте гроші назад, якщо закінчите модуль вчасно.
national-danish-deposit-ask = Запитайте в мовному центрі (sprogcenter), чи потрібно Вам платити заставу і скільки часу у Вас є на модуль.

national-danish-referral-title = Муніципалітет направляє Вас на курси данської
national-danish-referral-summary = Зазвичай протягом одного місяця; якщо Вам нічого не повідомили, зверніться до муніципалітету.
national-danish-referral-body = Муніципалітет направляє Вас на курси данської мови (danskuddannelse), зазвичай протягом одного місяця. Якщо Вам нічого не повідомили, зверніться до муніципалітету.
national-danish-referral-ask = Запитайте в муніципалітеті або в центрі обслуговування громадян (Borgerservice).
national-danish-referral-step = Попросіть муніципалітет направити Вас на курси данської мови (danskuddannelse), якщо протягом місяця Вам нічого не повідомили.

national-fvu-title = Підготовче навчання для дорослих (FVU): читання, письмо і математика
national-fvu-summary = FVU (forberedende voksenundervisning) — це безкоштовні уроки для дорослих.
national-fvu-body = Підготовче навчання для дорослих (FVU, forberedende voksenundervisning) — це безкоштовні уроки для дорослих: читати, писати і рахувати.
national-fvu-ask = Дивіться ug.dk або запитайте в муніципалітеті.

## Programmet efter ankomst

national-programme = Програма після приїзду

national-programme-refugee-title = Програма самозабезпечення та повернення додому (selvforsørgelses- og hjemrejseprogram)
national-programme-refugee-summary = Як біженець / біженка Ви відвідуєте курси данської мови (danskuddannelse) і берете участь у заходах, які мають привести до роботи.
national-programme-refugee-body = Як біженець / біженка Ви берете участь у програмі самозабезпечення та повернення додому (selvforsørgelses- og hjemrejseprogram). У неї входять курси данської мови (danskuddannelse) і заходи, які мають привести до роботи, наприклад консультації, практика на підприємстві (virksomhedspraktik) та робота із субсидією на зарплату для роботодавця (løntilskud). Мета — звичайна робота приблизно за рік, а програма може тривати до 5 років.
national-programme-refugee-ask = Запитайте в муніципалітеті, у центрі зайнятості (jobcenter).

national-programme-family-title = Вступна програма (introduktionsprogram)
national-programme-family-summary = Якщо Ви приїхали через возз’єднання сім’ї, Ви відвідуєте курси данської мови (danskuddannelse) і берете участь у заходах, які мають привести до роботи.
national-programme-family-body = Якщо Ви приїхали через возз’єднання сім’ї, Вам призначають вступну програму (introduktionsprogram); якщо Ви возз’єдналися з біженцем, Вам натомість призначають програму самозабезпечення та повернення додому (selvforsørgelses- og hjemrejseprogram). В обидві програми входять курси данської мови (danskuddannelse) і заходи, які мають привести до роботи, наприклад консультації, практика на підприємстві (virksomhedspraktik) та робота із субсидією на зарплату для роботодавця (løntilskud). Мета — звичайна робота приблизно за рік, а програма може тривати до 5 років.
national-programme-family-ask = Запитайте в муніципалітеті, у центрі зайнятості (jobcenter), яку програму Вам призначать.

national-programme-ukraine-title = Проживання за спеціальним законом (særloven) для людей з України
national-programme-ukraine-summary = Правила для біженців зазвичай діють і для Вас, за кількома винятками.
national-programme-ukraine-body = Якщо Ви маєте дозвіл на проживання за спеціальним законом для переміщених осіб з України (særloven), правила закону про інтеграцію для біженців зазвичай діють і для Вас, наприклад розміщення в житлі (boligplacering), оцінка здоров’я, курси данської мови (danskuddannelse) і програма в муніципалітеті. Кілька правил інші: муніципалітет переймає Вашу справу не пізніше ніж через 15 робочих днів після рішення, а обов’язок працювати (arbejdspligt), який діє з 1 січня 2025 року, на Вас не поширюється.
national-programme-ukraine-ask = Запитайте в муніципалітеті, у центрі зайнятості (jobcenter), які правила і яка програма діють для Вас.
national-programme-ukraine-step = Запитайте в муніципалітеті, у центрі зайнятості (jobcenter), яка програма і які правила діють для Вас за спеціальним законом (særloven).

national-programme-forloeb-title = Вступний курс (introduktionsforløb)
national-programme-forloeb-summary = Муніципалітет пропонує його, якщо Ви працюєте, навчаєтеся або є громадянином / громадянкою ЄС.
national-programme-forloeb-body = Якщо Ви тут, щоб працювати або навчатися, або Ви громадянин / громадянка ЄС, Ви можете пройти вступний курс (introduktionsforløb) у муніципалітеті.
national-programme-forloeb-ask = Запитайте в муніципалітеті, у центрі зайнятості (jobcenter), що входить у курс.
national-programme-forloeb-step = Запитайте в муніципалітеті, у центрі зайнятості (jobcenter), про вступний курс (introduktionsforløb).

national-programme-contract-title = Договір і декларація
national-programme-contract-summary = Це відбувається приблизно протягом місяця, а декларація потрібна для постійного проживання.
national-programme-contract-body = Приблизно протягом місяця Ви укладаєте договір із муніципалітетом. Тоді ж Ви підписуєте декларацію про проживання і самозабезпечення (opholds- og selvforsørgelseserklæring). Це умова, щоб отримати постійне проживання. Якщо потрібно, Вам нададуть перекладача.
national-programme-contract-ask = Запитайте в муніципалітеті, у центрі зайнятості (jobcenter).
national-programme-contract-step = Укладіть договір із муніципалітетом, у центрі зайнятості (jobcenter), приблизно протягом місяця.

national-programme-benefits-title = Виплати: дивіться borger.dk
national-programme-benefits-summary = Правила змінилися у 2025 році, і кілька виплат отримали нові назви.
national-programme-benefits-body = Правила виплат змінилися після реформи (reform) 2025 року, і кілька виплат отримали нові назви. Чинні правила і суми дивіться на borger.dk.
national-programme-benefits-ask = Дивіться borger.dk або запитайте в центрі зайнятості (jobcenter) Вашого муніципалітету.

## IGU

national-igu = Базова інтеграційна освіта (IGU, integrationsgrunduddannelse)

national-igu-job-title = Базова інтеграційна освіта (IGU): робота і школа два роки
national-igu-job-summary = Ви отримуєте зарплату, коли працюєте, і гроші, коли навчаєтеся в школі.
national-igu-job-body = Базова інтеграційна освіта (IGU) — це оплачувана робота на підприємстві протягом двох років, у середньому щонайменше 25 годин на тиждень, і 23 тижні навчання в школі. Коли Ви працюєте, Ви отримуєте зарплату учня (elevløn), а коли навчаєтеся в школі — грошову компенсацію за навчання (uddannelsesgodtgørelse).
national-igu-job-ask = Запитайте в центрі зайнятості (jobcenter) Вашого муніципалітету.

national-igu-who-title = Хто може пройти базову інтеграційну освіту (IGU)
national-igu-who-summary = Біженці та люди, які приїхали через возз’єднання сім’ї, віком 18–50 років, якщо вони живуть у Данії не більше 20 років.
national-igu-who-body = За тристоронньою угодою (trepartsaftale) з вересня 2023 року, яка діє до 2028 року, біженці та всі люди, які приїхали через возз’єднання сім’ї, віком 18–50 років можуть пройти базову інтеграційну освіту (IGU), якщо вони прожили в Данії не більше 20 років. На старіших сторінках написано 18–40 років.
national-igu-who-ask = Запитайте в центрі зайнятості (jobcenter) Вашого муніципалітету, чи можете Ви пройти базову інтеграційну освіту (IGU).

## Uddannelse fra udlandet

national-qualifications = Освіта і кваліфікація з-за кордону

national-qualifications-assessment-title = Отримайте оцінку своєї освіти з-за кордону
national-qualifications-assessment-summary = Це безкоштовно; якщо Ви біженець / біженка без документів, Ви можете отримати рекомендаційний висновок (vejledende udtalelse).
national-qualifications-assessment-body = Uddannelses- og Forskningsstyrelsen (Агентство з питань вищої освіти і науки) безкоштовно оцінює Вашу освіту з-за кордону. Якщо Ви біженець / біженка і у Вас немає документів, Ви можете отримати рекомендаційний висновок (vejledende udtalelse).
national-qualifications-assessment-ask = Дивіться ufm.dk або запитайте в центрі зайнятості (jobcenter).

national-qualifications-authorisation-title = Дозвіл (autorisation) для професій, які регулює закон
national-qualifications-authorisation-summary = Щоб працювати, наприклад, лікарем (læge), медсестрою чи вчителем, Вам потрібен дозвіл.
national-qualifications-authorisation-body = Якщо Ви хочете працювати в професії, яку регулює закон, наприклад лікарем (læge), медсестрою чи вчителем, Вам потрібна авторизація (autorisation). Для медичних професій авторизацію видає Styrelsen for Patientsikkerhed (Агентство з безпеки пацієнтів).
national-qualifications-authorisation-ask = Дивіться borger.dk.

## Sundhed

national-health = Здоров’я

national-health-card-title = Медична картка (sundhedskort)
national-health-card-summary = Коли Вас зареєструють у реєстрі CPR, Ви безкоштовно отримаєте жовту картку.
national-health-card-body = Коли Вас зареєструють у реєстрі CPR, Ви отримаєте жовту медичну картку (sundhedskort), також у вигляді застосунку. Перша картка безкоштовна.
national-health-card-ask = Запитайте в центрі обслуговування громадян (Borgerservice) Вашого муніципалітету.
national-health-card-step = Зареєструйтеся в реєстрі CPR у центрі обслуговування громадян (Borgerservice) — тоді Ви отримаєте жовту медичну картку (sundhedskort).

national-health-gp-title = Лікар (læge) і лікарня
national-health-gp-summary = Це безкоштовно, і Ваш лікар (læge) може направити Вас до лікаря-спеціаліста і до психолога.
national-health-gp-body = Ходити до свого сімейного лікаря (egen læge) і лікуватися в лікарні — безкоштовно (група 1). Лікар може направити Вас до лікаря-спеціаліста і до психолога.
national-health-gp-ask = Запитайте свого лікаря (læge).

national-dental-children-title = Безкоштовне лікування зубів для дітей
national-dental-children-summary = Це стосується дітей і молоді до 18 років.
national-dental-children-body = Діти та молодь до 18 років лікують зуби безкоштовно.
national-dental-children-ask = Запитайте в муніципалітеті, до якого стоматолога має ходити Ваша дитина.

national-dental-young-title = Безкоштовне лікування зубів до 21 року
national-dental-young-summary = Це правило для дітей і молоді повністю діє з 2025 року.
national-dental-young-body = Безкоштовне лікування зубів для дітей і молоді тепер діє до 21 року; з 2025 року воно запроваджене повністю.
national-dental-young-ask = Запитайте в муніципалітеті.

national-health-visitor-expecting-title = Патронажна медсестра (sundhedsplejerske), коли дитина народиться
national-health-visitor-expecting-summary = До Вас безкоштовно приходитимуть додому, уперше — приблизно через тиждень після пологів.
national-health-visitor-expecting-body = Коли Ваша дитина народиться, до Вашої сім’ї безкоштовно приходитиме патронажна медсестра (sundhedsplejerske). Перший візит додому — приблизно через тиждень після пологів.
national-health-visitor-expecting-ask = Запитайте свого лікаря (læge) або в муніципалітеті.
national-health-visitor-expecting-step = Запитайте свого лікаря (læge) або в муніципалітеті про патронажну медсестру (sundhedsplejerske), яка приходить до Вас, коли дитина народиться.

national-health-visitor-baby-title = Патронажна медсестра (sundhedsplejerske)
national-health-visitor-baby-summary = Якщо у Вас маленька дитина, до Вашої сім’ї безкоштовно приходять додому.
national-health-visitor-baby-body = До сімей з маленькими дітьми безкоштовно приходить патронажна медсестра (sundhedsplejerske). Перший візит додому — приблизно через тиждень після пологів.
national-health-visitor-baby-ask = Запитайте в муніципалітеті.
national-health-visitor-baby-step = Запитайте в муніципалітеті про візити патронажної медсестри (sundhedsplejerske).

national-child-checkups-title = Огляди дітей у лікаря (læge)
national-child-checkups-summary = Вашій дитині пропонують 7 оглядів, перш ніж вона піде до школи.
national-child-checkups-body = Лікар (læge) пропонує Вашій дитині 7 профілактичних оглядів, перш ніж дитина піде до школи.
national-child-checkups-ask = Запитайте свого лікаря (læge).

national-health-interpreter-title = Перекладач у лікаря (læge) і в лікарні
national-health-interpreter-summary = Якщо Ви прожили в Данії більше 3 років, можливо, доведеться заплатити збір.
national-health-interpreter-body = Вам можуть надати перекладача, коли Ви у лікаря (læge) або в лікарні. Якщо Ви прожили в Данії більше 3 років, Вам треба заплатити збір; є винятки, наприклад для батьків, коли пацієнт — дитина.
national-health-interpreter-ask = Скажіть про це своєму лікареві (læge), коли записуєтеся на прийом.

national-trauma-treatment-title = Лікування для біженців, які пережили травму
national-trauma-treatment-summary = Таке лікування є по всій Данії, і Ваш лікар (læge) може Вас направити.
national-trauma-treatment-body = У всіх регіонах є спеціальне лікування для біженців, які пережили травму. Ваш лікар (læge) може Вас направити.
national-trauma-treatment-ask = Запитайте свого лікаря (læge).

national-trauma-nordjylland-title = Реабілітаційний центр для біженців (Rehabiliteringscenter for Flygtninge) у регіоні Північна Ютландія (Region Nordjylland)
national-trauma-nordjylland-summary = Безкоштовне лікування ПТСР для дорослих біженців; лікар (læge) має Вас направити.
national-trauma-nordjylland-body = У Region Nordjylland центр Rehabiliteringscenter for Flygtninge (реабілітаційний центр для біженців) лікує дорослих біженців із ПТСР. Лікування безкоштовне, і лікар (læge) має Вас направити.
national-trauma-nordjylland-ask = Попросіть у свого лікаря (læge) направлення.

national-health-assessment-title = Оцінка здоров’я для нових біженців
national-health-assessment-summary = Муніципалітет пропонує оцінити Ваше здоров’я, коли Ви щойно приїхали.
national-health-assessment-body = Муніципалітет пропонує біженцям, які щойно приїхали, оцінку їхнього здоров’я.
national-health-assessment-ask = Запитайте в муніципалітеті.

## Børn og familie

national-children = Діти і сім’я

national-school-title = Обов’язкове навчання (undervisningspligt) – школа
national-school-summary = Діти повинні навчатися 10 років, починаючи з серпня того року, коли їм виповнюється 6 років.
national-school-body = Діти повинні навчатися з серпня того року, коли їм виповнюється 6 років, і протягом 10 років (найпізніше до 31 липня того року, коли їм виповнюється 17). Це стосується дітей, які живуть у Данії щонайменше 6 місяців.
national-school-ask = Запитайте в муніципалітеті про школу для Вашої дитини.
national-school-step = Запитайте в муніципалітеті про місце в школі: обов’язкове навчання починається з серпня того року, коли дитині виповнюється 6 років.

national-daycare-title = Гарантоване місце для догляду за дитиною (pasningsgaranti)
national-daycare-summary = Від 26 тижнів і до початку школи Ваша дитина має право на місце для догляду.
national-daycare-body = Від 26 тижнів і до початку школи Ваша дитина має право на місце в доглядальниці, яка доглядає дітей у себе вдома (dagpleje), у яслах (vuggestue) або в дитячому садку (børnehave).
national-daycare-ask = Запитайте в муніципалітеті.
national-daycare-step = Подайте в муніципалітет заяву на місце в доглядальниці, яка доглядає дітей у себе вдома (dagpleje), у яслах (vuggestue) або в дитячому садку (børnehave).

national-fripladstilskud-title = Допомога на оплату догляду за дитиною (økonomisk fripladstilskud)
national-fripladstilskud-summary = Догляд за Вашою дитиною може коштувати дешевше — залежно від Вашого доходу.
national-fripladstilskud-body = Ви можете подати заяву на допомогу на оплату догляду (økonomisk fripladstilskud), щоб догляд за дитиною коштував дешевше. Розмір допомоги залежить від Вашого доходу, і заяву Ви подаєте через муніципалітет.
national-fripladstilskud-ask = Запитайте в муніципалітеті.

national-language-assessment-title = Перевірка мови приблизно в 3 роки
national-language-assessment-summary = Деякі діти, які не ходять до дошкільного закладу (dagtilbud), повинні мати мовні заняття 30 годин на тиждень.
national-language-assessment-body = Коли дітям приблизно 3 роки, у них перевіряють мову (sprogvurdering). Двомовні діти, які не ходять до дошкільного закладу (dagtilbud) і потребують допомоги з мовою, повинні мати мовні заняття (sprogstimulering) 30 годин на тиждень, і батьки повинні брати в цьому участь.
national-language-assessment-ask = Запитайте в муніципалітеті.

national-child-benefit-title = Допомога на дітей і підлітків (børne- og ungeydelse)
national-child-benefit-summary = Гроші на Ваших дітей — повна сума після 6 років у Данії.
national-child-benefit-body = Ви можете отримувати допомогу на своїх дітей (børne- og ungeydelse). Право на неї Ви набуваєте поступово і отримуєте повну суму, коли прожили або пропрацювали в Данії 6 років за останні 10 років.
national-child-benefit-ask = Дивіться borger.dk.

## Bolig

national-housing = Житло

national-housing-refugees-title = Житло для біженців
national-housing-refugees-summary = Муніципалітет, до якого Вас направили, знаходить для Вас тимчасове або постійне житло.
national-housing-refugees-body = Якщо Ви біженець / біженка, Вас направляють до певного муніципалітету. Муніципалітет знаходить для Вас тимчасове або постійне житло.
national-housing-refugees-ask = Запитайте в муніципалітеті.

national-boligstoette-title = Допомога на оплату житла (boligstøtte)
national-boligstoette-summary = Якщо Ви подасте заяву протягом 30 днів після того, як переїхали в це житло, Ви можете отримувати допомогу з першого дня.
national-boligstoette-body = Ви можете подати заяву на допомогу на оплату житла (boligstøtte) на borger.dk. Якщо Ви подасте заяву протягом 30 днів після того, як переїхали в це житло, Ви можете отримувати допомогу з дня, коли Ви туди переїхали.
national-boligstoette-ask = Подайте заяву на borger.dk або запитайте в центрі обслуговування громадян (Borgerservice).

## Hverdagsliv

national-everyday = Повсякденне життя

national-mitid-title = Цифровий ID (MitID)
national-mitid-summary = Ваш цифровий ID — його можна отримати в застосунку або в центрі обслуговування громадян (Borgerservice).
national-mitid-body = Цифровий ID (MitID) — це Ваше цифрове посвідчення особи. Ви можете отримати його в застосунку MitID, якщо у Вас є паспорт із чипом, або в центрі обслуговування громадян (Borgerservice) з документом із фото; можливо, Вам треба буде взяти з собою свідка, який підтвердить Вашу особу (identitetsvidne).
national-mitid-ask = Ідіть до центру обслуговування громадян (Borgerservice) або дивіться mitid.dk.
national-mitid-step = Отримайте цифровий ID (MitID) у застосунку MitID, якщо у Вас паспорт із чипом, або в центрі обслуговування громадян (Borgerservice).

national-digital-post-title = Цифрова пошта (Digital Post)
national-digital-post-summary = Ваша поштова скринька для листів від державних установ; Ви повинні мати її з 15 років.
national-digital-post-body = З 15 років Ви повинні мати цифрову пошту (Digital Post), куди Вам приходять листи від державних установ. Якщо Вам, наприклад, важко з мовою, центр обслуговування громадян (Borgerservice) може звільнити Вас від цього.
national-digital-post-ask = Запитайте в центрі обслуговування громадян (Borgerservice).

national-venner-viser-vej-title = Venner Viser Vej (Røde Kors)
national-venner-viser-vej-summary = Ви можете познайомитися з сім’єю-волонтером.
national-venner-viser-vej-body = Через мережу Venner Viser Vej («Друзі показують дорогу») від Røde Kors (Червоний Хрест) Ви можете познайомитися з сім’єю-волонтером.
national-venner-viser-vej-ask = Дивіться rodekors.dk або запитайте в муніципалітеті.

national-frivillig-ven-title = Друг-волонтер (Dansk Flygtningehjælp)
national-frivillig-ven-summary = Через Dansk Flygtningehjælp Вам можуть підібрати друга-волонтера.
national-frivillig-ven-body = У Dansk Flygtningehjælp (Данська рада у справах біженців) Вам можуть підібрати друга-волонтера.
national-frivillig-ven-ask = Дивіться flygtning.dk.

national-bydelsmoedre-title = Матері району (Bydelsmødre)
national-bydelsmoedre-summary = Для жінок: жінки-волонтерки можуть допомогти Вам зв’язатися з державними установами.
national-bydelsmoedre-body = Для жінок: матері району (Bydelsmødre) — це жінки-волонтерки, які пройшли навчання, щоб підтримувати жінок, які живуть ізольовано, і допомагати їм зв’язатися з державними установами. Групи є в багатьох місцях, наприклад у Holstebro і Skanderborg.
national-bydelsmoedre-ask = Дивіться bydelsmor.dk або запитайте в муніципалітеті.
