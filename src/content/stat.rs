//! The content as static data: what `build.rs` writes for the browser build, turned into
//! [`Content`] by one small conversion (far less code than building each string in place).

use super::model::{Area, Condition, Content, Item, Layer, Municipality, Place, Source, Step};

#[doc(hidden)]
pub mod data {
    use crate::questions::QuestionId;

    pub type S = &'static str;
    pub struct Place {
        pub id: S,
        pub name: Option<S>,
        pub address: Option<S>,
        pub phone: Option<S>,
        pub web: Option<S>,
        pub mail: Option<S>,
    }
    pub enum Condition {
        Options(QuestionId, &'static [S]),
        Range(QuestionId, u8, u8),
    }
    pub enum Source {
        Policy(S, S),
        Public(S, S, S, S),
    }
    pub struct Item {
        pub id: S,
        pub title: S,
        pub summary: S,
        pub body: S,
        pub ask: S,
        pub place: Option<S>,
        pub source: Source,
        pub when: &'static [&'static [Condition]],
        pub municipalities: Option<&'static [S]>,
        pub step: Option<(u16, S)>,
    }
    pub struct Area {
        pub id: S,
        pub title: S,
        pub section: Option<S>,
        pub items: &'static [Item],
    }
    pub struct Municipality {
        pub id: S,
        pub file: S,
        pub name: S,
        pub policy_title: S,
        pub policy_file: S,
        pub period: Option<S>,
        pub contact: Place,
        pub places: &'static [Place],
        pub areas: &'static [Area],
    }
    pub struct Layer {
        pub id: S,
        pub file: S,
        pub name: S,
        pub areas: &'static [Area],
    }
}

fn own(s: &str) -> String {
    s.to_owned()
}

fn own_opt(s: Option<&str>) -> Option<String> {
    s.map(own)
}

impl From<&data::Place> for Place {
    fn from(p: &data::Place) -> Place {
        Place {
            id: own(p.id),
            name: own_opt(p.name),
            address: own_opt(p.address),
            phone: own_opt(p.phone),
            web: own_opt(p.web),
            mail: own_opt(p.mail),
        }
    }
}

impl From<&data::Area> for Area {
    fn from(a: &data::Area) -> Area {
        let items = a
            .items
            .iter()
            .map(|i| Item {
                id: own(i.id),
                title: own(i.title),
                summary: own(i.summary),
                body: own(i.body),
                ask: own(i.ask),
                place: own_opt(i.place),
                source: match i.source {
                    data::Source::Policy(file, section) => Source::Policy { file: own(file), section: own(section) },
                    data::Source::Public(url, name, reviewed, confidence) => Source::Public {
                        url: own(url),
                        name: own(name),
                        reviewed: own(reviewed),
                        confidence: own(confidence),
                    },
                },
                when: i
                    .when
                    .iter()
                    .map(|alt| {
                        alt.iter()
                            .map(|c| match *c {
                                data::Condition::Options(question, allowed) => Condition::Options { question, allowed: allowed.to_vec() },
                                data::Condition::Range(question, min, max) => Condition::Range { question, min, max },
                            })
                            .collect()
                    })
                    .collect(),
                municipalities: i.municipalities.map(|ms| ms.iter().map(|m| own(m)).collect()),
                step: i.step.map(|(order, text)| Step { order, text: own(text) }),
            })
            .collect();
        Area { id: own(a.id), title: own(a.title), section: own_opt(a.section), items }
    }
}

impl Content {
    /// The content from its static form (see [`stat`]).
    pub fn from_static(municipalities: &[data::Municipality], national: &data::Layer) -> Content {
        Content {
            municipalities: municipalities
                .iter()
                .map(|m| Municipality {
                    id: own(m.id),
                    file: own(m.file),
                    name: own(m.name),
                    policy_title: own(m.policy_title),
                    policy_file: own(m.policy_file),
                    period: own_opt(m.period),
                    contact: (&m.contact).into(),
                    places: m.places.iter().map(Place::from).collect(),
                    areas: m.areas.iter().map(Area::from).collect(),
                })
                .collect(),
            national: Layer {
                id: own(national.id),
                file: own(national.file),
                name: own(national.name),
                areas: national.areas.iter().map(Area::from).collect(),
            },
        }
    }
}
