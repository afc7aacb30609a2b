vesthimmerland-name = Vesthimmerlands Kommune
vesthimmerland-policy-title = Vesthimmerlands Kommunes Integrationspolitik

## Modtagelse i kommunen
vesthimmerland-modtagelse = الاستقبال في البلدية

vesthimmerland-velkomst-title = بداية جيدة في البلدية
vesthimmerland-velkomst-summary = تتمنى البلدية أن تحصل على تعريف جيد بمنطقتك.
vesthimmerland-velkomst-body = تتمنى البلدية أن تشعر بالترحيب في أول لقاء، وأن تحصل على تعريف جيد بمنطقتك. ومن المهم أيضًا للبلدية أن يتم توضيح احتياجاتك وقدراتك وإمكانياتك، لكي تستطيع بسرعة أن تعتمد على نفسك.
vesthimmerland-velkomst-ask = اسأل البلدية كيف يمكنك أن تحصل على تعريف بمنطقتك.

vesthimmerland-tydelig-information-title = معلومات تستطيع أن تفهمها
vesthimmerland-tydelig-information-summary = تتمنى البلدية أن تشرح بوضوح، وأيضًا عن حقوقك وواجباتك.
vesthimmerland-tydelig-information-body = تتمنى البلدية أن تعطي معلومات واضحة تستطيع أن تفهمها، وأن تجعلها مناسبة لك. وهذا يشمل أيضًا المعلومات عن حقوقك وواجباتك.
vesthimmerland-tydelig-information-ask = أخبر البلدية إذا لم تفهم رسالة، واطلب منهم أن يشرحوها لك.

vesthimmerland-sammenhaeng-title = تواصل مترابط مع البلدية
vesthimmerland-sammenhaeng-summary = تتمنى البلدية أن يكون كل شيء مترابطًا عندما تخص قضيتك عدة أقسام.
vesthimmerland-sammenhaeng-body = تتمنى البلدية أن تشعر بأن تواصلك معها مترابط، حتى عندما تخص قضيتك عدة أقسام.
vesthimmerland-sammenhaeng-ask = اسأل البلدية بمن يجب أن تتصل عندما تخص قضيتك عدة مجالات.

vesthimmerland-medansvar-title = دورك أنت
vesthimmerland-medansvar-summary = تتوقع البلدية أن تتحمل جزءًا من المسؤولية، وأن تكون مواطنًا نشيطًا.
vesthimmerland-medansvar-body = تتوقع البلدية أن تتحمل أنت أيضًا جزءًا من المسؤولية عن حياتك، وأن تكون مواطنًا نشيطًا في المجتمع. وتتمنى البلدية أن تشجعك معلوماتها على أن تتعلم أكثر عن المجتمع الدنماركي وأن تشارك في المجتمع المحلي.
vesthimmerland-medansvar-ask = اسأل البلدية أين يمكنك أن تتعلم أكثر عن المجتمع الدنماركي وعن الحياة في منطقتك.

## Dagtilbud til børn (0-6 år)
vesthimmerland-dagtilbud = الرعاية النهارية (dagtilbud) للأطفال من عمر 0 إلى 6 سنوات

vesthimmerland-dagtilbud-hverdag-title = معلومات عن اليوم العادي في الرعاية النهارية (dagtilbud)
vesthimmerland-dagtilbud-hverdag-summary = تقول السياسة إن المعلومات الكاملة مهمة عندما تكون الثقافة جديدة عليك.
vesthimmerland-dagtilbud-hverdag-body = قد يكون صعبًا أن تترك طفلك في رعاية نهارية (dagtilbud) فيها ثقافة مختلفة عن الثقافة التي تعرفها. لذلك تقول السياسة إن من المهم إعطاء معلومات كاملة عن الحياة اليومية في الرعاية النهارية.
vesthimmerland-dagtilbud-hverdag-ask = اسأل الموظفين في الرعاية النهارية (dagtilbud) التي يذهب إليها طفلك كيف يسير اليوم العادي.

