//! The results-length benchmark: for each representative household, the results page as it
//! shows with every disclosure closed — cards per tier and the words a person sees before opening
//! anything — and, for comparison, the words with everything open (what print shows, and about
//! what the page showed before the tiers). Median over the households at the end.
//!
//! `cargo run --example results_length [lang]` (default `da`). The words are counted from the
//! same texts, in the same places, as `src/ui/results.rs` renders them; the page height in a
//! 390×844 browser is measured by the end-to-end test (`results_length_in_the_browser`).

#[path = "shared/households.rs"]
mod households;

use velkommen::content::{Content, Item, Municipality, Place, Source};
use velkommen::eligibility::{AreaResult, Fit, ItemResult, Layer};
use velkommen::i18n::{because_text, depends_text, lang, Messages};
use velkommen::results::results_page;

/// Text the page shows, collected in page order.
#[derive(Default)]
struct Page {
    closed: Vec<String>,
    /// Shown only when the disclosures are opened.
    hidden: Vec<String>,
}

impl Page {
    fn show(&mut self, s: impl Into<String>) {
        self.closed.push(s.into());
    }
    fn words(texts: &[String]) -> usize {
        texts.iter().map(|t| t.split_whitespace().count()).sum()
    }
}

fn contact(m: &Messages, name: Option<String>, place: &Place) -> Vec<String> {
    let mut out: Vec<String> = name.into_iter().collect();
    out.extend(place.address.clone());
    out.extend(place.phone.as_ref().map(|p| format!("{}: {p}", m.t("results-phone"))));
    out.extend(place.mail.as_ref().map(|p| format!("{}: {p}", m.t("results-mail"))));
    out.extend(place.web.as_ref().map(|w| format!("{}: {}", m.t("results-web"), w.trim_start_matches("https://"))));
    out
}

fn full_text(m: &Messages, mu: &Municipality, item: &Item) -> Vec<String> {
    let mut out = vec![m.t(&item.body), m.t("results-ask"), m.t(&item.ask)];
    if let Some(place) = item.place.as_deref().map(|id| mu.place(Some(id))).filter(|p| **p != mu.contact) {
        out.extend(contact(m, place.name.as_deref().map(|n| m.t(n)), place));
    }
    out.push(match &item.source {
        Source::Policy { section, .. } => velkommen::i18n::policy_source(m, &mu.policy_title, mu.period.as_deref(), section),
        Source::Public { name, reviewed, .. } => format!("{name}, {}", m.t_with("results-reviewed", &[("date", reviewed.as_str().into())])),
    });
    out
}

fn areas(page: &mut Page, m: &Messages, list: &[AreaResult], item: impl Fn(&mut Page, &ItemResult)) {
    let mut national_shown = false;
    for a in list {
        if a.layer == Layer::National && !national_shown {
            national_shown = true;
            page.show(m.t("results-national"));
        }
        page.show(m.t(&a.area.title));
        for r in &a.items {
            item(page, r);
        }
    }
}

fn render(content: &Content, m: &Messages, h: &households::Household) -> (Page, [usize; 3]) {
    let answers = h.to_answers();
    let mu = content.municipality(h.municipality).expect("known municipality");
    let p = results_page(content, mu, &answers);
    let name = m.t(&mu.name);
    let mut page = Page::default();
    // The large-text toggle, the language switcher's button and the back link stand above every
    // screen.
    page.show(m.t("large-text"));
    page.show(m.t("lang-switch-label"));
    page.show(m.t("nav-back"));
    page.show(m.t_with("results-heading", &[("municipality", name.clone().into())]));
    page.show(m.t("results-intro"));
    page.show(m.t("take-home-button"));
    let count = |l: &[AreaResult]| l.iter().map(|a| a.items.len()).sum::<usize>();
    let everyone = m.t_with("results-for-everyone-heading", &[("municipality", name.clone().into())]);
    page.show(m.t("results-contents"));
    for (label, n) in [(m.t("results-steps-heading"), p.steps.len()), (m.t("results-for-you-heading"), count(&p.for_you)), (m.t("results-for-everyone-short"), count(&p.for_everyone))] {
        if n > 0 {
            page.show(format!("{label} ({n})"));
        }
    }
    if !p.steps.is_empty() {
        page.show(m.t("results-steps-heading"));
        for s in &p.steps {
            page.show(m.t(&s.step.as_ref().unwrap().text));
        }
    }
    page.show(m.t_with("results-contact-heading", &[("municipality", name.clone().into())]));
    page.show(m.t("results-contact-intro"));
    for line in contact(m, None, &mu.contact) {
        page.show(line);
    }
    if !p.for_you.is_empty() {
        page.show(m.t("results-for-you-heading"));
        page.show(m.t("results-for-you-intro"));
        if p.items().any(|r| r.fit == Fit::MayApply) {
            page.show(m.t("results-maybe-intro"));
        }
        areas(&mut page, m, &p.for_you, |page, r| {
            if r.fit == Fit::MayApply {
                page.show(m.t("results-maybe"));
            }
            page.show(m.t(&r.item.title));
            page.show(m.t(&r.item.summary));
            if r.fit == Fit::MayApply {
                page.show(depends_text(m, &r.unknown));
            } else if !r.reasons.is_empty() {
                page.show(because_text(m, &r.reasons));
            }
            page.show(m.t("results-more"));
            page.hidden.extend(full_text(m, mu, r.item));
        });
    }
    if !p.for_everyone.is_empty() {
        page.show(everyone);
        page.show(m.t("results-for-everyone-intro"));
        areas(&mut page, m, &p.for_everyone, |page, r| {
            page.show(m.t(&r.item.title));
            page.hidden.push(m.t(&r.item.summary));
            page.hidden.extend(full_text(m, mu, r.item));
        });
    }
    page.show(m.t("start-again"));
    (page, [p.steps.len(), count(&p.for_you), count(&p.for_everyone)])
}

fn median(mut v: Vec<usize>) -> f64 {
    v.sort_unstable();
    let n = v.len();
    if n % 2 == 1 { v[n / 2] as f64 } else { (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0 }
}

fn main() {
    let code = std::env::args().nth(1).unwrap_or_else(|| "da".to_owned());
    let l = lang(&code).unwrap_or_else(|| panic!("no language '{code}'"));
    let m = Messages::embedded(l).unwrap_or_else(|e| panic!("{e:?}"));
    let content = Content::embedded().unwrap_or_else(|e| panic!("{e}"));
    println!("Results page with every disclosure closed, language {code} (cargo run --example results_length {code})\n");
    println!("{:<16} {:>5} {:>7} {:>8} {:>12} {:>10}  household", "municipality", "steps", "for you", "everyone", "words closed", "words open");
    let (mut closed, mut open) = (vec![], vec![]);
    for h in households::HOUSEHOLDS {
        let (page, [steps, for_you, everyone]) = render(&content, &m, h);
        let c = Page::words(&page.closed);
        let o = c + Page::words(&page.hidden);
        println!("{:<16} {:>5} {:>7} {:>8} {:>12} {:>10}  {}", h.municipality, steps, for_you, everyone, c, o, h.who);
        closed.push(c);
        open.push(o);
    }
    println!("\nmedian visible words, closed: {} (target: at most 800)", median(closed));
    println!("median words with everything open (print): {}", median(open));
}
