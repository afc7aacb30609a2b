national-name = All of Denmark

## Danish classes

national-danish = Danish classes (danskuddannelse)

national-danish-5-years-title = Danish classes (danskuddannelse) for up to 5 years
national-danish-5-years-summary = As a refugee or family-reunified person aged 18 or over, you have this right.
national-danish-5-years-body = If you are a refugee or family-reunified, aged 18 or over, with a residence permit (opholdstilladelse) and registered in a municipality, you have the right to Danish classes (danskuddannelse) for up to 5 years. The teaching is free. There are three programmes: DU1 if you cannot read and write the Latin alphabet, DU2 if you went to school for a short time, and DU3 if you have a medium-length or long education.
national-danish-5-years-ask = Ask the municipality, which refers you to a language centre (sprogcenter).

national-danish-3-5-years-title = Danish classes (danskuddannelse) for 3½ years
national-danish-3-5-years-summary = You can get this, for example if you work, study or are an EU citizen.
national-danish-3-5-years-body = If you are here to work or study, or you are an accompanying spouse, an au pair or an EU citizen, you can take Danish classes (danskuddannelse) for 3½ years within 5 years. You must be 18 or over, have a residence permit (opholdstilladelse) and be registered in a municipality (or live here under EU rules). There are three programmes: DU1 if you cannot read and write the Latin alphabet, DU2 if you went to school for a short time, and DU3 if you have a medium-length or long education.
national-danish-3-5-years-ask = Ask the municipality, which refers you to a language centre (sprogcenter).

national-danish-deposit-title = Free teaching – but a deposit
national-danish-deposit-summary = If you support yourself, you pay 2,000 kroner for each module.
national-danish-deposit-body = The teaching is free. Since 1 July 2020, learners who support themselves pay a deposit of 2,000 kr. per module. You get the money back when you finish the module in time.
national-danish-deposit-ask = Ask the language centre (sprogcenter) whether you must pay a deposit and how long you have for the module.

