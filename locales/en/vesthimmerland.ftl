vesthimmerland-name = Vesthimmerlands Kommune
vesthimmerland-policy-title = Vesthimmerlands Kommunes Integrationspolitik

## Modtagelse i kommunen
vesthimmerland-modtagelse = Arrival in the municipality

vesthimmerland-velkomst-title = A good start in the municipality
vesthimmerland-velkomst-summary = The municipality wants you to get a good introduction to your local area.
vesthimmerland-velkomst-body = The municipality wants you to feel welcome at your first meeting and to get a good introduction to the local area. It also finds it important that your needs, resources and options are made clear, so that you can soon manage on your own.
vesthimmerland-velkomst-ask = Ask the municipality how you can get an introduction to your local area.

vesthimmerland-tydelig-information-title = Information you can understand
vesthimmerland-tydelig-information-summary = The municipality wants to explain things clearly, also about your rights and duties.
vesthimmerland-tydelig-information-body = The municipality wants to give clear information that you can understand, suited to you. This includes information about your rights and duties.
vesthimmerland-tydelig-information-ask = Tell the municipality if you do not understand a message, and ask them to explain it.

vesthimmerland-sammenhaeng-title = Joined-up contact with the municipality
vesthimmerland-sammenhaeng-summary = The municipality wants things to fit together when several departments deal with your case.
vesthimmerland-sammenhaeng-body = The municipality wants your contact with it to feel joined up, also when your case involves several departments.
vesthimmerland-sammenhaeng-ask = Ask the municipality whom to contact when your case involves several areas.

vesthimmerland-medansvar-title = Your own part
vesthimmerland-medansvar-summary = The municipality expects you to share responsibility and to be an active member of society.
vesthimmerland-medansvar-body = The municipality expects you to share responsibility for your own life and to be an active member of society. It wants its information to inspire you to learn more about Danish society and to take part in your local community.
vesthimmerland-medansvar-ask = Ask the municipality where you can learn more about Danish society and life in your local area.

## Dagtilbud til børn (0-6 år)
vesthimmerland-dagtilbud = Daycare for children aged 0–6 (dagtilbud)

vesthimmerland-dagtilbud-hverdag-title = Information about daily life in daycare (dagtilbud)
vesthimmerland-dagtilbud-hverdag-summary = The policy says that thorough information is important when the culture is new to you.
vesthimmerland-dagtilbud-hverdag-body = It can be hard to leave your child in a daycare (dagtilbud) whose culture differs from the one you know. So the policy says that thorough information about daily life in the daycare is important.
vesthimmerland-dagtilbud-hverdag-ask = Ask the staff at your child's daycare (dagtilbud) how an ordinary day goes.

vesthimmerland-dagtilbud-samarbejde-title = Working with the staff (pædagoger)
vesthimmerland-dagtilbud-samarbejde-summary = The municipality wants good contact between you and the daycare staff about your child's well-being.
vesthimmerland-dagtilbud-samarbejde-body = The municipality wants your child's well-being to be followed closely and wants good communication between the staff (pædagoger) and parents. The policy stresses that parents support the child's daily life in daycare and work closely with the staff.
vesthimmerland-dagtilbud-samarbejde-ask = Talk to the staff (pædagoger) at your child's daycare (dagtilbud) about how your child is doing.

vesthimmerland-dagtilbud-dansk-title = Danish together with other children
vesthimmerland-dagtilbud-dansk-summary = Your child can learn Danish and be part of the group in daycare (dagtilbud).
vesthimmerland-dagtilbud-dansk-body = In daycare (dagtilbud) your child has the chance to learn Danish together with other children and to be part of a group with children and adults. Play, learning and development are at the heart of it for all children.
vesthimmerland-dagtilbud-dansk-ask = Ask your child's daycare (dagtilbud) how they work with your child's Danish.

vesthimmerland-dagtilbud-overgang-title = Changing daycare (dagtilbud) and starting school
vesthimmerland-dagtilbud-overgang-summary = The municipality wants your family to be involved and informed when your child changes daycare (dagtilbud).
vesthimmerland-dagtilbud-overgang-body = The municipality wants your family to be involved and informed when your child moves from one daycare (dagtilbud) to another. It also wants your child to have the best possible start when school begins.
vesthimmerland-dagtilbud-overgang-ask = Ask your child's daycare (dagtilbud) what happens at the next change and how you can prepare for starting school.

## Skole og fritid
vesthimmerland-skole = School and leisure

vesthimmerland-skole-dansk-title = Danish at school, and your child's other languages
vesthimmerland-skole-dansk-summary = The aim is good Danish, and the policy sees speaking several languages as a strength.
vesthimmerland-skole-dansk-body = The municipality wants all bilingual children and young people to get the best possible Danish. The policy also sees speaking several languages as a strength, and the school has an important role in encouraging pupils to develop their languages.
vesthimmerland-skole-dansk-ask = Ask your child's school what help with Danish is offered now.

vesthimmerland-skole-foraeldre-title = Take part in your child's schooling
vesthimmerland-skole-foraeldre-summary = The municipality encourages you to join the parents' council, the school board (skolebestyrelse) and the like.
vesthimmerland-skole-foraeldre-body = The municipality wants you to be active and engaged in your child's schooling. You are also encouraged to join the parents' council, the school board (skolebestyrelse) and the like.
vesthimmerland-skole-foraeldre-ask = Ask your child's school how you can take part in the cooperation between school and parents.

vesthimmerland-skole-fritid-title = Leisure activities in clubs
vesthimmerland-skole-fritid-summary = The municipality wants you to support your child in taking part in a leisure activity.
vesthimmerland-skole-fritid-body = The municipality wants parents to support their children in taking part in leisure activities in a club or association (forening).
vesthimmerland-skole-fritid-ask = Ask your child's school or the municipality which clubs there are near you.

