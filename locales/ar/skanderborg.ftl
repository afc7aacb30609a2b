skanderborg-name = Skanderborg Kommune
skanderborg-policy-title = Skanderborg Kommunes integrationspolitik

## Strategispor

skanderborg-differentieret = عمل اندماج يناسب كل شخص
skanderborg-tilpasset-title = مساعدة تناسبك
skanderborg-tilpasset-summary = تعمل البلدية على أن تناسب المساعدة احتياجاتك وقدراتك ووضعك.
skanderborg-tilpasset-body = تعترف البلدية بأن كل الناس مختلفون. لذلك تعمل البلدية على أن تناسب المساعدة قدر الإمكان احتياجاتك وقدراتك ووضعك.
skanderborg-tilpasset-ask = أخبر مركز العمل (jobcenter)، وهو أول مكان تتوجه إليه، بما تستطيع أن تفعله وبما تحتاج إليه.

skanderborg-faelles-ansvar = مسؤولية مشتركة
skanderborg-muligheder-title = الفرص – ومسؤوليتك أنت
skanderborg-muligheder-summary = ترى البلدية أن على المجتمع أن يوفّر الفرص، وعليك أنت أن تغتنمها.
skanderborg-muligheder-body = ترى البلدية أن المجتمع مسؤول عن وجود الفرص، وأنك أنت مسؤول عن أن تغتنمها. ويجب أن تشارك الشركات والجمعيات والمواطنون الآخرون أيضًا في الاندماج.
skanderborg-muligheder-ask = اسأل مركز العمل (jobcenter) ما هي الفرص الموجودة لك الآن.

skanderborg-beskaeftigelse = العمل والتعليم
skanderborg-job-uddannelse-title = عمل أو تعليم
skanderborg-job-uddannelse-summary = تعمل البلدية على أن تستطيع أن تعيل نفسك في أسرع وقت ممكن.
skanderborg-job-uddannelse-body = تعمل البلدية على أن تستطيع أن تعيل نفسك في أسرع وقت ممكن عن طريق عمل عادي أو تعليم. تنطلق المساعدة من خلفيتك ومهاراتك ومن احتياجات الشركات.
skanderborg-job-uddannelse-ask = تواصل مع مركز العمل (jobcenter)، فهو أول مكان يجب أن تتوجه إليه.

skanderborg-deltagelse = المشاركة والاستقبال
skanderborg-foreninger-title = شارك في الجمعيات وفي المجتمع المحلي
skanderborg-foreninger-summary = تتعرف على أشخاص جدد وعلى المجتمع الدنماركي.
skanderborg-foreninger-body = عندما تشارك في الجمعيات ومجالس الإدارة والمجالس وفي المجتمع المحلي، تتعرف على أشخاص جدد وتكوّن شبكة علاقات، وتتعرف على المجتمع الدنماركي. ترى البلدية أنك إضافة مفيدة للمجتمع المحلي.
skanderborg-foreninger-ask = اسأل البلدية ما هي الجمعيات والمجموعات الموجودة حيث تسكن.

skanderborg-boliger = السكن والاستقرار
skanderborg-boligplacering-title = ما تتمناه البلدية لسكن اللاجئين
skanderborg-boligplacering-summary = تتمنى البلدية أن يكون سكنك بداية جيدة لك.
skanderborg-boligplacering-body = تتمنى البلدية أن تستطيع أن تقدّم للاجئين سكنًا يكون نقطة انطلاق جيدة للاندماج، وأن يسكن اللاجئون موزَّعين في المدن الرئيسية في البلدية. وتراعي البلدية قدر الإمكان أمورًا مثل موقع السكن وإمكانيات المواصلات. هذا ليس وعدًا بسكن لكل اللاجئين.
skanderborg-boligplacering-ask = إذا تم توزيعك على Skanderborg Kommune، فاسأل البلدية عن سكنك، وعن الأمور التي يمكن مراعاتها.
skanderborg-find-bolig-title = ابحث بنفسك عن سكن
skanderborg-find-bolig-summary = تتعاون البلدية مع المؤجّرين، وتشجعك أيضًا على أن تبحث عن سكن بنفسك.
skanderborg-find-bolig-body = تتعاون البلدية مع شركات الإسكان ومع المؤجّرين الخاصين لتوفير مساكن. والبلدية تشجعك أيضًا على أن تبحث عن سكن بنفسك، أو مع آخرين.
skanderborg-find-bolig-ask = اسأل البلدية كيف يمكنك أن تجد سكنًا بنفسك.

