holstebro-name = Holstebro Kommune
holstebro-policy-title = Holstebro Kommunes Integrationspolitik
holstebro-place-frivilligcenter = Frivilligcenter Holstebro (مركز المتطوعين)

## Tværgående udfordringer i forbindelse med integrationsopgaven
holstebro-tvaergaaende = تحديات تخص كل عمل الاندماج

holstebro-information-title = معلومات تستطيع أن تفهمها
holstebro-information-summary = حسب السياسة، يجب على البلدية أن تتكلم وتكتب بطريقة تناسبك.
holstebro-information-body = حسب سياسة الاندماج، يجب على البلدية أن تتواصل بطريقة تناسب الشخص الذي يستقبل الرسالة. وتعمل البلدية أيضًا على أن تستطيع أنت بنفسك أن تجد المعلومات الصحيحة عندما تحتاج إليها.
holstebro-information-ask = أخبر البلدية إذا لم تفهم رسالة أو إشعارًا، واطلب منهم أن يشرحوه لك.

holstebro-hjemmeside-title = البلدية تريد أن تعطي صورة واضحة عن الأنشطة
holstebro-hjemmeside-summary = تريد البلدية أن تعطي صورة واضحة عمّا يحدث، وأين، ومتى.
holstebro-hjemmeside-body = هناك أنشطة كثيرة في البلدية. تريد البلدية أن تعطي صورة واضحة عمّا يحدث، وأين، ومتى، وموقع البلدية الإلكتروني هو أحد المصادر.
holstebro-hjemmeside-ask = اسأل البلدية ما هي الأنشطة الموجودة الآن. موقع البلدية الإلكتروني، holstebro.dk، هو أحد المصادر.

holstebro-inddragelse-title = الاندماج يسير في الاتجاهين
holstebro-inddragelse-summary = تريد البلدية أن تُشرك المواطنين الجدد والدنماركيين معًا في عمل الاندماج.
holstebro-inddragelse-body = تريد البلدية أن تُشرك المواطنين الجدد والدنماركيين معًا، لأن الاندماج يحدث عندما يلتقي الناس.
holstebro-inddragelse-ask = إذا أردت أن تساهم في عمل الاندماج، فاسأل البلدية كيف يمكنك أن تشارك.

holstebro-frivillige-title = المتطوعون يستطيعون المساعدة
holstebro-frivillige-summary = ترى البلدية أن المتطوعين مساعدة مهمة تُضاف إلى خدماتها.
holstebro-frivillige-body = ترى البلدية أن المتطوعين إضافة مهمة إلى خدماتها، والفكرة هي أن يساعدوك لكي تساعد نفسك. ويمكن أن يكون المتطوعون أيضًا قدوة جيدة.
holstebro-frivillige-ask = اسأل Frivilligcenter Holstebro (مركز المتطوعين) في بيت الثقافة والمتطوعين (Kultur & Frivillighuset) ما هي الخدمات التطوعية الموجودة.

## Uddannelse (skolegang) og erhverv
holstebro-uddannelse = التعليم (المدرسة) والعمل

holstebro-sprog-smaaboern-title = اللغة الدنماركية للأطفال الصغار
holstebro-sprog-smaaboern-summary = الهدف أن يكون لدى كل الأطفال نفس المهارات اللغوية عندما يبدؤون المدرسة.
holstebro-sprog-smaaboern-body = تعمل البلدية على أن يكون لدى كل الأطفال نفس المهارات اللغوية عندما يبدؤون المدرسة. وهذا يشمل أيضًا الأطفال الذين يتكلمون لغة أخرى في البيت.
holstebro-sprog-smaaboern-ask = اسأل الرعاية النهارية (dagtilbud) التي يذهب إليها طفلك كيف يمكن دعم لغته الدنماركية. إذا كان طفلك لا يذهب إلى رعاية نهارية، فاسأل البلدية.

holstebro-sprog-skoleboern-title = اللغة الدنماركية في المدرسة
holstebro-sprog-skoleboern-summary = الهدف أن تكون لدى كل التلاميذ فرص متساوية لتعليم ثانوي أو مهني (ungdomsuddannelse).
holstebro-sprog-skoleboern-body = تعمل البلدية على أن ينهي كل التلاميذ المدرسة الحكومية (folkeskole) ولديهم فرص متساوية ليتابعوا تعليمًا ثانويًا أو مهنيًا (ungdomsuddannelse). لذلك هناك تركيز على اللغة الدنماركية عند التلاميذ.
holstebro-sprog-skoleboern-ask = اسأل مدرسة طفلك ما هي المساعدة في اللغة الدنماركية الموجودة اليوم.

