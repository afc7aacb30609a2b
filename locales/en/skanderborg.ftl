skanderborg-name = Skanderborg Kommune
skanderborg-policy-title = Skanderborg Kommunes integrationspolitik

## Strategispor (strategic tracks)

skanderborg-differentieret = Integration work that fits each person
skanderborg-tilpasset-title = Help that fits you
skanderborg-tilpasset-summary = The municipality aims to fit its help to your needs, resources and situation.
skanderborg-tilpasset-body = The municipality recognises that everyone is different. So it aims to fit its help, as far as possible, to your needs, your resources and your situation.
skanderborg-tilpasset-ask = Tell the jobcenter (job centre), your first place to go, what you can do and what you need.

skanderborg-faelles-ansvar = Shared responsibility
skanderborg-muligheder-title = Opportunities – and your own part
skanderborg-muligheder-summary = In the municipality's view, the community should make sure there are opportunities, and you should take them.
skanderborg-muligheder-body = The municipality sees it as the community's job to make sure there are opportunities, and as your own job to take them. Companies, clubs and other residents should also take part in integration.
skanderborg-muligheder-ask = Ask the jobcenter which opportunities there are for you right now.

skanderborg-beskaeftigelse = Work and education
skanderborg-job-uddannelse-title = A job or an education
skanderborg-job-uddannelse-summary = The municipality aims to help you support yourself as soon as possible.
skanderborg-job-uddannelse-body = The municipality aims to help you support yourself as soon as possible through an ordinary job or an education. The help starts from your background and skills and from what companies need.
skanderborg-job-uddannelse-ask = Contact the jobcenter (job centre), which is the first place to go.

skanderborg-deltagelse = Taking part and being welcomed
skanderborg-foreninger-title = Join clubs and your local community
skanderborg-foreninger-summary = You make new contacts and get to know Danish society.
skanderborg-foreninger-body = Taking part in clubs, boards, councils and your local community gives you new contacts and a network, and helps you get to know Danish society. The municipality sees you as a resource for the local community.
skanderborg-foreninger-ask = Ask the municipality which clubs and groups there are where you live.

skanderborg-boliger = Housing and settling
skanderborg-boligplacering-title = What the municipality wants for refugees' homes
skanderborg-boligplacering-summary = The municipality wants your home to be a good starting point for you.
skanderborg-boligplacering-body = The municipality wants to be able to offer refugees a home that is a good starting point for integration, and wants refugees to live spread across its main towns. As far as possible it takes things like location and transport into account. This is not a promise of a home to every refugee.
skanderborg-boligplacering-ask = If you have been assigned to Skanderborg Kommune, ask the municipality about your home and what can be taken into account.
skanderborg-find-bolig-title = Finding a home yourself
skanderborg-find-bolig-summary = The municipality works with landlords, and you are also encouraged to look for a home yourself.
skanderborg-find-bolig-body = The municipality works with housing associations and private landlords to find homes. You are also encouraged to find a home yourself, or together with others.
skanderborg-find-bolig-ask = Ask the municipality how you can find a home yourself.

skanderborg-boern-familieliv = Children and family life
skanderborg-god-start-title = A good start for your family
skanderborg-god-start-summary = The municipality focuses on children and adults feeling secure in their everyday life.
skanderborg-god-start-body = The municipality focuses on giving new families a good start, so that children and adults feel safe in their new everyday life. It wants to be flexible when you deal with, for example, school, daycare, the jobcenter and Danish classes, and to make it easier for children and young people to join leisure activities.
skanderborg-god-start-ask = Ask the municipality what can help your family get off to a good start.

## Fokusområder (focus areas): "examples of current initiatives in 2018"

skanderborg-viden = Knowledge and knowledge sharing
skanderborg-inspirationsmoeder-title = Inspirationsmøder (inspiration meetings)
skanderborg-inspirationsmoeder-summary = In 2018 the municipality shared knowledge at meetings with the people who help you.
skanderborg-inspirationsmoeder-body = In 2018 the municipality held inspirationsmøder (inspiration meetings) as part of its work to share knowledge about integration. The aim is that the people who help you know enough to support your way to supporting yourself.
skanderborg-inspirationsmoeder-ask = The meetings were for those who help new residents, such as professionals and volunteers. Ask the municipality's Integrationsteam (integration team) if you want to know more.
skanderborg-frivillige-title = Volunteers who help refugees
skanderborg-frivillige-summary = In 2018 the municipality's Integrationsteam (integration team) held meetings with the volunteers.
skanderborg-frivillige-body = In 2018 the municipality held meetings to coordinate the volunteers who help refugees, and a dialogue meeting with all of them. The Integrationsteam (integration team) led this work.
skanderborg-frivillige-ask = Ask the Integrationsteam whether you can be put in touch with a volunteer today.