skanderborg-boern-familieliv = الأطفال والحياة الأسرية
skanderborg-god-start-title = بداية جيدة للأسرة
skanderborg-god-start-summary = تركّز البلدية على أن يشعر الأطفال والكبار بالاطمئنان في حياتهم اليومية.
skanderborg-god-start-body = تركّز البلدية على أن تعطي العائلات الجديدة بداية جيدة، لكي يشعر الأطفال والكبار بالأمان في حياتهم اليومية الجديدة. تريد البلدية أن تكون مرنة عندما تتعاملون مثلًا مع المدرسة ومؤسسة رعاية الأطفال ومركز العمل (jobcenter) ودروس اللغة، وتريد أن تسهّل على الأطفال والشباب المشاركة في أنشطة وقت الفراغ.
skanderborg-god-start-ask = اسأل البلدية ما الذي يمكن أن يساعد أسرتك على أن تبدأ بداية جيدة.

## Fokusområder: "Eksempler på nuværende indsatser i 2018"

skanderborg-viden = المعرفة وتبادل المعرفة
skanderborg-inspirationsmoeder-title = لقاءات لتبادل الأفكار (inspirationsmøder)
skanderborg-inspirationsmoeder-summary = في عام 2018 تبادلت البلدية المعرفة في لقاءات مع الذين يساعدونك.
skanderborg-inspirationsmoeder-body = في عام 2018 عقدت البلدية لقاءات لتبادل الأفكار (inspirationsmøder) كجزء من العمل على تبادل المعرفة عن الاندماج. الهدف أن يعرف الذين يساعدونك ما يكفي لكي يدعموك في طريقك إلى أن تعيل نفسك.
skanderborg-inspirationsmoeder-ask = كانت اللقاءات للذين يساعدون المواطنين الجدد، مثل المختصين والمتطوعين. اسأل فريق الاندماج (Integrationsteam) في البلدية إذا أردت أن تعرف أكثر.
skanderborg-frivillige-title = متطوعون يساعدون اللاجئين
skanderborg-frivillige-summary = في عام 2018 عقد فريق الاندماج (Integrationsteam) في البلدية اجتماعات مع المتطوعين.
skanderborg-frivillige-body = في عام 2018 عقدت البلدية اجتماعات لتنسيق عمل المتطوعين الذين يساعدون اللاجئين، واجتماع حوار مع كل المتطوعين الذين يساعدون اللاجئين. وكان فريق الاندماج (Integrationsteam) مسؤولًا عن هذا العمل.
skanderborg-frivillige-ask = اسأل فريق الاندماج (Integrationsteam) هل يمكنك أن تتواصل مع متطوع اليوم.

