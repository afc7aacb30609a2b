national-name = سراسر دنمارک

## Danskuddannelse

national-danish = آموزش زبان دنمارکی (danskuddannelse)

national-danish-5-years-title = آموزش زبان دنمارکی (danskuddannelse) تا 5 سال
national-danish-5-years-summary = اگر پناهنده هستید یا از راه الحاق خانواده آمده‌اید و 18 سال یا بیشتر دارید، این حق شماست.
national-danish-5-years-body = اگر پناهنده هستید یا از راه الحاق خانواده آمده‌اید، 18 سال یا بیشتر دارید، اجازه اقامت (opholdstilladelse) دارید و در یک کمون زندگی می‌کنید، حق دارید تا 5 سال آموزش زبان دنمارکی (danskuddannelse) ببینید. درس‌ها رایگان است. سه نوع آموزش وجود دارد: DU1، اگر نمی‌توانید حروف لاتین را بخوانید و بنویسید؛ DU2، اگر مدت کوتاهی به مکتب رفته‌اید؛ و DU3، اگر تحصیلات میان‌مدت یا بلندمدت دارید.
national-danish-5-years-ask = از کمون بپرسید. کمون شما را به یک مرکز زبان (sprogcenter) معرفی می‌کند.

national-danish-3-5-years-title = آموزش زبان دنمارکی (danskuddannelse) برای سه سال و نیم
national-danish-3-5-years-summary = می‌توانید این آموزش را ببینید، برای مثال اگر کار می‌کنید، تحصیل می‌کنید یا شهروند اتحادیه اروپا (EU) هستید.
national-danish-3-5-years-body = اگر برای کار یا تحصیل اینجا هستید، یا همسر کسی هستید که برای کار یا تحصیل اینجاست و همراه او آمده‌اید، یا اوپر (au pair، جوانی که نزد یک خانواده زندگی می‌کند و در خانه کمک می‌کند) یا شهروند اتحادیه اروپا (EU) هستید، می‌توانید در مدت 5 سال، سه سال و نیم آموزش زبان دنمارکی (danskuddannelse) ببینید. باید 18 سال یا بیشتر داشته باشید، اجازه اقامت (opholdstilladelse) داشته باشید و در یک کمون زندگی کنید (یا طبق قوانین اتحادیه اروپا اینجا زندگی کنید). سه نوع آموزش وجود دارد: DU1، اگر نمی‌توانید حروف لاتین را بخوانید و بنویسید؛ DU2، اگر مدت کوتاهی به مکتب رفته‌اید؛ و DU3، اگر تحصیلات میان‌مدت یا بلندمدت دارید.
national-danish-3-5-years-ask = از کمون بپرسید. کمون شما را به یک مرکز زبان (sprogcenter) معرفی می‌کند.

national-danish-deposit-title = درس رایگان – اما با پول ضمانت
national-danish-deposit-summary = اگر خرج زندگی خود را خودتان می‌دهید، برای هر مرحله درسی (modul) 2000 کرون می‌پردازید.
national-danish-deposit-body = درس‌ها رایگان است. از 1 جولای 2020، شاگردانی که خرج زندگی خود را خودشان می‌دهند، برای هر مرحله درسی (modul) 2000 کرون پول ضمانت (depositum) می‌پردازند. اگر آن مرحله را به موقع تمام کنید، پول را پس می‌گیرید.
national-danish-deposit-ask = از مرکز زبان (sprogcenter) بپرسید که آیا باید پول ضمانت بپردازید، و برای هر مرحله درسی چقدر وقت دارید.

national-danish-referral-title = کمون شما را به درس زبان دنمارکی معرفی می‌کند
national-danish-referral-summary = معمولاً در مدت یک ماه؛ اگر خبری نشنیدید، با کمون تماس بگیرید.
national-danish-referral-body = کمون شما را به آموزش زبان دنمارکی (danskuddannelse) معرفی می‌کند، معمولاً در مدت یک ماه. اگر خبری نشنیدید، با کمون تماس بگیرید.
national-danish-referral-ask = از کمون یا دفتر خدمات شهروندی (Borgerservice) بپرسید.
national-danish-referral-step = اگر در مدت یک ماه خبری نشنیدید، از کمون بخواهید شما را به آموزش زبان دنمارکی (danskuddannelse) معرفی کند.

