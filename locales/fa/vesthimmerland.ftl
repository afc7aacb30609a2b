vesthimmerland-name = Vesthimmerlands Kommune
vesthimmerland-policy-title = Vesthimmerlands Kommunes Integrationspolitik

## Modtagelse i kommunen
vesthimmerland-modtagelse = استقبال در کمون

vesthimmerland-velkomst-title = یک شروع خوب در کمون
vesthimmerland-velkomst-summary = کمون می‌خواهد که شما با محله خود به خوبی آشنا شوید.
vesthimmerland-velkomst-body = کمون می‌خواهد که شما در اولین دیدار احساس کنید خوش آمده‌اید، و با محله خود به خوبی آشنا شوید. برای کمون این هم مهم است که نیازها، توانایی‌ها و امکانات شما روشن شود، تا بتوانید زود کارهای خود را خودتان انجام دهید.
vesthimmerland-velkomst-ask = از کمون بپرسید که چطور می‌توانید با محله خود آشنا شوید.

vesthimmerland-tydelig-information-title = معلوماتی که بتوانید بفهمید
vesthimmerland-tydelig-information-summary = کمون می‌خواهد روشن توضیح دهد، همچنین درباره حقوق و وظیفه‌های شما.
vesthimmerland-tydelig-information-body = کمون می‌خواهد معلومات روشنی بدهد که شما بتوانید بفهمید، و آن را با وضعیت شما جور کند. این شامل معلومات درباره حقوق و وظیفه‌های شما هم می‌شود.
vesthimmerland-tydelig-information-ask = اگر یک پیام را نمی‌فهمید، به کمون بگویید و بخواهید که آن را برای شما توضیح دهند.

vesthimmerland-sammenhaeng-title = تماس هماهنگ با کمون
vesthimmerland-sammenhaeng-summary = کمون می‌خواهد که همه چیز هماهنگ باشد، وقتی پرونده شما به چند بخش مربوط است.
vesthimmerland-sammenhaeng-body = کمون می‌خواهد که تماس شما با کمون هماهنگ و یکپارچه باشد، حتی وقتی پرونده شما به چند بخش مربوط است.
vesthimmerland-sammenhaeng-ask = از کمون بپرسید که وقتی پرونده شما به چند بخش مربوط است، با چه کسی باید تماس بگیرید.

vesthimmerland-medansvar-title = سهم خود شما
vesthimmerland-medansvar-summary = کمون انتظار دارد که شما هم مسئولیت بگیرید و یک شهروند فعال باشید.
vesthimmerland-medansvar-body = کمون انتظار دارد که شما خودتان هم برای زندگی خود مسئولیت بگیرید و یک شهروند فعال در جامعه باشید. کمون می‌خواهد که معلوماتش شما را تشویق کند تا درباره جامعه دنمارک بیشتر یاد بگیرید و در جامعه محلی شرکت کنید.
vesthimmerland-medansvar-ask = از کمون بپرسید که کجا می‌توانید درباره جامعه دنمارک و درباره زندگی در محله خود بیشتر یاد بگیرید.

## Dagtilbud til børn (0-6 år)
vesthimmerland-dagtilbud = مراقبت روزانه (dagtilbud) برای کودکان 0 تا 6 سال

vesthimmerland-dagtilbud-hverdag-title = معلومات درباره روزهای عادی در مرکز مراقبت روزانه (dagtilbud)
vesthimmerland-dagtilbud-hverdag-summary = این سیاست می‌گوید که وقتی فرهنگ برای شما تازه است، معلومات کامل مهم است.
vesthimmerland-dagtilbud-hverdag-body = سپردن فرزند به یک مرکز مراقبت روزانه (dagtilbud) که فرهنگ آن با فرهنگی که شما می‌شناسید فرق دارد، می‌تواند سخت باشد. برای همین، این سیاست می‌گوید که معلومات کامل درباره زندگی روزمره در مرکز مراقبت روزانه مهم است.
vesthimmerland-dagtilbud-hverdag-ask = از کارکنان مرکز مراقبت روزانه (dagtilbud) فرزندتان بپرسید که یک روز عادی چطور می‌گذرد.

vesthimmerland-dagtilbud-samarbejde-title = همکاری با مربیان (pædagoger)
vesthimmerland-dagtilbud-samarbejde-summary = کمون می‌خواهد که میان شما و کارکنان درباره حال فرزندتان ارتباط خوبی باشد.
vesthimmerland-dagtilbud-samarbejde-body = کمون می‌خواهد که حال فرزند شما از نزدیک دنبال شود، و میان مربیان (pædagoger) و پدر و مادر ارتباط خوبی باشد. این سیاست تأکید می‌کند که پدر و مادر از زندگی روزمره کودک حمایت کنند و با کارکنان از نزدیک همکاری کنند.
vesthimmerland-dagtilbud-samarbejde-ask = با مربیان (pædagoger) مرکز مراقبت روزانه (dagtilbud) فرزندتان درباره حال فرزندتان صحبت کنید.

