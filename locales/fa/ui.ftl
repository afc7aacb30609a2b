# Interface texts in Persian / Dari. Danish (locales/da/) is the source language.

app-title = Velkommen
app-tagline = خدمات و حقوقی را پیدا کنید که شامل حال شما می‌شود، وقتی تازه به یک کمون در دنمارک آمده‌اید.
privacy-promise = جواب‌های شما فقط روی همین دستگاه می‌ماند. هیچ چیزی فرستاده یا ذخیره نمی‌شود.

choose-heading = کجا زندگی می‌کنید، و به کدام زبان می‌خواهید بخوانید؟
choose-municipality = کمون
choose-municipality-hint = کمونی (kommune) را انتخاب کنید که در آن زندگی می‌کنید یا به آنجا نقل مکان خواهید کرد.
choose-municipality-none = کمون را انتخاب کنید
choose-language = زبان
choose-start = شروع
choose-missing-municipality = برای ادامه، یک کمون را انتخاب کنید.
chosen-summary = { $municipality } · { $language }

problem-heading = یک مشکل وجود دارد
problem-unknown-municipality = این صفحه کمون «{ $value }» را خواست، اما این راهنما آن را نمی‌شناسد. کمون خود را در پایین انتخاب کنید.
problem-unknown-language = این صفحه زبان «{ $value }» را خواست، اما این راهنما این زبان را ندارد. یک زبان را در پایین انتخاب کنید.
problem-unknown-mode = این صفحه نمای «{ $value }» را خواست، اما این راهنما آن را نمی‌شناسد. راهنما به شکل معمول نشان داده می‌شود.
problem-idle-minutes = این صفحه «{ $value }» دقیقه بدون فعالیت را خواست، اما این یک عدد مثبت نیست. راهنما از 5 دقیقه استفاده می‌کند.
problem-content = محتوای راهنما خوانده نشد. مستقیم با کمون تماس بگیرید.

start-again = از اول شروع کنید

# Questions: q-<id> is the heading, q-<id>-short the label in summaries and reasons,
# q-<id>-<option> each answer.
q-dont-know = نمی‌دانم / نمی‌خواهم جواب بدهم
q-household = با چه کسی زندگی می‌کنید؟
q-household-short = خانوار
q-household-alone = تنها زندگی می‌کنم
q-household-partner = با همسر یا شریک زندگی
q-household-children = با فرزندان
q-household-partner_children = با همسر یا شریک زندگی و فرزندان
q-household-family = با پدر و مادرم یا دیگر اعضای خانواده
q-children = فرزندان شما چند ساله هستند؟
q-children-short = سن فرزندان
q-children-hint = همه گزینه‌هایی را که درست است انتخاب کنید.
q-children-0 = کمتر از 1 سال
q-children-1-2 = 1 تا 2 سال
q-children-3-5 = 3 تا 5 سال
q-children-6-13 = 6 تا 13 سال
q-children-14-17 = 14 تا 17 سال
q-children-18plus = 18 سال یا بیشتر
q-expecting = آیا شما یا همسر (شریک زندگی) شما منتظر به دنیا آمدن فرزند هستید؟
q-expecting-short = منتظر فرزند
q-expecting-yes = بله
q-expecting-no = نه
q-age = چند سال دارید؟
q-age-short = سن
q-age-hint = سن خود را به سال بنویسید.
q-gender = آیا شما زن هستید یا مرد؟
q-gender-short = جنسیت
q-gender-hint = ما فقط به این دلیل می‌پرسیم که کمون برای زنان و برای مردان جوان خدماتی دارد. لازم نیست جواب بدهید.
q-gender-woman = زن
q-gender-man = مرد
q-residence = چرا در دنمارک زندگی می‌کنید؟
q-residence-short = دلیل اقامت
q-residence-refugee = من پناهنده هستم
q-residence-ukraine = من از اوکراین آواره شده‌ام (اقامت بر اساس قانون ویژه، særloven)
q-residence-family = من از راه الحاق خانواده (پیوستن به خانواده) آمده‌ام
q-residence-work_study = من اینجا کار می‌کنم یا درس می‌خوانم
q-residence-eu = من شهروند یکی از کشورهای اتحادیه اروپا یا منطقه اقتصادی اروپا (EU/EØS)، یا یکی از کشورهای شمال اروپا (Norden) هستم
q-education = چقدر مکتب رفته‌اید و چقدر درس خوانده‌اید؟
q-education-short = تحصیلات
q-education-little = کم مکتب رفته‌ام یا هیچ نرفته‌ام
q-education-school = مکتب
q-education-vocational = آموزش فنی و حرفه‌ای
q-education-higher = تحصیلات عالی
q-education_place = در کجا درس خوانده‌اید؟
q-education_place-short = محل تحصیل
q-education_place-abroad = در خارج از دنمارک
q-education_place-denmark = در دنمارک
q-work = الان چه کار می‌کنید؟
q-work-short = کار
q-work-job_seeker = دنبال کار هستم
q-work-employed = کار دارم
q-work-student = درس می‌خوانم
q-work-unable = الان نمی‌توانم کار کنم
q-work-retired = بازنشسته (متقاعد) هستم
q-danish = زبان دنمارکی را چقدر خوب صحبت می‌کنید؟
q-danish-short = زبان دنمارکی
q-danish-none = هنوز نه
q-danish-basic = کمی
q-danish-good = خوب
q-health = آیا یکی از این‌ها شامل حال شما می‌شود؟
q-health-short = سلامتی
q-health-hint = همه گزینه‌هایی را که درست است انتخاب کنید، یا هیچ‌کدام را.
q-health-trauma = آسیب روحی (تروما) یا فشار روانی زیاد
q-health-illness = بیماری طولانی‌مدت (مزمن) یا معلولیت
q-health-interpreter = به مترجم نیاز دارم