national-fvu-title = آموزش آمادگی بزرگسالان (FVU): خواندن، نوشتن و ریاضی
national-fvu-summary = درس رایگان برای بزرگسالان است؛ نام کامل آن forberedende voksenundervisning است.
national-fvu-body = آموزش آمادگی بزرگسالان (FVU، forberedende voksenundervisning) درس رایگان برای بزرگسالان در خواندن، نوشتن و حساب است.
national-fvu-ask = به ug.dk نگاه کنید، یا از کمون بپرسید.

## Programmet efter ankomst

national-programme = برنامه بعد از رسیدن به دنمارک

national-programme-refugee-title = برنامه خودکفایی و بازگشت به وطن (selvforsørgelses- og hjemrejseprogram)
national-programme-refugee-summary = اگر پناهنده هستید، در آموزش زبان دنمارکی (danskuddannelse) و فعالیت‌هایی شرکت می‌کنید که باید شما را به کار برساند.
national-programme-refugee-body = اگر پناهنده هستید، در برنامه خودکفایی و بازگشت به وطن (selvforsørgelses- og hjemrejseprogram) قرار می‌گیرید. این برنامه شامل آموزش زبان دنمارکی (danskuddannelse) و فعالیت‌هایی است که باید شما را به کار برساند، برای مثال راهنمایی، کارآموزی در یک شرکت (virksomhedspraktik) و کار با کمک مزد (løntilskud). هدف، یک کار عادی در مدت حدود یک سال است، و برنامه می‌تواند تا 5 سال طول بکشد.
national-programme-refugee-ask = از مرکز کار (jobcenter) کمون بپرسید.

national-programme-family-title = برنامه آشنایی (introduktionsprogram)
national-programme-family-summary = اگر از راه الحاق خانواده آمده‌اید، در آموزش زبان دنمارکی (danskuddannelse) و فعالیت‌هایی شرکت می‌کنید که باید شما را به کار برساند.
national-programme-family-body = اگر از راه الحاق خانواده آمده‌اید، در برنامه آشنایی (introduktionsprogram) قرار می‌گیرید؛ اگر به یک پناهنده پیوسته‌اید، به جای آن در برنامه خودکفایی و بازگشت به وطن (selvforsørgelses- og hjemrejseprogram) قرار می‌گیرید. هر دو برنامه شامل آموزش زبان دنمارکی (danskuddannelse) و فعالیت‌هایی است که باید شما را به کار برساند، برای مثال راهنمایی، کارآموزی در یک شرکت (virksomhedspraktik) و کار با کمک مزد (løntilskud). هدف، یک کار عادی در مدت حدود یک سال است، و برنامه می‌تواند تا 5 سال طول بکشد.
national-programme-family-ask = از مرکز کار (jobcenter) کمون بپرسید که در کدام برنامه قرار می‌گیرید.

national-programme-ukraine-title = اقامت بر اساس قانون ویژه (særloven) – اوکراین
national-programme-ukraine-summary = قوانین مربوط به پناهندگان معمولاً برای شما هم اعتبار دارد، به جز چند استثنا.
national-programme-ukraine-body = اگر بر اساس قانون ویژه برای آوارگان اوکراین (særloven) اجازه اقامت دارید، قوانین قانون ادغام برای پناهندگان معمولاً برای شما هم اعتبار دارد، برای مثال تعیین خانه (boligplacering)، بررسی سلامت، آموزش زبان دنمارکی (danskuddannelse) و یک برنامه در کمون. چند قانون فرق دارد: کمون حداکثر 15 روز کاری بعد از تصمیم، مسئولیت شما را به عهده می‌گیرد، و وظیفه کار (arbejdspligt) که از 1 جنوری (ژانویه) 2025 شروع شده، شامل شما نمی‌شود.
national-programme-ukraine-ask = از مرکز کار (jobcenter) کمون بپرسید که کدام قوانین و کدام برنامه برای شما اعتبار دارد.
national-programme-ukraine-step = از مرکز کار (jobcenter) کمون بپرسید که بر اساس قانون ویژه (særloven) کدام برنامه و کدام قوانین برای شما اعتبار دارد.

