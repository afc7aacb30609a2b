national-name = كل الدنمارك

## Danskuddannelse

national-danish = تعليم اللغة الدنماركية (danskuddannelse)

national-danish-5-years-title = تعليم اللغة الدنماركية (danskuddannelse) لمدة تصل إلى 5 سنوات
national-danish-5-years-summary = إذا كنت لاجئًا أو جئت عن طريق لمّ الشمل العائلي، وعمرك 18 سنة أو أكثر، فهذا حقك.
national-danish-5-years-body = إذا كنت لاجئًا أو جئت عن طريق لمّ الشمل العائلي، وعمرك 18 سنة أو أكثر، ولديك تصريح إقامة (opholdstilladelse)، وتسكن في بلدية، فمن حقك أن تحصل على تعليم اللغة الدنماركية (danskuddannelse) لمدة تصل إلى 5 سنوات. الدروس مجانية. هناك ثلاثة برامج: DU1 إذا كنت لا تستطيع قراءة وكتابة الحروف اللاتينية، وDU2 إذا ذهبت إلى المدرسة لفترة قصيرة، وDU3 إذا كان لديك تعليم متوسط المدة أو طويل المدة.
national-danish-5-years-ask = اسأل البلدية، وهي توجّهك إلى مركز اللغة (sprogcenter).

national-danish-3-5-years-title = تعليم اللغة الدنماركية (danskuddannelse) لمدة 3 سنوات ونصف
national-danish-3-5-years-summary = يمكنك أن تحصل عليه، مثلًا إذا كنت تعمل أو تدرس أو كنت مواطنًا من الاتحاد الأوروبي.
national-danish-3-5-years-body = إذا كنت هنا للعمل أو للدراسة، أو كنت زوجًا أو زوجة لشخص جاء إلى هنا للعمل أو للدراسة، أو جئت للسكن عند عائلة ومساعدتها في البيت وفي رعاية الأطفال (au pair)، أو كنت مواطنًا من الاتحاد الأوروبي، فيمكنك أن تحصل على تعليم اللغة الدنماركية (danskuddannelse) لمدة 3 سنوات ونصف خلال 5 سنوات. يجب أن يكون عمرك 18 سنة أو أكثر، وأن يكون لديك تصريح إقامة (opholdstilladelse)، وأن تسكن في بلدية (أو تسكن هنا حسب قواعد الاتحاد الأوروبي). هناك ثلاثة برامج: DU1 إذا كنت لا تستطيع قراءة وكتابة الحروف اللاتينية، وDU2 إذا ذهبت إلى المدرسة لفترة قصيرة، وDU3 إذا كان لديك تعليم متوسط المدة أو طويل المدة.
national-danish-3-5-years-ask = اسأل البلدية، وهي توجّهك إلى مركز اللغة (sprogcenter).

national-danish-deposit-title = الدروس مجانية – لكن هناك مبلغ تأمين
national-danish-deposit-summary = إذا كنت تعيل نفسك، فأنت تدفع 2000 كرونة عن كل وحدة دراسية (modul).
national-danish-deposit-body = الدروس مجانية. منذ 1 يوليو/تموز 2020 يدفع الطلاب الذين يعيلون أنفسهم مبلغ تأمين قدره 2000 كرونة عن كل وحدة دراسية (modul). تسترجع المال عندما تنهي الوحدة في الوقت المحدد.
national-danish-deposit-ask = اسأل مركز اللغة (sprogcenter) هل يجب عليك أن تدفع مبلغ التأمين، وكم من الوقت لديك لإنهاء الوحدة.

national-danish-referral-title = البلدية توجّهك إلى دروس الدنماركية
national-danish-referral-summary = عادةً خلال شهر واحد؛ وإذا لم تسمع شيئًا، فتواصل مع البلدية.
national-danish-referral-body = البلدية توجّهك إلى تعليم اللغة الدنماركية (danskuddannelse)، وعادةً يكون ذلك خلال شهر واحد. إذا لم تسمع شيئًا، فتواصل مع البلدية.
national-danish-referral-ask = اسأل البلدية أو خدمة المواطنين (Borgerservice).
national-danish-referral-step = اطلب من البلدية أن توجّهك إلى تعليم اللغة الدنماركية (danskuddannelse) إذا لم تسمع شيئًا خلال شهر.