vesthimmerland-dagtilbud-dansk-title = زبان دنمارکی همراه با کودکان دیگر
vesthimmerland-dagtilbud-dansk-summary = فرزند شما می‌تواند در مرکز مراقبت روزانه (dagtilbud) زبان دنمارکی یاد بگیرد و در جمع باشد.
vesthimmerland-dagtilbud-dansk-body = در مرکز مراقبت روزانه (dagtilbud)، فرزند شما فرصت دارد همراه با کودکان دیگر زبان دنمارکی یاد بگیرد، و با کودکان و بزرگسالان در یک جمع باشد. بازی، یادگیری و رشد برای همه کودکان اصل کار است.
vesthimmerland-dagtilbud-dansk-ask = از مرکز مراقبت روزانه (dagtilbud) فرزندتان بپرسید که چطور روی زبان دنمارکی فرزند شما کار می‌کنند.

vesthimmerland-dagtilbud-overgang-title = تغییر مرکز مراقبت روزانه (dagtilbud) و شروع مکتب
vesthimmerland-dagtilbud-overgang-summary = کمون می‌خواهد که وقتی فرزند شما مرکز مراقبت روزانه (dagtilbud) را تغییر می‌دهد، خانواده شما شریک و باخبر باشد.
vesthimmerland-dagtilbud-overgang-body = کمون می‌خواهد که وقتی فرزند شما مرکز مراقبت روزانه (dagtilbud) را تغییر می‌دهد، خانواده شما شریک و باخبر باشد. کمون همچنین می‌خواهد که فرزند شما بهترین آمادگی ممکن را برای شروع مکتب داشته باشد.
vesthimmerland-dagtilbud-overgang-ask = از مرکز مراقبت روزانه (dagtilbud) فرزندتان بپرسید که در تغییر بعدی چه اتفاقی می‌افتد، و چطور می‌توانید برای شروع مکتب آماده شوید.

## Skole og fritid
vesthimmerland-skole = مکتب و اوقات فراغت

vesthimmerland-skole-dansk-title = زبان دنمارکی در مکتب، و زبان‌های دیگر فرزند شما
vesthimmerland-skole-dansk-summary = هدف، دانش خوب زبان دنمارکی است، و این سیاست دانستن چند زبان را یک توانایی ارزشمند می‌داند.
vesthimmerland-skole-dansk-body = کمون می‌خواهد که همه کودکان و نوجوانان دوزبانه بهترین دانش ممکن را در زبان دنمارکی به دست بیاورند. این سیاست همچنین دانستن چند زبان را یک توانایی ارزشمند می‌داند، و مکتب نقش مهمی دارد که شاگردان را تشویق کند زبان‌های خود را رشد دهند.
vesthimmerland-skole-dansk-ask = از مکتب فرزندتان بپرسید که امروز چه کمکی برای زبان دنمارکی وجود دارد.

vesthimmerland-skole-foraeldre-title = در درس و مکتب فرزندتان شریک باشید
vesthimmerland-skole-foraeldre-summary = کمون شما را تشویق می‌کند که در شورای والدین، هیئت مدیره مکتب (skolebestyrelse) و مانند آن شرکت کنید.
vesthimmerland-skole-foraeldre-body = کمون می‌خواهد که شما در درس و مکتب فرزندتان فعال و علاقه‌مند باشید و خودتان پیگیری کنید. از شما همچنین خواسته می‌شود که در شورای والدین، هیئت مدیره مکتب (skolebestyrelse) و مانند آن شرکت کنید.
vesthimmerland-skole-foraeldre-ask = از مکتب فرزندتان بپرسید که چطور می‌توانید در همکاری میان مکتب و پدر و مادرها شرکت کنید.

vesthimmerland-skole-fritid-title = فعالیت‌های اوقات فراغت در انجمن‌ها
vesthimmerland-skole-fritid-summary = کمون می‌خواهد که شما از فرزندتان حمایت کنید تا در یک فعالیت اوقات فراغت شرکت کند.
vesthimmerland-skole-fritid-body = کمون می‌خواهد که پدر و مادرها از فرزندان خود حمایت کنند تا در یک انجمن (forening) به فعالیت‌های اوقات فراغت بروند.
vesthimmerland-skole-fritid-ask = از مکتب فرزندتان یا کمون بپرسید که در نزدیکی شما چه انجمن‌هایی وجود دارد.

