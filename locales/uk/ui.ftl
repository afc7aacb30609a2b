# Interface texts (Ukrainian). Danish is the source language: every message exists there first.

app-title = Velkommen
app-tagline = Знайдіть послуги та права, які діють для Вас, якщо Ви щойно переїхали до данського муніципалітету.
privacy-promise = Ваші відповіді залишаються на цьому пристрої. Нічого не надсилається і не зберігається.

choose-heading = Де Ви живете і якою мовою хочете читати?
choose-municipality = Муніципалітет
choose-municipality-hint = Виберіть муніципалітет, де Ви живете або куди переїжджаєте.
choose-municipality-none = Виберіть муніципалітет
choose-language = Мова
choose-start = Почати
choose-missing-municipality = Виберіть муніципалітет, щоб продовжити.
chosen-summary = { $municipality } · { $language }

problem-heading = Виникла проблема
problem-unknown-municipality = Сторінка запитала муніципалітет «{ $value }», якого путівник не знає. Виберіть свій муніципалітет нижче.
problem-unknown-language = Сторінка запитала мову «{ $value }», якої в путівнику немає. Виберіть мову нижче.
problem-unknown-mode = Сторінка запитала режим перегляду «{ $value }», якого путівник не знає. Путівник показано як зазвичай.
problem-idle-minutes = Сторінка запитала «{ $value }» як кількість хвилин без дій, але це не додатне число. Путівник використовує 5 хвилин.
problem-content = Не вдалося прочитати зміст путівника. Зверніться безпосередньо до муніципалітету.

start-again = Почати спочатку

# Questions: q-<id> is the heading, q-<id>-short the label in summaries and reasons,
# q-<id>-<option> each answer.
q-dont-know = Не знаю / не хочу відповідати
q-household = З ким Ви живете?
q-household-short = З ким живете
q-household-alone = Я живу один / одна
q-household-partner = З партнером / партнеркою
q-household-children = З дітьми
q-household-partner_children = З партнером / партнеркою і дітьми
q-household-family = З батьками або з іншими родичами
q-children = Скільки років Вашим дітям?
q-children-short = Вік дітей
q-children-hint = Виберіть усе, що підходить.
q-children-0 = До 1 року
q-children-1-2 = 1–2 роки
q-children-3-5 = 3–5 років
q-children-6-13 = 6–13 років
q-children-14-17 = 14–17 років
q-children-18plus = 18 років або більше
q-expecting = Ви або Ваш партнер / Ваша партнерка чекаєте на дитину?
q-expecting-short = Чекаєте на дитину
q-expecting-yes = Так
q-expecting-no = Ні
q-age = Скільки Вам років?
q-age-short = Вік
q-age-hint = Напишіть свій вік у роках.
q-gender = Ви жінка чи чоловік?
q-gender-short = Стать
q-gender-hint = Ми питаємо тільки тому, що муніципалітет має програми для жінок і для молодих чоловіків. Ви можете не відповідати.
q-gender-woman = Жінка
q-gender-man = Чоловік
q-residence = Чому Ви живете в Данії?
q-residence-short = Підстава для проживання
q-residence-refugee = Я біженець / біженка
q-residence-ukraine = Я з України і маю дозвіл на проживання за спеціальним законом (særloven)
q-residence-family = Я тут через возз’єднання сім’ї
q-residence-work_study = Я тут працюю або навчаюся
q-residence-eu = Я громадянин / громадянка ЄС, ЄЕЗ або північних країн (Norden)
q-education = Скільки Ви вчилися в школі та після неї?
q-education-short = Освіта
q-education-little = Мало шкільної освіти або зовсім немає
q-education-school = Школа
q-education-vocational = Професійна освіта
q-education-higher = Вища освіта
q-education_place = Де Ви здобули освіту?
q-education_place-short = Де навчалися
q-education_place-abroad = За кордоном
q-education_place-denmark = У Данії
q-work = Чим Ви зараз займаєтеся?
q-work-short = Робота
q-work-job_seeker = Я шукаю роботу
q-work-employed = У мене є робота
q-work-student = Я навчаюся
q-work-unable = Я зараз не можу працювати
q-work-retired = Я на пенсії
q-danish = Наскільки добре Ви говорите данською?
q-danish-short = Данська мова
q-danish-none = Ще ні
q-danish-basic = Трохи
q-danish-good = Добре
q-health = Чи стосується Вас щось із цього?
q-health-short = Здоров’я
q-health-hint = Виберіть усе, що підходить, або нічого.
q-health-trauma = Психологічна травма або сильний стрес
q-health-illness = Тривала хвороба або інвалідність
q-health-interpreter = Мені потрібен перекладач

notice-bad-link = Не вдалося прочитати посилання, тому путівник починається спочатку. Ваші відповіді ніде не збережені.

nav-back = Назад
step = Питання { $n } з { $total }
continue = Далі
q-or = або
error-choose-one = Виберіть відповідь.
error-choose-some = Виберіть хоча б одну відповідь або «Не знаю / не хочу відповідати».
error-age = Напишіть свій вік числом від { $min } до { $max }.

