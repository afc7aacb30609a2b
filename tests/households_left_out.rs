//! People the questionnaire used to leave out: a teenager answering for themselves, a parent
//! expecting a baby, a parent of a 5-year-old, a retired person, and a Ukrainian under the
//! special act. Each now has a true answer and gets the items meant for them.

mod common;

use common::{answers, assert_hidden, assert_shown, shown};
use velkommen::eligibility::Fit;

#[test]
fn a_teenager_of_16_living_with_family_sees_youth_offers_and_school() {
    let a = |m: &str| {
        answers(
            m,
            &[
                ("household", &["family"]),
                ("expecting", &["no"]),
                ("age", &["16"]),
                ("residence", &["refugee"]),
                ("education", &["school"]),
                ("education_place", &["abroad"]),
                ("work", &["student"]),
                ("danish", &["basic"]),
                ("health", &[]),
            ],
        )
    };
    let s = shown(&a("holstebro"));
    assert_shown(&s, "holstebro-ungdomsuddannelse", Fit::Applies);
    assert_shown(&s, "holstebro-fritid-unge", Fit::Applies);
    // Compulsory education runs to the summer of the year one turns 17.
    assert_shown(&s, "national-school", Fit::Applies);
    assert_shown(&s, "national-dental-young", Fit::Applies);
    // Living with family is not having children: no parent items.
    assert_hidden(&s, "holstebro-foraeldre");
    assert_hidden(&s, "national-daycare");
    let s = shown(&a("skanderborg"));
    assert_shown(&s, "skanderborg-fritidspas-boern", Fit::Applies);
    let s = shown(&a("vesthimmerland"));
    assert_shown(&s, "vesthimmerland-skole-fritid", Fit::Applies);
    assert_hidden(&s, "vesthimmerland-skole-foraeldre");
}

#[test]
fn an_adult_of_30_does_not_get_the_teenagers_items_through_the_age_alternative() {
    let s = shown(&answers("holstebro", &[("household", &["alone"]), ("expecting", &["no"]), ("age", &["30"])]));
    assert_hidden(&s, "holstebro-fritid-unge");
    assert_hidden(&s, "holstebro-ungdomsuddannelse");
    assert_hidden(&s, "national-school");
}

#[test]
fn a_couple_expecting_their_first_baby_see_daycare_and_the_health_visitor() {
    for m in ["holstebro", "jammerbugt", "vesthimmerland"] {
        let s = shown(&answers(
            m,
            &[("household", &["partner"]), ("expecting", &["yes"]), ("age", &["27"]), ("residence", &["family"])],
        ));
        assert_shown(&s, "national-daycare", Fit::Applies);
        assert_shown(&s, "national-fripladstilskud", Fit::Applies);
        assert_shown(&s, "national-health-visitor-expecting", Fit::Applies);
        if m == "jammerbugt" {
            assert_shown(&s, "jammerbugt-dagpleje", Fit::Applies);
        }
        if m == "vesthimmerland" {
            assert_shown(&s, "vesthimmerland-dagtilbud-hverdag", Fit::Applies);
        }
    }
}

#[test]
fn jammerbugts_dagpleje_is_for_the_youngest_not_for_children_of_3_to_5() {
    let s = shown(&answers(
        "jammerbugt",
        &[("household", &["children"]), ("children", &["3-5"]), ("expecting", &["no"]), ("age", &["35"])],
    ));
    assert_hidden(&s, "jammerbugt-dagpleje");
    assert_shown(&s, "national-daycare", Fit::Applies);
}

#[test]
fn a_parent_of_a_5_year_old_is_told_about_compulsory_school() {
    let s = shown(&answers(
        "skanderborg",
        &[("household", &["partner_children"]), ("children", &["3-5"]), ("expecting", &["no"]), ("age", &["31"])],
    ));
    assert_shown(&s, "national-school", Fit::Applies);
    assert_shown(&s, "national-daycare", Fit::Applies);
}

#[test]
fn a_retired_person_of_68_has_a_true_answer_and_sees_senior_items_not_job_offers() {
    let s = shown(&answers(
        "vesthimmerland",
        &[("household", &["partner"]), ("expecting", &["no"]), ("age", &["68"]), ("residence", &["family"]), ("work", &["retired"])],
    ));
    assert_shown(&s, "vesthimmerland-senior-netvaerk", Fit::Applies);
    assert_shown(&s, "vesthimmerland-senior-tilbud", Fit::Applies);
    assert_hidden(&s, "vesthimmerland-job");
    assert_hidden(&s, "national-igu-job");
    // Retired before 60 (the content's senior age): shown because of the answer "retired".
    let s = shown(&answers("vesthimmerland", &[("household", &["alone"]), ("age", &["58"]), ("work", &["retired"])]));
    assert_shown(&s, "vesthimmerland-senior-netvaerk", Fit::Applies);
    let s = shown(&answers("holstebro", &[("household", &["alone"]), ("age", &["68"]), ("work", &["retired"])]));
    assert_hidden(&s, "holstebro-job-stoette");
    assert_hidden(&s, "holstebro-job-fastholdelse");
}

#[test]
fn a_ukrainian_under_the_special_act_gets_the_refugee_rules_and_their_own_item() {
    let s = shown(&answers(
        "jammerbugt",
        &[("household", &["children"]), ("children", &["6-13"]), ("expecting", &["no"]), ("age", &["38"]), ("residence", &["ukraine"])],
    ));
    assert_shown(&s, "national-programme-ukraine", Fit::Applies);
    assert_shown(&s, "national-danish-5-years", Fit::Applies);
    assert_shown(&s, "national-housing-refugees", Fit::Applies);
    assert_shown(&s, "national-health-assessment", Fit::Applies);
    assert_shown(&s, "national-igu-job", Fit::Applies);
    // Not the rules for workers and EU citizens.
    assert_hidden(&s, "national-danish-3-5-years");
    assert_hidden(&s, "national-danish-deposit");
    // A refugee is not shown the special act's item.
    let s = shown(&answers("jammerbugt", &[("residence", &["refugee"])]));
    assert_hidden(&s, "national-programme-ukraine");
}