national-fvu-title = تعليم الكبار التحضيري (FVU): القراءة والكتابة والرياضيات
national-fvu-summary = هي دروس مجانية للكبار، واسمها بالدنماركية forberedende voksenundervisning.
national-fvu-body = تعليم الكبار التحضيري (FVU – forberedende voksenundervisning) هو دروس مجانية للكبار في القراءة والكتابة والحساب.
national-fvu-ask = انظر ug.dk، أو اسأل البلدية.

## Programmet efter ankomst

national-programme = البرنامج بعد وصولك

national-programme-refugee-title = برنامج الاعتماد على النفس والعودة إلى الوطن (selvforsørgelses- og hjemrejseprogram)
national-programme-refugee-summary = بصفتك لاجئًا تحصل على تعليم اللغة الدنماركية (danskuddannelse) وعلى خدمات تهدف إلى أن تحصل على عمل.
national-programme-refugee-body = بصفتك لاجئًا تحصل على برنامج الاعتماد على النفس والعودة إلى الوطن (selvforsørgelses- og hjemrejseprogram). يتكون البرنامج من تعليم اللغة الدنماركية (danskuddannelse) ومن خدمات تهدف إلى أن تحصل على عمل، مثل الإرشاد، والتدريب العملي في شركة (virksomhedspraktik)، والعمل مع دعم للراتب (løntilskud). الهدف هو عمل عادي خلال سنة تقريبًا، ويمكن أن يستمر البرنامج حتى 5 سنوات.
national-programme-refugee-ask = اسأل مركز العمل (jobcenter) في البلدية.

national-programme-family-title = البرنامج التعريفي (introduktionsprogram)
national-programme-family-summary = إذا جئت عن طريق لمّ الشمل العائلي، تحصل على تعليم اللغة الدنماركية (danskuddannelse) وعلى خدمات تهدف إلى أن تحصل على عمل.
national-programme-family-body = إذا جئت عن طريق لمّ الشمل العائلي، تحصل على البرنامج التعريفي (introduktionsprogram)؛ وإذا جئت عن طريق لمّ الشمل مع لاجئ، تحصل بدلًا من ذلك على برنامج الاعتماد على النفس والعودة إلى الوطن (selvforsørgelses- og hjemrejseprogram). كل واحد من البرنامجين يتكون من تعليم اللغة الدنماركية (danskuddannelse) ومن خدمات تهدف إلى أن تحصل على عمل، مثل الإرشاد، والتدريب العملي في شركة (virksomhedspraktik)، والعمل مع دعم للراتب (løntilskud). الهدف هو عمل عادي خلال سنة تقريبًا، ويمكن أن يستمر البرنامج حتى 5 سنوات.
national-programme-family-ask = اسأل مركز العمل (jobcenter) في البلدية أي برنامج ستحصل عليه.

national-programme-ukraine-title = الإقامة حسب القانون الخاص (særloven) – أوكرانيا
national-programme-ukraine-summary = قواعد اللاجئين تسري عليك أيضًا في العادة، مع استثناءات قليلة.
national-programme-ukraine-body = إذا كان لديك تصريح إقامة حسب القانون الخاص بالنازحين من أوكرانيا (særloven)، فإن قواعد قانون الاندماج الخاصة باللاجئين تسري عليك أيضًا في العادة، مثل التوزيع على السكن (boligplacering)، وتقييم الصحة، وتعليم اللغة الدنماركية (danskuddannelse)، وبرنامج في البلدية. بعض القواعد القليلة مختلفة: تتولى البلدية أمرك خلال 15 يوم عمل على الأكثر بعد القرار، وواجب العمل (arbejdspligt) الذي يسري منذ 1 يناير/كانون الثاني 2025 لا يسري عليك.
national-programme-ukraine-ask = اسأل مركز العمل (jobcenter) في البلدية أي قواعد وأي برنامج يسري عليك.
national-programme-ukraine-step = اسأل مركز العمل (jobcenter) في البلدية أي برنامج وأي قواعد تسري عليك حسب القانون الخاص (særloven).

