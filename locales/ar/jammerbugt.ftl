jammerbugt-name = Jammerbugt Kommune
jammerbugt-policy-title = Integrationspolitik – Indsatsområder og målsætninger

## Modtagelse

jammerbugt-modtagelse = الاستقبال
jammerbugt-modtagelse-start-title = بداية مطمئنة في البلدية
jammerbugt-modtagelse-start-summary = تعمل البلدية على أن تحصل على معلومات جيدة، وأن يتم أخذ وضعك بعين الاعتبار.
jammerbugt-modtagelse-start-body = تعمل البلدية على أن تشعر بالأمان والثقة وأن تحصل على معلومات جيدة عندما تصل إلى هنا. والهدف أيضًا أن يتم أخذ وضعك الخاص بعين الاعتبار.
jammerbugt-modtagelse-start-ask = اسأل البلدية مع من يجب أن تتكلم في الفترة الأولى.
jammerbugt-modtagelse-sprog-title = تعلّم الدنماركية
jammerbugt-modtagelse-sprog-summary = هدف البلدية أن تحصل على فرصة لتتعلم الدنماركية.
jammerbugt-modtagelse-sprog-body = هدف البلدية أن تحصل على فرصة لتتعلم الدنماركية.
jammerbugt-modtagelse-sprog-ask = اسأل البلدية كيف تبدأ في تعليم اللغة الدنماركية (danskuddannelse).
jammerbugt-modtagelse-samfund-title = معرفة عن الحياة في الدنمارك
jammerbugt-modtagelse-samfund-summary = هدف البلدية أن تحصل على فرصة لتتعلم عن الأعراف الدنماركية والثقافة الدنماركية.
jammerbugt-modtagelse-samfund-body = هدف البلدية أن تحصل على فرصة لتتعلم عن الأعراف الدنماركية والثقافة الدنماركية.
jammerbugt-modtagelse-samfund-ask = اسأل البلدية أين يمكنك أن تتعلم أكثر عن الحياة في الدنمارك.

## Børn og familie

jammerbugt-boern-familie = الأطفال والأسرة
jammerbugt-dagpleje-title = طفلك عند مربية في بيتها (dagpleje)
jammerbugt-dagpleje-summary = تعمل البلدية على أن يُعامل طفلك باحترام، وأن يكوّن أصدقاء.
jammerbugt-dagpleje-body = تعمل البلدية على أن يُعامل طفلك باحترام عند المربية في بيتها (dagpleje)، وأن يكوّن أصدقاء ويصبح جزءًا من المجموعة. والتعاون بينك وبين المربية يجب أن يقوم على المساواة والاحترام، مع مطالب وتوقعات من الطرفين.
jammerbugt-dagpleje-ask = اسأل البلدية عن مكان لطفلك عند مربية في بيتها (dagpleje).
jammerbugt-skole-title = طفلك في المدرسة
jammerbugt-skole-summary = تعمل البلدية على أن يتعلم طفلك مع الأطفال الآخرين.
jammerbugt-skole-body = تعمل البلدية على أن يجد طفلك التقدير في المدرسة، وأن يتعلم مع الأطفال الآخرين. والهدف أيضًا أن تتعاون أنت كأب أو أم مع المدرسة، لكي يشعر طفلك بأنه مقدَّر.
jammerbugt-skole-ask = اسأل مدرسة طفلك أو البلدية كيف تبدؤون بداية جيدة.
jammerbugt-traumer-title = عندما تجعل التجارب الصعبة التعلّم صعبًا
jammerbugt-traumer-summary = إذا مرّ طفلك بتجربة صعبة، يمكنك أن تخبر المدرسة بذلك.
jammerbugt-traumer-body = هدف البلدية أن تنتبه المدرسة إلى الصدمات النفسية التي قد تجعل التعلم صعبًا على الطفل. إذا مرّ طفلك بتجارب صعبة، يمكنك أن تخبر المدرسة بذلك.
jammerbugt-traumer-ask = تكلم مع مدرسة طفلك عمّا تستطيع المدرسة أن تفعله اليوم.

