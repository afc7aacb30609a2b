skanderborg-name = Skanderborg Kommune
skanderborg-policy-title = Skanderborg Kommunes integrationspolitik

## Strategispor

skanderborg-differentieret = کمک ادغام که برای هر شخص جداگانه تنظیم می‌شود
skanderborg-tilpasset-title = کمکی که برای شما مناسب است
skanderborg-tilpasset-summary = کمون تلاش می‌کند که کمک با نیازها، توانایی‌ها و وضعیت شما جور باشد.
skanderborg-tilpasset-body = کمون قبول دارد که همه انسان‌ها با هم فرق دارند. برای همین، کمون تلاش می‌کند که کمک، تا جایی که ممکن است، با نیازها، توانایی‌ها و وضعیت شما جور باشد.
skanderborg-tilpasset-ask = به مرکز کار (jobcenter)، که اولین جایی است که باید به آن مراجعه کنید، بگویید که چه کارهایی را بلد هستید و به چه چیزی نیاز دارید.

skanderborg-faelles-ansvar = مسئولیت مشترک
skanderborg-muligheder-title = فرصت‌ها – و مسئولیت خود شما
skanderborg-muligheder-summary = به نظر کمون، جامعه باید فرصت‌ها را فراهم کند و شما باید از آن‌ها استفاده کنید.
skanderborg-muligheder-body = کمون فکر می‌کند که جامعه مسئول است فرصت‌ها را فراهم کند، و شما خودتان مسئول هستید که از آن‌ها استفاده کنید. شرکت‌ها، انجمن‌ها و شهروندان دیگر هم باید در ادغام سهم داشته باشند.
skanderborg-muligheder-ask = از مرکز کار (jobcenter) بپرسید که همین حالا چه فرصت‌هایی برای شما هست.

skanderborg-beskaeftigelse = کار و تحصیل
skanderborg-job-uddannelse-title = کار یا تحصیل
skanderborg-job-uddannelse-summary = کمون تلاش می‌کند که شما هرچه زودتر بتوانید خرج زندگی خود را خودتان بدهید.
skanderborg-job-uddannelse-body = کمون تلاش می‌کند که شما هرچه زودتر بتوانید با یک کار عادی یا با تحصیل، خرج زندگی خود را خودتان بدهید. این کمک از پیشینه و مهارت‌های شما، و از نیاز شرکت‌ها، شروع می‌شود.
skanderborg-job-uddannelse-ask = با مرکز کار (jobcenter) تماس بگیرید؛ این اولین جایی است که باید به آن مراجعه کنید.

skanderborg-deltagelse = شرکت کردن و استقبال
skanderborg-foreninger-title = در انجمن‌ها و جامعه محلی شرکت کنید
skanderborg-foreninger-summary = آشنایان تازه پیدا می‌کنید و جامعه دنمارک را می‌شناسید.
skanderborg-foreninger-body = وقتی در انجمن‌ها، هیئت مدیره‌ها، شوراها و جامعه محلی شرکت می‌کنید، رابطه‌ها و آشنایان تازه پیدا می‌کنید و جامعه دنمارک را می‌شناسید. کمون شما را یک نیروی ارزشمند برای جامعه محلی می‌داند.
skanderborg-foreninger-ask = از کمون بپرسید که در جایی که زندگی می‌کنید چه انجمن‌ها و جمع‌هایی وجود دارد.

skanderborg-boliger = خانه و ساکن شدن
skanderborg-boligplacering-title = خواسته‌های کمون برای خانه پناهندگان
skanderborg-boligplacering-summary = کمون می‌خواهد که خانه شما برای شما یک شروع خوب باشد.
skanderborg-boligplacering-body = کمون می‌خواهد بتواند به پناهندگان خانه‌ای پیشنهاد کند که برای ادغام یک شروع خوب باشد، و می‌خواهد که پناهندگان در شهرهای اصلی کمون پراکنده زندگی کنند. کمون تا جایی که ممکن است به چیزهایی مثل جای خانه و امکانات رفت‌وآمد توجه می‌کند. این وعده‌ای برای دادن خانه به همه پناهندگان نیست.
skanderborg-boligplacering-ask = اگر Skanderborg Kommune به عنوان کمون شما تعیین شده است، درباره خانه خود، و اینکه به چه چیزهایی می‌شود توجه کرد، از کمون بپرسید.
skanderborg-find-bolig-title = خودتان خانه پیدا کنید
skanderborg-find-bolig-summary = کمون با صاحب‌خانه‌ها همکاری می‌کند، و از شما هم خواسته می‌شود که خودتان دنبال خانه بگردید.
skanderborg-find-bolig-body = کمون با شرکت‌های مسکن و صاحب‌خانه‌های شخصی همکاری می‌کند تا خانه پیدا کند. از شما هم خواسته می‌شود که خودتان، یا همراه با دیگران، خانه پیدا کنید.
skanderborg-find-bolig-ask = از کمون بپرسید که چطور می‌توانید خودتان خانه پیدا کنید.