national-programme-forloeb-title = الدورة التعريفية (introduktionsforløb)
national-programme-forloeb-summary = تعرضها البلدية عليك إذا كنت تعمل أو تدرس أو كنت مواطنًا من الاتحاد الأوروبي.
national-programme-forloeb-body = إذا كنت هنا للعمل أو للدراسة، أو كنت مواطنًا من الاتحاد الأوروبي، فيمكنك أن تحصل على دورة تعريفية (introduktionsforløb) من البلدية.
national-programme-forloeb-ask = اسأل مركز العمل (jobcenter) في البلدية ماذا تتضمن الدورة.
national-programme-forloeb-step = اسأل مركز العمل (jobcenter) في البلدية عن الدورة التعريفية (introduktionsforløb).

national-programme-contract-title = العقد والإقرار
national-programme-contract-summary = يتم ذلك خلال شهر تقريبًا، والإقرار مطلوب للحصول على الإقامة الدائمة.
national-programme-contract-body = خلال شهر تقريبًا تكتب مع البلدية عقدًا. وفي الوقت نفسه توقّع على إقرار الإقامة والاعتماد على النفس (opholds- og selvforsørgelseserklæring)، وهذا الإقرار شرط للحصول على الإقامة الدائمة. إذا كنت تحتاج إلى مترجم فوري، فستحصل عليه.
national-programme-contract-ask = اسأل مركز العمل (jobcenter) في البلدية.
national-programme-contract-step = اكتب عقدك مع مركز العمل (jobcenter) في البلدية خلال شهر تقريبًا.

national-programme-benefits-title = الإعانات المالية: انظر borger.dk
national-programme-benefits-summary = تغيّرت القواعد في عام 2025، وأصبح لعدة إعانات أسماء جديدة.
national-programme-benefits-body = تغيّرت قواعد الإعانات المالية بسبب إصلاح (reform) في عام 2025، وأصبح لعدة إعانات أسماء جديدة. انظر القواعد والمبالغ المعمول بها الآن على borger.dk.
national-programme-benefits-ask = انظر borger.dk، أو اسأل مركز العمل (jobcenter) في البلدية.

## IGU

national-igu = التعليم الأساسي للاندماج (IGU – integrationsgrunduddannelse)

national-igu-job-title = التعليم الأساسي للاندماج (IGU): عمل ومدرسة لمدة سنتين
national-igu-job-summary = تحصل على راتب عندما تعمل، وعلى مال عندما تكون في المدرسة.
national-igu-job-body = التعليم الأساسي للاندماج (IGU) هو عمل مدفوع الأجر في شركة لمدة سنتين، بمعدل 25 ساعة في الأسبوع على الأقل، مع 23 أسبوعًا من الدراسة في المدرسة. تحصل على راتب متدرّب (elevløn) عندما تعمل، وعلى بدل تعليم (uddannelsesgodtgørelse) عندما تكون في المدرسة.
national-igu-job-ask = اسأل مركز العمل (jobcenter) في البلدية.

national-igu-who-title = من يستطيع أن يحصل على التعليم الأساسي للاندماج (IGU)
national-igu-who-summary = اللاجئون والذين جاؤوا عن طريق لمّ الشمل العائلي، من عمر 18 إلى 50 سنة، إذا سكنوا في الدنمارك 20 سنة على الأكثر.
national-igu-who-body = حسب الاتفاق الثلاثي (trepartsaftale) من سبتمبر/أيلول 2023، الذي يسري حتى 2028، يستطيع اللاجئون وكل الذين جاؤوا عن طريق لمّ الشمل العائلي، من عمر 18 إلى 50 سنة، أن يحصلوا على التعليم الأساسي للاندماج (IGU) إذا كانوا قد سكنوا في الدنمارك 20 سنة على الأكثر. الصفحات الأقدم تكتب من 18 إلى 40 سنة.
national-igu-who-ask = اسأل مركز العمل (jobcenter) في البلدية هل يمكنك أن تحصل على التعليم الأساسي للاندماج (IGU).

