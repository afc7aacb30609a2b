//! The results page's shape, decided in the core so that the view, the length benchmark and the
//! tests all see the same page: eligibility's results sorted into three tiers.
//!
//! 1. **Start here**: at most [`MAX_STEPS`] first steps for this person, the items an editor
//!    marked with `step`, in the editor's order; only items that apply (not "may apply").
//! 2. **For you**: the items chosen *because of an answer* (they have conditions, and the answers
//!    meet them or may), grouped by focus area in the policy's order, then national.
//! 3. **For everyone**: the items with no conditions, the aims and offers for all, grouped the
//!    same way, shown as a compact list of titles.
//!
//! Every item that eligibility returns is in exactly one of tiers 2 and 3; a step is also in its
//! tier (the step is one sentence that points at it, the card holds the text).

use crate::answers::Answers;
use crate::content::{Content, Item, Municipality};
use crate::eligibility::{evaluate, AreaResult, Fit};

/// No more first steps than a person can take in: more would be another list to read.
pub const MAX_STEPS: usize = 5;

/// What the results page shows, tier by tier.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultsPage<'c> {
    pub steps: Vec<&'c Item>,
    pub for_you: Vec<AreaResult<'c>>,
    pub for_everyone: Vec<AreaResult<'c>>,
}

impl ResultsPage<'_> {
    /// Whether anything at all is shown.
    pub fn is_empty(&self) -> bool {
        self.for_you.is_empty() && self.for_everyone.is_empty()
    }

    /// Every item on the page, once, tier 2 before tier 3.
    pub fn items(&self) -> impl Iterator<Item = &crate::eligibility::ItemResult<'_>> {
        self.for_you.iter().chain(&self.for_everyone).flat_map(|a| a.items.iter())
    }
}

/// The areas again, keeping only the items `keep` wants and the areas left with any.
fn split<'c>(areas: &[AreaResult<'c>], keep: impl Fn(&Item) -> bool) -> Vec<AreaResult<'c>> {
    areas
        .iter()
        .filter_map(|a| {
            let items: Vec<_> = a.items.iter().filter(|r| keep(r.item)).cloned().collect();
            (!items.is_empty()).then_some(AreaResult { area: a.area, layer: a.layer, items })
        })
        .collect()
}

/// The results page for these answers in `municipality`.
pub fn results_page<'c>(content: &'c Content, municipality: &'c Municipality, answers: &Answers) -> ResultsPage<'c> {
    let areas = evaluate(content, municipality, answers);
    // Content order breaks ties between equal step orders, so the page never shuffles.
    let mut steps: Vec<&Item> = areas
        .iter()
        .flat_map(|a| &a.items)
        .filter(|r| r.fit == Fit::Applies && r.item.step.is_some())
        .map(|r| r.item)
        .collect();
    steps.sort_by_key(|i| i.step.as_ref().map(|s| s.order));
    steps.truncate(MAX_STEPS);
    ResultsPage {
        steps,
        for_you: split(&areas, |i| !i.is_for_everyone()),
        for_everyone: split(&areas, Item::is_for_everyone),
    }
}
