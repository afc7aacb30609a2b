jammerbugt-name = Jammerbugt Kommune
jammerbugt-policy-title = Integrationspolitik – Indsatsområder og målsætninger

## Modtagelse

jammerbugt-modtagelse = Прибуття і прийом
jammerbugt-modtagelse-start-title = Безпечний початок у муніципалітеті
jammerbugt-modtagelse-start-summary = Муніципалітет прагне, щоб Ви отримали добру інформацію і щоб враховували Вашу ситуацію.
jammerbugt-modtagelse-start-body = Муніципалітет прагне, щоб після приїзду Ви почувалися в безпеці, відчували довіру і отримали добру інформацію. Мета також — щоб враховували саме Вашу ситуацію.
jammerbugt-modtagelse-start-ask = Запитайте в муніципалітеті, з ким Вам говорити в перший час.
jammerbugt-modtagelse-sprog-title = Вивчайте данську
jammerbugt-modtagelse-sprog-summary = Муніципалітет ставить за мету, щоб Ви мали можливість вивчати данську мову.
jammerbugt-modtagelse-sprog-body = Муніципалітет ставить за мету, щоб Ви мали можливість вивчати данську мову.
jammerbugt-modtagelse-sprog-ask = Запитайте в муніципалітеті, як почати курси данської мови (danskuddannelse).
jammerbugt-modtagelse-samfund-title = Знання про життя в Данії
jammerbugt-modtagelse-samfund-summary = Муніципалітет ставить за мету, щоб Ви могли дізнатися про данські норми і культуру.
jammerbugt-modtagelse-samfund-body = Муніципалітет ставить за мету, щоб Ви мали можливість дізнатися про данські норми і данську культуру.
jammerbugt-modtagelse-samfund-ask = Запитайте в муніципалітеті, де Ви можете більше дізнатися про життя в Данії.

## Børn og familie

jammerbugt-boern-familie = Діти і сім’я
jammerbugt-dagpleje-title = Ваша дитина в няні вдома (dagpleje)
jammerbugt-dagpleje-summary = Муніципалітет прагне, щоб Вашу дитину поважали і щоб вона знайшла друзів.
jammerbugt-dagpleje-body = Муніципалітет прагне, щоб до Вашої дитини в няні вдома (dagpleje) ставилися з повагою і щоб дитина могла знайти друзів і стати частиною групи. Співпраця між Вами і нянею має будуватися на рівності й повазі, з вимогами й очікуваннями з обох боків.
jammerbugt-dagpleje-ask = Запитайте в муніципалітеті про місце для Вашої дитини в няні вдома (dagpleje).
jammerbugt-skole-title = Ваша дитина в школі
jammerbugt-skole-summary = Муніципалітет прагне, щоб Ваша дитина вчилася разом з іншими дітьми.
jammerbugt-skole-body = Муніципалітет прагне, щоб у школі Вашу дитину приймали з повагою і визнанням і щоб вона вчилася разом з іншими дітьми. Мета також — щоб Ви як батько чи мати співпрацювали зі школою, щоб Ваша дитина відчувала, що її цінують.
jammerbugt-skole-ask = Запитайте в школі Вашої дитини або в муніципалітеті, як Вам добре розпочати.
jammerbugt-traumer-title = Коли важкий досвід заважає вчитися
jammerbugt-traumer-summary = Якщо Ваша дитина пережила щось важке, Ви можете розповісти про це в школі.
jammerbugt-traumer-body = Муніципалітет ставить за мету, щоб школа звертала увагу на травми, які можуть заважати дитині вчитися. Якщо Ваша дитина пережила щось важке, Ви можете розповісти про це в школі.
jammerbugt-traumer-ask = Поговоріть зі школою Вашої дитини про те, що школа може зробити сьогодні.
jammerbugt-sundhedsfremme-title = Профілактика і рання допомога дітям
jammerbugt-sundhedsfremme-summary = Муніципалітет ставить за мету підтримувати дітей і молодь з особливими потребами.
jammerbugt-sundhedsfremme-body = Муніципалітет працює над профілактикою і ранньою допомогою дітям і сім’ям. Муніципалітет також хоче підтримувати дітей і молодь з особливими потребами.
jammerbugt-sundhedsfremme-ask = Якщо Ви хвилюєтеся за свою дитину, запитайте в муніципалітеті, яка допомога є сьогодні.
jammerbugt-familieafdeling-title = Поради і консультації для сім’ї
jammerbugt-familieafdeling-summary = Відділ у справах сімей (familieafdeling) муніципалітету дає поради, а мета — дивитися на ситуацію всієї сім’ї.
jammerbugt-familieafdeling-body = Відділ у справах сімей (familieafdeling) муніципалітету дає поради і консультації сім’ям. Муніципалітет прагне дивитися на ситуацію всієї сім’ї і щоб Ви самі допомагали знайти добре рішення близько від місця, де Ви живете.
jammerbugt-familieafdeling-ask = Зверніться до муніципалітету і попросіть поговорити з відділом у справах сімей (familieafdeling).