notice-bad-link = لینک خوانده نشد، برای همین راهنما از اول شروع می‌شود. جواب‌های شما در هیچ جایی ذخیره نشده است.

nav-back = برگشت
step = سوال { $n } از { $total }
continue = ادامه
q-or = یا
error-choose-one = یک جواب را انتخاب کنید.
error-choose-some = دست کم یک جواب را انتخاب کنید، یا «نمی‌دانم / نمی‌خواهم جواب بدهم» را.
error-age = سن خود را به شکل یک عدد بین { $min } و { $max } بنویسید.

check-heading = جواب‌های خود را بررسی کنید
check-intro = پیش از آنکه ببینید چه چیزی شامل حال شما می‌شود، می‌توانید جواب‌ها را تغییر دهید.
check-municipality = کمون
check-change = تغییر
check-unanswered = جواب داده نشده
check-none = هیچ‌کدام از این‌ها
check-submit = ببینید چه چیزی شامل حال شما می‌شود

results-heading = این‌ها را می‌توانید در { $municipality } استفاده کنید
results-intro = اینجا چیزهایی را می‌بینید که بر اساس جواب‌های شما شامل حال شما می‌شود. همیشه از کمون بپرسید که همین حالا چه چیزی وجود دارد.
results-maybe-intro = مواردی که با «شاید شامل حال شما شود – بپرسید» نشانی شده‌اند، به سوالی بستگی دارند که به آن جواب نداده‌اید.
results-contents = در این صفحه
results-national = در همه جای دنمارک
results-steps-heading = از اینجا شروع کنید
results-for-you-heading = برای شما
results-for-you-intro = بر اساس جواب‌های شما انتخاب شده است.
results-for-everyone-heading = برای همه در { $municipality }
results-for-everyone-short = برای همه
results-for-everyone-intro = هدف‌ها و خدمات کمون برای همه شهروندان تازه‌وارد. روی یک مورد بزنید تا آن را بخوانید.
results-more = بیشتر بخوانید
results-less = بستن
results-contact-heading = تماس با { $municipality }
results-contact-intro = اگر درباره چیزی در این صفحه مطمئن نیستید، از کمون بپرسید.
results-because = نشان داده شد، چون شما این جواب را دادید: { $reasons }
results-reason-separator = {"؛ "}
results-for-everyone = شامل حال همه می‌شود.
results-maybe = شاید شامل حال شما شود – بپرسید
results-depends = بستگی دارد به: { $questions }
results-ask = چه کسی می‌تواند کمک کند
results-source = منبع
results-source-policy = { $policy } ({ $period })، بخش «{ $section }»
results-source-policy-undated = { $policy } (بدون ذکر سال)، بخش «{ $section }»
results-reviewed = بررسی شده در { $date }
results-phone = تلفن
results-mail = ایمیل
results-web = وب‌سایت
results-print = چاپ
results-empty = هیچ‌کدام از موارد این راهنما با جواب‌های شما مطابقت ندارد. با کمون تماس بگیرید تا شما را بیشتر راهنمایی کنند.
gone-heading = جواب‌های شما ذخیره نشده است
gone-text = این راهنما هیچ‌وقت جواب‌های شما را ذخیره نمی‌کند. برای همین، وقتی صفحه دوباره باز شود یا وقتی از اول شروع کنید، جواب‌ها پاک می‌شوند.
gone-link = آیا لینک یا کد QR خود را ذخیره کرده‌اید؟ آن را باز کنید تا نتیجه‌های خود را دوباره ببینید.
gone-resume = دوباره به سوال‌ها جواب دهید
take-home-button = نتیجه‌ها را با خود ببرید
take-home-heading = نتیجه‌ها را با خود ببرید
take-home-explain = روی صفحه‌نمایش مشترک یا روی کاغذ: کد را با تلفن خودتان اسکن کنید. روی تلفن خودتان: لینک را کاپی کنید، یا آن را برای خودتان بفرستید. آن‌وقت می‌توانید بعداً نتیجه‌های خود را دوباره باز کنید – به زبان خودتان.
take-home-trust = این لینک جواب‌های شما را در خود دارد. آن را فقط به کسانی بدهید که به آن‌ها اعتماد دارید.
take-home-closed = اگر صفحه را بدون ذخیره کردن لینک ببندید، جواب‌های شما پاک می‌شوند.
take-home-qr-label = کد QR با لینکی به نتیجه‌های شما
take-home-copy = کاپی لینک
take-home-share = اشتراک‌گذاری
take-home-copied = لینک کاپی شد.
take-home-copy-failed = لینک کاپی نشد. به جای آن از کد QR استفاده کنید.
print-scan = کد را با تلفن خود اسکن کنید تا این نتیجه‌ها را دوباره باز کنید.
print-date = چاپ شده در { $date }
counter-badge = حالت میز خدمات
next-citizen = شهروند بعدی
counter-exit = خروج از حالت میز خدمات
large-text = متن بزرگ
browse-link = همه خدمات را بدون جواب دادن به سوال‌ها ببینید
browse-heading = همه خدمات در { $municipality }
browse-search = جستجو در خدمات
browse-search-hint = یک کلمه را به دنمارکی یا به زبان خودتان بنویسید.
browse-count = تعداد خدمات: { $count }
browse-none = هیچ خدمتی با جستجوی شما مطابقت ندارد.
browse-for = برای: { $who }
browse-for-everyone = برای همه
idle-heading = هنوز اینجا هستید؟
idle-text = راهنما تا { $seconds } ثانیه دیگر از اول شروع می‌شود، تا نفر بعدی جواب‌های شما را نبیند.
idle-continue = هنوز اینجا هستم
quick-link = همه سوال‌ها در یک صفحه
quick-heading = همه سوال‌ها در یک صفحه
quick-intro = از این شخص بپرسید و جواب‌ها را انتخاب کنید. اگر جوابی را نمی‌دانید، از آن بگذرید. دکمه Enter را بزنید تا ببینید چه چیزهایی شامل حال او می‌شود.

# The language switcher on every screen; each language is named in itself.
lang-switch-label = تغییر زبان
# After a text shown in Danish because it is not yet translated.
fallback-marker = (به دنمارکی)
# While another language is fetched, the page is shown in Danish.
lang-loading = در حال بارگیری { $language } …
lang-failed = { $language } بارگیری نشد. متن به دنمارکی نشان داده می‌شود.
lang-retry = دوباره تلاش کنید

## The results wait for the municipality's content pack
packs-loading = در حال بارگیری خدمات …
packs-failed-heading = خدمات بارگیری نشد
packs-failed-text = اتصال اینترنت خود را بررسی کنید و دوباره تلاش کنید. پاسخ‌های شما از بین نرفته است.
packs-retry = دوباره تلاش کنید