skanderborg-boern-familieliv = کودکان و زندگی خانوادگی
skanderborg-god-start-title = یک شروع خوب برای خانواده
skanderborg-god-start-summary = کمون تمرکز دارد که کودکان و بزرگسالان در زندگی روزمره خود احساس آرامش کنند.
skanderborg-god-start-body = کمون تمرکز دارد که به خانواده‌های تازه‌وارد یک شروع خوب بدهد، تا هم کودکان و هم بزرگسالان در زندگی روزمره تازه خود احساس امنیت کنند. کمون می‌خواهد انعطاف داشته باشد، وقتی شما برای مثال با مکتب، مرکز نگهداری کودک، مرکز کار (jobcenter) و درس زبان سروکار دارید، و می‌خواهد شرکت در فعالیت‌های اوقات فراغت را برای کودکان و نوجوانان آسان‌تر کند.
skanderborg-god-start-ask = از کمون بپرسید که چه چیزی می‌تواند به خانواده شما برای یک شروع خوب کمک کند.

## Fokusområder: "Eksempler på nuværende indsatser i 2018"

skanderborg-viden = دانش و شریک کردن دانش
skanderborg-inspirationsmoeder-title = جلسه‌های الهام‌بخش (inspirationsmøder)
skanderborg-inspirationsmoeder-summary = در سال 2018 کمون در جلسه‌هایی، دانش را با کسانی که به شما کمک می‌کنند شریک کرد.
skanderborg-inspirationsmoeder-body = در سال 2018 کمون جلسه‌های الهام‌بخش (inspirationsmøder) برگزار کرد، به عنوان بخشی از کار برای شریک کردن دانش درباره ادغام. هدف این است که کسانی که به شما کمک می‌کنند، آن‌قدر بدانند که بتوانند از شما در راه رسیدن به خودکفایی حمایت کنند.
skanderborg-inspirationsmoeder-ask = این جلسه‌ها برای کسانی بود که به شهروندان تازه‌وارد کمک می‌کنند، برای مثال متخصصان و داوطلبان. اگر می‌خواهید بیشتر بدانید، از تیم ادغام (Integrationsteam) کمون بپرسید.
skanderborg-frivillige-title = داوطلبانی که به پناهندگان کمک می‌کنند
skanderborg-frivillige-summary = در سال 2018 تیم ادغام (Integrationsteam) کمون با داوطلبان جلسه برگزار کرد.
skanderborg-frivillige-body = در سال 2018 کمون جلسه‌هایی برگزار کرد تا کار داوطلبانی را که به پناهندگان کمک می‌کنند هماهنگ کند، و یک جلسه گفت‌وگو با همه داوطلبانی که به پناهندگان کمک می‌کنند داشت. تیم ادغام (Integrationsteam) مسئول این کار بود.
skanderborg-frivillige-ask = از تیم ادغام (Integrationsteam) بپرسید که آیا امروز می‌توانید با یک داوطلب در تماس شوید.