check-heading = Перевірте свої відповіді
check-intro = Ви можете змінити відповідь, перш ніж побачите, що стосується Вас.
check-municipality = Муніципалітет
check-change = Змінити
check-unanswered = Немає відповіді
check-none = Нічого з цього
check-submit = Подивитися, що стосується Вас

results-heading = Чим Ви можете скористатися в { $municipality }
results-intro = Тут те, що стосується Вас, на основі Ваших відповідей. Завжди питайте в муніципалітеті, що є саме зараз.
results-maybe-intro = Пункти з позначкою «Можливо, стосується Вас – запитайте» залежать від питання, на яке Ви не відповіли.
results-contents = На цій сторінці
results-national = Діє в усій Данії
results-steps-heading = Почніть звідси
results-for-you-heading = Для Вас
results-for-you-intro = Вибрано на основі Ваших відповідей.
results-for-everyone-heading = Для всіх у { $municipality }
results-for-everyone-short = Для всіх
results-for-everyone-intro = Цілі та послуги муніципалітету для всіх нових мешканців. Натисніть на пункт, щоб прочитати його.
results-more = Читати далі
results-less = Закрити
results-contact-heading = Зв’язатися з { $municipality }
results-contact-intro = Запитайте в муніципалітеті, якщо Ви не впевнені в чомусь на цій сторінці.
results-because = Показано, бо Ви відповіли: { $reasons }
results-reason-separator = {"; "}
results-for-everyone = Стосується всіх.
results-maybe = Можливо, стосується Вас – запитайте
results-depends = Це залежить від: { $questions }
results-ask = Хто може допомогти
results-source = Джерело
results-source-policy = { $policy } ({ $period }), розділ «{ $section }»
results-source-policy-undated = { $policy } (рік не вказано), розділ «{ $section }»
results-reviewed = перевірено { $date }
results-phone = Телефон
results-mail = Ел. пошта
results-web = Вебсайт
results-print = Надрукувати
results-empty = Жоден пункт путівника не підходить до Ваших відповідей. Зверніться до муніципалітету, і там Вам допоможуть далі.
gone-heading = Ваші відповіді не збережені
gone-text = Путівник ніколи не зберігає Ваші відповіді. Тому вони зникають, коли сторінка відкривається знову або коли Ви починаєте спочатку.
gone-link = Ви зберегли своє посилання або QR-код? Відкрийте його, і Ви знову побачите свої результати.
gone-resume = Відповісти на питання ще раз
take-home-button = Взяти результати з собою
take-home-heading = Взяти результати з собою
take-home-explain = На спільному екрані або на папері: відскануйте код своїм телефоном. На своєму телефоні: скопіюйте посилання або поділіться ним із собою. Тоді Ви зможете пізніше знову відкрити свої результати – своєю мовою.
take-home-trust = Посилання містить Ваші відповіді. Діліться ним тільки з людьми, яким Ви довіряєте.
take-home-closed = Якщо Ви закриєте сторінку і не збережете посилання, Ваші відповіді зникнуть.
take-home-qr-label = QR-код із посиланням на Ваші результати
take-home-copy = Копіювати посилання
take-home-share = Поділитися
take-home-copied = Посилання скопійовано.
take-home-copy-failed = Не вдалося скопіювати посилання. Натомість скористайтеся QR-кодом.
print-scan = Відскануйте код телефоном, щоб знову відкрити ці результати.
print-date = Надруковано { $date }
counter-badge = Режим стійки обслуговування
next-citizen = Наступний відвідувач
counter-exit = Вийти з режиму стійки
large-text = Великий текст
browse-link = Переглянути всі послуги без відповідей на питання
browse-heading = Усі послуги в { $municipality }
browse-search = Пошук серед послуг
browse-search-hint = Напишіть слово данською або своєю мовою.
browse-count = Послуг: { $count }
browse-none = Жодна послуга не відповідає Вашому пошуку.
browse-for = Для кого: { $who }
browse-for-everyone = Для всіх
idle-heading = Ви ще тут?
idle-text = Путівник почне спочатку через { $seconds } сек., щоб наступна людина не побачила Ваших відповідей.
idle-continue = Я ще тут
quick-link = Усі питання на одній сторінці
quick-heading = Усі питання на одній сторінці
quick-intro = Запитайте людину й виберіть відповіді. Пропустіть те, чого не знаєте. Натисніть Enter, щоб побачити, що стосується цієї людини.

# The language switcher on every screen; each language is named in itself.
lang-switch-label = Змінити мову
# After a text shown in Danish because it is not yet translated.
fallback-marker = (данською)
# While another language is fetched, the page is shown in Danish.
lang-loading = Завантаження: { $language } …
lang-failed = Не вдалося завантажити: { $language }. Текст показано данською мовою.
lang-retry = Спробувати ще раз

## The results wait for the municipality's content pack
packs-loading = Завантаження пропозицій …
packs-failed-heading = Не вдалося завантажити пропозиції
packs-failed-text = Перевірте підключення до інтернету і спробуйте ще раз. Ваші відповіді не втрачено.
packs-retry = Спробувати ще раз
