jammerbugt-name = Jammerbugt Kommune
jammerbugt-policy-title = Integrationspolitik – Indsatsområder og målsætninger

## Modtagelse

jammerbugt-modtagelse = استقبال از تازه‌واردان
jammerbugt-modtagelse-start-title = یک شروع آرام و مطمئن در کمون
jammerbugt-modtagelse-start-summary = کمون تلاش می‌کند که شما معلومات خوب بگیرید و به وضعیت شما توجه شود.
jammerbugt-modtagelse-start-body = کمون تلاش می‌کند که وقتی به اینجا می‌آیید، طوری از شما استقبال شود که احساس آرامش و اعتماد کنید و معلومات خوب بگیرید. هدف این هم است که به وضعیت خاص شما توجه شود.
jammerbugt-modtagelse-start-ask = از کمون بپرسید که در روزهای اول با چه کسی باید صحبت کنید.
jammerbugt-modtagelse-sprog-title = زبان دنمارکی یاد بگیرید
jammerbugt-modtagelse-sprog-summary = هدف کمون این است که شما فرصت یادگیری زبان دنمارکی را داشته باشید.
jammerbugt-modtagelse-sprog-body = هدف کمون این است که شما فرصت یادگیری زبان دنمارکی را داشته باشید.
jammerbugt-modtagelse-sprog-ask = از کمون بپرسید که چطور آموزش زبان دنمارکی (danskuddannelse) را شروع کنید.
jammerbugt-modtagelse-samfund-title = دانستن درباره زندگی در دنمارک
jammerbugt-modtagelse-samfund-summary = هدف کمون این است که بتوانید درباره رسم‌ها و قاعده‌های رفتار در دنمارک و فرهنگ دنمارکی یاد بگیرید.
jammerbugt-modtagelse-samfund-body = هدف کمون این است که شما فرصت داشته باشید درباره رسم‌ها و قاعده‌های رفتار در دنمارک و فرهنگ دنمارکی یاد بگیرید.
jammerbugt-modtagelse-samfund-ask = از کمون بپرسید که کجا می‌توانید درباره زندگی در دنمارک بیشتر یاد بگیرید.

## Børn og familie

jammerbugt-boern-familie = کودکان و خانواده
jammerbugt-dagpleje-title = فرزند شما در مراقبت روزانه در خانه (dagpleje)
jammerbugt-dagpleje-summary = کمون تلاش می‌کند که با فرزند شما با احترام رفتار شود و او بتواند دوست پیدا کند.
jammerbugt-dagpleje-body = کمون تلاش می‌کند که در مراقبت روزانه در خانه (dagpleje) با فرزند شما با احترام رفتار شود، و او بتواند دوست پیدا کند و جزئی از جمع شود. همکاری میان شما و مراقب کودک باید بر برابری و احترام استوار باشد، با خواسته‌ها و انتظارات از هر دو طرف.
jammerbugt-dagpleje-ask = از کمون درباره یک جا در مراقبت روزانه در خانه (dagpleje) برای فرزندتان بپرسید.
jammerbugt-skole-title = فرزند شما در مکتب
jammerbugt-skole-summary = کمون تلاش می‌کند که فرزند شما همراه با کودکان دیگر یاد بگیرد.
jammerbugt-skole-body = کمون تلاش می‌کند که در مکتب با فرزند شما با قدردانی رفتار شود، و او همراه با کودکان دیگر یاد بگیرد. هدف این هم است که شما به عنوان پدر یا مادر با مکتب همکاری کنید، تا فرزندتان احساس کند که ارزش دارد.
jammerbugt-skole-ask = از مکتب فرزندتان یا کمون بپرسید که چطور می‌توانید شروع خوبی داشته باشید.
jammerbugt-traumer-title = وقتی تجربه‌های سخت، یادگیری را سخت می‌کند
jammerbugt-traumer-summary = اگر فرزند شما تجربه سختی داشته است، می‌توانید این را به مکتب بگویید.
jammerbugt-traumer-body = هدف کمون این است که مکتب به آسیب‌های روحی (تروما) توجه کند که می‌توانند یادگیری را برای کودک سخت کنند. اگر فرزند شما تجربه‌های سختی داشته است، می‌توانید این را به مکتب بگویید.
jammerbugt-traumer-ask = با مکتب فرزندتان صحبت کنید که مکتب امروز چه کاری می‌تواند انجام دهد.