national-programme-forloeb-title = دوره آشنایی (introduktionsforløb)
national-programme-forloeb-summary = اگر کار می‌کنید، تحصیل می‌کنید یا شهروند اتحادیه اروپا (EU) هستید، کمون آن را به شما پیشنهاد می‌کند.
national-programme-forloeb-body = اگر برای کار یا تحصیل اینجا هستید، یا شهروند اتحادیه اروپا (EU) هستید، می‌توانید از کمون یک دوره آشنایی (introduktionsforløb) بگیرید.
national-programme-forloeb-ask = از مرکز کار (jobcenter) کمون بپرسید که این دوره شامل چه چیزهایی است.
national-programme-forloeb-step = از مرکز کار (jobcenter) کمون درباره دوره آشنایی (introduktionsforløb) بپرسید.

national-programme-contract-title = قرارداد و تعهدنامه
national-programme-contract-summary = این کار در مدت حدود یک ماه انجام می‌شود، و تعهدنامه برای اقامت دائم لازم است.
national-programme-contract-body = در مدت حدود یک ماه، شما با کمون یک قرارداد می‌بندید. در همان زمان، تعهدنامه اقامت و خودکفایی (opholds- og selvforsørgelseserklæring) را امضا می‌کنید. این تعهدنامه شرطی برای گرفتن اقامت دائم است. اگر لازم داشته باشید، مترجم می‌گیرید.
national-programme-contract-ask = از مرکز کار (jobcenter) کمون بپرسید.
national-programme-contract-step = در مدت حدود یک ماه، قرارداد خود را با مرکز کار (jobcenter) کمون ببندید.

national-programme-benefits-title = کمک‌های مالی: به borger.dk نگاه کنید
national-programme-benefits-summary = قوانین در سال 2025 تغییر کرد، و چند کمک مالی نام‌های تازه گرفتند.
national-programme-benefits-body = قوانین کمک‌های مالی با یک اصلاح قانون (reform) در سال 2025 تغییر کرد، و چند کمک مالی نام‌های تازه گرفتند. قوانین و مبلغ‌های فعلی را در borger.dk ببینید.
national-programme-benefits-ask = به borger.dk نگاه کنید، یا از مرکز کار (jobcenter) در کمون بپرسید.

## IGU

national-igu = آموزش پایه برای ادغام (IGU، integrationsgrunduddannelse)

national-igu-job-title = آموزش پایه برای ادغام (IGU): کار و مکتب برای دو سال
national-igu-job-summary = وقتی کار می‌کنید مزد می‌گیرید، و وقتی به مکتب می‌روید هم پول می‌گیرید.
national-igu-job-body = آموزش پایه برای ادغام (IGU) یک کار با مزد در یک شرکت برای دو سال است، به طور میانگین دست کم 25 ساعت در هفته، همراه با 23 هفته مکتب. وقتی کار می‌کنید، مزد شاگردی (elevløn) می‌گیرید، و وقتی به مکتب می‌روید، کمک‌هزینه تحصیل (uddannelsesgodtgørelse) می‌گیرید.
national-igu-job-ask = از مرکز کار (jobcenter) در کمون بپرسید.

national-igu-who-title = چه کسی می‌تواند آموزش پایه برای ادغام (IGU) بگیرد
national-igu-who-summary = پناهندگان و کسانی که از راه الحاق خانواده آمده‌اند، 18 تا 50 ساله، که حداکثر 20 سال در دنمارک زندگی کرده‌اند.
national-igu-who-body = طبق توافق سه‌جانبه (trepartsaftale) سپتامبر 2023، که تا 2028 اعتبار دارد، پناهندگان و همه کسانی که از راه الحاق خانواده آمده‌اند و 18 تا 50 سال دارند، می‌توانند آموزش پایه برای ادغام (IGU) بگیرند، اگر حداکثر 20 سال در دنمارک زندگی کرده باشند. در صفحه‌های قدیمی‌تر 18 تا 40 سال نوشته شده است.
national-igu-who-ask = از مرکز کار (jobcenter) در کمون بپرسید که آیا می‌توانید آموزش پایه برای ادغام (IGU) بگیرید.

## Uddannelse fra udlandet

national-qualifications = تحصیلات و مهارت‌هایی که از خارج دارید

