jammerbugt-name = Jammerbugt Kommune
jammerbugt-policy-title = Integrationspolitik – Indsatsområder og målsætninger

## Modtagelse

jammerbugt-modtagelse = Arrival and welcome
jammerbugt-modtagelse-start-title = A safe start in the municipality
jammerbugt-modtagelse-start-summary = The municipality aims to give you clear information and to take your situation into account.
jammerbugt-modtagelse-start-body = The municipality aims for you to feel safe when you arrive, and to be met with trust and clear information. It also aims to take your own situation into account.
jammerbugt-modtagelse-start-ask = Ask the municipality who to talk to in your first weeks.
jammerbugt-modtagelse-sprog-title = Learn Danish
jammerbugt-modtagelse-sprog-summary = The municipality aims to give you the chance to learn Danish.
jammerbugt-modtagelse-sprog-body = The municipality aims to give you the chance to learn Danish.
jammerbugt-modtagelse-sprog-ask = Ask the municipality how to start danskuddannelse (Danish classes for adults).
jammerbugt-modtagelse-samfund-title = Learning about life in Denmark
jammerbugt-modtagelse-samfund-summary = The municipality aims for you to be able to learn about Danish norms and culture.
jammerbugt-modtagelse-samfund-body = The municipality aims to give you the chance to learn about Danish norms and Danish culture.
jammerbugt-modtagelse-samfund-ask = Ask the municipality where you can learn more about life in Denmark.

## Børn og familie

