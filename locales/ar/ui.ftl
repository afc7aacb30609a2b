# Interface texts (Arabic). Danish (locales/da/) is the source language.

app-title = Velkommen
app-tagline = ابحث عن الخدمات والحقوق التي تخصك إذا كنت جديدًا في بلدية دنماركية.
privacy-promise = إجاباتك تبقى على هذا الجهاز. لا يتم إرسال أي شيء ولا حفظه.

choose-heading = أين تسكن، وبأي لغة تريد أن تقرأ؟
choose-municipality = البلدية
choose-municipality-hint = اختر البلدية التي تسكن فيها أو التي ستنتقل إليها.
choose-municipality-none = اختر البلدية
choose-language = اللغة
choose-start = ابدأ
choose-missing-municipality = اختر بلدية لكي تتابع.
chosen-summary = { $municipality } · { $language }

problem-heading = هناك مشكلة
problem-unknown-municipality = طلبت الصفحة البلدية «{ $value }»، لكن الدليل لا يعرفها. اختر بلديتك في الأسفل.
problem-unknown-language = طلبت الصفحة اللغة «{ $value }»، لكن هذه اللغة غير موجودة في الدليل. اختر لغة في الأسفل.
problem-unknown-mode = طلبت الصفحة طريقة العرض «{ $value }»، لكن الدليل لا يعرفها. يظهر الدليل بالشكل المعتاد.
problem-idle-minutes = طلبت الصفحة عدد دقائق عدم النشاط «{ $value }»، لكن هذا ليس عددًا موجبًا. يستخدم الدليل 5 دقائق.
problem-content = لم نتمكن من قراءة محتوى الدليل. تواصل مع البلدية مباشرة.

start-again = ابدأ من جديد

# Questions: q-<id> is the heading, q-<id>-short the label in summaries and reasons,
# q-<id>-<option> each answer.
q-dont-know = لا أعرف / لا أريد الإجابة
q-household = مع من تسكن؟
q-household-short = من يسكن معك
q-household-alone = أسكن وحدي
q-household-partner = مع شريك حياتي
q-household-children = مع أطفال
q-household-partner_children = مع شريك حياتي وأطفال
q-household-family = مع والديّ أو أفراد آخرين من عائلتي
q-children = كم عمر أطفالك؟
q-children-short = أعمار الأطفال
q-children-hint = اختر كل ما ينطبق.
q-children-0 = أقل من سنة
q-children-1-2 = من 1 إلى 2 سنة
q-children-3-5 = من 3 إلى 5 سنوات
q-children-6-13 = من 6 إلى 13 سنة
q-children-14-17 = من 14 إلى 17 سنة
q-children-18plus = 18 سنة أو أكثر
q-expecting = هل تنتظر أنت أو شريك حياتك طفلًا؟
q-expecting-short = في انتظار طفل
q-expecting-yes = نعم
q-expecting-no = لا
q-age = كم عمرك؟
q-age-short = العمر
q-age-hint = اكتب عمرك بالسنوات.
q-gender = هل أنت امرأة أم رجل؟
q-gender-short = الجنس
q-gender-hint = نسأل فقط لأن البلدية لديها خدمات للنساء وللشباب من الرجال. ليس عليك أن تجيب.
q-gender-woman = امرأة
q-gender-man = رجل
q-residence = لماذا تسكن في الدنمارك؟
q-residence-short = سبب الإقامة
q-residence-refugee = أنا لاجئ أو لاجئة
q-residence-ukraine = نزحت من أوكرانيا (إقامة بموجب القانون الخاص، særloven)
q-residence-family = جئت عن طريق لمّ الشمل العائلي
q-residence-work_study = أعمل أو أدرس هنا
q-residence-eu = أحمل جنسية دولة في الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو دول الشمال الأوروبي (Norden)
q-education = كم درست في المدرسة وبعدها؟
q-education-short = التعليم
q-education-little = درست قليلًا أو لم أدرس أبدًا
q-education-school = المدرسة
q-education-vocational = تعليم مهني
q-education-higher = تعليم عالٍ
q-education_place = أين درست؟
q-education_place-short = مكان الدراسة
q-education_place-abroad = خارج الدنمارك
q-education_place-denmark = في الدنمارك
q-work = ماذا تفعل الآن؟
q-work-short = العمل
q-work-job_seeker = أبحث عن عمل
q-work-employed = لدي عمل
q-work-student = أدرس
q-work-unable = لا أستطيع العمل الآن
q-work-retired = أنا متقاعد أو متقاعدة
q-danish = إلى أي حد تتكلم الدنماركية؟
q-danish-short = اللغة الدنماركية
q-danish-none = ليس بعد
q-danish-basic = قليلًا
q-danish-good = جيدًا
q-health = هل ينطبق عليك شيء من هذا؟
q-health-short = الصحة
q-health-hint = اختر كل ما ينطبق، أو لا شيء.
q-health-trauma = صدمات نفسية أو ضغط نفسي كبير
q-health-illness = مرض مزمن أو طويل الأمد، أو إعاقة
q-health-interpreter = أحتاج إلى مترجم فوري

notice-bad-link = لم نتمكن من قراءة الرابط، لذلك يبدأ الدليل من جديد. إجاباتك غير محفوظة في أي مكان.

nav-back = رجوع
step = السؤال { $n } من { $total }
continue = متابعة
q-or = أو
error-choose-one = اختر إجابة.
error-choose-some = اختر إجابة واحدة على الأقل، أو «لا أعرف / لا أريد الإجابة».
error-age = اكتب عمرك كرقم بين { $min } و{ $max }.