holstebro-sprog-voksne-title = اللغة الدنماركية للكبار
holstebro-sprog-voksne-summary = تريد البلدية أن تركّز على اللغة الدنماركية، لأنها مهمة للدراسة وللعمل.
holstebro-sprog-voksne-body = تريد البلدية أن تستمر في التركيز على اللغة الدنماركية عند الكبار، لأن اللغة مهمة لكي تدرس ولكي تعمل في الدنمارك.
holstebro-sprog-voksne-ask = اسأل البلدية أين وكيف يمكنك أن تتعلم الدنماركية.

holstebro-familie-indsats-title = مساعدة واحدة مترابطة لأسرتك
holstebro-familie-indsats-summary = تريد البلدية تواصلًا جيدًا وثابتًا مع الأطفال والشباب وأسرهم.
holstebro-familie-indsats-body = تعمل البلدية على أن تشعر أسرتك بأن هناك عملًا واحدًا مشتركًا من أجل الأسرة والطفل والشاب. وتريد البلدية أيضًا أن تبني علاقات جيدة وثابتة مع الأطفال والشباب وأسرهم.
holstebro-familie-indsats-ask = إذا كانت أسرتك على تواصل مع عدة أقسام في البلدية، فاسأل الرعاية النهارية (dagtilbud) أو المدرسة التي يذهب إليها طفلك مع من يجب أن تتكلم.

holstebro-ungdomsuddannelse-title = الطريق إلى التعليم الثانوي أو المهني (ungdomsuddannelse)
holstebro-ungdomsuddannelse-summary = تعمل البلدية على أن يكون لدى الشباب الذين يتكلمون لغتين نفس الفرص التي لدى الشباب الآخرين.
holstebro-ungdomsuddannelse-body = تعمل البلدية على أن يكون لدى الشباب الذين يتكلمون لغتين نفس الفرص التي لدى الشباب الآخرين لكي يبدؤوا تعليمًا ثانويًا أو مهنيًا (ungdomsuddannelse) وينهوه. وهذا يخص اللغة والمواد الدراسية والمهارات الشخصية.
holstebro-ungdomsuddannelse-ask = اسأل مدرسة طفلك عن الإرشاد حول التعليم الثانوي أو المهني (ungdomsuddannelse).

holstebro-fritid-unge-title = أنشطة وقت الفراغ والعمل بعد المدرسة
holstebro-fritid-unge-summary = المشاركة في مجموعات في وقت الفراغ تساعد الأطفال والشباب على تعلّم اللغة والمواد الدراسية.
holstebro-fritid-unge-body = تؤكد السياسة على أهمية أن يشارك الأطفال والشباب في مجموعات خارج البيت والمدرسة، مثلًا في أنشطة وقت الفراغ أو في عمل صغير بعد المدرسة. وهذا يساعدهم على تعلّم اللغة والمواد الدراسية.
holstebro-fritid-unge-ask = اسأل مدرسة طفلك أو البلدية عن أنشطة وقت الفراغ القريبة منك.

holstebro-job-muligheder-title = معلومات عن التعليم والعمل
holstebro-job-muligheder-summary = تريد البلدية أن توضّح ما هي فرص العمل والتقدم المهني الموجودة.
holstebro-job-muligheder-body = تريد البلدية أن تعطي المواطنين معلومات عن فرص التعليم والعمل، وأن تجعل فرص العمل والتقدم المهني واضحة.
holstebro-job-muligheder-ask = اسأل مركز العمل (jobcenter) في البلدية ما هي الفرص التي تناسبك.