jammerbugt-laering-title = همراه با دیگران یاد بگیرید – در بزرگسالی هم
jammerbugt-laering-summary = هدف کمون این است که در یادگیری هم از کودکان و هم از بزرگسالان حمایت کند.
jammerbugt-laering-body = هدف کمون این است که پناهندگان، مهاجران و کسانی که از راه الحاق خانواده آمده‌اند، حمایت بگیرند تا همراه با کودکان و بزرگسالان دیگر یاد بگیرند و رشد کنند، تا بتوانند در جمع‌ها و در پیشرفت جامعه شریک باشند.
jammerbugt-laering-ask = از کمون بپرسید که امروز چه فرصت‌هایی برای یادگیری برای شما وجود دارد.
jammerbugt-sundhedsfremme-title = پیشگیری و کمک زودهنگام برای کودکان
jammerbugt-sundhedsfremme-summary = هدف کمون این است که از کودکان و نوجوانانی که نیازهای خاص دارند حمایت کند.
jammerbugt-sundhedsfremme-body = هدف کمون این است که برای کودکان و خانواده‌ها کار پیشگیرانه عمومی و کمک زودهنگام فراهم کند، و از کودکان و نوجوانانی که نیازهای خاص دارند حمایت کند.
jammerbugt-sundhedsfremme-ask = اگر نگران فرزندتان هستید، از کمون بپرسید که امروز چه کمکی وجود دارد.
jammerbugt-familieafdeling-title = مشوره و راهنمایی برای خانواده
jammerbugt-familieafdeling-summary = بخش خانواده کمون (familieafdeling) مشوره می‌دهد، و هدف این است که به وضعیت تمام خانواده نگاه شود.
jammerbugt-familieafdeling-body = بخش خانواده کمون (familieafdeling) به خانواده‌ها مشوره و راهنمایی می‌دهد. کمون تلاش می‌کند که به وضعیت تمام خانواده نگاه شود، و شما خودتان در پیدا کردن یک راه‌حل خوب، نزدیک به جایی که زندگی می‌کنید، شریک باشید.
jammerbugt-familieafdeling-ask = با کمون تماس بگیرید و بخواهید که با بخش خانواده (familieafdeling) صحبت کنید.

## Socialområdet

jammerbugt-socialomraadet = خدمات اجتماعی
jammerbugt-social-indgang-title = یک در برای ورود به کمک‌های کمون
jammerbugt-social-indgang-summary = کمون تلاش می‌کند که شما مشوره خوب بگیرید و وضعیت شما زود روشن شود.
jammerbugt-social-indgang-body = کمون تلاش می‌کند که برای خدمات کمون یک در ورودی باشد، و شما درباره نیازهای خود مشوره خوب بگیرید. هدف این است که وضعیت شما زود روشن شود، و کمک‌های مالی را که حق شماست، به موقع بگیرید.
jammerbugt-social-indgang-ask = با کمون تماس بگیرید و بگویید برای چه چیزی به کمک نیاز دارید.

## Frivillige

jammerbugt-frivillige = داوطلبان
jammerbugt-frivillighuset-title = خانه داوطلبان (Frivillighuset)
jammerbugt-frivillighuset-summary = هدف کمون این است که خانه داوطلبان (Frivillighuset) راه شما برای رسیدن به داوطلبان باشد.
jammerbugt-frivillighuset-body = انجمن‌های داوطلب، گروه‌ها و افراد می‌توانند زندگی روزمره شما را آسان‌تر کنند. هدف کمون این است که خانه داوطلبان (Frivillighuset) راه ورود شما به کارهای اجتماعی داوطلبانه در کمون باشد.
jammerbugt-frivillighuset-ask = از کمون بپرسید که چطور با خانه داوطلبان (Frivillighuset) در تماس شوید.

## Sundhed

jammerbugt-sundhed = سلامت
jammerbugt-sundhed-tilbud-title = خدمات سلامت
jammerbugt-sundhed-tilbud-summary = هدف کمون این است که به کسانی که نیازهای خاص دارند خدمات بدهد.
jammerbugt-sundhed-tilbud-body = کمون تلاش می‌کند نابرابری در سلامت را کم کند، و هدفش این است که به کسانی که نیازهای خاص دارند خدمات سلامت بدهد. سلامت شما مسئولیت مشترک شما، خانواده‌تان و کمون است.
jammerbugt-sundhed-tilbud-ask = از کمون بپرسید که امروز چه خدمات سلامتی وجود دارد.

## Beskæftigelse

jammerbugt-beskaeftigelse = کار
jammerbugt-job-title = راه رسیدن به کار
jammerbugt-job-summary = هدف این است که شما زود شروع کنید و خرج زندگی خود را خودتان بدهید.
jammerbugt-job-body = کمون تلاش می‌کند که شما زود شروع کنید، تا بتوانید خرج زندگی خود را خودتان بدهید و در جامعه فعال باشید. باید به وضعیت شما توجه شود. هدف این هم است که شما به عنوان یک نیروی ارزشمند برای جامعه محلی دیده شوید.
jammerbugt-job-ask = از مرکز کار (jobcenter) کمون بپرسید که با چه چیزی می‌توانید شروع کنید.

