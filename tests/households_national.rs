//! Representative households and what the national layer shows them, across municipalities.
//! Only national item ids are asserted: the municipal content is edited separately.

mod common;

use common::*;
use velkommen::eligibility::Fit;

const MUNICIPALITIES: &[&str] = &["holstebro", "jammerbugt", "skanderborg", "vesthimmerland"];

/// Items that apply to everyone, whatever they answer.
const FOR_EVERYONE: &[&str] = &[
    "national-fvu",
    "national-programme-benefits",
    "national-health-card",
    "national-health-gp",
    "national-boligstoette",
    "national-mitid",
    "national-digital-post",
    "national-venner-viser-vej",
    "national-frivillig-ven",
    "national-bydelsmoedre",
];

const CHILD_ITEMS: &[&str] = &[
    "national-dental-children",
    "national-health-visitor-baby",
    "national-child-checkups",
    "national-school",
    "national-daycare",
    "national-fripladstilskud",
    "national-language-assessment",
    "national-child-benefit",
];

const REFUGEE_ONLY: &[&str] = &[
    "national-programme-refugee",
    "national-health-assessment",
    "national-housing-refugees",
];

#[test]
fn an_eu_worker_gets_the_introduction_course_and_3_5_years_of_danish_not_the_refugee_programme_or_igu() {
    for m in MUNICIPALITIES {
        let a = answers(
            m,
            &[
                ("household", &["alone"]),
                ("expecting", &["no"]),
                ("age", &["30"]),
                ("residence", &["eu"]),
                ("education", &["higher"]),
                ("education_place", &["abroad"]),
                ("work", &["employed"]),
                ("danish", &["none"]),
                ("health", &[]),
            ],
        );
        let s = shown(&a);
        for id in [
            "national-programme-forloeb",
            "national-danish-3-5-years",
            "national-danish-deposit",
            "national-danish-referral",
            "national-qualifications-assessment",
            "national-qualifications-authorisation",
        ] {
            assert_shown(&s, id, Fit::Applies);
        }
        for id in FOR_EVERYONE {
            assert_shown(&s, id, Fit::Applies);
        }
        for id in REFUGEE_ONLY.iter().chain(CHILD_ITEMS) {
            assert_hidden(&s, id);
        }
        for id in [
            "national-danish-5-years",
            "national-programme-family",
            "national-programme-contract",
            "national-igu-job",
            "national-igu-who",
            "national-dental-young",
            "national-health-visitor-expecting",
            "national-health-interpreter",
            "national-trauma-treatment",
            "national-trauma-nordjylland",
        ] {
            assert_hidden(&s, id);
        }
    }
}

#[test]
fn a_student_from_outside_the_eu_is_treated_like_other_self_supporting_learners() {
    let a = answers(
        "skanderborg",
        &[("household", &["partner"]), ("age", &["24"]), ("residence", &["work_study"]), ("work", &["student"])],
    );
    let s = shown(&a);
    assert_shown(&s, "national-programme-forloeb", Fit::Applies);
    assert_shown(&s, "national-danish-3-5-years", Fit::Applies);
    assert_shown(&s, "national-danish-deposit", Fit::Applies);
    assert_hidden(&s, "national-danish-5-years");
    assert_hidden(&s, "national-programme-refugee");
    assert_hidden(&s, "national-igu-job");
    // Education was not answered: the qualification items may apply.
    assert_shown(&s, "national-qualifications-assessment", Fit::MayApply);
}