vesthimmerland-dagtilbud-samarbejde-title = التعاون مع المربّين (pædagoger)
vesthimmerland-dagtilbud-samarbejde-summary = تتمنى البلدية أن يكون هناك تواصل جيد بينك وبين الموظفين عن حال طفلك.
vesthimmerland-dagtilbud-samarbejde-body = تتمنى البلدية أن تتم متابعة حال طفلك عن قرب، وأن يكون هناك تواصل جيد بين المربّين (pædagoger) والوالدين. وتؤكد السياسة على أن يدعم الوالدان الحياة اليومية لطفلهما وأن يتعاونا عن قرب مع الموظفين.
vesthimmerland-dagtilbud-samarbejde-ask = تكلم مع المربّين (pædagoger) في الرعاية النهارية (dagtilbud) التي يذهب إليها طفلك عن حال طفلك.

vesthimmerland-dagtilbud-dansk-title = الدنماركية مع الأطفال الآخرين
vesthimmerland-dagtilbud-dansk-summary = يستطيع طفلك أن يتعلم الدنماركية وأن يكون جزءًا من المجموعة في الرعاية النهارية (dagtilbud).
vesthimmerland-dagtilbud-dansk-body = في الرعاية النهارية (dagtilbud) لدى طفلك فرصة ليتعلم الدنماركية مع الأطفال الآخرين، وليكون جزءًا من مجموعة مع الأطفال والكبار. اللعب والتعلم والنمو هي الأساس لكل الأطفال.
vesthimmerland-dagtilbud-dansk-ask = اسأل الرعاية النهارية (dagtilbud) التي يذهب إليها طفلك كيف يعملون على لغة طفلك الدنماركية.

vesthimmerland-dagtilbud-overgang-title = الانتقال بين أماكن الرعاية النهارية (dagtilbud) وبداية المدرسة
vesthimmerland-dagtilbud-overgang-summary = تتمنى البلدية أن تشارك أسرتك وأن تحصل على المعلومات عندما ينتقل طفلك إلى رعاية نهارية (dagtilbud) أخرى.
vesthimmerland-dagtilbud-overgang-body = تتمنى البلدية أن تشارك أسرتك وأن تحصل على المعلومات عندما ينتقل طفلك من رعاية نهارية (dagtilbud) إلى أخرى. وتتمنى البلدية أيضًا أن يحصل طفلك على أفضل الشروط الممكنة لبداية المدرسة.
vesthimmerland-dagtilbud-overgang-ask = اسأل الرعاية النهارية (dagtilbud) التي يذهب إليها طفلك ماذا يحدث عند الانتقال القادم، وكيف يمكنكم أن تستعدوا لبداية المدرسة.

## Skole og fritid
vesthimmerland-skole = المدرسة ووقت الفراغ

vesthimmerland-skole-dansk-title = الدنماركية في المدرسة، واللغات الأخرى لطفلك
vesthimmerland-skole-dansk-summary = الهدف هو مستوى جيد في الدنماركية، وترى السياسة أن معرفة عدة لغات ميزة.
vesthimmerland-skole-dansk-body = تتمنى البلدية أن يحصل كل الأطفال والشباب الذين يتكلمون لغتين على أفضل مستوى ممكن في اللغة الدنماركية. وترى السياسة أيضًا أن معرفة عدة لغات ميزة، وأن للمدرسة دورًا مهمًا في تشجيع التلاميذ على تطوير لغاتهم.
vesthimmerland-skole-dansk-ask = اسأل مدرسة طفلك ما هي المساعدة في اللغة الدنماركية الموجودة اليوم.

vesthimmerland-skole-foraeldre-title = شارك في الحياة المدرسية لطفلك
vesthimmerland-skole-foraeldre-summary = تشجعك البلدية على المشاركة في مجلس الآباء، ومجلس المدرسة (skolebestyrelse)، وما يشبه ذلك.
vesthimmerland-skole-foraeldre-body = تتمنى البلدية أن تكون مبادرًا ومهتمًا بالحياة المدرسية لطفلك. وأنت مدعو أيضًا إلى المشاركة في مجلس الآباء، ومجلس المدرسة (skolebestyrelse)، وما يشبه ذلك.
vesthimmerland-skole-foraeldre-ask = اسأل مدرسة طفلك كيف يمكنك أن تشارك في التعاون بين المدرسة والوالدين.

vesthimmerland-skole-fritid-title = أنشطة وقت الفراغ في الجمعيات والنوادي
vesthimmerland-skole-fritid-summary = تتمنى البلدية أن تدعم طفلك لكي يشارك في نشاط في وقت الفراغ.
vesthimmerland-skole-fritid-body = تتمنى البلدية أن يدعم الآباء والأمهات أطفالهم في المشاركة في أنشطة وقت الفراغ في جمعية أو نادٍ (forening).
vesthimmerland-skole-fritid-ask = اسأل مدرسة طفلك أو البلدية ما هي الجمعيات والنوادي القريبة منك.

