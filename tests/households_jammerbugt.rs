//! Representative households in Jammerbugt: what each is shown of the municipality's own items,
//! and what it is not.

mod common;
use common::*;
use velkommen::eligibility::Fit;

/// Items with no condition: everyone in Jammerbugt sees them.
const FOR_EVERYONE: &[&str] = &[
    "jammerbugt-modtagelse-start",
    "jammerbugt-modtagelse-sprog",
    "jammerbugt-modtagelse-samfund",
    "jammerbugt-social-indgang",
    "jammerbugt-frivillighuset",
    "jammerbugt-sundhed-tilbud",
    "jammerbugt-job",
    "jammerbugt-foreningsliv",
    "jammerbugt-demokrati",
    "jammerbugt-natur-friluftsliv",
    "jammerbugt-kommunen-job",
    "jammerbugt-borgerservice-indgang",
    "jammerbugt-selvbetjening",
];

/// Items for parents of children under 18.
const FOR_PARENTS: &[&str] = &[
    "jammerbugt-dagpleje",
    "jammerbugt-skole",
    "jammerbugt-traumer",
    "jammerbugt-sundhedsfremme",
    "jammerbugt-familieafdeling",
];

#[test]
fn a_single_senior_sees_the_general_items_and_nothing_for_children() {
    let s = shown(&answers(
        "jammerbugt",
        &[("household", &["alone"]), ("expecting", &["no"]), ("age", &["72"]), ("residence", &["family"]), ("work", &["unable"])],
    ));
    for id in FOR_EVERYONE {
        assert_shown(&s, id, Fit::Applies);
    }
    for id in FOR_PARENTS {
        assert_hidden(&s, id);
    }
}

#[test]
fn a_refugee_family_with_a_toddler_and_a_schoolchild_sees_dagpleje_and_school() {
    let s = shown(&answers(
        "jammerbugt",
        &[
            ("household", &["partner_children"]),
            ("children", &["1-2", "6-13"]),
            ("age", &["34"]),
            ("residence", &["refugee"]),
        ],
    ));
    for id in FOR_PARENTS {
        assert_shown(&s, id, Fit::Applies);
    }
    assert_shown(&s, "jammerbugt-modtagelse-sprog", Fit::Applies);
}

#[test]
fn a_parent_of_a_teenager_sees_school_and_trauma_attention_but_not_dagpleje() {
    let s = shown(&answers(
        "jammerbugt",
        &[("household", &["children"]), ("children", &["14-17"]), ("expecting", &["no"]), ("age", &["45"]), ("residence", &["work_study"])],
    ));
    assert_shown(&s, "jammerbugt-skole", Fit::Applies);
    assert_shown(&s, "jammerbugt-traumer", Fit::Applies);
    assert_shown(&s, "jammerbugt-familieafdeling", Fit::Applies);
    assert_hidden(&s, "jammerbugt-dagpleje");
}

#[test]
fn parents_of_a_baby_see_dagpleje_but_not_school() {
    let s = shown(&answers(
        "jammerbugt",
        &[("household", &["partner_children"]), ("children", &["0"]), ("age", &["28"]), ("residence", &["eu"])],
    ));
    assert_shown(&s, "jammerbugt-dagpleje", Fit::Applies);
    assert_shown(&s, "jammerbugt-sundhedsfremme", Fit::Applies);
    assert_hidden(&s, "jammerbugt-skole");
    assert_hidden(&s, "jammerbugt-traumer");
}

#[test]
fn parents_whose_only_child_is_grown_up_see_no_child_items() {
    let s = shown(&answers(
        "jammerbugt",
        &[("household", &["partner_children"]), ("children", &["18plus"]), ("expecting", &["no"]), ("age", &["55"])],
    ));
    for id in FOR_PARENTS {
        assert_hidden(&s, id);
    }
    assert_shown(&s, "jammerbugt-borgerservice-indgang", Fit::Applies);
}

#[test]
fn someone_who_does_not_say_about_the_household_is_told_the_child_items_may_apply() {
    let s = shown(&answers("jammerbugt", &[("household", &["?"]), ("age", &["30"])]));
    for id in FOR_PARENTS {
        assert_shown(&s, id, Fit::MayApply);
    }
    for id in FOR_EVERYONE {
        assert_shown(&s, id, Fit::Applies);
    }
}
