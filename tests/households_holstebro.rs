//! Representative households in Holstebro: what each is shown from the municipality's own
//! content, and what it is not. Only Holstebro's item ids are asserted (the national layer is
//! tested elsewhere).

mod common;
use common::*;
use velkommen::eligibility::Fit;

/// Items with no condition: every household sees them as applying.
const GENERAL: &[&str] = &[
    "holstebro-information",
    "holstebro-hjemmeside",
    "holstebro-inddragelse",
    "holstebro-frivillige",
    "holstebro-sundhed-dialog",
    "holstebro-motion-kost",
    "holstebro-aktiviteter",
    "holstebro-foreninger",
    "holstebro-hverdagsliv",
    "holstebro-rollemodeller",
    "holstebro-naboskab",
    "holstebro-isolation",
];

/// Items only for households with children (some age band).
const CHILD_ITEMS: &[&str] = &[
    "holstebro-sprog-smaaboern",
    "holstebro-sprog-skoleboern",
    "holstebro-familie-indsats",
    "holstebro-ungdomsuddannelse",
    "holstebro-fritid-unge",
    "holstebro-foraeldre",
];

const JOB_ITEMS: &[&str] = &["holstebro-job-muligheder", "holstebro-job-stoette", "holstebro-job-fastholdelse"];

#[test]
fn a_single_retired_eu_citizen_sees_the_general_items_and_adult_danish_but_nothing_for_children_or_jobs() {
    let a = answers(
        "holstebro",
        &[("household", &["alone"]), ("age", &["67"]), ("residence", &["eu"]), ("work", &["unable"])],
    );
    let s = shown(&a);
    for id in GENERAL {
        assert_shown(&s, id, Fit::Applies);
    }
    assert_shown(&s, "holstebro-sprog-voksne", Fit::Applies);
    for id in CHILD_ITEMS.iter().chain(JOB_ITEMS) {
        assert_hidden(&s, id);
    }
}

#[test]
fn a_refugee_family_with_a_two_year_old_sees_the_small_child_items_and_job_seeker_help() {
    let a = answers(
        "holstebro",
        &[
            ("household", &["partner_children"]),
            ("children", &["1-2"]),
            ("age", &["30"]),
            ("residence", &["refugee"]),
            ("work", &["job_seeker"]),
        ],
    );
    let s = shown(&a);
    for id in ["holstebro-sprog-smaaboern", "holstebro-familie-indsats", "holstebro-foraeldre"] {
        assert_shown(&s, id, Fit::Applies);
    }
    // School-age items are not for a toddler.
    for id in ["holstebro-sprog-skoleboern", "holstebro-ungdomsuddannelse", "holstebro-fritid-unge"] {
        assert_hidden(&s, id);
    }
    assert_shown(&s, "holstebro-job-muligheder", Fit::Applies);
    assert_shown(&s, "holstebro-job-stoette", Fit::Applies);
    assert_hidden(&s, "holstebro-job-fastholdelse");
    assert_shown(&s, "holstebro-sprog-voksne", Fit::Applies);
    assert_shown(&s, "holstebro-information", Fit::Applies);
}

#[test]
fn a_single_parent_of_a_teenager_and_a_schoolchild_sees_school_and_youth_education_items() {
    let a = answers(
        "holstebro",
        &[
            ("household", &["children"]),
            ("children", &["6-13", "14-17"]),
            ("age", &["41"]),
            ("residence", &["family"]),
            ("work", &["student"]),
        ],
    );
    let s = shown(&a);
    for id in [
        "holstebro-sprog-skoleboern",
        "holstebro-ungdomsuddannelse",
        "holstebro-fritid-unge",
        "holstebro-familie-indsats",
        "holstebro-foraeldre",
    ] {
        assert_shown(&s, id, Fit::Applies);
    }
    assert_hidden(&s, "holstebro-sprog-smaaboern");
    // A student is told about education and job options, not job-seeker support or job retention.
    assert_shown(&s, "holstebro-job-muligheder", Fit::Applies);
    assert_hidden(&s, "holstebro-job-stoette");
    assert_hidden(&s, "holstebro-job-fastholdelse");
}

#[test]
fn an_eu_worker_sees_general_items_and_help_to_keep_a_job() {
    let a = answers(
        "holstebro",
        &[("household", &["partner"]), ("age", &["35"]), ("residence", &["eu"]), ("work", &["employed"])],
    );
    let s = shown(&a);
    for id in GENERAL {
        assert_shown(&s, id, Fit::Applies);
    }
    assert_shown(&s, "holstebro-job-fastholdelse", Fit::Applies);
    assert_hidden(&s, "holstebro-job-stoette");
    assert_hidden(&s, "holstebro-job-muligheder");
    for id in CHILD_ITEMS {
        assert_hidden(&s, id);
    }
}

#[test]
fn a_household_that_does_not_say_is_told_child_and_job_items_may_apply() {
    let a = answers("holstebro", &[("household", &["?"]), ("age", &["?"]), ("work", &["?"])]);
    let s = shown(&a);
    for id in CHILD_ITEMS.iter().chain(JOB_ITEMS) {
        assert_shown(&s, id, Fit::MayApply);
    }
    assert_shown(&s, "holstebro-sprog-voksne", Fit::MayApply);
    for id in GENERAL {
        assert_shown(&s, id, Fit::Applies);
    }
}

#[test]
fn a_seventeen_year_old_on_their_own_does_not_get_the_adult_danish_item() {
    let a = answers("holstebro", &[("household", &["alone"]), ("age", &["17"]), ("work", &["student"])]);
    let s = shown(&a);
    assert_hidden(&s, "holstebro-sprog-voksne");
    assert_shown(&s, "holstebro-job-muligheder", Fit::Applies);
    assert_shown(&s, "holstebro-naboskab", Fit::Applies);
}