## Uddannelse fra udlandet

national-qualifications = التعليم والمؤهلات من الخارج

national-qualifications-assessment-title = اطلب تقييم التعليم الذي حصلت عليه في الخارج
national-qualifications-assessment-summary = التقييم مجاني؛ وإذا كنت لاجئًا وليس معك أوراقك، يمكنك أن تحصل على رأي إرشادي (vejledende udtalelse).
national-qualifications-assessment-body = تقوم Uddannelses- og Forskningsstyrelsen (هيئة التعليم العالي والبحث العلمي) مجانًا بتقييم التعليم الذي حصلت عليه في الخارج. إذا كنت لاجئًا وليس معك أوراقك، يمكنك أن تحصل على رأي إرشادي (vejledende udtalelse).
national-qualifications-assessment-ask = انظر ufm.dk، أو اسأل مركز العمل (jobcenter).

national-qualifications-authorisation-title = ترخيص (autorisation) للمهن التي ينظمها القانون
national-qualifications-authorisation-summary = إذا أردت أن تعمل مثلًا طبيبًا (læge) أو ممرضًا أو معلمًا، فأنت تحتاج إلى تصريح.
national-qualifications-authorisation-body = إذا أردت أن تعمل في مهنة ينظمها القانون، مثلًا طبيب (læge) أو ممرض أو معلم، فيجب أن يكون لديك ترخيص (autorisation). في المهن الصحية تحصل على الترخيص من Styrelsen for Patientsikkerhed (هيئة سلامة المرضى).
national-qualifications-authorisation-ask = انظر borger.dk.

## Sundhed

national-health = الصحة

national-health-card-title = البطاقة الصحية (sundhedskort)
national-health-card-summary = عندما يتم تسجيلك في سجل السكان (CPR)، تحصل على البطاقة الصفراء مجانًا.
national-health-card-body = عندما يتم تسجيلك في سجل السكان (CPR)، تحصل على البطاقة الصحية الصفراء (sundhedskort)، وهي موجودة أيضًا كتطبيق. البطاقة الأولى مجانية.
national-health-card-ask = اسأل خدمة المواطنين (Borgerservice) في البلدية.
national-health-card-step = سجّل نفسك في سجل السكان (CPR) عند خدمة المواطنين (Borgerservice)، وبعدها تحصل على البطاقة الصحية الصفراء (sundhedskort).

national-health-gp-title = الطبيب (læge) والمستشفى
national-health-gp-summary = هذا مجاني، ويستطيع طبيبك (læge) أن يحوّلك إلى طبيب مختص وإلى أخصائي نفسي.
national-health-gp-body = الذهاب إلى طبيب الأسرة (egen læge) مجاني، والعلاج في المستشفى مجاني أيضًا (المجموعة 1). يستطيع الطبيب أن يحوّلك إلى طبيب مختص وإلى أخصائي نفسي.
national-health-gp-ask = اسأل طبيبك (læge).

national-dental-children-title = علاج أسنان مجاني للأطفال
national-dental-children-summary = هذا للأطفال والشباب تحت عمر 18 سنة.
national-dental-children-body = الأطفال والشباب تحت عمر 18 سنة يحصلون على علاج أسنان مجاني.
national-dental-children-ask = اسأل البلدية أين يذهب طفلك إلى طبيب الأسنان.

national-dental-young-title = علاج أسنان مجاني حتى عمر 21 سنة
national-dental-young-summary = هذا النظام للأطفال والشباب مطبَّق بالكامل منذ 2025.
national-dental-young-body = علاج الأسنان المجاني للأطفال والشباب يسري الآن حتى عمر 21 سنة؛ وهو مطبَّق بالكامل منذ 2025.
national-dental-young-ask = اسأل البلدية.