## Socialområdet

jammerbugt-socialomraadet = Соціальна сфера
jammerbugt-social-indgang-title = Одне місце, щоб звернутися по допомогу до муніципалітету
jammerbugt-social-indgang-summary = Муніципалітет прагне, щоб Ви отримували добрі поради і щоб Вашу ситуацію швидко з’ясували.
jammerbugt-social-indgang-body = Муніципалітет прагне, щоб до пропозицій муніципалітету можна було звернутися через одне місце і щоб Ви отримували добрі поради щодо своїх потреб. Мета — щоб Вашу ситуацію швидко з’ясували і щоб Ви вчасно отримували виплати, на які маєте право.
jammerbugt-social-indgang-ask = Зверніться до муніципалітету і розкажіть, з чим Вам потрібна допомога.

## Frivillige

jammerbugt-frivillige = Волонтери
jammerbugt-frivillighuset-title = Дім волонтерів (Frivillighuset)
jammerbugt-frivillighuset-summary = Муніципалітет ставить за мету, щоб Дім волонтерів (Frivillighuset) був для Вас шляхом до волонтерів.
jammerbugt-frivillighuset-body = Волонтерські об’єднання, групи та окремі люди можуть полегшити Ваше повсякденне життя. Муніципалітет ставить за мету, щоб Дім волонтерів (Frivillighuset) був для Вас входом до волонтерської соціальної роботи в муніципалітеті.
jammerbugt-frivillighuset-ask = Запитайте в муніципалітеті, як зв’язатися з Домом волонтерів (Frivillighuset).

## Sundhed

jammerbugt-sundhed = Здоров’я
jammerbugt-sundhed-tilbud-title = Пропозиції для здоров’я
jammerbugt-sundhed-tilbud-summary = Муніципалітет ставить за мету надавати послуги тим, хто має особливі потреби.
jammerbugt-sundhed-tilbud-body = Муніципалітет працює над тим, щоб зменшити нерівність у здоров’ї, і ставить за мету давати пропозиції для здоров’я тим, хто має особливі потреби. Ваше здоров’я — це спільна відповідальність Вас, Вашої сім’ї і муніципалітету.
jammerbugt-sundhed-tilbud-ask = Запитайте в муніципалітеті, які пропозиції для здоров’я є сьогодні.

## Beskæftigelse

jammerbugt-beskaeftigelse = Робота
jammerbugt-job-title = Шлях до роботи
jammerbugt-job-summary = Мета — щоб Ви швидко почали діяти і могли себе утримувати.
jammerbugt-job-body = Муніципалітет прагне, щоб Ви швидко почали діяти, щоб могли себе утримувати і брати активну участь у житті суспільства. Треба враховувати Вашу ситуацію, і Вас бачать як ресурс для місцевої громади.
jammerbugt-job-ask = Запитайте в центрі зайнятості (jobcenter) муніципалітету, з чого Ви можете почати.

## Kultur og fritid

