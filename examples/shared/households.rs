//! A dozen representative households across the four municipalities: who they are and what
//! they answered. The results-length benchmark (`cargo run --example results_length`) and the
//! end-to-end test that measures the results page in a phone-sized browser both use this list,
//! so the words counted natively and the heights measured in the browser are for the same people.
#![allow(dead_code)]

use velkommen::answers::{Answers, Reply};
use velkommen::questions::{Kind, QuestionId};

/// One household: municipality, a line saying who they are, and the answers as `(question,
/// options)`; an age as its number, `"?"` for "don't know / prefer not to say".
pub struct Household {
    pub municipality: &'static str,
    pub who: &'static str,
    pub answers: &'static [(&'static str, &'static [&'static str])],
}

impl Household {
    /// The answers as the questionnaire would have recorded them.
    pub fn to_answers(&self) -> Answers {
        answers(self.municipality, self.answers)
    }
}

/// Answers from `(question, options)` pairs, checked as the questionnaire checks them; an age is
/// given as its number, e.g. `("age", &["67"])`, and `&["?"]` means "don't know / prefer not to
/// say". (The household tests build their answers with this too.)
pub fn answers(municipality: &str, pairs: &[(&str, &[&str])]) -> Answers {
    let mut a = Answers::new();
    a.municipality = Some(municipality.to_owned());
    for (q, opts) in pairs {
        let id = QuestionId::parse(q).unwrap_or_else(|| panic!("no question '{q}'"));
        let reply = if *opts == ["?"] {
            Reply::DontKnow
        } else if let Kind::Number { .. } = id.question().kind {
            Reply::number(id, opts[0].parse().unwrap()).unwrap()
        } else {
            Reply::options(id, opts).unwrap_or_else(|e| panic!("{e}"))
        };
        a.set(id, reply);
    }
    a
}

pub const HOUSEHOLDS: &[Household] = &[
    Household {
        municipality: "holstebro",
        who: "single EU citizen, 67, employed, a little Danish",
        answers: &[("household", &["alone"]), ("expecting", &["no"]), ("age", &["67"]), ("residence", &["eu"]), ("education", &["vocational"]), ("education_place", &["abroad"]), ("work", &["employed"]), ("danish", &["basic"]), ("health", &[])],
    },
    Household {
        municipality: "holstebro",
        who: "refugee couple, 32, a toddler and a schoolchild, seeking work, needs an interpreter",
        answers: &[("household", &["partner_children"]), ("children", &["1-2", "6-13"]), ("expecting", &["no"]), ("age", &["32"]), ("residence", &["refugee"]), ("education", &["school"]), ("education_place", &["abroad"]), ("work", &["job_seeker"]), ("danish", &["none"]), ("health", &["interpreter"])],
    },
    Household {
        municipality: "holstebro",
        who: "teenager, 16, lives with family, refugee, at school",
        answers: &[("household", &["family"]), ("expecting", &["no"]), ("age", &["16"]), ("residence", &["refugee"]), ("education", &["school"]), ("education_place", &["abroad"]), ("work", &["student"]), ("danish", &["basic"]), ("health", &[])],
    },
    Household {
        municipality: "vesthimmerland",
        who: "refugee couple, 29, a baby and a 7-year-old, seeking work, trauma, needs an interpreter",
        answers: &[("household", &["partner_children"]), ("children", &["0", "6-13"]), ("expecting", &["no"]), ("age", &["29"]), ("residence", &["refugee"]), ("education", &["school"]), ("education_place", &["abroad"]), ("work", &["job_seeker"]), ("danish", &["none"]), ("health", &["trauma", "interpreter"])],
    },
    Household {
        municipality: "vesthimmerland",
        who: "retired, 68, family-reunified, lives with a partner",
        answers: &[("household", &["partner"]), ("expecting", &["no"]), ("age", &["68"]), ("residence", &["family"]), ("education", &["little"]), ("work", &["retired"]), ("danish", &["basic"]), ("health", &["illness"])],
    },
    Household {
        municipality: "vesthimmerland",
        who: "EU couple, 34, expecting, degree from abroad, employed",
        answers: &[("household", &["partner"]), ("expecting", &["yes"]), ("age", &["34"]), ("residence", &["eu"]), ("education", &["higher"]), ("education_place", &["abroad"]), ("work", &["employed"]), ("danish", &["none"]), ("health", &[])],
    },
    Household {
        municipality: "jammerbugt",
        who: "family-reunified mother of a 4-year-old, 34, expecting; other answers 'don't know'",
        answers: &[("household", &["children"]), ("children", &["3-5"]), ("expecting", &["yes"]), ("age", &["34"]), ("residence", &["family"]), ("education", &["?"]), ("work", &["?"]), ("danish", &["?"]), ("health", &["?"])],
    },
    Household {
        municipality: "jammerbugt",
        who: "mother displaced from Ukraine, 41, a 10- and a 15-year-old, seeking work, great stress",
        answers: &[("household", &["children"]), ("children", &["6-13", "14-17"]), ("expecting", &["no"]), ("age", &["41"]), ("residence", &["ukraine"]), ("education", &["higher"]), ("education_place", &["abroad"]), ("work", &["job_seeker"]), ("danish", &["none"]), ("health", &["trauma"])],
    },
    Household {
        municipality: "jammerbugt",
        who: "single worker, 26, vocational training from abroad, employed",
        answers: &[("household", &["alone"]), ("expecting", &["no"]), ("age", &["26"]), ("residence", &["work_study"]), ("education", &["vocational"]), ("education_place", &["abroad"]), ("work", &["employed"]), ("danish", &["none"]), ("health", &[])],
    },
    Household {
        municipality: "skanderborg",
        who: "young refugee man, 22, alone, student, degree from abroad",
        answers: &[("household", &["alone"]), ("expecting", &["no"]), ("age", &["22"]), ("gender", &["man"]), ("residence", &["refugee"]), ("education", &["higher"]), ("education_place", &["abroad"]), ("work", &["student"]), ("danish", &["basic"]), ("health", &[])],
    },
    Household {
        municipality: "skanderborg",
        who: "refugee mother, 35, a 4- and an 8-year-old, little schooling, seeking work, needs an interpreter",
        answers: &[("household", &["children"]), ("children", &["3-5", "6-13"]), ("expecting", &["no"]), ("age", &["35"]), ("gender", &["woman"]), ("residence", &["refugee"]), ("education", &["little"]), ("work", &["job_seeker"]), ("danish", &["none"]), ("health", &["interpreter"])],
    },
    Household {
        municipality: "skanderborg",
        who: "family-reunified couple, 40, a 15-year-old, employed, good Danish",
        answers: &[("household", &["partner_children"]), ("children", &["14-17"]), ("expecting", &["no"]), ("age", &["40"]), ("gender", &["man"]), ("residence", &["family"]), ("education", &["vocational"]), ("education_place", &["denmark"]), ("work", &["employed"]), ("danish", &["good"]), ("health", &[])],
    },
];