#[test]
fn a_refugee_family_with_a_baby_gets_the_health_visitor_daycare_and_the_programme() {
    for m in MUNICIPALITIES {
        let a = answers(
            m,
            &[
                ("household", &["partner_children"]),
                ("children", &["0", "6-13"]),
                ("expecting", &["no"]),
                ("age", &["28"]),
                ("residence", &["refugee"]),
                ("education", &["little"]),
                ("work", &["job_seeker"]),
                ("danish", &["none"]),
                ("health", &["interpreter"]),
            ],
        );
        let s = shown(&a);
        for id in [
            "national-danish-5-years",
            "national-danish-referral",
            "national-programme-refugee",
            "national-programme-contract",
            "national-igu-job",
            "national-igu-who",
            "national-health-visitor-baby",
            "national-child-checkups",
            "national-dental-children",
            "national-health-interpreter",
            "national-health-assessment",
            "national-school",
            "national-daycare",
            "national-fripladstilskud",
            "national-child-benefit",
            "national-housing-refugees",
        ] {
            assert_shown(&s, id, Fit::Applies);
        }
        for id in FOR_EVERYONE {
            assert_shown(&s, id, Fit::Applies);
        }
        for id in [
            "national-danish-3-5-years",
            "national-danish-deposit",
            "national-programme-family",
            "national-programme-forloeb",
            // Little or no education: nothing to have assessed.
            "national-qualifications-assessment",
            "national-qualifications-authorisation",
            // Only for children aged 1–5.
            "national-language-assessment",
            "national-health-visitor-expecting",
            "national-dental-young",
            "national-trauma-treatment",
            "national-trauma-nordjylland",
        ] {
            assert_hidden(&s, id);
        }
    }
}

#[test]
fn a_family_reunified_parent_expecting_a_baby_gets_the_introduction_programme() {
    let a = answers(
        "holstebro",
        &[
            ("household", &["partner_children"]),
            ("children", &["3-5"]),
            ("expecting", &["yes"]),
            ("age", &["33"]),
            ("residence", &["family"]),
            ("education", &["vocational"]),
            ("education_place", &["abroad"]),
            ("work", &["job_seeker"]),
            ("danish", &["basic"]),
            ("health", &[]),
        ],
    );
    let s = shown(&a);
    for id in [
        "national-programme-family",
        "national-programme-contract",
        "national-danish-5-years",
        "national-igu-job",
        "national-qualifications-assessment",
        "national-health-visitor-expecting",
        "national-language-assessment",
        "national-daycare",
        "national-child-checkups",
        // A child of 3–5 starts school in August of the year it turns 6: the parents are told.
        "national-school",
    ] {
        assert_shown(&s, id, Fit::Applies);
    }
    for id in [
        "national-programme-refugee",
        "national-programme-forloeb",
        "national-health-assessment",
        "national-housing-refugees",
        "national-health-visitor-baby",
        "national-danish-deposit",
    ] {
        assert_hidden(&s, id);
    }
}

#[test]
fn a_single_senior_of_67_gets_no_child_items_and_no_igu() {
    for m in MUNICIPALITIES {
        let a = answers(
            m,
            &[
                ("household", &["alone"]),
                ("expecting", &["no"]),
                ("age", &["67"]),
                ("residence", &["family"]),
                ("education", &["school"]),
                ("education_place", &["denmark"]),
                ("work", &["unable"]),
                ("danish", &["basic"]),
                ("health", &["illness"]),
            ],
        );
        let s = shown(&a);
        for id in CHILD_ITEMS {
            assert_hidden(&s, id);
        }
        for id in [
            "national-igu-job",
            "national-igu-who",
            "national-dental-young",
            "national-health-visitor-expecting",
            "national-qualifications-assessment",
            "national-trauma-treatment",
        ] {
            assert_hidden(&s, id);
        }
        for id in ["national-danish-5-years", "national-programme-family", "national-health-gp", "national-boligstoette"] {
            assert_shown(&s, id, Fit::Applies);
        }
    }
}

#[test]
fn igu_stops_at_50() {
    let at = |age: &str| {
        shown(&answers("jammerbugt", &[("age", &[age]), ("residence", &["refugee"])]))
    };
    assert_shown(&at("50"), "national-igu-job", Fit::Applies);
    assert_hidden(&at("51"), "national-igu-job");
    assert_hidden(&at("17"), "national-igu-who");
}