## Uddannelse og beskæftigelse
vesthimmerland-uddannelse = تحصیل و کار

vesthimmerland-vurdering-title = ارزیابی تحصیلات خارجی شما
vesthimmerland-vurdering-summary = هدف این است که بتوانید از تحصیلات و تجربه خود در دنمارک استفاده کنید.
vesthimmerland-vurdering-body = طبق این سیاست، اگر تحصیلات یا تجربه کاری از خارج دارید، باید فرصت داشته باشید که تحصیلات شما ارزیابی شود، و اگر لازم باشد، تکمیل شود. آن‌وقت می‌توانید از مهارت‌های خود در دنمارک استفاده کنید.
vesthimmerland-vurdering-ask = از مرکز کار (jobcenter) در کمون کمک بخواهید؛ خود ارزیابی را اداره تحصیلات و تحقیقات (Uddannelses- og Forskningsstyrelsen) انجام می‌دهد.

vesthimmerland-kompetencegivende-title = حمایت برای تحصیل
vesthimmerland-kompetencegivende-summary = کمون می‌خواهد از شما حمایت کند تا یک حرفه یاد بگیرید.
vesthimmerland-kompetencegivende-body = کمون می‌خواهد از شهروندان تازه‌وارد حمایت کند تا یک تحصیل مسلکی (kompetencegivende uddannelse) انجام دهند، یعنی تحصیلی که به شما یک حرفه می‌دهد. طبق این سیاست، تحصیل کمک می‌کند که آسان‌تر در بازار کار جا پیدا کنید.
vesthimmerland-kompetencegivende-ask = از مرکز کار (jobcenter) در کمون بپرسید که امروز چه حمایتی برای تحصیل وجود دارد.

vesthimmerland-job-title = راه رسیدن به کار
vesthimmerland-job-summary = کمون می‌خواهد بیشتر با شرکت‌ها همکاری کند، تا شما بتوانید کار پیدا کنید.
vesthimmerland-job-body = کمون می‌خواهد همکاری با شرکت‌ها را قوی‌تر کند، تا شهروندان تازه‌وارد بتوانند وارد بازار کار شوند، و از راه برنامه‌هایی که به کار کمک می‌کنند، حضور همه در جامعه را بیشتر کند. طبق این سیاست، داشتن کارمندانی که چند زبان می‌دانند می‌تواند برای یک شرکت یک نقطه قوت باشد.
vesthimmerland-job-ask = از مرکز کار (jobcenter) در کمون بپرسید که چه خدماتی می‌تواند به شما کمک کند تا کار پیدا کنید.

## Kultur og fritid
vesthimmerland-kultur = فرهنگ و اوقات فراغت

vesthimmerland-foreninger-title = انجمن‌ها، کورس‌های شبانه و کتابخانه‌ها
vesthimmerland-foreninger-summary = در انجمن‌ها می‌توانید با کسانی آشنا شوید که علاقه‌های مشترک با شما دارند.
vesthimmerland-foreninger-body = در کمون انجمن‌ها، کورس‌های شبانه (aftenskoler)، مراکز فرهنگی و کتابخانه‌های زیادی هست، و کمون می‌خواهد که شما آن‌ها را بشناسید. در انجمن‌ها می‌توانید با دیگران، با هر پیشینه‌ای، دور علاقه‌های مشترک دیدار کنید.
vesthimmerland-foreninger-ask = از کمون یا کتابخانه محل خود بپرسید که در نزدیکی شما چه انجمن‌ها و خدماتی وجود دارد.

vesthimmerland-fritidsliv-title = کمک برای شروع
vesthimmerland-fritidsliv-summary = کمون می‌خواهد که به شما کمک شود تا بخشی از زندگی انجمن‌ها شوید.
vesthimmerland-fritidsliv-body = کمون می‌خواهد که به شهروندان تازه‌وارد کمک شود تا بخشی از زندگی فرهنگی و زندگی انجمن‌ها شوند. انجمن‌ها، داوطلبان و کمون با هم کار می‌کنند تا راه‌های خوبی پیدا کنند که شهروندان تازه‌وارد اوقات فراغت خوبی داشته باشند.
vesthimmerland-fritidsliv-ask = از کمون بپرسید که امروز چه کمکی برای شروع یک فعالیت اوقات فراغت وجود دارد.