skanderborg-sundhed-trivsel = الصحة والعافية
skanderborg-rygestop-title = دورات للتوقف عن التدخين (rygestopforløb)
skanderborg-rygestop-summary = في عام 2018 كانت لدى البلدية دورات للذين أرادوا أن يتوقفوا عن التدخين.
skanderborg-rygestop-body = في عام 2018 كانت لدى البلدية دورات للمواطنين الذين يريدون أن يتوقفوا عن التدخين. السياسة لا تقول أكثر من ذلك عن هذه الدورات.
skanderborg-rygestop-ask = اسأل قسم تعزيز الصحة (Sundhedsfremme) في البلدية هل هناك دورات للتوقف عن التدخين اليوم.
skanderborg-sundhedssamtaler-title = محادثات عن الصحة (sundhedssamtaler)
skanderborg-sundhedssamtaler-summary = كانت لدى البلدية هذه المحادثات في عام 2018، لكن السياسة لا تقول لمن كانت.
skanderborg-sundhedssamtaler-body = في عام 2018 كانت لدى البلدية محادثات عن الصحة كجزء من العمل من أجل الصحة والعافية. السياسة لا تقول من كان يستطيع أن يحصل على محادثة، ولا عن أي شيء كانت المحادثة.
skanderborg-sundhedssamtaler-ask = اسأل قسم تعزيز الصحة (Sundhedsfremme) في البلدية هل يمكنك أن تحصل على محادثة عن الصحة اليوم.
skanderborg-sundhedstjenesten-title = خدمات عن طريق الخدمة الصحية في البلدية (sundhedstjenesten)
skanderborg-sundhedstjenesten-summary = كانت هذه الخدمات موجودة في عام 2018؛ السياسة لا تقول ما هي.
skanderborg-sundhedstjenesten-body = في عام 2018 كانت لدى البلدية خدمات عن طريق الخدمة الصحية في البلدية (sundhedstjenesten). السياسة لا تقول ما هي هذه الخدمات.
skanderborg-sundhedstjenesten-ask = اسأل البلدية ماذا تقدّم الخدمة الصحية (sundhedstjenesten) اليوم.
skanderborg-aeldre-handicap-title = مساعدة استباقية ووقائية لكبار السن وللأشخاص ذوي الإعاقة
skanderborg-aeldre-handicap-summary = كانت هذه المساعدة موجودة في عام 2018، وقد تهمك أنت أو أسرتك.
skanderborg-aeldre-handicap-body = في عام 2018 كان لدى البلدية عمل استباقي ووقائي في مجال كبار السن والإعاقة. قد يهمك هذا إذا كنت أنت أو أحد أفراد أسرتك من كبار السن أو لديه إعاقة.
skanderborg-aeldre-handicap-ask = اسأل البلدية هل ما زال هذا العمل موجودًا، وكيف تتواصلون معهم.

skanderborg-kulturforskelle = فهم الاندماج والاختلافات الثقافية
skanderborg-fritidspas-boern-title = بطاقة أنشطة وقت الفراغ (fritidspas) للأطفال
skanderborg-fritidspas-boern-summary = في عام 2018 كان الهدف من البطاقة مساعدة الأطفال على المشاركة في أنشطة وقت الفراغ.
skanderborg-fritidspas-boern-body = في عام 2018 كانت لدى البلدية بطاقة أنشطة وقت الفراغ (fritidspas)، والهدف منها مساعدة الأطفال على المشاركة في أنشطة وقت الفراغ. السياسة لا تقول من يستطيع أن يحصل عليها، ولا ماذا تغطي.
skanderborg-fritidspas-boern-ask = اسأل البلدية هل ما زالت بطاقة أنشطة وقت الفراغ (fritidspas) موجودة، وهل يستطيع طفلك أن يحصل عليها.
skanderborg-turboforloeb-title = الدورة السريعة (turboforløb)
skanderborg-turboforloeb-summary = كانت هذه الدورة لدى البلدية في عام 2018؛ السياسة لا تقول ماذا تتضمن.
skanderborg-turboforloeb-body = في عام 2018 كانت لدى البلدية دورة سريعة (turboforløb) كجزء من العمل على الاختلافات الثقافية وعلى الطريق إلى العمل أو التعليم. السياسة لا تصف ماذا تتضمن الدورة.
skanderborg-turboforloeb-ask = اسأل البلدية ما هي الدورة السريعة (turboforløb)، وهل هي موجودة اليوم.
skanderborg-bydelsmoedre-title = أمهات الحي (Bydelsmødre)
skanderborg-bydelsmoedre-summary = هنّ نساء متطوعات تلقّين تدريبًا لدعم النساء المعزولات.
skanderborg-bydelsmoedre-body = في عام 2018 كانت أمهات الحي (bydelsmødre) جزءًا من عمل البلدية على الاختلافات الثقافية. أمهات الحي نساء متطوعات تلقّين تدريبًا لدعم النساء المعزولات ولمساعدتهن على التواصل مع الخدمات العامة.
skanderborg-bydelsmoedre-ask = اسأل البلدية كيف يمكنك أنت، أو امرأة من أسرتك، أن تلتقي بإحدى أمهات الحي (bydelsmor).
skanderborg-hoejvang-title = Projekt Højvang (مشروع Højvang)
skanderborg-hoejvang-summary = كان المشروع موجودًا في عام 2018؛ السياسة لا تقول ما موضوعه.
skanderborg-hoejvang-body = في عام 2018 كان لدى البلدية Projekt Højvang. السياسة لا تصف ما هو هدف المشروع، ولا لمن هو.
skanderborg-hoejvang-ask = اسأل البلدية هل ما زال Projekt Højvang موجودًا، وهل هو مناسب لك.
skanderborg-frivilligtilknytning-title = الربط مع متطوعين (frivilligtilknytning)
skanderborg-frivilligtilknytning-summary = في عام 2018 ذكرته البلدية كطريقة لبناء جسور بين الثقافات.
skanderborg-frivilligtilknytning-body = في عام 2018 ذكرت البلدية الربط مع متطوعين (frivilligtilknytning) كطريقة لبناء جسور بين الثقافات. السياسة لا تقول كيف يتم ذلك.
skanderborg-frivilligtilknytning-ask = اسأل البلدية هل يمكنك أن تتواصل مع متطوع.