jammerbugt-boern-familie = Children and family
jammerbugt-dagpleje-title = Your child in dagpleje (childminding)
jammerbugt-dagpleje-summary = The municipality aims for your child to be respected and to make friends.
jammerbugt-dagpleje-body = The municipality aims for your child to be met with respect in dagpleje (care for small children in a childminder's home), to make friends and to become part of the group. Working together with the childminder should be built on equality and respect, with demands and expectations on both sides.
jammerbugt-dagpleje-ask = Ask the municipality about a place in dagpleje for your child.
jammerbugt-skole-title = Your child at school
jammerbugt-skole-summary = The municipality aims for your child to learn together with other children.
jammerbugt-skole-body = The municipality aims for your child to be met with recognition at school and to learn together with other children. It also aims for you, as a parent, to work together with the school so that your child feels valued.
jammerbugt-skole-ask = Ask your child's school or the municipality how to get off to a good start.
jammerbugt-traumer-title = When hard experiences make learning hard
jammerbugt-traumer-summary = You can tell the school if your child has been through something hard.
jammerbugt-traumer-body = The municipality aims for schools to pay attention to trauma that can make it hard for a child to learn. If your child has been through hard experiences, you can tell the school.
jammerbugt-traumer-ask = Talk to your child's school about what it can do today.

jammerbugt-laering-title = Learn together with others – as an adult too
jammerbugt-laering-summary = The municipality aims to support both children and adults in learning.
jammerbugt-laering-body = The municipality's aim is that refugees, immigrants and family-reunified people get support to learn and develop together with other children and adults, so that they can be part of communities and of society's development.
jammerbugt-laering-ask = Ask the municipality what chances to learn there are for you today.
jammerbugt-sundhedsfremme-title = Prevention and early help for children
jammerbugt-sundhedsfremme-summary = The municipality aims to support children and young people with special needs.
jammerbugt-sundhedsfremme-body = The municipality aims to offer general prevention and early help to children and families, and to support children and young people with special needs.
jammerbugt-sundhedsfremme-ask = If you are worried about your child, ask the municipality what help there is today.
jammerbugt-familieafdeling-title = Advice and guidance for your family
jammerbugt-familieafdeling-summary = The municipality's familieafdeling (family department) gives advice, and the aim is to look at the whole family.
jammerbugt-familieafdeling-body = The municipality's familieafdeling (family department) gives advice and guidance to families. The municipality aims to look at the whole family's situation and to involve you in finding a good solution close to where you live.
jammerbugt-familieafdeling-ask = Contact the municipality and ask to speak to the familieafdeling.

## Socialområdet

jammerbugt-socialomraadet = Social services
jammerbugt-social-indgang-title = One way in to the municipality's help
jammerbugt-social-indgang-summary = The municipality aims to give you good advice and to clarify your situation quickly.
jammerbugt-social-indgang-body = The municipality aims to have one way in to all its services, and to give you good advice about your needs. The aim is that your situation is clarified quickly and that you get the benefits you are entitled to on time.
jammerbugt-social-indgang-ask = Contact the municipality and say what you need help with.

## Frivillige

jammerbugt-frivillige = Volunteers
jammerbugt-frivillighuset-title = Frivillighuset (the volunteer centre)
jammerbugt-frivillighuset-summary = The municipality aims for Frivillighuset to be your way to reach volunteers.
jammerbugt-frivillighuset-body = Volunteer associations, groups and individuals can make your everyday life easier. The municipality aims for Frivillighuset (the volunteer centre) to be your one way in to volunteer social work in the municipality.
jammerbugt-frivillighuset-ask = Ask the municipality how to get in touch with Frivillighuset.

## Sundhed

jammerbugt-sundhed = Health
jammerbugt-sundhed-tilbud-title = Health services
jammerbugt-sundhed-tilbud-summary = The municipality aims to offer services to people who have special needs.
jammerbugt-sundhed-tilbud-body = The municipality works to reduce inequality in health and aims to offer health services to those with special needs. Your health is a shared responsibility of you, your family and the municipality.
jammerbugt-sundhed-tilbud-ask = Ask the municipality which health services there are today.

## Beskæftigelse

jammerbugt-beskaeftigelse = Work
jammerbugt-job-title = The way to a job
jammerbugt-job-summary = The aim is for you to get started quickly and support yourself.
jammerbugt-job-body = The municipality aims to help you get started quickly, so that you can support yourself and take an active part in society. Your situation should be taken into account. The aim is also that you are seen as a resource for the local community.
jammerbugt-job-ask = Ask the municipality's jobcenter (job centre) what you can start with.

## Kultur og fritid

jammerbugt-kultur-fritid = Culture and leisure
jammerbugt-foreningsliv-title = Clubs and leisure
jammerbugt-foreningsliv-summary = The municipality wants to connect you with other people in your local area.
jammerbugt-foreningsliv-body = The municipality wants to connect you with the people who live in your area, for example through local clubs and associations. It also aims to have cultural activities in every part of the municipality.
jammerbugt-foreningsliv-ask = Ask the municipality which clubs and activities there are where you live.
jammerbugt-demokrati-title = Take part in democracy
jammerbugt-demokrati-summary = The municipality wants you to see chances to keep learning throughout your life.
jammerbugt-demokrati-body = The municipality wants you to see chances to keep learning throughout your life and to take part in democracy.
jammerbugt-demokrati-ask = Ask the municipality how you can take part in local democracy.

## Naturområdet

jammerbugt-natur = Nature
jammerbugt-natur-friluftsliv-title = Nature in Jammerbugt
jammerbugt-natur-friluftsliv-summary = The municipality wants you to be able to use nature for exercise and outdoor life.
jammerbugt-natur-friluftsliv-body = The municipality wants you to be able to use nature for exercise and outdoor life. It also hopes you will help take care of nature.
jammerbugt-natur-friluftsliv-ask = Ask the municipality where you can get out into nature and how you can help take care of it.

## Kommunen som arbejdsplads

jammerbugt-arbejdsplads = The municipality as a workplace
jammerbugt-kommunen-job-title = Working for the municipality
jammerbugt-kommunen-job-summary = The municipality also wants staff with a background other than Danish.
jammerbugt-kommunen-job-body = Jammerbugt Kommune wants its staff to reflect the population, including people with a background other than Danish. So the municipality is also a possible workplace for you.
jammerbugt-kommunen-job-ask = Ask the municipality how to apply for a job with the municipality.

## Borgerservice

jammerbugt-borgerservice = Borgerservice (the citizens' service desk)
jammerbugt-borgerservice-indgang-title = Borgerservice is your door to the municipality
jammerbugt-borgerservice-indgang-summary = The aim is that Borgerservice can pass you on to the municipality's other departments.
jammerbugt-borgerservice-indgang-body = The municipality wants Borgerservice (the citizens' service desk) to be the natural place to go when you need the public authorities. The aim is that Borgerservice can pass you on to the municipality's other departments.
jammerbugt-borgerservice-indgang-ask = Go to Borgerservice or call the municipality.
jammerbugt-selvbetjening-title = Help with digital self-service
jammerbugt-selvbetjening-summary = The municipality aims for you to get this help at Borgerservice.
jammerbugt-selvbetjening-body = The municipality aims for you to get help at Borgerservice with its digital self-service (selvbetjening) solutions, for example when you need to apply for something online.
jammerbugt-selvbetjening-ask = Ask at Borgerservice whether they can help you with self-service.