## Uddannelse og beskæftigelse
vesthimmerland-uddannelse = Education and employment

vesthimmerland-vurdering-title = Have your education from abroad assessed
vesthimmerland-vurdering-summary = The aim is that you can use your education and experience in Denmark.
vesthimmerland-vurdering-body = According to the policy, if you bring an education or work experience from abroad, you should have the chance to have your education assessed and, if needed, topped up. Then you can use your qualifications in Denmark.
vesthimmerland-vurdering-ask = Ask the jobcenter (job centre) at the municipality for help; the assessment itself is made by the Danish Agency for Higher Education and Science (Uddannelses- og Forskningsstyrelsen).

vesthimmerland-kompetencegivende-title = Support to get an education
vesthimmerland-kompetencegivende-summary = The municipality wants to support you in learning a trade or profession.
vesthimmerland-kompetencegivende-body = The municipality wants to support new residents in taking a qualifying education (kompetencegivende uddannelse), that is, an education that gives you a trade or profession. According to the policy, education makes it easier to get a foothold in the job market.
vesthimmerland-kompetencegivende-ask = Ask the jobcenter (job centre) at the municipality what support for education is offered now.

vesthimmerland-job-title = The way into work
vesthimmerland-job-summary = The municipality wants to work more with companies so that you can get a job.
vesthimmerland-job-body = The municipality wants to work more closely with companies so that new residents can get into the job market, and to promote inclusion through its employment offers. According to the policy, staff who speak several languages can be a strength for a company.
vesthimmerland-job-ask = Ask the jobcenter (job centre) at the municipality which offers can help you into work.

## Kultur og fritid
vesthimmerland-kultur = Culture and leisure

vesthimmerland-foreninger-title = Clubs, evening classes and libraries
vesthimmerland-foreninger-summary = In clubs you can meet others who share your interests.
vesthimmerland-foreninger-body = There are many clubs and associations, evening schools (aftenskoler), cultural institutions and libraries in the municipality, and the municipality wants you to know about them. In clubs you can meet others around shared interests, across backgrounds.
vesthimmerland-foreninger-ask = Ask the municipality or your local library which clubs and offers there are near you.

vesthimmerland-fritidsliv-title = Help to get started
vesthimmerland-fritidsliv-summary = The municipality wants you to get support to become part of club life.
vesthimmerland-fritidsliv-body = The municipality wants new residents to get support to become part of cultural life and club life. Clubs, volunteers and the municipality work together to find good ways to help new residents to a good leisure life.
vesthimmerland-fritidsliv-ask = Ask the municipality what help is offered now to get started with a leisure activity.

vesthimmerland-frivillige-foreninger-title = Volunteer associations
vesthimmerland-frivillige-foreninger-summary = Volunteers can be your way into the community where you live.
vesthimmerland-frivillige-foreninger-body = The municipality wants to support what volunteer associations do for integration. Volunteers can be a way into the community where you live.
vesthimmerland-frivillige-foreninger-ask = Ask the municipality which volunteer associations help new residents in your area.

## Sundhed og seniorliv
vesthimmerland-sundhed = Health and senior life

vesthimmerland-sund-livsstil-title = Healthy choices for you and your family
vesthimmerland-sund-livsstil-summary = The municipality wants you to learn how lifestyle and health are linked.
vesthimmerland-sund-livsstil-body = The municipality wants you to learn how lifestyle and health are linked, and how to make healthy choices for yourself and your family.
vesthimmerland-sund-livsstil-ask = Ask the municipality which offers on health and prevention exist now.

vesthimmerland-sundhedsvaesen-title = Finding your way in the health system
vesthimmerland-sundhedsvaesen-summary = When you are ill, you usually go to your own doctor (egen læge) first.
vesthimmerland-sundhedsvaesen-body = The municipality wants you to be able to find your way in the Danish health system. Your own doctor (egen læge) is usually the first place to go when you are ill.
vesthimmerland-sundhedsvaesen-ask = Ask your doctor (læge) or the municipality if you do not know where to go with a health problem.

vesthimmerland-forebyggelse-title = Prevention and rehabilitation
vesthimmerland-forebyggelse-summary = The municipality wants you to be able to take part in offers that improve your health.
vesthimmerland-forebyggelse-body = The municipality wants you to have the chance to take part in offers on health promotion, prevention and rehabilitation. The policy says this needs a focus on both physical and mental health throughout life.
vesthimmerland-forebyggelse-ask = Talk to your doctor (læge) if you are struggling physically or mentally, and ask the municipality which offers exist.

vesthimmerland-senior-netvaerk-title = Networks and activities for seniors
vesthimmerland-senior-netvaerk-summary = The municipality wants you to be able to meet other seniors and be active.
vesthimmerland-senior-netvaerk-body = The municipality wants seniors with a multicultural background to be able to meet other seniors in different networks and to take part in many kinds of activities. The policy does not say from what age you count as a senior.
vesthimmerland-senior-netvaerk-ask = Ask the municipality which activities and networks for seniors there are in your area.

vesthimmerland-senior-tilbud-title = Understanding the offers for seniors
vesthimmerland-senior-tilbud-summary = The municipality also wants you to be involved when new offers are made.
vesthimmerland-senior-tilbud-body = It can be hard to find your way among the offers when you grow older in a new country. The municipality wants you to understand the offers that exist and to be involved when new offers are developed. The policy does not say from what age you count as a senior.
vesthimmerland-senior-tilbud-ask = Ask the municipality which offers for seniors suit you, and tell them what you feel is missing.