skanderborg-kvinder = النساء
skanderborg-kvinder-bydelsmoedre-title = أمهات الحي (Bydelsmødre) للنساء
skanderborg-kvinder-bydelsmoedre-summary = هنّ نساء متطوعات يساعدن نساء أخريات على التواصل مع الخدمات العامة.
skanderborg-kvinder-bydelsmoedre-body = تتمنى البلدية أن تكون كل النساء نشيطات في المجتمع، وأن يعملن أو يدرسن. في عام 2018 كانت أمهات الحي (bydelsmødre) من الخدمات المقدَّمة للنساء: نساء متطوعات يدعمن نساء أخريات ويساعدنهن على التواصل مع الخدمات العامة.
skanderborg-kvinder-bydelsmoedre-ask = اسأل فريق الاندماج (Integrationsteam) في البلدية هل يمكنك أن تتواصل مع إحدى أمهات الحي (bydelsmor).
skanderborg-igu-sosu-title = التعليم الأساسي للاندماج في المجال الاجتماعي والصحي (IGU-SOSU)
skanderborg-igu-sosu-summary = عمل مدفوع الأجر مع فترات دراسة في المدرسة، في المجال الاجتماعي والصحي؛ كان لدى البلدية في عام 2018.
skanderborg-igu-sosu-body = التعليم الأساسي للاندماج (IGU – integrationsgrunduddannelse) هو عمل مدفوع الأجر لمدة سنتين مع فترات دراسة في المدرسة، للاجئين وللذين جاؤوا عن طريق لمّ الشمل العائلي، من عمر 18 إلى 50 سنة. في عام 2018 كان لدى البلدية IGU-SOSU للنساء، أي التعليم الأساسي للاندماج في المجال الاجتماعي والصحي (SOSU).
skanderborg-igu-sosu-ask = اسأل مركز العمل (jobcenter) أو فريق الاندماج (Integrationsteam) هل ما زال IGU-SOSU موجودًا اليوم.
skanderborg-rengoering-title = دورة في التنظيف (rengøringsforløb)
skanderborg-rengoering-summary = كانت الدورة موجودة في عام 2018 للرجال وللنساء، كطريق إلى العمل.
skanderborg-rengoering-body = في عام 2018 كانت لدى البلدية دورة في التنظيف للرجال وللنساء، كجزء من العمل لكي يحصل الناس على عمل. السياسة لا تقول أكثر من ذلك عن الدورة.
skanderborg-rengoering-ask = اسأل مركز العمل (jobcenter) هل هناك دورة في التنظيف اليوم.

