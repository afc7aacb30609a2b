//! The results page's three tiers, from the shipped content: every item the rules return is on
//! the page once, the tiers hold what they promise, and the first steps are few and in order.

mod common;

use std::collections::BTreeSet;

use common::answers;
use velkommen::answers::Answers;
use velkommen::content::Content;
use velkommen::eligibility::{evaluate, Fit};
use velkommen::results::{results_page, MAX_STEPS};

fn content() -> Content {
    Content::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn households() -> Vec<Answers> {
    vec![
        answers("holstebro", &[]),
        answers(
            "vesthimmerland",
            &[
                ("household", &["partner_children"]),
                ("children", &["0", "6-13"]),
                ("expecting", &["no"]),
                ("age", &["29"]),
                ("residence", &["refugee"]),
                ("work", &["job_seeker"]),
                ("health", &["trauma"]),
            ],
        ),
        answers("jammerbugt", &[("household", &["partner"]), ("expecting", &["yes"]), ("age", &["27"]), ("residence", &["ukraine"])]),
        answers("skanderborg", &[("household", &["alone"]), ("age", &["22"]), ("gender", &["man"]), ("residence", &["eu"]), ("work", &["?"])]),
    ]
}

#[test]
fn every_item_the_rules_return_is_in_exactly_one_of_the_two_lists() {
    let c = content();
    for a in households() {
        let m = c.municipality(a.municipality.as_deref().unwrap()).unwrap();
        let page = results_page(&c, m, &a);
        let expected: Vec<&str> = evaluate(&c, m, &a).iter().flat_map(|ar| ar.items.iter().map(|i| i.item.id.as_str())).collect();
        let on_page: Vec<&str> = page.items().map(|i| i.item.id.as_str()).collect();
        assert_eq!(on_page.len(), expected.len(), "{:?}", a.municipality);
        assert_eq!(on_page.iter().collect::<BTreeSet<_>>(), expected.iter().collect::<BTreeSet<_>>());
        for r in page.for_you.iter().flat_map(|ar| &ar.items) {
            assert!(!r.item.is_for_everyone(), "{} is for everyone but in 'for you'", r.item.id);
        }
        for r in page.for_everyone.iter().flat_map(|ar| &ar.items) {
            assert!(r.item.is_for_everyone() && r.fit == Fit::Applies, "{}", r.item.id);
        }
    }
}

#[test]
fn the_first_steps_are_at_most_five_in_the_editors_order_and_only_what_applies() {
    let c = content();
    for a in households() {
        let m = c.municipality(a.municipality.as_deref().unwrap()).unwrap();
        let page = results_page(&c, m, &a);
        assert!(page.steps.len() <= MAX_STEPS);
        let orders: Vec<u16> = page.steps.iter().map(|i| i.step.as_ref().unwrap().order).collect();
        assert!(orders.windows(2).all(|w| w[0] <= w[1]), "{orders:?}");
        for step in &page.steps {
            let r = page.items().find(|r| r.item.id == step.id).expect("a step's item is on the page");
            assert_eq!(r.fit, Fit::Applies, "{}", step.id);
        }
    }
}

#[test]
fn a_refugee_family_with_a_baby_starts_with_the_health_card_danish_daycare_and_school() {
    let c = content();
    let a = &households()[1];
    let page = results_page(&c, c.municipality("vesthimmerland").unwrap(), a);
    let ids: Vec<&str> = page.steps.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        ["national-health-card", "national-health-visitor-baby", "national-danish-referral", "national-daycare", "national-school"]
    );
}

#[test]
fn an_expecting_ukrainian_couple_is_told_to_apply_for_daycare_and_ask_about_the_special_act() {
    let c = content();
    let a = &households()[2];
    let page = results_page(&c, c.municipality("jammerbugt").unwrap(), a);
    let ids: Vec<&str> = page.steps.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        ["national-health-card", "national-health-visitor-expecting", "national-danish-referral", "national-daycare", "national-programme-ukraine"]
    );
}

#[test]
fn with_no_answers_only_the_steps_for_everyone_are_given_and_nothing_is_hidden() {
    let c = content();
    let a = &households()[0];
    let m = c.municipality("holstebro").unwrap();
    let page = results_page(&c, m, a);
    let ids: Vec<&str> = page.steps.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["national-health-card", "national-mitid"]);
    assert!(page.for_you.iter().flat_map(|ar| &ar.items).all(|r| r.fit == Fit::MayApply));
}