national-danish-referral-title = The municipality refers you to Danish classes
national-danish-referral-summary = As a rule within one month; if you hear nothing, contact the municipality.
national-danish-referral-body = The municipality refers you to Danish classes (danskuddannelse), as a rule within one month. If you hear nothing, contact the municipality.
national-danish-referral-ask = Ask the municipality or Borgerservice (the citizens' service desk).
national-danish-referral-step = Ask the municipality to refer you to Danish classes (danskuddannelse) if you have heard nothing within a month.

national-fvu-title = FVU: reading, writing and maths
national-fvu-summary = FVU means forberedende voksenundervisning (preparatory adult education): free teaching for adults.
national-fvu-body = FVU (forberedende voksenundervisning, preparatory adult education) is free teaching for adults in reading, writing and maths.
national-fvu-ask = See ug.dk, or ask the municipality.

## The programme after arrival

national-programme = The programme after you arrive

national-programme-refugee-title = Self-support and return programme (selvforsørgelses- og hjemrejseprogram)
national-programme-refugee-summary = As a refugee, you get Danish classes (danskuddannelse) and offers that lead to a job.
national-programme-refugee-body = As a refugee, you get the selvforsørgelses- og hjemrejseprogram (self-support and return programme). It combines Danish classes (danskuddannelse) with offers that lead to a job, such as guidance, a company internship (virksomhedspraktik) and a wage subsidy (løntilskud). The aim is an ordinary job within about one year, and the programme can last up to 5 years.
national-programme-refugee-ask = Ask the municipality (jobcenter).

national-programme-family-title = Introduction programme (introduktionsprogram)
national-programme-family-summary = As a family-reunified person, you get Danish classes (danskuddannelse) and offers that lead to a job.
national-programme-family-body = If you are family-reunified, you get the introduktionsprogram (introduction programme); if you are reunified with a refugee, you get the selvforsørgelses- og hjemrejseprogram (self-support and return programme) instead. Both combine Danish classes (danskuddannelse) with offers that lead to a job, such as guidance, a company internship (virksomhedspraktik) and a wage subsidy (løntilskud). The aim is an ordinary job within about one year, and the programme can last up to 5 years.
national-programme-family-ask = Ask the municipality (jobcenter) which programme you get.

national-programme-ukraine-title = Residence under the special act for Ukraine (særloven)
national-programme-ukraine-summary = As a rule, the rules for refugees apply to you too, with a few exceptions.
national-programme-ukraine-body = If you have a residence permit under the special act for people displaced from Ukraine (særloven), the integration act's rules for refugees as a rule apply to you too, for example housing placement (boligplacering), a health assessment, Danish classes (danskuddannelse) and a programme with the municipality. A few rules are different: the municipality takes over at the latest 15 working days after the decision, and the work duty (arbejdspligt) from 1 January 2025 does not apply to you.
national-programme-ukraine-ask = Ask the municipality (jobcenter) which rules and which programme apply to you.
national-programme-ukraine-step = Ask the municipality (jobcenter) which programme and which rules apply to you under the special act (særloven).

national-programme-forloeb-title = Introduction course (introduktionsforløb)
national-programme-forloeb-summary = The municipality offers it if you work, study or are an EU citizen.
national-programme-forloeb-body = If you are here to work or study, or you are an EU citizen, you can get an introduktionsforløb (introduction course) from the municipality.
national-programme-forloeb-ask = Ask the municipality (jobcenter) what the course includes.
national-programme-forloeb-step = Ask the municipality (jobcenter) about an introduktionsforløb (introduction course).

national-programme-contract-title = Contract and declaration
national-programme-contract-summary = This happens within about one month, and the declaration is required for permanent residence.
national-programme-contract-body = Within about one month, you make a contract with the municipality. At the same time you sign the opholds- og selvforsørgelseserklæring (declaration on residence and self-support), which is a condition for permanent residence. If you need one, you get an interpreter.
national-programme-contract-ask = Ask the municipality (jobcenter).
national-programme-contract-step = Make your contract with the municipality (jobcenter) within about a month.

national-programme-benefits-title = Benefits: see borger.dk
national-programme-benefits-summary = The rules changed in 2025, and several benefits have new names.
national-programme-benefits-body = The rules for benefits changed with a reform in 2025, and several benefits got new names. See the current rules and amounts on borger.dk.
national-programme-benefits-ask = See borger.dk, or ask the jobcenter in your municipality.

## IGU

national-igu = IGU (integrationsgrunduddannelse, integration basic education)

national-igu-job-title = IGU: two years of work and school
national-igu-job-summary = You get a wage when you work and money when you are at school.
national-igu-job-body = IGU is a paid job in a company for two years, at least 25 hours a week on average, with 23 weeks of school. You get a trainee wage (elevløn) when you work and an education allowance (uddannelsesgodtgørelse) when you are at school.
national-igu-job-ask = Ask the jobcenter in your municipality.

national-igu-who-title = Who can get an IGU
national-igu-who-summary = Refugees and family-reunified people aged 18–50 who have lived in Denmark for no more than 20 years.
national-igu-who-body = Under the tripartite agreement (trepartsaftale) of September 2023, which runs to 2028, refugees and all family-reunified people aged 18–50 can get an IGU if they have lived in Denmark for no more than 20 years. Older pages say 18–40.
national-igu-who-ask = Ask the jobcenter in your municipality whether you can get an IGU.

## Education from abroad

national-qualifications = Education and qualifications from abroad

national-qualifications-assessment-title = Get your education from abroad assessed
national-qualifications-assessment-summary = It is free; as a refugee without papers, you can get a vejledende udtalelse (advisory statement).
national-qualifications-assessment-body = Uddannelses- og Forskningsstyrelsen (the Danish Agency for Higher Education and Science) assesses your education from abroad free of charge. If you are a refugee without your papers, you can get a vejledende udtalelse (advisory statement).
national-qualifications-assessment-ask = See ufm.dk, or ask the jobcenter.

national-qualifications-authorisation-title = Authorisation (autorisation) for regulated professions
national-qualifications-authorisation-summary = To work as, for example, a doctor (læge), nurse or teacher, you need permission.
national-qualifications-authorisation-body = To work in a regulated profession, such as doctor (læge), nurse or teacher, you need an authorisation (autorisation). For health professions, the authorisation comes from Styrelsen for Patientsikkerhed (the Danish Patient Safety Authority).
national-qualifications-authorisation-ask = See borger.dk.

## Health

national-health = Health

national-health-card-title = Health card (sundhedskort)
national-health-card-summary = When you are registered in the CPR register, you get the yellow card free of charge.
national-health-card-body = When you are registered in the CPR register, you get the yellow health card (sundhedskort), also as an app. Your first card is free.
national-health-card-ask = Ask Borgerservice (the citizens' service desk) in your municipality.
national-health-card-step = Get registered in the CPR at Borgerservice – then you get the yellow health card (sundhedskort).

national-health-gp-title = Doctor (læge) and hospital
national-health-gp-summary = It is free, and your doctor (læge) can refer you to a specialist or a psychologist.
national-health-gp-body = Seeing your own doctor (egen læge) and treatment in hospital are free (group 1). Your doctor can refer you to a specialist or a psychologist.
national-health-gp-ask = Ask your doctor (læge).

national-dental-children-title = Free dental care for children
national-dental-children-summary = This applies to children and young people under 18.
national-dental-children-body = Children and young people under 18 get free dental care.
national-dental-children-ask = Ask the municipality where your child goes to the dentist.

national-dental-young-title = Free dental care up to age 21
national-dental-young-summary = The scheme for children and young people is fully in place from 2025.
national-dental-young-body = Free dental care for children and young people now applies up to age 21; it has been fully in place since 2025.
national-dental-young-ask = Ask the municipality.

national-health-visitor-expecting-title = Health visitor (sundhedsplejerske) after the birth
national-health-visitor-expecting-summary = You get free visits at home, the first about a week after the birth.
national-health-visitor-expecting-body = When your baby is born, your family gets free visits from a health visitor (sundhedsplejerske). The first home visit is about a week after the birth.
national-health-visitor-expecting-ask = Ask your doctor (læge) or the municipality.
national-health-visitor-expecting-step = Ask your doctor (læge) or the municipality about the health visitor (sundhedsplejerske), who visits you when the baby is born.

national-health-visitor-baby-title = Health visitor (sundhedsplejerske)
national-health-visitor-baby-summary = If you have a small child, your family gets free visits at home.
national-health-visitor-baby-body = Families with young children get free visits from a health visitor (sundhedsplejerske). The first home visit is about a week after the birth.
national-health-visitor-baby-ask = Ask the municipality.
national-health-visitor-baby-step = Ask the municipality about visits from the health visitor (sundhedsplejerske).

national-child-checkups-title = Child check-ups with the doctor (læge)
national-child-checkups-summary = Your child is offered 7 check-ups before starting school.
national-child-checkups-body = Your doctor (læge) offers your child 7 preventive check-ups before the child starts school.
national-child-checkups-ask = Ask your doctor (læge).

national-health-interpreter-title = Interpreter with the doctor (læge) and in hospital
national-health-interpreter-summary = If you have lived in Denmark for more than 3 years, there may be a fee.
national-health-interpreter-body = You can get an interpreter when you see your doctor (læge) or are in hospital. If you have lived in Denmark for more than 3 years, you pay a fee; there are exemptions, for example for parents when the child is the patient.
national-health-interpreter-ask = Tell your doctor (læge) when you book an appointment.

national-trauma-treatment-title = Treatment for traumatised refugees
national-trauma-treatment-summary = It is available all over Denmark, and your doctor (læge) can refer you.
national-trauma-treatment-body = Every region has specialised treatment for traumatised refugees. Your doctor (læge) can refer you.
national-trauma-treatment-ask = Ask your doctor (læge).

national-trauma-nordjylland-title = Rehabiliteringscenter for Flygtninge in Region Nordjylland
national-trauma-nordjylland-summary = Free treatment of PTSD for adult refugees; a doctor (læge) must refer you.
national-trauma-nordjylland-body = In Region Nordjylland, the Rehabiliteringscenter for Flygtninge (rehabilitation centre for refugees) treats adult refugees with PTSD. The treatment is free, and a doctor (læge) must refer you.
national-trauma-nordjylland-ask = Ask your doctor (læge) for a referral.

national-health-assessment-title = Health assessment for new refugees
national-health-assessment-summary = The municipality offers to assess your health when you have just arrived.
national-health-assessment-body = The municipality offers newly arrived refugees an assessment of their health.
national-health-assessment-ask = Ask the municipality.

## Children and families

national-children = Children and families

national-school-title = Compulsory education (undervisningspligt)
national-school-summary = Children must receive education for 10 years from August of the year they turn 6.
national-school-body = Children must receive education (undervisningspligt) from August of the year they turn 6, for 10 years (at the latest until 31 July of the year they turn 17). This applies to children who stay in Denmark for at least 6 months.
national-school-ask = Ask the municipality about a school for your child.
national-school-step = Ask the municipality about a school place: compulsory education (undervisningspligt) starts in August of the year the child turns 6.

national-daycare-title = Daycare guarantee (pasningsgaranti)
national-daycare-summary = From 26 weeks until school starts, your child has the right to a daycare place.
national-daycare-body = Your child has the right to a place in daycare from 26 weeks until school starts: dagpleje (a childminder), vuggestue (nursery) or børnehave (kindergarten).
national-daycare-ask = Ask the municipality.
national-daycare-step = Apply to the municipality for a place in dagpleje, vuggestue or børnehave.

national-fripladstilskud-title = Reduced daycare fee (økonomisk fripladstilskud)
national-fripladstilskud-summary = Daycare for your child can be cheaper, depending on your income.
national-fripladstilskud-body = You can apply for økonomisk fripladstilskud, a subsidy that makes daycare cheaper. It depends on your income, and you apply through the municipality.
national-fripladstilskud-ask = Ask the municipality.

national-language-assessment-title = Language assessment around age 3
national-language-assessment-summary = Some children who are not in daycare (dagtilbud) must have language support 30 hours a week.
national-language-assessment-body = Children get a language assessment (sprogvurdering) at around age 3. Bilingual children who are not in daycare (dagtilbud) and need support with the language must have 30 hours a week of language stimulation (sprogstimulering), and the parents must take part.
national-language-assessment-ask = Ask the municipality.

national-child-benefit-title = Child benefit (børne- og ungeydelse)
national-child-benefit-summary = Money for your children – the full amount after 6 years in Denmark.
national-child-benefit-body = You can get child benefit (børne- og ungeydelse) for your children. You earn it gradually and get the full amount when you have lived or worked in Denmark for 6 years within the last 10 years.
national-child-benefit-ask = See borger.dk.

## Housing

national-housing = Housing

national-housing-refugees-title = Housing for refugees
national-housing-refugees-summary = The municipality you are sent to finds you temporary or permanent housing.
national-housing-refugees-body = As a refugee, you are assigned to a municipality. The municipality provides temporary or permanent housing for you.
national-housing-refugees-ask = Ask the municipality.

national-boligstoette-title = Housing benefit (boligstøtte)
national-boligstoette-summary = If you apply within 30 days of moving in, you can get support from the first day.
national-boligstoette-body = You can apply for housing benefit (boligstøtte) on borger.dk. If you apply within 30 days of moving in, you can get it from the day you moved in.
national-boligstoette-ask = Apply on borger.dk, or ask Borgerservice (the citizens' service desk).

## Everyday life

national-everyday = Everyday life

national-mitid-title = MitID
national-mitid-summary = Your digital ID – you can get it in an app or at Borgerservice (the citizens' service desk).
national-mitid-body = MitID is your digital ID. You can get it in the MitID app if you have a passport with a chip, or at Borgerservice (the citizens' service desk) with photo ID; you may need to bring an identity witness (identitetsvidne).
national-mitid-ask = Go to Borgerservice, or see mitid.dk.
national-mitid-step = Get MitID in the MitID app with a chip passport, or at Borgerservice.

national-digital-post-title = Digital Post
national-digital-post-summary = Your mailbox for letters from the authorities – you must have it from age 15.
national-digital-post-body = From age 15 you must have Digital Post, where you get letters from the authorities. If, for example, the language is hard for you, Borgerservice (the citizens' service desk) can exempt you.
national-digital-post-ask = Ask Borgerservice.

national-venner-viser-vej-title = Venner Viser Vej (Røde Kors, the Red Cross)
national-venner-viser-vej-summary = You can get in touch with a volunteer network family.
national-venner-viser-vej-body = Through the Red Cross network Venner Viser Vej (Friends Show the Way), you can get in touch with a volunteer network family.
national-venner-viser-vej-ask = See rodekors.dk, or ask the municipality.

national-frivillig-ven-title = Volunteer friend (Dansk Flygtningehjælp, the Danish Refugee Council)
national-frivillig-ven-summary = You can get a volunteer friend through Dansk Flygtningehjælp (the Danish Refugee Council).
national-frivillig-ven-body = At Dansk Flygtningehjælp (the Danish Refugee Council), you can get a volunteer friend.
national-frivillig-ven-ask = See flygtning.dk.

national-bydelsmoedre-title = Bydelsmødre (neighbourhood mothers)
national-bydelsmoedre-summary = For women: volunteer women can help you get in touch with public services.
national-bydelsmoedre-body = For women: Bydelsmødre are volunteer women trained to support isolated women and help them get in touch with public services. There are groups in many places, for example in Holstebro and Skanderborg.
national-bydelsmoedre-ask = See bydelsmor.dk, or ask the municipality.