national-qualifications-assessment-title = ارزیابی تحصیلات خارجی شما
national-qualifications-assessment-summary = این کار رایگان است؛ اگر پناهنده هستید و اسناد خود را ندارید، می‌توانید یک نظر مشورتی (vejledende udtalelse) بگیرید.
national-qualifications-assessment-body = اداره تحصیلات و تحقیقات (Uddannelses- og Forskningsstyrelsen) تحصیلاتی را که در خارج کرده‌اید، به طور رایگان ارزیابی می‌کند. اگر پناهنده هستید و اسناد خود را ندارید، می‌توانید یک نظر مشورتی (vejledende udtalelse) بگیرید.
national-qualifications-assessment-ask = به ufm.dk نگاه کنید، یا از مرکز کار (jobcenter) بپرسید.

national-qualifications-authorisation-title = جواز کار (autorisation) برای شغل‌هایی که قانون برای آن‌ها شرط گذاشته است
national-qualifications-authorisation-summary = اگر می‌خواهید برای مثال به عنوان پزشک (læge)، پرستار یا معلم کار کنید، به اجازه نیاز دارید.
national-qualifications-authorisation-body = اگر می‌خواهید در شغلی کار کنید که قانون برای آن شرط گذاشته است، برای مثال به عنوان پزشک (læge)، پرستار یا معلم، باید جواز (autorisation) داشته باشید. برای شغل‌های بخش سلامت، جواز را از اداره امنیت بیماران (Styrelsen for Patientsikkerhed) می‌گیرید.
national-qualifications-authorisation-ask = به borger.dk نگاه کنید.

## Sundhed

national-health = سلامت

national-health-card-title = کارت سلامت (sundhedskort)
national-health-card-summary = وقتی در سیستم ثبت نفوس (CPR) ثبت شدید، کارت زرد را رایگان می‌گیرید.
national-health-card-body = وقتی در سیستم ثبت نفوس (CPR) ثبت شدید، کارت زرد سلامت (sundhedskort) را می‌گیرید؛ این کارت به شکل اپلیکیشن (app) هم هست. کارت اول رایگان است.
national-health-card-ask = از دفتر خدمات شهروندی (Borgerservice) در کمون بپرسید.
national-health-card-step = در دفتر خدمات شهروندی (Borgerservice) در سیستم ثبت نفوس (CPR) ثبت شوید؛ آن وقت کارت زرد سلامت (sundhedskort) را می‌گیرید.

national-health-gp-title = پزشک (læge) و شفاخانه
national-health-gp-summary = رایگان است، و پزشک خانواده شما (læge) می‌تواند شما را به پزشک متخصص و روان‌شناس معرفی کند.
national-health-gp-body = رفتن پیش پزشک خانواده خودتان (egen læge) و درمان در شفاخانه رایگان است (گروه 1). پزشک می‌تواند شما را به پزشک متخصص و روان‌شناس معرفی کند.
national-health-gp-ask = از پزشک خانواده خود (læge) بپرسید.

national-dental-children-title = خدمات رایگان دندان برای کودکان
national-dental-children-summary = این برای کودکان و نوجوانان زیر 18 سال است.
national-dental-children-body = کودکان و نوجوانان زیر 18 سال خدمات دندان را رایگان می‌گیرند.
national-dental-children-ask = از کمون بپرسید که فرزند شما باید پیش کدام دندان‌پزشک برود.

national-dental-young-title = خدمات رایگان دندان تا 21 سالگی
national-dental-young-summary = این برنامه برای کودکان و نوجوانان از سال 2025 به طور کامل اجرا می‌شود.
national-dental-young-body = خدمات رایگان دندان برای کودکان و نوجوانان حالا تا 21 سالگی است؛ این قانون از سال 2025 به طور کامل اجرا شده است.
national-dental-young-ask = از کمون بپرسید.

