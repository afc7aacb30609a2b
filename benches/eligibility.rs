//! Eligibility speed: `cargo bench --bench eligibility`. Evaluates representative households in
//! every municipality many times and prints the time per evaluation (median of several rounds).
//! No pass/fail: the README records the figure.

use std::hint::black_box;
use std::time::Instant;

use velkommen::answers::{Answers, Reply};
use velkommen::content::Content;
use velkommen::eligibility::evaluate;
use velkommen::questions::QuestionId::*;

fn households(municipality: &str) -> Vec<Answers> {
    let mut out = vec![];
    let mut a = Answers::new();
    a.municipality = Some(municipality.to_owned());
    out.push(a.clone()); // nothing answered: everything "may apply"
    let mut b = a.clone();
    b.set(Household, Reply::options(Household, &["partner_children"]).unwrap());
    b.set(Children, Reply::options(Children, &["0", "3-5", "6-13"]).unwrap());
    b.set(Age, Reply::Number(31));
    b.set(Residence, Reply::options(Residence, &["refugee"]).unwrap());
    b.set(Education, Reply::options(Education, &["higher"]).unwrap());
    b.set(EducationPlace, Reply::options(EducationPlace, &["abroad"]).unwrap());
    b.set(Work, Reply::options(Work, &["job_seeker"]).unwrap());
    b.set(Danish, Reply::options(Danish, &["none"]).unwrap());
    b.set(Health, Reply::options(Health, &["trauma", "interpreter"]).unwrap());
    out.push(b);
    let mut c = a.clone();
    c.set(Household, Reply::options(Household, &["alone"]).unwrap());
    c.set(Age, Reply::Number(67));
    c.set(Residence, Reply::options(Residence, &["eu"]).unwrap());
    c.set(Work, Reply::options(Work, &["employed"]).unwrap());
    out.push(c);
    out
}

fn main() {
    let content = Content::embedded().expect("content loads");
    let cases: Vec<_> = content
        .municipalities
        .iter()
        .flat_map(|m| households(&m.id).into_iter().map(move |a| (m, a)))
        .collect();
    let per_round = 2_000;
    let mut rounds = Vec::new();
    for _ in 0..9 {
        let start = Instant::now();
        for _ in 0..per_round {
            for (m, a) in &cases {
                black_box(evaluate(black_box(&content), m, black_box(a)));
            }
        }
        rounds.push(start.elapsed().as_nanos() as f64 / (per_round * cases.len()) as f64);
    }
    rounds.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let items: usize = content.all_areas().map(|(_, a)| a.items.len()).sum();
    println!(
        "eligibility: {} households × {} municipalities, {} items in all: median {:.1} µs per evaluation (min {:.1}, max {:.1})",
        cases.len() / content.municipalities.len(),
        content.municipalities.len(),
        items,
        rounds[rounds.len() / 2] / 1000.0,
        rounds[0] / 1000.0,
        rounds[rounds.len() - 1] / 1000.0
    );
}