## Uddannelse og beskæftigelse
vesthimmerland-uddannelse = التعليم والعمل

vesthimmerland-vurdering-title = اطلب تقييم التعليم الذي حصلت عليه في الخارج
vesthimmerland-vurdering-summary = الهدف هو أن تستطيع أن تستخدم تعليمك وخبرتك في الدنمارك.
vesthimmerland-vurdering-body = حسب السياسة، إذا كان لديك تعليم أو خبرة عمل حصلت عليهما في الخارج، فيجب أن تكون لديك فرصة لتقييم تعليمك، وإذا احتجت، لرفع مستواه. وبذلك تستطيع أن تستخدم مؤهلاتك في الدنمارك.
vesthimmerland-vurdering-ask = اسأل مركز العمل (jobcenter) في البلدية عن المساعدة؛ أما التقييم نفسه فتقوم به Uddannelses- og Forskningsstyrelsen (هيئة التعليم العالي والبحث العلمي).

vesthimmerland-kompetencegivende-title = دعم لكي تحصل على تعليم
vesthimmerland-kompetencegivende-summary = تتمنى البلدية أن تدعمك لكي تتعلم مهنة.
vesthimmerland-kompetencegivende-body = تتمنى البلدية أن تدعم المواطنين الجدد لكي يحصلوا على تعليم يعطي مؤهلًا (kompetencegivende uddannelse)، أي تعليم يعطيك مهنة. وحسب السياسة، التعليم يجعل من الأسهل أن تجد مكانًا ثابتًا في سوق العمل.
vesthimmerland-kompetencegivende-ask = اسأل مركز العمل (jobcenter) في البلدية ما هو الدعم للتعليم الموجود اليوم.

vesthimmerland-job-title = الطريق إلى العمل
vesthimmerland-job-summary = تتمنى البلدية أن تتعاون أكثر مع الشركات لكي تستطيع أن تحصل على عمل.
vesthimmerland-job-body = تتمنى البلدية أن تقوّي التعاون مع الشركات لكي يدخل المواطنون الجدد سوق العمل، وأن تشجع الإدماج عن طريق الخدمات التي تهدف إلى العمل. وحسب السياسة، يمكن أن يكون وجود موظفين يتكلمون عدة لغات قوة للشركة.
vesthimmerland-job-ask = اسأل مركز العمل (jobcenter) في البلدية ما هي الخدمات التي يمكن أن تساعدك في الحصول على عمل.

## Kultur og fritid
vesthimmerland-kultur = الثقافة ووقت الفراغ

vesthimmerland-foreninger-title = الجمعيات والمدارس المسائية والمكتبات
vesthimmerland-foreninger-summary = في الجمعيات يمكنك أن تلتقي بآخرين لهم نفس اهتماماتك.
vesthimmerland-foreninger-body = في البلدية جمعيات كثيرة، ومدارس مسائية (aftenskoler)، ومؤسسات ثقافية، ومكتبات، والبلدية تتمنى أن تتعرّف أنت عليها. في الجمعيات يمكنك أن تلتقي بآخرين حول اهتمامات مشتركة، مهما كانت خلفياتكم.
vesthimmerland-foreninger-ask = اسأل البلدية أو مكتبتك المحلية ما هي الجمعيات والخدمات القريبة منك.

vesthimmerland-fritidsliv-title = مساعدة لكي تبدأ
vesthimmerland-fritidsliv-summary = تتمنى البلدية أن تحصل على دعم لكي تصبح جزءًا من حياة الجمعيات.
vesthimmerland-fritidsliv-body = تتمنى البلدية أن يحصل المواطنون الجدد على دعم لكي يصبحوا جزءًا من الحياة الثقافية وحياة الجمعيات. الجمعيات والمتطوعون والبلدية يعملون معًا لإيجاد طرق جيدة تساعد المواطنين الجدد على أن يكون لهم وقت فراغ جيد.
vesthimmerland-fritidsliv-ask = اسأل البلدية ما هي المساعدة الموجودة اليوم لكي تبدأ نشاطًا في وقت الفراغ.