national-health-visitor-expecting-title = الممرضة الزائرة (sundhedsplejerske) بعد ولادة الطفل
national-health-visitor-expecting-summary = تحصلون على زيارات مجانية في البيت، وأول زيارة تكون بعد الولادة بأسبوع تقريبًا.
national-health-visitor-expecting-body = عندما يولد طفلك، تحصل الأسرة على زيارات مجانية من الممرضة الزائرة (sundhedsplejerske). الزيارة الأولى في البيت تكون بعد الولادة بأسبوع تقريبًا.
national-health-visitor-expecting-ask = اسأل طبيبك (læge) أو البلدية.
national-health-visitor-expecting-step = اسأل طبيبك (læge) أو البلدية عن الممرضة الزائرة (sundhedsplejerske) التي تزوركم عندما يولد الطفل.

national-health-visitor-baby-title = الممرضة الزائرة (sundhedsplejerske)
national-health-visitor-baby-summary = إذا كان لديك طفل صغير، تحصل أسرتك على زيارات مجانية في البيت.
national-health-visitor-baby-body = العائلات التي لديها أطفال صغار تحصل على زيارات مجانية من الممرضة الزائرة (sundhedsplejerske). الزيارة الأولى في البيت تكون بعد الولادة بأسبوع تقريبًا.
national-health-visitor-baby-ask = اسأل البلدية.
national-health-visitor-baby-step = اسأل البلدية عن زيارات الممرضة الزائرة (sundhedsplejerske).

national-child-checkups-title = فحوصات الأطفال عند الطبيب (læge)
national-child-checkups-summary = يُعرض على طفلك 7 فحوصات قبل أن يبدأ المدرسة.
national-child-checkups-body = يقدّم الطبيب (læge) لطفلك 7 فحوصات وقائية قبل أن يبدأ الطفل المدرسة.
national-child-checkups-ask = اسأل طبيبك (læge).

national-health-interpreter-title = مترجم فوري عند الطبيب (læge) وفي المستشفى
national-health-interpreter-summary = إذا كنت قد سكنت في الدنمارك أكثر من 3 سنوات، فقد تدفع رسومًا.
national-health-interpreter-body = يمكنك أن تحصل على مترجم فوري عندما تكون عند الطبيب (læge) أو في المستشفى. إذا كنت قد سكنت في الدنمارك أكثر من 3 سنوات، فيجب أن تدفع رسومًا؛ وهناك استثناءات، مثلًا للوالدين عندما يكون الطفل هو المريض.
national-health-interpreter-ask = أخبر طبيبك (læge) عندما تحجز موعدًا.

national-trauma-treatment-title = علاج للاجئين المصابين بصدمات نفسية
national-trauma-treatment-summary = هذا العلاج موجود في كل أنحاء الدنمارك، ويستطيع طبيبك (læge) أن يحوّلك إليه.
national-trauma-treatment-body = في كل المناطق (regioner) يوجد علاج متخصص للاجئين المصابين بصدمات نفسية. يستطيع طبيبك (læge) أن يحوّلك إليه.
national-trauma-treatment-ask = اسأل طبيبك (læge).

national-trauma-nordjylland-title = مركز إعادة تأهيل اللاجئين (Rehabiliteringscenter for Flygtninge) في منطقة شمال يوتلاند (Region Nordjylland)
national-trauma-nordjylland-summary = علاج مجاني لاضطراب ما بعد الصدمة (PTSD) للاجئين الكبار؛ ويجب أن يحوّلك طبيب (læge) إليه.
national-trauma-nordjylland-body = في منطقة شمال يوتلاند (Region Nordjylland) يعالج مركز إعادة تأهيل اللاجئين (Rehabiliteringscenter for Flygtninge) اللاجئين الكبار المصابين باضطراب ما بعد الصدمة (PTSD). العلاج مجاني، ويجب أن يحوّلك طبيب (læge) إليه.
national-trauma-nordjylland-ask = اطلب من طبيبك (læge) أن يحوّلك.

national-health-assessment-title = تقييم صحي للاجئين الجدد
national-health-assessment-summary = تعرض عليك البلدية تقييم صحتك عندما تكون قد وصلت حديثًا.
national-health-assessment-body = تعرض البلدية على اللاجئين الذين وصلوا حديثًا تقييمًا لصحتهم.
national-health-assessment-ask = اسأل البلدية.

## Børn og familie

national-children = الأطفال والأسرة