national-health-visitor-expecting-title = پرستار سلامت (sundhedsplejerske) بعد از تولد کودک
national-health-visitor-expecting-summary = در خانه دیدار رایگان دارید؛ اولین دیدار حدود یک هفته بعد از تولد است.
national-health-visitor-expecting-body = وقتی فرزند شما به دنیا آمد، یک پرستار سلامت (sundhedsplejerske) به طور رایگان به خانواده شما سر می‌زند. اولین دیدار در خانه حدود یک هفته بعد از تولد است.
national-health-visitor-expecting-ask = از پزشک خانواده خود (læge) یا کمون بپرسید.
national-health-visitor-expecting-step = از پزشک خانواده خود (læge) یا کمون درباره پرستار سلامت (sundhedsplejerske) بپرسید، که بعد از تولد کودک به شما سر می‌زند.

national-health-visitor-baby-title = پرستار سلامت (sundhedsplejerske)
national-health-visitor-baby-summary = اگر کودک کوچک دارید، خانواده شما در خانه دیدار رایگان دارد.
national-health-visitor-baby-body = یک پرستار سلامت (sundhedsplejerske) به طور رایگان به خانواده‌هایی که کودک کوچک دارند سر می‌زند. اولین دیدار در خانه حدود یک هفته بعد از تولد است.
national-health-visitor-baby-ask = از کمون بپرسید.
national-health-visitor-baby-step = از کمون درباره دیدار پرستار سلامت (sundhedsplejerske) بپرسید.

national-child-checkups-title = معاینه کودکان پیش پزشک (læge)
national-child-checkups-summary = برای فرزند شما، پیش از آنکه به مکتب برود، 7 معاینه ارائه می‌شود.
national-child-checkups-body = پزشک خانواده (læge) پیش از آنکه فرزند شما به مکتب برود، 7 معاینه پیشگیرانه برای او ارائه می‌دهد.
national-child-checkups-ask = از پزشک خانواده خود (læge) بپرسید.

national-health-interpreter-title = مترجم پیش پزشک (læge) و در شفاخانه
national-health-interpreter-summary = اگر بیشتر از 3 سال در دنمارک زندگی کرده‌اید، ممکن است یک فیس (مبلغ مشخص) بپردازید.
national-health-interpreter-body = وقتی پیش پزشک خانواده (læge) می‌روید یا در شفاخانه هستید، می‌توانید مترجم بگیرید. اگر بیشتر از 3 سال در دنمارک زندگی کرده‌اید، باید یک فیس (مبلغ مشخص) بپردازید؛ استثناهایی هم وجود دارد، برای مثال برای پدر و مادر، وقتی بیمار خود کودک است.
national-health-interpreter-ask = وقتی وقت ملاقات می‌گیرید، به پزشک خانواده خود (læge) بگویید.

national-trauma-treatment-title = درمان برای پناهندگانی که آسیب روحی (تروما) دیده‌اند
national-trauma-treatment-summary = این درمان در سراسر دنمارک وجود دارد، و پزشک خانواده شما (læge) می‌تواند شما را معرفی کند.
national-trauma-treatment-body = در همه منطقه‌ها (region) درمان تخصصی برای پناهندگانی که آسیب روحی دیده‌اند وجود دارد. پزشک خانواده شما (læge) می‌تواند شما را معرفی کند.
national-trauma-treatment-ask = از پزشک خانواده خود (læge) بپرسید.

national-trauma-nordjylland-title = مرکز توان‌بخشی پناهندگان (Rehabiliteringscenter for Flygtninge) در منطقه شمال یوتلند (Region Nordjylland)
national-trauma-nordjylland-summary = درمان رایگان PTSD (اختلال بعد از حادثه‌های بسیار سخت) برای پناهندگان بزرگسال؛ یک پزشک (læge) باید شما را معرفی کند.
national-trauma-nordjylland-body = در منطقه شمال یوتلند (Region Nordjylland)، مرکز توان‌بخشی پناهندگان (Rehabiliteringscenter for Flygtninge) پناهندگان بزرگسالی را که PTSD (اختلال بعد از حادثه‌های بسیار سخت) دارند درمان می‌کند. درمان رایگان است، و یک پزشک (læge) باید شما را معرفی کند.
national-trauma-nordjylland-ask = از پزشک خانواده خود (læge) معرفی‌نامه بخواهید.

national-health-assessment-title = بررسی سلامت برای پناهندگان تازه‌وارد
national-health-assessment-summary = وقتی تازه آمده‌اید، کمون پیشنهاد می‌کند که وضعیت سلامت شما را بررسی کند.
national-health-assessment-body = کمون به پناهندگانی که تازه آمده‌اند، بررسی وضعیت سلامت را پیشنهاد می‌کند.
national-health-assessment-ask = از کمون بپرسید.