check-heading = راجع إجاباتك
check-intro = يمكنك تغيير أي إجابة قبل أن ترى ما ينطبق عليك.
check-municipality = البلدية
check-change = تغيير
check-unanswered = بدون إجابة
check-none = لا شيء من هذه
check-submit = اعرف ما ينطبق عليك

results-heading = ما يمكنك أن تستفيد منه في { $municipality }
results-intro = هنا ما ينطبق عليك بحسب إجاباتك. اسأل البلدية دائمًا عمّا هو موجود الآن.
results-maybe-intro = النقاط التي عليها علامة «قد ينطبق عليك – اسأل» تعتمد على سؤال لم تُجب عنه.
results-contents = في هذه الصفحة
results-national = ينطبق في كل الدنمارك
results-steps-heading = ابدأ من هنا
results-for-you-heading = لك أنت
results-for-you-intro = اخترناها بحسب إجاباتك.
results-for-everyone-heading = للجميع في { $municipality }
results-for-everyone-short = للجميع
results-for-everyone-intro = أهداف البلدية وخدماتها لكل المواطنين الجدد. اضغط على أي نقطة لتقرأها.
results-more = اقرأ المزيد
results-less = إغلاق
results-contact-heading = تواصل مع { $municipality }
results-contact-intro = اسأل البلدية إذا لم تكن متأكدًا من أي شيء في هذه الصفحة.
results-because = يظهر هذا لأنك أجبت: { $reasons }
results-reason-separator = {"؛ "}
results-for-everyone = ينطبق على الجميع.
results-maybe = قد ينطبق عليك – اسأل
results-depends = هذا يعتمد على: { $questions }
results-ask = من يستطيع مساعدتك
results-source = المصدر
results-source-policy = { $policy } ({ $period })، قسم «{ $section }»
results-source-policy-undated = { $policy } (بدون تاريخ)، قسم «{ $section }»
results-reviewed = تمت المراجعة في { $date }
results-phone = الهاتف
results-mail = البريد الإلكتروني
results-web = الموقع الإلكتروني
results-print = طباعة
results-empty = لا توجد أي نقطة في الدليل تناسب إجاباتك. تواصل مع البلدية، وهم سيساعدونك.
gone-heading = إجاباتك غير محفوظة
gone-text = الدليل لا يحفظ إجاباتك أبدًا. لذلك تختفي عندما يتم فتح الصفحة من جديد، أو بعد أن تبدأ من جديد.
gone-link = هل حفظت رابطك أو رمز QR؟ افتحه، وسترى نتائجك مرة أخرى.
gone-resume = أجب عن الأسئلة مرة أخرى
take-home-button = خذ نتائجك معك
take-home-heading = خذ نتائجك معك
take-home-explain = على شاشة مشتركة أو على الورق: امسح الرمز بهاتفك الشخصي. على هاتفك الشخصي: انسخ الرابط، أو شاركه مع نفسك. بعد ذلك يمكنك أن تفتح نتائجك مرة أخرى لاحقًا – بلغتك.
take-home-trust = الرابط يحتوي على إجاباتك. لا تشاركه إلا مع أشخاص تثق بهم.
take-home-closed = إذا أغلقت الصفحة دون أن تحفظ الرابط، ستختفي إجاباتك.
take-home-qr-label = رمز QR فيه رابط إلى نتائجك
take-home-copy = نسخ الرابط
take-home-share = مشاركة
take-home-copied = تم نسخ الرابط.
take-home-copy-failed = لم نتمكن من نسخ الرابط. استخدم رمز QR بدلًا من ذلك.
print-scan = امسح الرمز بهاتفك لتفتح هذه النتائج مرة أخرى.
print-date = تمت الطباعة في { $date }
counter-badge = وضع مكتب الخدمة
next-citizen = المواطن التالي
counter-exit = الخروج من وضع مكتب الخدمة
large-text = نص كبير
browse-link = شاهد كل الخدمات دون الإجابة عن الأسئلة
browse-heading = كل الخدمات في { $municipality }
browse-search = ابحث في الخدمات
browse-search-hint = اكتب كلمة بالدنماركية أو بلغتك.
browse-count = عدد الخدمات: { $count }
browse-none = لا توجد خدمة تناسب بحثك.
browse-for = لمن: { $who }
browse-for-everyone = للجميع
idle-heading = هل ما زلت هنا؟
idle-text = سيبدأ الدليل من جديد قريبًا، حتى لا يرى الشخص التالي إجاباتك. الثواني المتبقية: { $seconds }
idle-continue = ما زلت هنا
quick-link = كل الأسئلة في صفحة واحدة
quick-heading = كل الأسئلة في صفحة واحدة
quick-intro = اسأل الشخص واختر الإجابات. تخطَّ ما لا تعرفه. اضغط على مفتاح Enter لترى ما ينطبق.

# The language switcher on every screen; each language is named in itself.
lang-switch-label = تغيير اللغة
# After a text shown in Danish because it is not yet translated.
fallback-marker = (بالدنماركية)
# While another language is fetched, the page is shown in Danish.
lang-loading = جارٍ تحميل { $language } …
lang-failed = لم نتمكن من تحميل { $language }. النص يظهر بالدنماركية.
lang-retry = حاول مرة أخرى

## The results wait for the municipality's content pack
packs-loading = جارٍ تحميل العروض …
packs-failed-heading = تعذّر تحميل العروض
packs-failed-text = تأكد من اتصالك بالإنترنت وحاول مرة أخرى. إجاباتك لم تضِع.
packs-retry = حاول مرة أخرى