jammerbugt-laering-title = تعلّم مع الآخرين – للكبار أيضًا
jammerbugt-laering-summary = هدف البلدية أن تدعم الأطفال والكبار على حد سواء في التعلّم.
jammerbugt-laering-body = هدف البلدية أن يحصل اللاجئون والمهاجرون والذين جاؤوا عن طريق لمّ الشمل العائلي على دعم ليتعلّموا ويتطوّروا مع الأطفال والكبار الآخرين، لكي يستطيعوا أن يشاركوا في المجموعات وفي تطوّر المجتمع.
jammerbugt-laering-ask = اسأل البلدية ما هي فرص التعلّم الموجودة لك اليوم.
jammerbugt-sundhedsfremme-title = الوقاية والمساعدة المبكرة للأطفال
jammerbugt-sundhedsfremme-summary = هدف البلدية أن تدعم الأطفال والشباب الذين لديهم احتياجات خاصة.
jammerbugt-sundhedsfremme-body = هدف البلدية أن تقدّم وقاية عامة ومساعدة مبكرة للأطفال والعائلات، وأن تدعم الأطفال والشباب الذين لديهم احتياجات خاصة.
jammerbugt-sundhedsfremme-ask = إذا كنت قلقًا على طفلك، فاسأل البلدية ما هي المساعدة الموجودة اليوم.
jammerbugt-familieafdeling-title = نصيحة وإرشاد للأسرة
jammerbugt-familieafdeling-summary = قسم الأسرة في البلدية (familieafdeling) يقدم النصيحة، والهدف أن يتم النظر إلى وضع الأسرة كلها.
jammerbugt-familieafdeling-body = قسم الأسرة في البلدية (familieafdeling) يقدم النصيحة والإرشاد للعائلات. تعمل البلدية على أن يتم النظر إلى وضع الأسرة كلها، وأن تشاركوا أنتم في إيجاد حل جيد قريب من مكان سكنكم.
jammerbugt-familieafdeling-ask = تواصل مع البلدية واطلب أن تتكلم مع قسم الأسرة (familieafdeling).

## Socialområdet

jammerbugt-socialomraadet = الشؤون الاجتماعية
jammerbugt-social-indgang-title = باب واحد للحصول على مساعدة البلدية
jammerbugt-social-indgang-summary = تعمل البلدية على أن تحصل على نصيحة جيدة، وأن يتم توضيح وضعك بسرعة.
jammerbugt-social-indgang-body = تعمل البلدية على أن يكون هناك باب واحد لخدمات البلدية، وأن تحصل على نصيحة جيدة حول احتياجاتك. الهدف أن يتم توضيح وضعك بسرعة، وأن تحصل في الوقت المحدد على الإعانات التي هي من حقك.
jammerbugt-social-indgang-ask = تواصل مع البلدية وقل ما الذي تحتاج إلى مساعدة فيه.

## Frivillige

jammerbugt-frivillige = المتطوعون
jammerbugt-frivillighuset-title = بيت المتطوعين (Frivillighuset)
jammerbugt-frivillighuset-summary = هدف البلدية أن يكون بيت المتطوعين (Frivillighuset) طريقك إلى المتطوعين.
jammerbugt-frivillighuset-body = الجمعيات التطوعية والمجموعات والأفراد يمكن أن يجعلوا حياتك اليومية أسهل. هدف البلدية أن يكون بيت المتطوعين (Frivillighuset) بابك إلى العمل الاجتماعي التطوعي في البلدية.
jammerbugt-frivillighuset-ask = اسأل البلدية كيف تتواصل مع بيت المتطوعين (Frivillighuset).

## Sundhed

jammerbugt-sundhed = الصحة
jammerbugt-sundhed-tilbud-title = الخدمات الصحية
jammerbugt-sundhed-tilbud-summary = هدف البلدية أن تقدم خدمات للذين لديهم احتياجات خاصة.
jammerbugt-sundhed-tilbud-body = تعمل البلدية على تقليل عدم المساواة في الصحة، وهدفها أن تقدم خدمات صحية للذين لديهم احتياجات خاصة. صحتك مسؤولية مشتركة بينك وبين أسرتك والبلدية.
jammerbugt-sundhed-tilbud-ask = اسأل البلدية ما هي الخدمات الصحية الموجودة اليوم.

## Beskæftigelse

jammerbugt-beskaeftigelse = العمل
jammerbugt-job-title = الطريق إلى العمل
jammerbugt-job-summary = الهدف أن تبدأ بسرعة، وأن تستطيع أن تعيل نفسك.
jammerbugt-job-body = تعمل البلدية على أن تبدأ بسرعة، لكي تستطيع أن تعيل نفسك وتكون نشيطًا في المجتمع. يجب أن يتم أخذ وضعك بعين الاعتبار. والهدف أيضًا أن يُنظر إليك بوصفك إضافة مفيدة للمجتمع المحلي.
jammerbugt-job-ask = اسأل مركز العمل (jobcenter) في البلدية بماذا يمكنك أن تبدأ.

