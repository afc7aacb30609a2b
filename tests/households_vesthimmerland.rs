//! Representative households in Vesthimmerland: what each is shown from the municipality's own
//! content, and what it is not. Only Vesthimmerland's item ids are asserted (the national layer is
//! tested elsewhere).

mod common;
use common::*;
use velkommen::eligibility::Fit;

/// Items with no condition: every household sees them as applying.
const GENERAL: &[&str] = &[
    "vesthimmerland-velkomst",
    "vesthimmerland-tydelig-information",
    "vesthimmerland-sammenhaeng",
    "vesthimmerland-medansvar",
    "vesthimmerland-foreninger",
    "vesthimmerland-fritidsliv",
    "vesthimmerland-frivillige-foreninger",
    "vesthimmerland-sund-livsstil",
    "vesthimmerland-sundhedsvaesen",
    "vesthimmerland-forebyggelse",
];

const DAYCARE: &[&str] = &[
    "vesthimmerland-dagtilbud-hverdag",
    "vesthimmerland-dagtilbud-samarbejde",
    "vesthimmerland-dagtilbud-dansk",
    "vesthimmerland-dagtilbud-overgang",
];

const SCHOOL: &[&str] = &["vesthimmerland-skole-dansk", "vesthimmerland-skole-foraeldre", "vesthimmerland-skole-fritid"];

const SENIOR: &[&str] = &["vesthimmerland-senior-netvaerk", "vesthimmerland-senior-tilbud"];

#[test]
fn a_single_senior_sees_senior_items_and_no_daycare_or_school() {
    let a = answers(
        "vesthimmerland",
        &[("household", &["alone"]), ("expecting", &["no"]), ("age", &["67"]), ("residence", &["family"]), ("education", &["little"]), ("work", &["retired"])],
    );
    let s = shown(&a);
    for id in SENIOR.iter().chain(GENERAL) {
        assert_shown(&s, id, Fit::Applies);
    }
    for id in DAYCARE.iter().chain(SCHOOL) {
        assert_hidden(&s, id);
    }
    // Little education: nothing to have assessed, but support to take an education applies.
    assert_hidden(&s, "vesthimmerland-vurdering");
    assert_shown(&s, "vesthimmerland-kompetencegivende", Fit::Applies);
}

#[test]
fn a_family_with_a_two_year_old_sees_daycare_items_but_not_school_or_senior_items() {
    let a = answers(
        "vesthimmerland",
        &[
            ("household", &["partner_children"]),
            ("children", &["1-2"]),
            ("age", &["29"]),
            ("residence", &["refugee"]),
            ("work", &["job_seeker"]),
        ],
    );
    let s = shown(&a);
    for id in DAYCARE {
        assert_shown(&s, id, Fit::Applies);
    }
    for id in SCHOOL.iter().chain(SENIOR) {
        assert_hidden(&s, id);
    }
    assert_shown(&s, "vesthimmerland-velkomst", Fit::Applies);
}

#[test]
fn a_parent_of_a_schoolchild_sees_school_items_and_not_daycare() {
    let a = answers(
        "vesthimmerland",
        &[("household", &["children"]), ("children", &["6-13"]), ("expecting", &["no"]), ("age", &["45"]), ("work", &["employed"])],
    );
    let s = shown(&a);
    for id in SCHOOL {
        assert_shown(&s, id, Fit::Applies);
    }
    for id in DAYCARE.iter().chain(SENIOR) {
        assert_hidden(&s, id);
    }
}

#[test]
fn an_eu_worker_with_a_degree_from_abroad_is_told_about_assessment_but_not_job_seeker_offers() {
    let a = answers(
        "vesthimmerland",
        &[
            ("household", &["partner"]),
            ("expecting", &["no"]),
            ("age", &["34"]),
            ("residence", &["eu"]),
            ("education", &["higher"]),
            ("education_place", &["abroad"]),
            ("work", &["employed"]),
        ],
    );
    let s = shown(&a);
    for id in GENERAL {
        assert_shown(&s, id, Fit::Applies);
    }
    assert_shown(&s, "vesthimmerland-vurdering", Fit::Applies);
    // Support to take an education is for all new citizens in the policy, also those whose
    // education from abroad is not usable here (content review, vesthimmerland-kompetencegivende).
    assert_shown(&s, "vesthimmerland-kompetencegivende", Fit::Applies);
    assert_hidden(&s, "vesthimmerland-job");
    for id in DAYCARE.iter().chain(SCHOOL).chain(SENIOR) {
        assert_hidden(&s, id);
    }
}

#[test]
fn a_job_seeker_with_schooling_from_denmark_gets_job_and_education_help_but_no_assessment() {
    let a = answers(
        "vesthimmerland",
        &[
            ("household", &["alone"]),
            ("age", &["24"]),
            ("residence", &["family"]),
            ("education", &["school"]),
            ("education_place", &["denmark"]),
            ("work", &["job_seeker"]),
        ],
    );
    let s = shown(&a);
    assert_shown(&s, "vesthimmerland-job", Fit::Applies);
    assert_shown(&s, "vesthimmerland-kompetencegivende", Fit::Applies);
    assert_hidden(&s, "vesthimmerland-vurdering");
}

#[test]
fn a_household_that_does_not_say_is_told_what_may_apply_and_nothing_is_hidden() {
    let a = answers(
        "vesthimmerland",
        &[("household", &["?"]), ("age", &["?"]), ("education", &["?"]), ("work", &["?"])],
    );
    let s = shown(&a);
    for id in DAYCARE.iter().chain(SCHOOL).chain(SENIOR) {
        assert_shown(&s, id, Fit::MayApply);
    }
    for id in ["vesthimmerland-vurdering", "vesthimmerland-job"] {
        assert_shown(&s, id, Fit::MayApply);
    }
    assert_shown(&s, "vesthimmerland-kompetencegivende", Fit::Applies);
    for id in GENERAL {
        assert_shown(&s, id, Fit::Applies);
    }
}

#[test]
/// The policy gives seniors no age: the answer "retired" decides, not an age of our choosing.
fn someone_who_works_is_not_shown_the_senior_items_whatever_the_age() {
    for age in ["59", "66"] {
        let a = answers("vesthimmerland", &[("household", &["partner"]), ("age", &[age]), ("work", &["employed"])]);
        let s = shown(&a);
        for id in SENIOR {
            assert_hidden(&s, id);
        }
    }
}
