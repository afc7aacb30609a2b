holstebro-name = Holstebro Kommune
holstebro-policy-title = Holstebro Kommunes Integrationspolitik
holstebro-place-frivilligcenter = Frivilligcenter Holstebro (volunteer centre)

## Tværgående udfordringer i forbindelse med integrationsopgaven
holstebro-tvaergaaende = Challenges across all integration work

holstebro-information-title = Information you can understand
holstebro-information-summary = According to the policy, the municipality must speak and write in a way that suits you.
holstebro-information-body = The integration policy says the municipality must communicate on the terms of the person receiving the message. The municipality also aims to help you find the right information when you need it.
holstebro-information-ask = Tell the municipality if you do not understand a letter or a message, and ask them to explain it.

holstebro-hjemmeside-title = The municipality wants to give an overview of activities
holstebro-hjemmeside-summary = The municipality wants to give an overview of what happens, where and when.
holstebro-hjemmeside-body = Many activities take place in the municipality. The municipality wants to give an overview of what happens, where and when, and its website is one of the sources.
holstebro-hjemmeside-ask = Ask the municipality which activities are on now. The municipality's website, holstebro.dk, is one of the sources.

holstebro-inddragelse-title = Integration goes both ways
holstebro-inddragelse-summary = The municipality wants to involve both new residents and Danes in integration work.
holstebro-inddragelse-body = The municipality wants to involve both new residents and Danes, because integration happens when people meet.
holstebro-inddragelse-ask = Ask the municipality how you can take part if you want to contribute to integration work.

holstebro-frivillige-title = Volunteers can help
holstebro-frivillige-summary = The municipality sees volunteers as an important help on top of its own services.
holstebro-frivillige-body = The municipality sees volunteers as an important addition to its own services, and the idea is to help people help themselves. Volunteers can also be good role models.
holstebro-frivillige-ask = Ask Frivilligcenter Holstebro (the volunteer centre) in Kultur & Frivillighuset which volunteer offers exist.

## Uddannelse (skolegang) og erhverv
holstebro-uddannelse = Education (schooling) and work

holstebro-sprog-smaaboern-title = Danish for the youngest
holstebro-sprog-smaaboern-summary = The aim is for all children to be equally good at language when they start school.
holstebro-sprog-smaaboern-body = The municipality aims for all children to have the same language skills when they start school. This includes children who speak another language at home.
holstebro-sprog-smaaboern-ask = Ask your child's daycare (dagtilbud), or the municipality if your child is not in daycare, how your child's Danish can be supported.

holstebro-sprog-skoleboern-title = Danish at school
holstebro-sprog-skoleboern-summary = The aim is for all pupils to have equal chances of an ungdomsuddannelse (upper secondary or vocational education).
holstebro-sprog-skoleboern-body = The municipality aims for all pupils to leave the folkeskole (public school) with equal chances of taking an ungdomsuddannelse (upper secondary or vocational education). That is why there is a focus on pupils' Danish.
holstebro-sprog-skoleboern-ask = Ask your child's school what help with Danish is offered now.

holstebro-sprog-voksne-title = Danish for adults
holstebro-sprog-voksne-summary = The municipality wants to focus on Danish, which matters for education and work.
holstebro-sprog-voksne-body = The municipality wants to keep a focus on adults' Danish, because the language matters for getting an education and for working in Denmark.
holstebro-sprog-voksne-ask = Ask the municipality where and how you can learn Danish (danskuddannelse).

holstebro-familie-indsats-title = One coordinated effort for your family
holstebro-familie-indsats-summary = The municipality wants good, steady contact with children, young people and their families.
holstebro-familie-indsats-body = The municipality aims for your family to experience one coordinated effort for the family, the child and the young person. It also wants to build good, lasting relationships with children, young people and their families.
holstebro-familie-indsats-ask = Ask your child's daycare (dagtilbud) or school whom to talk to if your family is in contact with several parts of the municipality.

holstebro-ungdomsuddannelse-title = The path to an ungdomsuddannelse (upper secondary or vocational education)
holstebro-ungdomsuddannelse-summary = The municipality aims for bilingual young people to have the same chances as other young people.
holstebro-ungdomsuddannelse-body = The municipality aims for bilingual young people to have the same chances as other young people to start and finish an ungdomsuddannelse (upper secondary or vocational education). This covers language, school subjects and personal skills.
holstebro-ungdomsuddannelse-ask = Ask your child's school for guidance about ungdomsuddannelse.

holstebro-fritid-unge-title = Leisure activities and part-time jobs
holstebro-fritid-unge-summary = Groups in free time help children and young people with language and school subjects.
holstebro-fritid-unge-body = The policy stresses that children and young people take part in groups outside home and school, for example leisure activities and part-time jobs. This helps them learn both the language and school subjects.
holstebro-fritid-unge-ask = Ask your child's school or the municipality about leisure activities near you.

holstebro-job-muligheder-title = Information about education and jobs
holstebro-job-muligheder-summary = The municipality wants to show which job and career options exist.
holstebro-job-muligheder-body = The municipality aims to inform residents about education and job options and to make job and career options visible.
holstebro-job-muligheder-ask = Ask the jobcenter (job centre) at the municipality which options fit you.