national-school-title = التعليم الإلزامي (undervisningspligt) – المدرسة
national-school-summary = يجب أن يتعلم الأطفال 10 سنوات، ابتداءً من أغسطس/آب في السنة التي يبلغون فيها 6 سنوات.
national-school-body = التعليم إلزامي للأطفال ابتداءً من شهر أغسطس/آب في السنة التي يبلغون فيها 6 سنوات، ولمدة 10 سنوات (حتى 31 يوليو/تموز على الأكثر في السنة التي يبلغون فيها 17 سنة). هذا يسري على الأطفال الذين يسكنون في الدنمارك 6 أشهر على الأقل.
national-school-ask = اسأل البلدية عن مدرسة لطفلك.
national-school-step = اسأل البلدية عن مكان في المدرسة: التعليم إلزامي ابتداءً من أغسطس/آب في السنة التي يبلغ فيها الطفل 6 سنوات.

national-daycare-title = ضمان مكان لرعاية الطفل (pasningsgaranti)
national-daycare-summary = من عمر 26 أسبوعًا حتى بداية المدرسة، من حق طفلك أن يحصل على مكان لرعايته.
national-daycare-body = من حق طفلك أن يحصل على مكان عند مربية في بيتها (dagpleje) أو في الحضانة (vuggestue) أو في روضة الأطفال (børnehave)، من عمر 26 أسبوعًا حتى بداية المدرسة.
national-daycare-ask = اسأل البلدية.
national-daycare-step = قدّم طلبًا إلى البلدية للحصول على مكان عند مربية في بيتها (dagpleje) أو في الحضانة (vuggestue) أو في روضة الأطفال (børnehave).

national-fripladstilskud-title = دعم مالي لتخفيض رسوم رعاية الأطفال (økonomisk fripladstilskud)
national-fripladstilskud-summary = يمكن أن تصبح رعاية طفلك أرخص، حسب دخلك.
national-fripladstilskud-body = يمكنك أن تطلب دعمًا ماليًا لتخفيض الرسوم (økonomisk fripladstilskud)، لكي تصبح رعاية طفلك أرخص. الدعم يعتمد على دخلك، وتقدّم الطلب عن طريق البلدية.
national-fripladstilskud-ask = اسأل البلدية.

national-language-assessment-title = تقييم اللغة عند عمر 3 سنوات تقريبًا
national-language-assessment-summary = بعض الأطفال الذين لا يذهبون إلى رعاية نهارية (dagtilbud) يجب أن يحصلوا على دعم لغوي 30 ساعة في الأسبوع.
national-language-assessment-body = يحصل الأطفال على تقييم للغتهم (sprogvurdering) عندما يكون عمرهم 3 سنوات تقريبًا. الأطفال الذين يتكلمون لغتين ولا يذهبون إلى رعاية نهارية (dagtilbud) ويحتاجون إلى دعم في اللغة، يجب أن يحصلوا على تنشيط لغوي (sprogstimulering) 30 ساعة في الأسبوع، ويجب أن يشارك الوالدان.
national-language-assessment-ask = اسأل البلدية.

national-child-benefit-title = إعانة الأطفال والشباب (børne- og ungeydelse)
national-child-benefit-summary = مال لأطفالك، وتحصل على المبلغ الكامل بعد 6 سنوات في الدنمارك.
national-child-benefit-body = يمكنك أن تحصل على إعانة الأطفال والشباب (børne- og ungeydelse) لأطفالك. حقك فيها يزيد بالتدريج، وتحصل على المبلغ الكامل عندما تكون قد سكنت أو عملت في الدنمارك 6 سنوات خلال آخر 10 سنوات.
national-child-benefit-ask = انظر borger.dk.

## Bolig

national-housing = السكن

national-housing-refugees-title = السكن للاجئين
national-housing-refugees-summary = البلدية التي يتم إرسالك إليها تجد لك سكنًا مؤقتًا أو دائمًا.
national-housing-refugees-body = بصفتك لاجئًا، يتم توزيعك على بلدية. البلدية تجد لك سكنًا مؤقتًا أو دائمًا.
national-housing-refugees-ask = اسأل البلدية.