skanderborg-unge-maend = الشباب من الرجال
skanderborg-ssp-title = مبادرات التعاون بين المدرسة والخدمات الاجتماعية والشرطة (SSP) للشباب من الرجال
skanderborg-ssp-summary = تعمل البلدية على ألا يصبح الشباب من الرجال من عمر 14 إلى 30 سنة وحيدين.
skanderborg-ssp-body = تعمل البلدية على ألا يصبح الشباب من الرجال من عمر 14 إلى 30 سنة وحيدين ومعزولين، بل أن يصبحوا جزءًا من مجموعات مثل العمل والتعليم. في عام 2018 كانت لدى البلدية مبادرات تعاون بين المدرسة والجهات الاجتماعية والشرطة (SSP) لمنع التطرف.
skanderborg-ssp-ask = اسأل البلدية (الجهة المسؤولة عن الأطفال والشباب، Myndighed i Børn og Unge) ما هي المجموعات والخدمات الموجودة للشباب اليوم.
skanderborg-fritidspas-unge-title = بطاقة أنشطة وقت الفراغ (fritidspas) حتى عمر 25 سنة
skanderborg-fritidspas-unge-summary = في عام 2018 كان يمكن للشباب حتى عمر 25 سنة أن يحصلوا على بطاقة أنشطة وقت الفراغ (fritidspas) للمشاركة في أنشطة وقت الفراغ.
skanderborg-fritidspas-unge-body = في عام 2018 ذكرت السياسة إمكانية الحصول على بطاقة أنشطة وقت الفراغ (fritidspas) حتى عمر 25 سنة، ضمن العمل من أجل الشباب من الرجال. الهدف من البطاقة أن تساعدك على المشاركة في أنشطة وقت الفراغ.
skanderborg-fritidspas-unge-ask = اسأل البلدية (الجهة المسؤولة عن الأطفال والشباب، Myndighed i Børn og Unge) هل يمكنك أن تحصل على بطاقة أنشطة وقت الفراغ (fritidspas) اليوم.

skanderborg-familier = عائلات لديها مشاكل معقدة
skanderborg-sundhedsplejersker-title = مشروع «Sundhedsplejersker styrker integration» (الممرضات الزائرات يقوّين الاندماج)
skanderborg-sundhedsplejersker-summary = كان لدى البلدية هذا المشروع للعائلات في عام 2018، لكنها لا تصفه بتفصيل أكثر.
skanderborg-sundhedsplejersker-body = في عام 2018 كان لدى البلدية مشروع «Sundhedsplejersker styrker integration» (الممرضات الزائرات يقوّين الاندماج) للعائلات. السياسة لا تصف المشروع بتفصيل أكثر.
skanderborg-sundhedsplejersker-ask = اسأل الممرضة الزائرة (sundhedsplejerske) أو البلدية هل ما زال المشروع موجودًا اليوم.
skanderborg-ptsd-title = علاج اضطراب ما بعد الصدمة (PTSD)
skanderborg-ptsd-summary = اضطراب ما بعد الصدمة (PTSD) هو صدمة نفسية بعد تجارب صعبة جدًا؛ كان لدى البلدية علاج له في عام 2018.
skanderborg-ptsd-body = في عام 2018 كان لدى البلدية علاج لاضطراب ما بعد الصدمة (PTSD – صدمة نفسية بعد تجارب صعبة جدًا) للشباب وللكبار. السياسة لا تقول أكثر من ذلك عن هذا العلاج.
skanderborg-ptsd-ask = تكلم مع طبيبك (læge) أو مع البلدية عن علاج الصدمات النفسية.
skanderborg-nussa-title = NUSSA في الرعاية النهارية (dagtilbud) وفي المدارس
skanderborg-nussa-summary = برنامج استخدمته البلدية في عام 2018؛ السياسة لا تقول أكثر من ذلك عنه.
skanderborg-nussa-body = في عام 2018 استخدمت البلدية NUSSA، وهو برنامج في الرعاية النهارية (dagtilbud) وفي المدارس. السياسة لا تقول أكثر من ذلك عن البرنامج.
skanderborg-nussa-ask = اسأل الرعاية النهارية (dagtilbud) أو المدرسة التي يذهب إليها طفلك هل يستخدمون NUSSA اليوم.
skanderborg-familiehuset-title = Familiehuset (بيت الأسرة)
skanderborg-familiehuset-summary = كانت هذه الخدمة لدى البلدية في عام 2018 للعائلات التي لديها مشاكل كثيرة في الوقت نفسه.
skanderborg-familiehuset-body = تريد البلدية أن تقوّي العائلات التي لديها تحديات كثيرة في الوقت نفسه، ويعمل الموظفون معًا لمساعدتها. في عام 2018 كان Familiehuset (بيت الأسرة) من الخدمات المقدَّمة؛ السياسة لا تصف ماذا يقدّم.
skanderborg-familiehuset-ask = اسأل البلدية ماذا يقدّم Familiehuset اليوم، وكيف تتواصلون معه.