vesthimmerland-frivillige-foreninger-title = الجمعيات التطوعية
vesthimmerland-frivillige-foreninger-summary = يمكن أن يكون المتطوعون طريقك إلى المجتمع في المكان الذي تسكن فيه.
vesthimmerland-frivillige-foreninger-body = تريد البلدية أن تدعم ما تقدّمه الجمعيات التطوعية للاندماج. يمكن أن يكون المتطوعون طريقًا إلى المجتمع في المكان الذي تسكن فيه.
vesthimmerland-frivillige-foreninger-ask = اسأل البلدية ما هي الجمعيات التطوعية التي تساعد المواطنين الجدد في منطقتك.

## Sundhed og seniorliv
vesthimmerland-sundhed = الصحة وحياة كبار السن

vesthimmerland-sund-livsstil-title = اختيارات صحية لك ولأسرتك
vesthimmerland-sund-livsstil-summary = تتمنى البلدية أن تعرف العلاقة بين نمط الحياة والصحة.
vesthimmerland-sund-livsstil-body = تتمنى البلدية أن تعرف العلاقة بين نمط الحياة والصحة، وأن تعرف كيف تختار ما هو صحي لنفسك ولأسرتك.
vesthimmerland-sund-livsstil-ask = اسأل البلدية ما هي الخدمات الموجودة اليوم عن الصحة والوقاية.

vesthimmerland-sundhedsvaesen-title = اعرف طريقك في النظام الصحي
vesthimmerland-sundhedsvaesen-summary = عندما تمرض، تذهب عادةً أولًا إلى طبيب الأسرة (egen læge).
vesthimmerland-sundhedsvaesen-body = تتمنى البلدية أن تستطيع أن تعرف طريقك في النظام الصحي الدنماركي. طبيب الأسرة (egen læge) هو عادةً أول مكان تذهب إليه عندما تمرض.
vesthimmerland-sundhedsvaesen-ask = اسأل طبيبك (læge) أو البلدية إذا كنت لا تعرف إلى أين تذهب بمشكلة في صحتك.

vesthimmerland-forebyggelse-title = الوقاية وإعادة التأهيل
vesthimmerland-forebyggelse-summary = تتمنى البلدية أن تستطيع أن تشارك في خدمات تقوّي صحتك.
vesthimmerland-forebyggelse-body = تتمنى البلدية أن تكون لديك فرصة للمشاركة في خدمات تعزيز الصحة والوقاية وإعادة التأهيل. تقول السياسة إن ذلك يتطلب التركيز على الصحة الجسدية والنفسية طوال الحياة.
vesthimmerland-forebyggelse-ask = تكلم مع طبيبك (læge) إذا كنت تعاني جسديًا أو نفسيًا، واسأل البلدية ما هي الخدمات الموجودة.

vesthimmerland-senior-netvaerk-title = شبكات وأنشطة لكبار السن
vesthimmerland-senior-netvaerk-summary = تتمنى البلدية أن تستطيع أن تلتقي بكبار سن آخرين وأن تكون نشيطًا.
vesthimmerland-senior-netvaerk-body = تتمنى البلدية أن يستطيع كبار السن من خلفيات ثقافية متعددة أن يلتقوا بكبار سن آخرين في شبكات مختلفة، وأن يشاركوا في أنواع كثيرة من الأنشطة. السياسة لا تقول من أي عمر يُعتبر الشخص من كبار السن.
vesthimmerland-senior-netvaerk-ask = اسأل البلدية ما هي الأنشطة والشبكات لكبار السن الموجودة في منطقتك.

vesthimmerland-senior-tilbud-title = افهم الخدمات المقدَّمة لكبار السن
vesthimmerland-senior-tilbud-summary = تتمنى البلدية أيضًا أن يتم إشراكك عندما يتم تطوير خدمات جديدة.
vesthimmerland-senior-tilbud-body = قد يكون صعبًا أن تعرف طريقك بين الخدمات عندما تكبر في السن في بلد جديد. تتمنى البلدية أن تفهم الخدمات الموجودة، وأن يتم إشراكك عندما يتم تطوير خدمات جديدة. السياسة لا تقول من أي عمر يُعتبر الشخص من كبار السن.
vesthimmerland-senior-tilbud-ask = اسأل البلدية ما هي الخدمات لكبار السن التي تناسبك، وأخبرهم بما ينقصك.