skanderborg-sundhed-trivsel = سلامت و آسایش
skanderborg-rygestop-title = دوره ترک سیگار (rygestopforløb)
skanderborg-rygestop-summary = در سال 2018 کمون دوره‌هایی برای کسانی داشت که می‌خواستند سیگار را ترک کنند.
skanderborg-rygestop-body = در سال 2018 کمون دوره‌های ترک سیگار برای شهروندانی داشت که می‌خواهند سیگار را ترک کنند. این سیاست بیشتر از این درباره این دوره‌ها چیزی نمی‌گوید.
skanderborg-rygestop-ask = از بخش ارتقای سلامت (Sundhedsfremme) در کمون بپرسید که آیا امروز دوره ترک سیگار وجود دارد.
skanderborg-sundhedssamtaler-title = گفت‌وگوی سلامت (sundhedssamtaler)
skanderborg-sundhedssamtaler-summary = کمون در سال 2018 این گفت‌وگوها را داشت، اما این سیاست نمی‌گوید برای چه کسانی بود.
skanderborg-sundhedssamtaler-body = در سال 2018 کمون گفت‌وگوهای سلامت داشت، به عنوان بخشی از کار برای سلامت و آسایش. این سیاست نمی‌گوید چه کسی می‌توانست این گفت‌وگو را داشته باشد، یا گفت‌وگو درباره چه بود.
skanderborg-sundhedssamtaler-ask = از بخش ارتقای سلامت (Sundhedsfremme) در کمون بپرسید که آیا امروز می‌توانید یک گفت‌وگوی سلامت داشته باشید.
skanderborg-sundhedstjenesten-title = خدمات از طریق بخش سلامت کمون (sundhedstjenesten)
skanderborg-sundhedstjenesten-summary = این خدمات در سال 2018 وجود داشت؛ این سیاست نمی‌گوید چه خدماتی بودند.
skanderborg-sundhedstjenesten-body = در سال 2018 کمون خدماتی از طریق بخش سلامت (sundhedstjenesten) داشت. این سیاست نمی‌گوید این خدمات چه بودند.
skanderborg-sundhedstjenesten-ask = از کمون بپرسید که بخش سلامت (sundhedstjenesten) امروز چه خدماتی دارد.
skanderborg-aeldre-handicap-title = کمک پیشگیرانه و سر زدن به سالمندان و افراد دارای معلولیت
skanderborg-aeldre-handicap-summary = این کمک در سال 2018 وجود داشت و می‌تواند برای شما یا خانواده‌تان مهم باشد.
skanderborg-aeldre-handicap-body = در سال 2018 کمون کارهای پیشگیرانه داشت و به سراغ سالمندان و افراد دارای معلولیت می‌رفت. این می‌تواند برای شما مهم باشد، اگر شما یا کسی در خانواده‌تان سالمند است یا معلولیت دارد.
skanderborg-aeldre-handicap-ask = از کمون بپرسید که آیا این کارها هنوز وجود دارد، و چطور می‌توانید با آن‌ها در تماس شوید.

skanderborg-kulturforskelle = درک ادغام و تفاوت‌های فرهنگی
skanderborg-fritidspas-boern-title = کارت اوقات فراغت (fritidspas) برای کودکان
skanderborg-fritidspas-boern-summary = در سال 2018 این کارت باید به کودکان کمک می‌کرد که در فعالیت‌های اوقات فراغت شرکت کنند.
skanderborg-fritidspas-boern-body = در سال 2018 کمون یک کارت اوقات فراغت (fritidspas) داشت که باید به کودکان کمک می‌کرد تا در فعالیت‌های اوقات فراغت شرکت کنند. این سیاست نمی‌گوید چه کسی می‌تواند آن را بگیرد، یا هزینه چه چیزهایی را می‌پردازد.
skanderborg-fritidspas-boern-ask = از کمون بپرسید که آیا کارت اوقات فراغت (fritidspas) هنوز وجود دارد، و آیا فرزند شما می‌تواند آن را بگیرد.
skanderborg-turboforloeb-title = دوره سریع (turboforløb)
skanderborg-turboforloeb-summary = کمون این دوره را در سال 2018 داشت؛ این سیاست نمی‌گوید که شامل چه چیزهایی است.
skanderborg-turboforloeb-body = در سال 2018 کمون یک دوره سریع (turboforløb) داشت، به عنوان بخشی از کار درباره تفاوت‌های فرهنگی و راه رسیدن به کار یا تحصیل. این سیاست توضیح نمی‌دهد که این دوره شامل چه چیزهایی است.
skanderborg-turboforloeb-ask = از کمون بپرسید که دوره سریع (turboforløb) چیست، و آیا امروز وجود دارد.
skanderborg-bydelsmoedre-title = مادران محله (bydelsmødre)
skanderborg-bydelsmoedre-summary = آن‌ها زنان داوطلبی هستند که آموزش دیده‌اند تا از زنان تنها و منزوی حمایت کنند.
skanderborg-bydelsmoedre-body = در سال 2018 مادران محله (bydelsmødre) بخشی از کار کمون درباره تفاوت‌های فرهنگی بودند. مادران محله زنان داوطلبی هستند که آموزش دیده‌اند تا از زنان تنها و منزوی حمایت کنند و به آن‌ها کمک کنند که با خدمات دولتی در تماس شوند.
skanderborg-bydelsmoedre-ask = از کمون بپرسید که شما یا یک زن در خانواده‌تان چطور می‌توانید با یک مادر محله (bydelsmor) دیدار کنید.
skanderborg-hoejvang-title = پروژه Højvang (Projekt Højvang)
skanderborg-hoejvang-summary = این پروژه در سال 2018 وجود داشت؛ این سیاست نمی‌گوید درباره چیست.
skanderborg-hoejvang-body = در سال 2018 کمون پروژه‌ای به نام Projekt Højvang داشت. این سیاست توضیح نمی‌دهد که این پروژه درباره چیست یا برای چه کسانی است.
skanderborg-hoejvang-ask = از کمون بپرسید که آیا Projekt Højvang هنوز وجود دارد، و آیا برای شما مناسب است.
skanderborg-frivilligtilknytning-title = وصل شدن با داوطلبان (frivilligtilknytning)
skanderborg-frivilligtilknytning-summary = در سال 2018 کمون از آن به عنوان راهی برای ساختن پل میان فرهنگ‌ها نام برد.
skanderborg-frivilligtilknytning-body = در سال 2018 کمون وصل شدن با داوطلبان (frivilligtilknytning) را به عنوان یک راه برای ساختن پل میان فرهنگ‌ها نام برد. این سیاست نمی‌گوید این کار چطور انجام می‌شود.
skanderborg-frivilligtilknytning-ask = از کمون بپرسید که آیا می‌توانید با یک داوطلب در تماس شوید.