holstebro-job-stoette-title = Support and advice when you look for work
holstebro-job-stoette-summary = The municipality aims for help that fits your needs and expectations.
holstebro-job-stoette-body = The municipality aims to give support and advice that fit your needs and expectations, and to improve cooperation between the municipality, companies and residents. The goal is that you gain the skills needed to get a job.
holstebro-job-stoette-ask = Ask the jobcenter (job centre) at the municipality what support is offered now.

holstebro-job-fastholdelse-title = Keep your job and develop
holstebro-job-fastholdelse-summary = The municipality aims for you to build your skills and develop a career.
holstebro-job-fastholdelse-body = According to the policy, it is important that you have the same chance as others to get and keep a job. The municipality aims to help residents build the skills to keep a job and develop a career.
holstebro-job-fastholdelse-ask = Talk to your workplace, or ask the jobcenter (job centre) at the municipality if you need advice on keeping your job.

## Sundhed og trivsel
holstebro-sundhed = Health and well-being

holstebro-sundhed-dialog-title = Talk about health and illness
holstebro-sundhed-dialog-summary = The municipality wants to strengthen your ability to look after your own health.
holstebro-sundhed-dialog-body = People can understand health and illness in different ways. The municipality wants more dialogue about this and wants to strengthen your ability to look after your own health.
holstebro-sundhed-dialog-ask = Talk to your doctor (læge) about your health, and ask the municipality which health offers exist now.

holstebro-motion-kost-title = Exercise and food
holstebro-motion-kost-summary = The municipality wants to give this special focus, also for families with children.
holstebro-motion-kost-body = The municipality wants to give exercise and diet special priority, also for families with children. The work builds on your own strengths, so that you can manage as much as possible yourself.
holstebro-motion-kost-ask = Ask the municipality which offers on exercise and healthy food exist now.

holstebro-aktiviteter-title = Be active with others
holstebro-aktiviteter-summary = The municipality aims for easy access to activities where you can build a network.
holstebro-aktiviteter-body = The municipality expects residents to take an active part in society and aims for easy access to physical and social activities. The activities are also meant to help you build a network.
holstebro-aktiviteter-ask = Ask the municipality which activities exist, and tell them if something makes it hard for you to take part.

holstebro-aktiviteter-sammen-title = Organise activities together with the municipality
holstebro-aktiviteter-sammen-summary = The municipality wants to organise activities together with groups of new residents.
holstebro-aktiviteter-sammen-body = The municipality aims to plan and offer physical and social activities together with groups of residents with an ethnic background other than Danish. So you and others from your group can help plan them.
holstebro-aktiviteter-sammen-ask = If you and others have an idea for an activity, ask the municipality whether you can run it together.

holstebro-foreninger-title = Clubs and associations
holstebro-foreninger-summary = The municipality and the associations can together give everyone the chance to take part.
holstebro-foreninger-body = According to the policy, the municipality, sports clubs, leisure offers, ethnic associations and friendship associations can together give everyone the chance to take part in activities.
holstebro-foreninger-ask = Ask the municipality or Frivilligcenter Holstebro (the volunteer centre) about associations near you.

## Samfundsforståelse, der går begge veje
holstebro-samfund = Understanding society, both ways

holstebro-hverdagsliv-title = How everyday life works in Denmark
holstebro-hverdagsliv-summary = The municipality wants to give information about kindergarten (børnehave), raising children, waste and living in a flat.
holstebro-hverdagsliv-body = The municipality wants to increase knowledge of everyday life in Denmark, from kindergarten (børnehave) and raising children to waste and the duties that come with living in a flat. It also aims for the authorities to give clear information that you can understand.
holstebro-hverdagsliv-ask = Ask the municipality if you are unsure about something in daily life; about waste and house rules you can also ask your landlord.

holstebro-foraeldre-title = Being a parent in Denmark
holstebro-foraeldre-summary = The municipality aims to involve you as a parent and to give clear information.
holstebro-foraeldre-body = According to the policy, it is important that you learn how it works to have children in kindergarten (børnehave) and to bring up children in Denmark. The municipality aims to involve parents and to give clear information.
holstebro-foraeldre-ask = Ask the staff at your child's daycare (dagtilbud) or school when you are unsure how things are done.

holstebro-rollemodeller-title = Learn from people who have been there
holstebro-rollemodeller-summary = The municipality wants to use role models who can talk about life in Denmark.
holstebro-rollemodeller-body = The municipality wants to use role models actively, both Danish and from other ethnic backgrounds, and to involve volunteers in integration work. They can tell you how life is lived in Denmark.
holstebro-rollemodeller-ask = Ask Frivilligcenter Holstebro (the volunteer centre) whether there are volunteers or role models you can meet.

holstebro-naboskab-title = Get to know your neighbours
holstebro-naboskab-summary = According to the policy, good neighbourliness grows when neighbours know each other.
holstebro-naboskab-body = The policy says: knowing each other creates friendship. Good neighbourliness grows when people know each other, and the municipality wants to build understanding of the value of being an active and considerate neighbour.
holstebro-naboskab-ask = Ask the municipality about activities in your local area where you can meet others.

holstebro-isolation-title = If you feel alone
holstebro-isolation-summary = Volunteer offers can be one way to meet other people.
holstebro-isolation-body = The municipality aims to keep residents with an ethnic background other than Danish from becoming isolated. Volunteer offers can be one way to meet other people.
holstebro-isolation-ask = Ask Frivilligcenter Holstebro (the volunteer centre) or the municipality where you can meet other people.