vesthimmerland-frivillige-foreninger-title = انجمن‌های داوطلب
vesthimmerland-frivillige-foreninger-summary = داوطلبان می‌توانند راه ورود شما به جمع، در همان جایی که زندگی می‌کنید، باشند.
vesthimmerland-frivillige-foreninger-body = کمون می‌خواهد از سهم انجمن‌های داوطلب در ادغام حمایت کند. داوطلبان می‌توانند راهی برای ورود به جمع، در همان جایی که زندگی می‌کنید، باشند.
vesthimmerland-frivillige-foreninger-ask = از کمون بپرسید که کدام انجمن‌های داوطلب در منطقه شما به شهروندان تازه‌وارد کمک می‌کنند.

## Sundhed og seniorliv
vesthimmerland-sundhed = سلامت و زندگی سالمندان

vesthimmerland-sund-livsstil-title = انتخاب‌های سالم برای شما و خانواده‌تان
vesthimmerland-sund-livsstil-summary = کمون می‌خواهد که شما بدانید شیوه زندگی و سلامت چه رابطه‌ای با هم دارند.
vesthimmerland-sund-livsstil-body = کمون می‌خواهد که شما بدانید شیوه زندگی و سلامت چه رابطه‌ای با هم دارند، و چطور برای خود و خانواده‌تان انتخاب‌های سالم کنید.
vesthimmerland-sund-livsstil-ask = از کمون بپرسید که امروز چه خدماتی برای سلامت و پیشگیری وجود دارد.

vesthimmerland-sundhedsvaesen-title = راه خود را در نظام سلامت پیدا کنید
vesthimmerland-sundhedsvaesen-summary = وقتی مریض هستید، معمولاً اول به پزشک خانواده خودتان (egen læge) مراجعه می‌کنید.
vesthimmerland-sundhedsvaesen-body = کمون می‌خواهد که شما بتوانید راه خود را در نظام سلامت دنمارک پیدا کنید. وقتی مریض هستید، پزشک خانواده خودتان (egen læge) معمولاً اولین جایی است که به آن مراجعه می‌کنید.
vesthimmerland-sundhedsvaesen-ask = اگر نمی‌دانید با یک مشکل سلامتی کجا بروید، از پزشک خانواده خود (læge) یا کمون بپرسید.

vesthimmerland-forebyggelse-title = پیشگیری و توان‌بخشی
vesthimmerland-forebyggelse-summary = کمون می‌خواهد که شما بتوانید در خدماتی شرکت کنید که سلامت شما را بهتر می‌کند.
vesthimmerland-forebyggelse-body = کمون می‌خواهد که شما فرصت داشته باشید در خدمات ارتقای سلامت، پیشگیری و توان‌بخشی شرکت کنید. این سیاست می‌گوید که برای این کار باید در تمام طول زندگی به سلامت جسمی و روانی توجه شود.
vesthimmerland-forebyggelse-ask = اگر از نظر جسمی یا روانی حال خوبی ندارید، با پزشک خانواده خود (læge) صحبت کنید، و از کمون بپرسید که چه خدماتی وجود دارد.

vesthimmerland-senior-netvaerk-title = گروه‌ها و فعالیت‌ها برای سالمندان
vesthimmerland-senior-netvaerk-summary = کمون می‌خواهد که شما بتوانید با سالمندان دیگر دیدار کنید و فعال باشید.
vesthimmerland-senior-netvaerk-body = کمون می‌خواهد که سالمندانی که پیشینه چندفرهنگی دارند، بتوانند با سالمندان دیگر در گروه‌های مختلف دیدار کنند و در انواع فعالیت‌ها شرکت کنند. این سیاست نمی‌گوید که از چند سالگی کسی سالمند حساب می‌شود.
vesthimmerland-senior-netvaerk-ask = از کمون بپرسید که در منطقه شما چه فعالیت‌ها و گروه‌هایی برای سالمندان وجود دارد.

vesthimmerland-senior-tilbud-title = خدمات برای سالمندان را بشناسید
vesthimmerland-senior-tilbud-summary = کمون همچنین می‌خواهد که وقتی خدمات تازه ساخته می‌شود، شما هم شریک باشید.
vesthimmerland-senior-tilbud-body = وقتی آدم در یک کشور تازه پیر می‌شود، پیدا کردن راه در میان خدمات می‌تواند سخت باشد. کمون می‌خواهد که شما خدماتی را که وجود دارد بفهمید، و وقتی خدمات تازه ساخته می‌شود، شریک باشید. این سیاست نمی‌گوید که از چند سالگی کسی سالمند حساب می‌شود.
vesthimmerland-senior-tilbud-ask = از کمون بپرسید که کدام خدمات برای سالمندان برای شما مناسب است، و بگویید که چه چیزی کم دارید.