national-boligstoette-title = دعم السكن (boligstøtte)
national-boligstoette-summary = إذا قدّمت الطلب خلال 30 يومًا بعد انتقالك إلى السكن، يمكنك أن تحصل على الدعم من اليوم الأول.
national-boligstoette-body = يمكنك أن تطلب دعم السكن (boligstøtte) على borger.dk. إذا قدّمت الطلب خلال 30 يومًا بعد انتقالك إلى السكن، يمكنك أن تحصل على الدعم من يوم انتقالك.
national-boligstoette-ask = قدّم الطلب على borger.dk، أو اسأل خدمة المواطنين (Borgerservice).

## Hverdagsliv

national-everyday = الحياة اليومية

national-mitid-title = الهوية الرقمية (MitID)
national-mitid-summary = هويتك الرقمية، ويمكنك أن تحصل عليها في تطبيق أو عند خدمة المواطنين (Borgerservice).
national-mitid-body = الهوية الرقمية (MitID) هي هويتك على الإنترنت. يمكنك أن تحصل عليها في تطبيق MitID إذا كان لديك جواز سفر فيه شريحة إلكترونية، أو عند خدمة المواطنين (Borgerservice) ومعك بطاقة هوية عليها صورتك؛ وقد تحتاج إلى أن تحضر معك شاهدًا يؤكد هويتك (identitetsvidne).
national-mitid-ask = اذهب إلى خدمة المواطنين (Borgerservice)، أو انظر mitid.dk.
national-mitid-step = احصل على الهوية الرقمية (MitID) في تطبيق MitID إذا كان لديك جواز سفر فيه شريحة إلكترونية، أو عند خدمة المواطنين (Borgerservice).

national-digital-post-title = البريد الرقمي (Digital Post)
national-digital-post-summary = صندوق بريدك للرسائل من الجهات الرسمية، ويجب أن يكون لديك من عمر 15 سنة.
national-digital-post-body = من عمر 15 سنة يجب أن يكون لديك البريد الرقمي (Digital Post)، وفيه تصلك الرسائل من الجهات الرسمية. إذا كانت اللغة صعبة عليك مثلًا، فيمكن لخدمة المواطنين (Borgerservice) أن تعفيك منه.
national-digital-post-ask = اسأل خدمة المواطنين (Borgerservice).

national-venner-viser-vej-title = الأصدقاء يدلّون على الطريق (Venner Viser Vej) – الصليب الأحمر (Røde Kors)
national-venner-viser-vej-summary = يمكنك أن تتعرف على عائلة متطوعة تكون جزءًا من شبكتك.
national-venner-viser-vej-body = عن طريق شبكة Venner Viser Vej (الأصدقاء يدلّون على الطريق) التابعة لـ Røde Kors (الصليب الأحمر)، يمكنك أن تتعرف على عائلة متطوعة تكون جزءًا من شبكتك.
national-venner-viser-vej-ask = انظر rodekors.dk، أو اسأل البلدية.

national-frivillig-ven-title = صديق متطوع (Dansk Flygtningehjælp)
national-frivillig-ven-summary = يمكنك أن تحصل على صديق متطوع عن طريق Dansk Flygtningehjælp (المجلس الدنماركي للاجئين).
national-frivillig-ven-body = عند Dansk Flygtningehjælp (المجلس الدنماركي للاجئين) يمكنك أن تحصل على صديق متطوع.
national-frivillig-ven-ask = انظر flygtning.dk.

national-bydelsmoedre-title = أمهات الحي (Bydelsmødre)
national-bydelsmoedre-summary = للنساء: نساء متطوعات يمكن أن يساعدنكِ على التواصل مع الجهات العامة.
national-bydelsmoedre-body = للنساء: أمهات الحي (Bydelsmødre) نساء متطوعات تلقّين تدريبًا لدعم النساء المعزولات ولمساعدتهن على التواصل مع الجهات العامة. توجد مجموعات في أماكن كثيرة، مثلًا في Holstebro وSkanderborg.
national-bydelsmoedre-ask = انظر bydelsmor.dk، أو اسأل البلدية.