skanderborg-sundhed-trivsel = Health and well-being
skanderborg-rygestop-title = Rygestopforløb (stop-smoking course)
skanderborg-rygestop-summary = In 2018 the municipality had courses for smokers who wanted to quit.
skanderborg-rygestop-body = In 2018 the municipality had stop-smoking courses for people who want to quit. The policy says nothing more about them.
skanderborg-rygestop-ask = Ask Sundhedsfremme (the municipality's health promotion unit) whether there is a stop-smoking course today.
skanderborg-sundhedssamtaler-title = Sundhedssamtaler (health talks)
skanderborg-sundhedssamtaler-summary = The municipality had these talks in 2018; the policy does not say who they were for.
skanderborg-sundhedssamtaler-body = In 2018 the municipality had health talks as part of its work for health and well-being. The policy does not say who could have one or what they covered.
skanderborg-sundhedssamtaler-ask = Ask Sundhedsfremme (the municipality's health promotion unit) whether you can have a health talk today.
skanderborg-sundhedstjenesten-title = Services from sundhedstjenesten (the municipal health service)
skanderborg-sundhedstjenesten-summary = These services existed in 2018; the policy does not say which ones.
skanderborg-sundhedstjenesten-body = In 2018 the municipality had services through sundhedstjenesten (the municipal health service). The policy does not say which services.
skanderborg-sundhedstjenesten-ask = Ask the municipality what sundhedstjenesten offers today.
skanderborg-aeldre-handicap-title = Outreach and prevention for older people and people with disabilities
skanderborg-aeldre-handicap-summary = This help existed in 2018 and may matter to you or your family.
skanderborg-aeldre-handicap-body = In 2018 the municipality had outreach and preventive work for older people and people with disabilities. This may matter to you if you or someone in your family is older or has a disability.
skanderborg-aeldre-handicap-ask = Ask the municipality whether this work still goes on and how to get in touch.

skanderborg-kulturforskelle = Understanding integration and cultural differences
skanderborg-fritidspas-boern-title = Fritidspas (leisure pass) for children
skanderborg-fritidspas-boern-summary = In 2018 the pass was meant to help children take part in leisure activities.
skanderborg-fritidspas-boern-body = In 2018 the municipality had a fritidspas (leisure pass) to help children take part in leisure activities. The policy does not say who can get it or what it covers.
skanderborg-fritidspas-boern-ask = Ask the municipality whether the fritidspas still exists and whether your child can get one.
skanderborg-turboforloeb-title = Turboforløb (fast-track course)
skanderborg-turboforloeb-summary = The municipality had this course in 2018; the policy does not say what it contains.
skanderborg-turboforloeb-body = In 2018 the municipality had a turboforløb as part of its work on cultural differences and the way to a job or education. The policy does not describe what the course contains.
skanderborg-turboforloeb-ask = Ask the municipality what a turboforløb is and whether it still runs.
skanderborg-bydelsmoedre-title = Bydelsmødre (neighbourhood mothers)
skanderborg-bydelsmoedre-summary = They are trained volunteer women who support women who are isolated.
skanderborg-bydelsmoedre-body = In 2018 bydelsmødre were part of the municipality's work on cultural differences. Bydelsmødre are trained volunteer women who support isolated women and help them get in touch with public services.
skanderborg-bydelsmoedre-ask = Ask the municipality how you, or a woman in your family, can meet a bydelsmor.
skanderborg-hoejvang-title = Projekt Højvang (the Højvang project)
skanderborg-hoejvang-summary = The project existed in 2018; the policy does not say what it is about.
skanderborg-hoejvang-body = In 2018 the municipality had Projekt Højvang. The policy does not describe what the project does or who it is for.
skanderborg-hoejvang-ask = Ask the municipality whether Projekt Højvang still runs and whether it is for you.
skanderborg-frivilligtilknytning-title = Frivilligtilknytning (linking with volunteers)
skanderborg-frivilligtilknytning-summary = In 2018 the municipality named it as a way to build bridges between cultures.
skanderborg-frivilligtilknytning-body = In 2018 the municipality named frivilligtilknytning as one of its ways to build bridges between cultures. The policy does not say how it works.
skanderborg-frivilligtilknytning-ask = Ask the municipality whether you can be put in touch with a volunteer.

skanderborg-kvinder = Women
skanderborg-kvinder-bydelsmoedre-title = Bydelsmødre (neighbourhood mothers) for women
skanderborg-kvinder-bydelsmoedre-summary = They are volunteer women who help other women get in touch with public services.
skanderborg-kvinder-bydelsmoedre-body = The municipality wants all women to take an active part in society and to be in work or education. In 2018 bydelsmødre were one of its initiatives for women: volunteer women who support other women and help them get in touch with public services.
skanderborg-kvinder-bydelsmoedre-ask = Ask the municipality's Integrationsteam (integration team) whether you can be put in touch with a bydelsmor.
skanderborg-igu-sosu-title = IGU-SOSU
skanderborg-igu-sosu-summary = A paid job with periods of schooling, in social and health care; the municipality had it in 2018.
skanderborg-igu-sosu-body = IGU (integrationsgrunduddannelse, integration basic education) is a two-year paid job with periods of schooling, for refugees and family-reunified people aged 18–50. In 2018 the municipality had IGU-SOSU for women, that is IGU in social and health care (SOSU).
skanderborg-igu-sosu-ask = Ask the jobcenter or the Integrationsteam whether IGU-SOSU still runs.
skanderborg-rengoering-title = Rengøringsforløb (cleaning course)
skanderborg-rengoering-summary = The course existed in 2018 for men and women, as a way towards a job.
skanderborg-rengoering-body = In 2018 the municipality had a cleaning course for both men and women, as part of its work to help people into jobs. The policy says nothing more about it.
skanderborg-rengoering-ask = Ask the jobcenter whether there is a cleaning course today.

skanderborg-unge-maend = Young men
skanderborg-ssp-title = SSP initiatives for young men
skanderborg-ssp-summary = The municipality aims to keep young men aged 14–30 from becoming lonely.
skanderborg-ssp-body = The municipality aims to keep young men aged 14–30 from becoming lonely and isolated, and to help them into communities such as work and education. In 2018 it had SSP initiatives (cooperation between schools, social services and police) to prevent radicalisation.
skanderborg-ssp-ask = Ask the municipality (Myndighed i Børn og Unge, the children and youth authority) which groups and activities there are for young people today.
skanderborg-fritidspas-unge-title = Fritidspas (leisure pass) up to age 25
skanderborg-fritidspas-unge-summary = In 2018 young people up to age 25 could get a fritidspas (leisure pass) for leisure activities.
skanderborg-fritidspas-unge-body = In 2018 the policy mentioned the option of a fritidspas (leisure pass) up to age 25, as part of its work with young men. A fritidspas is meant to help you take part in leisure activities.
skanderborg-fritidspas-unge-ask = Ask the municipality (Myndighed i Børn og Unge, the children and youth authority) whether you can get a fritidspas today.

skanderborg-familier = Families with complex problems
skanderborg-sundhedsplejersker-title = Project “Sundhedsplejersker styrker integration” (health visitors strengthen integration)
skanderborg-sundhedsplejersker-summary = The municipality had this project for families in 2018, but does not describe it further.
skanderborg-sundhedsplejersker-body = In 2018 the municipality had the project “Sundhedsplejersker styrker integration” for families; a sundhedsplejerske is a health visitor for children and families. The policy does not describe the project further.
skanderborg-sundhedsplejersker-ask = Ask your sundhedsplejerske (health visitor) or the municipality whether the project still runs.
skanderborg-ptsd-title = Treatment for PTSD
skanderborg-ptsd-summary = PTSD is trauma after very hard experiences; the municipality had treatment for it in 2018.
skanderborg-ptsd-body = In 2018 the municipality had a treatment offer for PTSD (trauma after very hard experiences) for both young people and adults. The policy says nothing more about it.
skanderborg-ptsd-ask = Talk to your doctor (læge) or the municipality about treatment for trauma.
skanderborg-nussa-title = NUSSA in daycare (dagtilbud) and schools
skanderborg-nussa-summary = A programme the municipality used in 2018; the policy says nothing more about it.
skanderborg-nussa-body = In 2018 the municipality used NUSSA, a programme in daycare (dagtilbud) and schools. The policy says nothing more about the programme.
skanderborg-nussa-ask = Ask your child's daycare (dagtilbud) or school whether they use NUSSA today.
skanderborg-familiehuset-title = Familiehuset (the family house)
skanderborg-familiehuset-summary = The municipality had it in 2018 for families with many problems at once.
skanderborg-familiehuset-body = The municipality wants to strengthen families who face many problems at once, and its staff work together to help them. In 2018 Familiehuset (the family house) was one of its initiatives; the policy does not describe what it offers.
skanderborg-familiehuset-ask = Ask the municipality what Familiehuset offers today and how to get in touch.