## Kultur og fritid

jammerbugt-kultur-fritid = فرهنگ و اوقات فراغت
jammerbugt-foreningsliv-title = انجمن‌ها و اوقات فراغت
jammerbugt-foreningsliv-summary = کمون می‌خواهد میان شما و دیگر کسانی که در محله شما زندگی می‌کنند رابطه به وجود بیاورد.
jammerbugt-foreningsliv-body = کمون می‌خواهد میان شما و دیگر کسانی که در محله شما زندگی می‌کنند رابطه به وجود بیاورد، برای مثال از راه انجمن‌ها. کمون همچنین تلاش می‌کند که در همه بخش‌های کمون فعالیت‌های فرهنگی باشد.
jammerbugt-foreningsliv-ask = از کمون بپرسید که در جایی که زندگی می‌کنید چه انجمن‌ها و فعالیت‌هایی وجود دارد.
jammerbugt-demokrati-title = در دموکراسی شرکت کنید
jammerbugt-demokrati-summary = کمون آرزو دارد که شما فرصت‌هایی برای یادگیری در تمام عمر ببینید.
jammerbugt-demokrati-body = کمون آرزو دارد که شما فرصت‌هایی برای یادگیری در تمام عمر و برای شرکت در دموکراسی ببینید.
jammerbugt-demokrati-ask = از کمون بپرسید که چطور می‌توانید در دموکراسی محلی شرکت کنید.

## Naturområdet

jammerbugt-natur = طبیعت
jammerbugt-natur-friluftsliv-title = طبیعت در Jammerbugt
jammerbugt-natur-friluftsliv-summary = کمون می‌خواهد که شما بتوانید از طبیعت برای ورزش و گردش در هوای آزاد استفاده کنید.
jammerbugt-natur-friluftsliv-body = کمون می‌خواهد که شما بتوانید از طبیعت برای ورزش و گردش در هوای آزاد استفاده کنید. کمون همچنین امیدوار است که شما در مراقبت از طبیعت کمک کنید.
jammerbugt-natur-friluftsliv-ask = از کمون بپرسید که کجا می‌توانید به طبیعت بروید، و چطور می‌توانید در مراقبت از آن کمک کنید.

## Kommunen som arbejdsplads

jammerbugt-arbejdsplads = کمون به عنوان محل کار
jammerbugt-kommunen-job-title = کار کردن در کمون
jammerbugt-kommunen-job-summary = کمون می‌خواهد کارمندانی هم داشته باشد که پیشینه‌ای غیر از دنمارکی دارند.
jammerbugt-kommunen-job-body = Jammerbugt Kommune می‌خواهد که کارمندانش مانند مردم منطقه گوناگون باشند، از جمله کسانی که پیشینه‌ای غیر از دنمارکی دارند. برای همین، کمون می‌تواند یک محل کار ممکن برای شما هم باشد.
jammerbugt-kommunen-job-ask = از کمون بپرسید که چطور برای کار در کمون درخواست بدهید.

## Borgerservice

jammerbugt-borgerservice = دفتر خدمات شهروندی (Borgerservice)
jammerbugt-borgerservice-indgang-title = دفتر خدمات شهروندی (Borgerservice) دروازه شما به کمون است
jammerbugt-borgerservice-indgang-summary = هدف این است که دفتر خدمات شهروندی (Borgerservice) بتواند شما را به بخش‌های دیگر کمون راهنمایی کند.
jammerbugt-borgerservice-indgang-body = کمون می‌خواهد که دفتر خدمات شهروندی (Borgerservice) جای طبیعی برای رفتن باشد، وقتی به ادارات دولتی نیاز دارید. هدف این است که Borgerservice بتواند شما را به بخش‌های دیگر کمون راهنمایی کند.
jammerbugt-borgerservice-indgang-ask = به دفتر خدمات شهروندی (Borgerservice) بروید یا به کمون زنگ بزنید.
jammerbugt-selvbetjening-title = کمک برای انجام کارها به شکل دیجیتال
jammerbugt-selvbetjening-summary = هدف کمون این است که بتوانید این کمک را در دفتر خدمات شهروندی (Borgerservice) بگیرید.
jammerbugt-selvbetjening-body = هدف کمون این است که بتوانید در دفتر خدمات شهروندی (Borgerservice) برای استفاده از سیستم‌های دیجیتال (selvbetjening) کمک بگیرید، برای مثال وقتی باید برای چیزی در اینترنت درخواست بدهید.
jammerbugt-selvbetjening-ask = از دفتر خدمات شهروندی (Borgerservice) بپرسید که آیا می‌توانند در کارهای دیجیتال (selvbetjening) به شما کمک کنند.