## Kultur og fritid

jammerbugt-kultur-fritid = الثقافة ووقت الفراغ
jammerbugt-foreningsliv-title = الجمعيات ووقت الفراغ
jammerbugt-foreningsliv-summary = تريد البلدية أن تربطك بالآخرين الذين يسكنون في منطقتك.
jammerbugt-foreningsliv-body = تريد البلدية أن تربطك بالآخرين الذين يسكنون في منطقتك، مثلًا عن طريق الجمعيات والنوادي. وتعمل البلدية أيضًا على أن تكون هناك أنشطة ثقافية في كل أجزاء البلدية.
jammerbugt-foreningsliv-ask = اسأل البلدية ما هي الجمعيات والأنشطة الموجودة حيث تسكن.
jammerbugt-demokrati-title = شارك في الديمقراطية
jammerbugt-demokrati-summary = تتمنى البلدية أن ترى فرصًا لتتعلم طوال حياتك.
jammerbugt-demokrati-body = تتمنى البلدية أن ترى فرصًا لتتعلم طوال حياتك ولتشارك في الديمقراطية.
jammerbugt-demokrati-ask = اسأل البلدية كيف يمكنك أن تشارك في الديمقراطية المحلية.

## Naturområdet

jammerbugt-natur = الطبيعة
jammerbugt-natur-friluftsliv-title = الطبيعة في Jammerbugt
jammerbugt-natur-friluftsliv-summary = تتمنى البلدية أن تستطيع استخدام الطبيعة للرياضة وللأنشطة في الهواء الطلق.
jammerbugt-natur-friluftsliv-body = تتمنى البلدية أن تستطيع استخدام الطبيعة للرياضة وللأنشطة في الهواء الطلق. وتأمل البلدية أيضًا أن تشارك في المحافظة على الطبيعة.
jammerbugt-natur-friluftsliv-ask = اسأل البلدية أين يمكنك أن تخرج إلى الطبيعة، وكيف يمكنك أن تساعد في المحافظة عليها.

## Kommunen som arbejdsplads

jammerbugt-arbejdsplads = البلدية كمكان عمل
jammerbugt-kommunen-job-title = العمل في البلدية
jammerbugt-kommunen-job-summary = تتمنى البلدية أن يكون بين موظفيها أيضًا أناس لديهم أصول غير دنماركية.
jammerbugt-kommunen-job-body = تتمنى Jammerbugt Kommune أن يكون موظفوها صورة عن سكانها، وهذا يشمل الناس الذين لديهم أصول غير دنماركية. لذلك يمكن أن تكون البلدية أيضًا مكان عمل لك.
jammerbugt-kommunen-job-ask = اسأل البلدية كيف تتقدم بطلب عمل في البلدية.

## Borgerservice

jammerbugt-borgerservice = خدمة المواطنين (Borgerservice)
jammerbugt-borgerservice-indgang-title = خدمة المواطنين (Borgerservice) هي بابك إلى البلدية
jammerbugt-borgerservice-indgang-summary = الهدف أن تستطيع خدمة المواطنين (Borgerservice) أن توجّهك إلى الأقسام الأخرى في البلدية.
jammerbugt-borgerservice-indgang-body = تتمنى البلدية أن تكون خدمة المواطنين (Borgerservice) المكان الطبيعي الذي تذهب إليه عندما تحتاج إلى الجهات العامة. الهدف أن تستطيع خدمة المواطنين أن توجّهك إلى الأقسام الأخرى في البلدية.
jammerbugt-borgerservice-indgang-ask = اذهب إلى خدمة المواطنين (Borgerservice) أو اتصل بالبلدية.
jammerbugt-selvbetjening-title = مساعدة في الخدمات الرقمية الذاتية
jammerbugt-selvbetjening-summary = هدف البلدية أن تستطيع الحصول على هذه المساعدة في خدمة المواطنين (Borgerservice).
jammerbugt-selvbetjening-body = هدف البلدية أن تستطيع الحصول على مساعدة في خدمة المواطنين (Borgerservice) لاستخدام الخدمات الرقمية الذاتية (selvbetjening)، مثلًا عندما تريد أن تقدّم طلبًا على الإنترنت.
jammerbugt-selvbetjening-ask = اسأل في خدمة المواطنين (Borgerservice) هل يستطيعون مساعدتك في الخدمات الذاتية.