skanderborg-kvinder = زنان
skanderborg-kvinder-bydelsmoedre-title = مادران محله (bydelsmødre) برای زنان
skanderborg-kvinder-bydelsmoedre-summary = آن‌ها زنان داوطلبی هستند که به زنان دیگر کمک می‌کنند با خدمات دولتی در تماس شوند.
skanderborg-kvinder-bydelsmoedre-body = کمون آرزو دارد که همه زنان در جامعه فعال باشند و کار کنند یا تحصیل کنند. در سال 2018 مادران محله (bydelsmødre) یکی از کارهای کمون برای زنان بود: زنان داوطلبی که از زنان دیگر حمایت می‌کنند و به آن‌ها کمک می‌کنند که با خدمات دولتی در تماس شوند.
skanderborg-kvinder-bydelsmoedre-ask = از تیم ادغام (Integrationsteam) کمون بپرسید که آیا می‌توانید با یک مادر محله (bydelsmor) در تماس شوید.
skanderborg-igu-sosu-title = آموزش پایه برای ادغام در بخش مراقبت (IGU-SOSU)
skanderborg-igu-sosu-summary = یک کار با مزد همراه با دوره‌های مکتب، در بخش مراقبت اجتماعی و سلامت؛ کمون آن را در سال 2018 داشت.
skanderborg-igu-sosu-body = آموزش پایه برای ادغام (IGU، integrationsgrunduddannelse) یک کار با مزد برای دو سال همراه با دوره‌های مکتب است، برای پناهندگان و کسانی که از راه الحاق خانواده آمده‌اند و 18 تا 50 سال دارند. در سال 2018 کمون IGU-SOSU را برای زنان داشت، یعنی IGU در بخش مراقبت اجتماعی و سلامت (SOSU).
skanderborg-igu-sosu-ask = از مرکز کار (jobcenter) یا تیم ادغام (Integrationsteam) بپرسید که آیا آموزش پایه برای ادغام در بخش مراقبت (IGU-SOSU) امروز وجود دارد.
skanderborg-rengoering-title = دوره نظافت (rengøringsforløb)
skanderborg-rengoering-summary = این دوره در سال 2018 برای مردان و زنان وجود داشت، به عنوان راهی برای رسیدن به کار.
skanderborg-rengoering-body = در سال 2018 کمون یک دوره نظافت (پاک‌کاری) برای مردان و زنان داشت، به عنوان بخشی از کار برای رسیدن به کار. این سیاست بیشتر از این درباره این دوره چیزی نمی‌گوید.
skanderborg-rengoering-ask = از مرکز کار (jobcenter) بپرسید که آیا امروز دوره نظافت وجود دارد.