## Børn og familie

national-children = کودکان و خانواده

national-school-title = آموزش اجباری (undervisningspligt) – مکتب
national-school-summary = کودکان باید از ماه آگست سالی که 6 ساله می‌شوند، 10 سال آموزش ببینند.
national-school-body = کودکان از ماه آگست سالی که 6 ساله می‌شوند، برای 10 سال باید آموزش ببینند (حداکثر تا 31 جولای سالی که 17 ساله می‌شوند). این برای کودکانی است که دست کم 6 ماه در دنمارک زندگی می‌کنند.
national-school-ask = درباره مکتب برای فرزند خود از کمون بپرسید.
national-school-step = از کمون درباره جا در مکتب بپرسید: آموزش اجباری از ماه آگست سالی شروع می‌شود که کودک 6 ساله می‌شود.

national-daycare-title = حق گرفتن جا برای نگهداری کودک (pasningsgaranti)
national-daycare-summary = فرزند شما از 26 هفتگی تا شروع مکتب حق دارد برای نگهداری جا داشته باشد.
national-daycare-body = فرزند شما از 26 هفتگی تا شروع مکتب حق دارد در مراقبت روزانه در خانه (dagpleje)، شیرخوارگاه (vuggestue) یا کودکستان (børnehave) جا داشته باشد.
national-daycare-ask = از کمون بپرسید.
national-daycare-step = از کمون برای جا در مراقبت روزانه در خانه (dagpleje)، شیرخوارگاه (vuggestue) یا کودکستان (børnehave) درخواست بدهید.

national-fripladstilskud-title = کمک مالی برای هزینه نگهداری کودک (økonomisk fripladstilskud)
national-fripladstilskud-summary = نگهداری فرزند شما می‌تواند ارزان‌تر شود، بسته به درآمد شما.
national-fripladstilskud-body = می‌توانید برای کمک مالی هزینه نگهداری کودک (økonomisk fripladstilskud) درخواست بدهید، تا نگهداری از کودک ارزان‌تر شود. این کمک به درآمد شما بستگی دارد، و درخواست آن را از طریق کمون می‌دهید.
national-fripladstilskud-ask = از کمون بپرسید.

national-language-assessment-title = ارزیابی زبان در حدود 3 سالگی
national-language-assessment-summary = بعضی کودکانی که به مراقبت روزانه (dagtilbud) نمی‌روند، باید هفته‌ای 30 ساعت کمک زبانی بگیرند.
national-language-assessment-body = زبان کودکان در حدود 3 سالگی ارزیابی می‌شود (sprogvurdering). کودکان دوزبانه‌ای که به مراقبت روزانه (dagtilbud) نمی‌روند و برای زبان به کمک نیاز دارند، باید هفته‌ای 30 ساعت در برنامه تقویت زبان (sprogstimulering) شرکت کنند، و پدر و مادر هم باید شرکت کنند.
national-language-assessment-ask = از کمون بپرسید.

national-child-benefit-title = کمک‌هزینه فرزند (børne- og ungeydelse)
national-child-benefit-summary = پولی برای فرزندان شما؛ مبلغ کامل را بعد از 6 سال در دنمارک می‌گیرید.
national-child-benefit-body = می‌توانید برای فرزندان خود کمک‌هزینه فرزند (børne- og ungeydelse) بگیرید. حق آن را کم‌کم به دست می‌آورید، و وقتی در 10 سال گذشته 6 سال در دنمارک زندگی یا کار کرده باشید، مبلغ کامل را می‌گیرید.
national-child-benefit-ask = به borger.dk نگاه کنید.

## Bolig

national-housing = خانه و مسکن

national-housing-refugees-title = خانه برای پناهندگان
national-housing-refugees-summary = کمونی که به آن فرستاده می‌شوید، برای شما خانه موقت یا دائمی پیدا می‌کند.
national-housing-refugees-body = اگر پناهنده هستید، برای شما یک کمون تعیین می‌شود. کمون برای شما یک خانه موقت یا دائمی پیدا می‌کند.
national-housing-refugees-ask = از کمون بپرسید.