holstebro-job-stoette-title = الدعم والنصيحة عندما تبحث عن عمل
holstebro-job-stoette-summary = تعمل البلدية على تقديم مساعدة تناسب احتياجاتك وتوقعاتك.
holstebro-job-stoette-body = تعمل البلدية على أن تقدم دعمًا ونصائح تناسب احتياجاتك وتوقعاتك، وعلى تعاون أفضل بين البلدية والشركات والمواطنين. الهدف هو أن تحصل على المهارات التي تحتاج إليها لكي تجد عملًا.
holstebro-job-stoette-ask = اسأل مركز العمل (jobcenter) في البلدية ما هو الدعم الموجود اليوم.

holstebro-job-fastholdelse-title = حافظ على عملك وتطوّر فيه
holstebro-job-fastholdelse-summary = تعمل البلدية على أن تقوّي مهاراتك وتتقدم في مهنتك.
holstebro-job-fastholdelse-body = حسب السياسة، من المهم أن تكون لديك نفس الفرصة التي لدى الآخرين لكي تحصل على عمل وتحافظ عليه. تعمل البلدية على أن يقوّي المواطنون مهاراتهم لكي يحافظوا على عملهم ويتقدموا في مهنتهم.
holstebro-job-fastholdelse-ask = تكلم مع مكان عملك، أو اسأل مركز العمل (jobcenter) في البلدية إذا كنت تحتاج إلى نصيحة لكي تحافظ على عملك.

## Sundhed og trivsel
holstebro-sundhed = الصحة والعافية

holstebro-sundhed-dialog-title = تكلّم عن الصحة والمرض
holstebro-sundhed-dialog-summary = تريد البلدية أن تقوّي قدرتك على أن تعتني بصحتك بنفسك.
holstebro-sundhed-dialog-body = يفهم الناس الصحة والمرض بطرق مختلفة. تريد البلدية أن يكون هناك حوار أكثر حول ذلك، وأن تقوّي قدرتك على أن تعتني بصحتك بنفسك.
holstebro-sundhed-dialog-ask = تكلم مع طبيبك (læge) عن صحتك، واسأل البلدية ما هي الخدمات الصحية الموجودة اليوم.

holstebro-motion-kost-title = الرياضة والطعام
holstebro-motion-kost-summary = تريد البلدية أن تركّز على ذلك بشكل خاص، وهذا يشمل العائلات التي لديها أطفال.
holstebro-motion-kost-body = تريد البلدية أن تعطي الرياضة والتغذية أولوية خاصة، وهذا يشمل العائلات التي لديها أطفال. ينطلق هذا العمل من قدراتك أنت، لكي تستطيع أن تقوم بأكبر قدر ممكن من أمورك بنفسك.
holstebro-motion-kost-ask = اسأل البلدية ما هي الخدمات الموجودة اليوم عن الرياضة والطعام الصحي.

holstebro-aktiviteter-title = كن نشيطًا مع الآخرين
holstebro-aktiviteter-summary = تعمل البلدية على أن يكون الوصول سهلًا إلى أنشطة يمكنك فيها أن تكوّن شبكة علاقات.
holstebro-aktiviteter-body = تتوقع البلدية من المواطنين أن يشاركوا بنشاط في المجتمع، وتعمل على أن يكون الوصول إلى الأنشطة البدنية والاجتماعية سهلًا. والهدف من الأنشطة أيضًا أن تساعدك على أن تكوّن شبكة علاقات.
holstebro-aktiviteter-ask = اسأل البلدية ما هي الأنشطة الموجودة، وأخبرهم إذا كان هناك شيء يجعل المشاركة صعبة عليك.

holstebro-aktiviteter-sammen-title = نظّم أنشطة بالتعاون مع البلدية
holstebro-aktiviteter-sammen-summary = تريد البلدية أن تنظّم أنشطة بالتعاون مع مجموعات من المواطنين الجدد.
holstebro-aktiviteter-sammen-body = تريد البلدية أن تعمل على تنظيم وتقديم أنشطة بدنية واجتماعية بالتعاون مع مجموعات من المواطنين من أصول عرقية غير دنماركية. أي أنكم تستطيعون، أنت وآخرون من مجموعتك، أن تشاركوا في التخطيط.
holstebro-aktiviteter-sammen-ask = إذا كانت لك ولآخرين فكرة لنشاط، فاسأل البلدية هل يمكنكم أن تنظّموه معًا.