#[test]
fn a_young_person_gets_free_dental_care_up_to_21() {
    let at = |age: &str| shown(&answers("vesthimmerland", &[("household", &["alone"]), ("age", &[age])]));
    assert_shown(&at("19"), "national-dental-young", Fit::Applies);
    assert_shown(&at("21"), "national-dental-young", Fit::Applies);
    assert_hidden(&at("22"), "national-dental-young");
    assert_hidden(&at("19"), "national-dental-children");
    // Danish classes are for adults.
    assert_hidden(&at("17"), "national-danish-5-years");
    assert_shown(&at("18"), "national-danish-5-years", Fit::MayApply);
}

#[test]
fn the_region_nordjylland_clinic_shows_only_in_its_municipalities() {
    let traumatised_refugee = |m: &str| {
        shown(&answers(
            m,
            &[("household", &["alone"]), ("age", &["35"]), ("residence", &["refugee"]), ("health", &["trauma"])],
        ))
    };
    for m in ["jammerbugt", "vesthimmerland"] {
        let s = traumatised_refugee(m);
        assert_shown(&s, "national-trauma-nordjylland", Fit::Applies);
        assert_shown(&s, "national-trauma-treatment", Fit::Applies);
    }
    for m in ["skanderborg", "holstebro"] {
        let s = traumatised_refugee(m);
        assert_hidden(&s, "national-trauma-nordjylland");
        assert_shown(&s, "national-trauma-treatment", Fit::Applies);
    }
    // Without trauma, neither is shown.
    let s = shown(&answers("jammerbugt", &[("residence", &["refugee"]), ("health", &["illness"])]));
    assert_hidden(&s, "national-trauma-nordjylland");
    assert_hidden(&s, "national-trauma-treatment");
}

#[test]
fn an_unknown_residence_makes_the_programmes_may_apply() {
    let a = answers(
        "skanderborg",
        &[("household", &["alone"]), ("age", &["40"]), ("residence", &["?"]), ("work", &["job_seeker"])],
    );
    let s = shown(&a);
    for id in [
        "national-programme-refugee",
        "national-programme-family",
        "national-programme-forloeb",
        "national-programme-contract",
        "national-danish-5-years",
        "national-danish-3-5-years",
        "national-igu-job",
        "national-health-assessment",
        "national-housing-refugees",
    ] {
        assert_shown(&s, id, Fit::MayApply);
    }
    assert_shown(&s, "national-danish-referral", Fit::Applies);
    assert_shown(&s, "national-programme-benefits", Fit::Applies);
}

#[test]
fn with_no_answers_nothing_national_is_hidden_except_by_municipality() {
    let s = shown(&answers("holstebro", &[]));
    for id in FOR_EVERYONE {
        assert_shown(&s, id, Fit::Applies);
    }
    for id in CHILD_ITEMS.iter().chain(REFUGEE_ONLY) {
        assert_shown(&s, id, Fit::MayApply);
    }
    assert_hidden(&s, "national-trauma-nordjylland");
    let s = shown(&answers("vesthimmerland", &[]));
    assert_shown(&s, "national-trauma-nordjylland", Fit::MayApply);
}

#[test]
fn no_child_age_band_is_forgotten_by_the_under_18_items() {
    for band in ["0", "1-2", "3-5", "6-13", "14-17"] {
        let s = shown(&answers("skanderborg", &[("household", &["children"]), ("children", &[band])]));
        assert_shown(&s, "national-dental-children", Fit::Applies);
        assert_shown(&s, "national-child-benefit", Fit::Applies);
    }
    // (The parent's age is answered: school also applies to a person of 16 or younger.)
    let s = shown(&answers("skanderborg", &[("household", &["children"]), ("children", &["18plus"]), ("expecting", &["no"]), ("age", &["45"])]));
    for id in CHILD_ITEMS {
        assert_hidden(&s, id);
    }
}