national-boligstoette-title = کمک‌هزینه کرایه خانه (boligstøtte)
national-boligstoette-summary = اگر در مدت 30 روز بعد از رفتن به خانه تازه درخواست بدهید، می‌توانید کمک را از روز اول بگیرید.
national-boligstoette-body = می‌توانید در borger.dk برای کمک‌هزینه کرایه خانه (boligstøtte) درخواست بدهید. اگر در مدت 30 روز بعد از رفتن به خانه تازه درخواست بدهید، می‌توانید این کمک را از همان روزی بگیرید که به خانه رفتید.
national-boligstoette-ask = در borger.dk درخواست بدهید، یا از دفتر خدمات شهروندی (Borgerservice) بپرسید.

## Hverdagsliv

national-everyday = زندگی روزمره

national-mitid-title = شناسه دیجیتال (MitID)
national-mitid-summary = شناسه دیجیتال شما؛ می‌توانید آن را در یک اپلیکیشن یا در دفتر خدمات شهروندی (Borgerservice) بگیرید.
national-mitid-body = شناسه دیجیتال (MitID) کارت هویت دیجیتال شماست. اگر پاسپورت چیپ‌دار دارید، می‌توانید آن را در اپلیکیشن MitID بگیرید؛ یا در دفتر خدمات شهروندی (Borgerservice) با یک کارت شناسایی عکس‌دار. شاید لازم باشد یک شاهد هویت (identitetsvidne) هم با خود ببرید.
national-mitid-ask = به دفتر خدمات شهروندی (Borgerservice) بروید، یا به mitid.dk نگاه کنید.
national-mitid-step = شناسه دیجیتال (MitID) را با پاسپورت چیپ‌دار در اپلیکیشن MitID بگیرید، یا در دفتر خدمات شهروندی (Borgerservice).

national-digital-post-title = پست دیجیتال (Digital Post)
national-digital-post-summary = صندوق پستی شما برای نامه‌های ادارات دولتی؛ از 15 سالگی باید آن را داشته باشید.
national-digital-post-body = از 15 سالگی باید پست دیجیتال (Digital Post) داشته باشید. نامه‌های ادارات دولتی به آنجا می‌آید. اگر برای مثال زبان برای شما سخت است، دفتر خدمات شهروندی (Borgerservice) می‌تواند شما را معاف کند.
national-digital-post-ask = از دفتر خدمات شهروندی (Borgerservice) بپرسید.

national-venner-viser-vej-title = Venner Viser Vej (Røde Kors، صلیب سرخ)
national-venner-viser-vej-summary = می‌توانید با یک خانواده داوطلب (netværksfamilie) آشنا شوید.
national-venner-viser-vej-body = از راه شبکه Venner Viser Vej (دوستان راه را نشان می‌دهند) از Røde Kors (صلیب سرخ)، می‌توانید با یک خانواده داوطلب (netværksfamilie) آشنا شوید.
national-venner-viser-vej-ask = به rodekors.dk نگاه کنید، یا از کمون بپرسید.

national-frivillig-ven-title = دوست داوطلب (Dansk Flygtningehjælp)
national-frivillig-ven-summary = از راه Dansk Flygtningehjælp (شورای پناهندگان دنمارک) می‌توانید یک دوست داوطلب پیدا کنید.
national-frivillig-ven-body = در Dansk Flygtningehjælp (شورای پناهندگان دنمارک) می‌توانید یک دوست داوطلب پیدا کنید.
national-frivillig-ven-ask = به flygtning.dk نگاه کنید.

national-bydelsmoedre-title = مادران محله (bydelsmødre)
national-bydelsmoedre-summary = برای زنان: زنان داوطلب می‌توانند به شما کمک کنند که با ادارات دولتی در تماس شوید.
national-bydelsmoedre-body = برای زنان: مادران محله (bydelsmødre) زنان داوطلبی هستند که آموزش دیده‌اند تا از زنان تنها و منزوی حمایت کنند و به آن‌ها کمک کنند که با ادارات دولتی در تماس شوند. در بسیاری از جاها گروه‌هایی هست، برای مثال در Holstebro و Skanderborg.
national-bydelsmoedre-ask = به bydelsmor.dk نگاه کنید، یا از کمون بپرسید.