holstebro-foreninger-title = الجمعيات والنوادي
holstebro-foreninger-summary = تستطيع البلدية والجمعيات معًا أن تعطي كل شخص فرصة للمشاركة.
holstebro-foreninger-body = حسب السياسة، تستطيع البلدية والنوادي الرياضية وأماكن أنشطة وقت الفراغ وجمعيات الجاليات وجمعيات الصداقة أن تعطي معًا كل شخص فرصة للمشاركة في الأنشطة.
holstebro-foreninger-ask = اسأل البلدية أو Frivilligcenter Holstebro (مركز المتطوعين) عن الجمعيات القريبة منك.

## Samfundsforståelse, der går begge veje
holstebro-samfund = فهم المجتمع في الاتجاهين

holstebro-hverdagsliv-title = كيف تسير الحياة اليومية في الدنمارك
holstebro-hverdagsliv-summary = تريد البلدية أن تعطي معلومات عن روضة الأطفال (børnehave) وتربية الأطفال والنفايات والسكن في شقة.
holstebro-hverdagsliv-body = تريد البلدية أن تزيد المعرفة بالحياة اليومية في الدنمارك، من روضة الأطفال (børnehave) وتربية الأطفال، إلى النفايات والواجبات التي تأتي مع السكن في شقة. وتعمل البلدية أيضًا على أن تعطي الجهات الرسمية معلومات واضحة تستطيع أن تفهمها.
holstebro-hverdagsliv-ask = اسأل البلدية إذا لم تكن متأكدًا من شيء في الحياة اليومية؛ وعن النفايات وقواعد السكن يمكنك أيضًا أن تسأل مؤجِّر السكن.

holstebro-foraeldre-title = أن تكون أبًا أو أمًا في الدنمارك
holstebro-foraeldre-summary = تعمل البلدية على أن تُشركك كأب أو أم، وعلى أن تعطي معلومات واضحة.
holstebro-foraeldre-body = حسب السياسة، من المهم أن تعرف كيف تسير الأمور عندما يكون أطفالك في روضة الأطفال (børnehave)، وكيف تتم تربية الأطفال في الدنمارك. تعمل البلدية على إشراك الوالدين وعلى إعطاء معلومات واضحة.
holstebro-foraeldre-ask = عندما لا تكون متأكدًا كيف تتم الأمور، اسأل الموظفين في الرعاية النهارية (dagtilbud) أو المدرسة التي يذهب إليها طفلك.

holstebro-rollemodeller-title = تعلّم من الذين جرّبوا ذلك
holstebro-rollemodeller-summary = تريد البلدية أن تستخدم قدوات يستطيعون أن يحكوا عن الحياة في الدنمارك.
holstebro-rollemodeller-body = تريد البلدية أن تستخدم القدوات بشكل نشيط، من الدنماركيين ومن أصحاب الأصول العرقية الأخرى، وأن تُشرك المتطوعين في عمل الاندماج. يستطيع هؤلاء أن يحكوا لك كيف يعيش الناس في الدنمارك.
holstebro-rollemodeller-ask = اسأل Frivilligcenter Holstebro (مركز المتطوعين) هل هناك متطوعون أو قدوات يمكنك أن تلتقي بهم.

holstebro-naboskab-title = تعرّف على جيرانك
holstebro-naboskab-summary = حسب السياسة، الجيرة الجيدة تنشأ عندما يعرف الجيران بعضهم.
holstebro-naboskab-body = مكتوب في السياسة: المعرفة تصنع الصداقة. الجيرة الجيدة تنشأ عندما يعرف الناس بعضهم، وتريد البلدية أن ينتبه الناس لقيمة الجيرة النشيطة التي فيها مراعاة للآخرين.
holstebro-naboskab-ask = اسأل البلدية عن أنشطة في منطقتك تستطيع أن تلتقي فيها بالآخرين.

holstebro-isolation-title = إذا كنت تشعر بالوحدة
holstebro-isolation-summary = يمكن أن تكون الخدمات التطوعية طريقًا للقاء الآخرين.
holstebro-isolation-body = تعمل البلدية على ألا يصبح المواطنون من أصول عرقية غير دنماركية معزولين. يمكن أن تكون الخدمات التطوعية طريقًا للقاء الآخرين.
holstebro-isolation-ask = اسأل Frivilligcenter Holstebro (مركز المتطوعين) أو البلدية أين يمكنك أن تلتقي بأشخاص آخرين.