skanderborg-unge-maend = مردان جوان
skanderborg-ssp-title = برنامه‌های همکاری مکتب، خدمات اجتماعی و پولیس (SSP) برای مردان جوان
skanderborg-ssp-summary = کمون تلاش می‌کند که مردان جوان 14 تا 30 ساله تنها نمانند.
skanderborg-ssp-body = کمون تلاش می‌کند که مردان جوان 14 تا 30 ساله تنها و منزوی نشوند، بلکه در جمع‌هایی مثل کار و تحصیل شرکت کنند. در سال 2018 کمون برنامه‌های همکاری میان مکتب، ادارات اجتماعی و پولیس (SSP) داشت تا از افراط‌گرایی جلوگیری کند.
skanderborg-ssp-ask = از اداره کودکان و نوجوانان (Myndighed i Børn og Unge) در کمون بپرسید که امروز چه جمع‌ها و خدماتی برای جوانان وجود دارد.
skanderborg-fritidspas-unge-title = کارت اوقات فراغت (fritidspas) تا 25 سالگی
skanderborg-fritidspas-unge-summary = در سال 2018 جوانان تا 25 سالگی می‌توانستند برای فعالیت‌های اوقات فراغت، کارت اوقات فراغت (fritidspas) بگیرند.
skanderborg-fritidspas-unge-body = در سال 2018 این سیاست، در بخش کارهایی که برای مردان جوان انجام می‌شد، از امکان گرفتن کارت اوقات فراغت (fritidspas) تا 25 سالگی نام برد. کارت اوقات فراغت باید به شما کمک کند که در فعالیت‌های اوقات فراغت شرکت کنید.
skanderborg-fritidspas-unge-ask = از اداره کودکان و نوجوانان (Myndighed i Børn og Unge) در کمون بپرسید که آیا امروز می‌توانید کارت اوقات فراغت (fritidspas) بگیرید.

skanderborg-familier = خانواده‌هایی که مشکلات پیچیده دارند
skanderborg-sundhedsplejersker-title = پروژه «Sundhedsplejersker styrker integration» (پرستاران سلامت ادغام را قوی‌تر می‌کنند)
skanderborg-sundhedsplejersker-summary = کمون این پروژه را در سال 2018 برای خانواده‌ها داشت، اما آن را بیشتر توضیح نمی‌دهد.
skanderborg-sundhedsplejersker-body = در سال 2018 کمون پروژه «Sundhedsplejersker styrker integration» (پرستاران سلامت ادغام را قوی‌تر می‌کنند) را برای خانواده‌ها داشت. این سیاست این پروژه را بیشتر توضیح نمی‌دهد.
skanderborg-sundhedsplejersker-ask = از پرستار سلامت (sundhedsplejerske) یا کمون بپرسید که آیا این پروژه امروز وجود دارد.
skanderborg-ptsd-title = درمان اختلال استرس پس از سانحه (PTSD)
skanderborg-ptsd-summary = اختلال استرس پس از سانحه (PTSD) یعنی آسیب روحی بعد از تجربه‌های بسیار سخت؛ کمون در سال 2018 برای آن درمان داشت.
skanderborg-ptsd-body = در سال 2018 کمون برای جوانان و بزرگسالان یک خدمت درمانی برای PTSD (آسیب روحی بعد از تجربه‌های بسیار سخت) داشت. این سیاست بیشتر از این درباره آن چیزی نمی‌گوید.
skanderborg-ptsd-ask = با پزشک خانواده خود (læge) یا کمون درباره درمان آسیب روحی (تروما) صحبت کنید.
skanderborg-nussa-title = NUSSA در مراکز مراقبت روزانه (dagtilbud) و مکتب‌ها
skanderborg-nussa-summary = برنامه‌ای که کمون در سال 2018 از آن استفاده کرد؛ این سیاست بیشتر از این درباره آن چیزی نمی‌گوید.
skanderborg-nussa-body = در سال 2018 کمون از NUSSA استفاده کرد، که یک برنامه در مراکز مراقبت روزانه (dagtilbud) و مکتب‌هاست. این سیاست بیشتر از این درباره این برنامه چیزی نمی‌گوید.
skanderborg-nussa-ask = از مرکز مراقبت روزانه (dagtilbud) یا مکتب فرزندتان بپرسید که آیا امروز از NUSSA استفاده می‌کنند.
skanderborg-familiehuset-title = Familiehuset (خانه خانواده)
skanderborg-familiehuset-summary = کمون در سال 2018 آن را برای خانواده‌هایی داشت که هم‌زمان مشکلات زیادی دارند.
skanderborg-familiehuset-body = کمون می‌خواهد خانواده‌هایی را که هم‌زمان با مشکلات زیادی روبرو هستند قوی‌تر کند، و کارمندان با هم کار می‌کنند تا به آن‌ها کمک کنند. در سال 2018 Familiehuset (خانه خانواده) یکی از این کارها بود؛ این سیاست توضیح نمی‌دهد که چه خدماتی دارد.
skanderborg-familiehuset-ask = از کمون بپرسید که Familiehuset امروز چه خدماتی دارد، و چطور می‌توانید با آن در تماس شوید.