jammerbugt-kultur-fritid = Культура і дозвілля
jammerbugt-foreningsliv-title = Об’єднання і дозвілля
jammerbugt-foreningsliv-summary = Муніципалітет хоче допомогти Вам познайомитися з іншими людьми у Вашому районі.
jammerbugt-foreningsliv-body = Муніципалітет хоче допомогти Вам познайомитися з іншими людьми, які живуть у Вашому районі, наприклад через клуби та об’єднання. Муніципалітет також прагне, щоб культурні заходи були в усіх частинах муніципалітету.
jammerbugt-foreningsliv-ask = Запитайте в муніципалітеті, які об’єднання і заходи є там, де Ви живете.
jammerbugt-demokrati-title = Беріть участь у демократії
jammerbugt-demokrati-summary = Муніципалітет хоче, щоб Ви бачили можливості вчитися все життя.
jammerbugt-demokrati-body = Муніципалітет хоче, щоб Ви бачили можливості вчитися все життя і брати участь у демократії. У муніципалітеті є Integrationsråd (рада з питань інтеграції), яка допомагала створити політику інтеграції.
jammerbugt-demokrati-ask = Запитайте в муніципалітеті, як Ви можете брати участь у місцевій демократії, наприклад у раді з питань інтеграції (Integrationsrådet).

## Naturområdet

jammerbugt-natur = Природа
jammerbugt-natur-friluftsliv-title = Природа в Jammerbugt
jammerbugt-natur-friluftsliv-summary = Муніципалітет хоче, щоб Ви могли використовувати природу для руху і відпочинку на свіжому повітрі.
jammerbugt-natur-friluftsliv-body = Муніципалітет хоче, щоб Ви могли використовувати природу для руху і відпочинку на свіжому повітрі. Муніципалітет також сподівається, що Ви допомагатимете берегти природу.
jammerbugt-natur-friluftsliv-ask = Запитайте в муніципалітеті, де Ви можете вийти на природу і як можете допомогти її берегти.

## Kommunen som arbejdsplads

jammerbugt-arbejdsplads = Муніципалітет як місце роботи
jammerbugt-kommunen-job-title = Робота в муніципалітеті
jammerbugt-kommunen-job-summary = Муніципалітет хоче, щоб серед працівників були й люди неданського походження.
jammerbugt-kommunen-job-body = Jammerbugt Kommune хоче, щоб працівники були такими ж різними, як населення, тобто щоб серед них були й люди неданського походження. Тому муніципалітет — це також можливе місце роботи для Вас.
jammerbugt-kommunen-job-ask = Запитайте в муніципалітеті, як подати заяву на роботу в муніципалітеті.

## Borgerservice

jammerbugt-borgerservice = Центр обслуговування громадян (Borgerservice)
jammerbugt-borgerservice-indgang-title = Центр обслуговування громадян (Borgerservice) — Ваші двері до муніципалітету
jammerbugt-borgerservice-indgang-summary = Мета — щоб центр обслуговування громадян (Borgerservice) міг допомогти Вам далі, до інших відділів муніципалітету.
jammerbugt-borgerservice-indgang-body = Муніципалітет хоче, щоб центр обслуговування громадян (Borgerservice) був звичним місцем, куди Ви йдете, коли Вам потрібні державні установи. Мета — щоб Borgerservice міг допомогти Вам далі, до інших відділів муніципалітету.
jammerbugt-borgerservice-indgang-ask = Ідіть до центру обслуговування громадян (Borgerservice) або зателефонуйте до муніципалітету.
jammerbugt-selvbetjening-title = Допомога з цифровим самообслуговуванням
jammerbugt-selvbetjening-summary = Муніципалітет ставить за мету, щоб Ви могли отримати цю допомогу в центрі обслуговування громадян (Borgerservice).
jammerbugt-selvbetjening-body = Муніципалітет ставить за мету, щоб у центрі обслуговування громадян (Borgerservice) Вам допомагали користуватися цифровими сервісами самообслуговування, наприклад коли Вам треба подати заяву через інтернет.
jammerbugt-selvbetjening-ask = Запитайте в центрі обслуговування громадян (Borgerservice), чи можуть там допомогти Вам із самообслуговуванням.
