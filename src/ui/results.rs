//! The results, in the three tiers of [`crate::results`]: first steps, the items chosen for this
//! person (short cards), and the aims and offers for everyone (a compact list of titles). The
//! municipality's contact is shown once, near the top; an item shows a contact only when it
//! points somewhere else. Each card's full text, whom to ask and its source open on demand in a
//! native `<details>` (keyboard and screen-reader friendly without any script), and print shows
//! them all. Every item carries `data-item-id` so tests and municipal editors can find it.

use yew::prelude::*;

use super::hooks::use_print_opens_details;
use super::contact::contact_card;
use super::take_home::{qr_code, results_url, TakeHome};
use super::text::{dual, pair, say, tr, BackLink};
use super::Ctx;
use crate::content::{Item, Municipality, Source};
use crate::eligibility::{AreaResult, Fit, ItemResult, Layer};
use crate::flow::{Action, State};
use crate::i18n::{because_text, depends_text};
use crate::results::{self as tiers, results_page};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub ctx: Ctx,
    pub state: State,
    pub dispatch: Callback<Action>,
}

/// The Danish official words in this item's Danish text, each with its explanation in the
/// reader's language (not shown to Danish readers: the words are their own).
fn glossary_view(ctx: &Ctx, item: &Item) -> Html {
    let m = &ctx.messages;
    if m.lang == crate::i18n::SOURCE {
        return html! {};
    }
    let danish = [&item.title, &item.summary, &item.body, &item.ask].map(|id| ctx.danish.t(id)).join("\n");
    let terms = ctx.glossary.found_in(&danish);
    if terms.is_empty() {
        return html! {};
    }
    html! {
        <details class="vk-glossary">
            <summary>{ m.t("glossary-heading") }{ format!(" ({})", terms.len()) }</summary>
            <dl class="vk-glossary__list">
                { for terms.iter().map(|t| html! {
                    <>
                        <dt lang="da" dir="ltr">{ t.term.clone() }</dt>
                        <dd>{ tr(m, &t.explain) }</dd>
                    </>
                }) }
            </dl>
        </details>
    }
}

/// What opens on demand: the full text, whom to ask (with a contact card only when the item
/// points to another place than the municipality's own), the glossary and the source.
fn full_text(ctx: &Ctx, municipality: &Municipality, item: &Item) -> Html {
    let m = &ctx.messages;
    let source = match &item.source {
        Source::Policy { section, .. } => html! {
            <>{ crate::i18n::policy_source(m, &municipality.policy_title, municipality.period.as_deref(), section) }</>
        },
        Source::Public { url, name, reviewed, .. } => html! {
            <>
                <a class="vk-link" href={url.clone()} rel="noreferrer"><bdi>{ name }</bdi></a>
                { m.t("list-separator") }{ m.t_with("results-reviewed", &[("date", reviewed.as_str().into())]) }
            </>
        },
    };
    let other_place = item.place.as_deref().map(|id| municipality.place(Some(id))).filter(|p| **p != municipality.contact);
    html! {
        <div class="vk-more__body">
            <p>{ shown(ctx, &item.body) }</p>
            <p class="vk-item__sub">{ m.t("results-ask") }</p>
            <p>{ shown(ctx, &item.ask) }</p>
            if let Some(place) = other_place {
                { contact_card(m, place.name.as_deref().map(|n| m.t(n)), place) }
            } else {
                // The municipality's contact stands once, near the top: one tap there.
                <p class="vk-noprint">
                    <button type="button" class="vk-link-button" onclick={Callback::from(|_: MouseEvent| jump_to("vk-contact-heading"))}>
                        { m.t_with("results-contact-heading", &[("municipality", m.t(&municipality.name).into())]) }
                    </button>
                </p>
            }
            { glossary_view(ctx, item) }
            <p class="vk-item__source"><span class="vk-item__source-label">{ m.t("results-source") }{ ": " }</span>{ source }</p>
        </div>
    }
}

/// A short card of the "for you" tier: title, one sentence, why it is shown; the rest on demand.
fn card(ctx: &Ctx, municipality: &Municipality, r: &ItemResult) -> Html {
    let m = &ctx.messages;
    let item = r.item;
    let maybe = r.fit == Fit::MayApply;
    let title_id = format!("vk-title-{}", item.id);
    html! {
        <li class={classes!("vk-item", maybe.then_some("vk-item--maybe"))} data-item-id={item.id.clone()}>
            if maybe {
                <p class="vk-tag">{ m.t("results-maybe") }</p>
            }
            <h4 class="vk-item__title" id={title_id.clone()}>{ shown(ctx, &item.title) }</h4>
            <p class="vk-item__summary">{ shown(ctx, &item.summary) }</p>
            if maybe {
                <p class="vk-item__depends">{ depends_text(m, &r.unknown) }</p>
            } else if !r.reasons.is_empty() {
                <p class="vk-item__because">{ because_text(m, &r.reasons) }</p>
            }
            <details class="vk-more">
                <summary class="vk-more__summary" aria-describedby={title_id}>
                    <span class="vk-more__open">{ m.t("results-more") }</span><span class="vk-more__close">{ m.t("results-less") }</span>
                </summary>
                { full_text(ctx, municipality, item) }
            </details>
        </li>
    }
}

/// One line of the "for everyone" tier: the title, opening to the summary and the full text.
fn brief(ctx: &Ctx, municipality: &Municipality, r: &ItemResult) -> Html {
    html! {
        <li class="vk-brief" data-item-id={r.item.id.clone()}>
            <details class="vk-brief__details">
                <summary class="vk-brief__title">{ shown(ctx, &r.item.title) }</summary>
                <p class="vk-item__summary">{ shown(ctx, &r.item.summary) }</p>
                { full_text(ctx, municipality, r.item) }
            </details>
        </li>
    }
}

/// A tier's focus areas in the policy's order, then the national ones under their own marker.
fn areas_view(ctx: &Ctx, tier: &str, areas: &[AreaResult], item: impl Fn(&ItemResult) -> Html) -> Html {
    let m = &ctx.messages;
    let mut national_shown = false;
    html! {
        { for areas.iter().map(|a| {
            let first_national = a.layer == Layer::National && !national_shown;
            national_shown |= a.layer == Layer::National;
            html! {
                <>
                    if first_national { <p class="vk-layer">{ m.t("results-national") }</p> }
                    <section class="vk-area" data-area-id={a.area.id.clone()}>
                        <h3 class="vk-area__title" id={format!("vk-{tier}-{}", a.area.id)}>{ shown(ctx, &a.area.title) }</h3>
                        <ul class={if tier == "for-you" { "vk-items" } else { "vk-briefs" }}>
                            { for a.items.iter().map(&item) }
                        </ul>
                    </section>
                </>
            }
        }) }
    }
}

/// A text of the results: in counter mode side by side with the Danish; otherwise in the
/// reader's language with the Danish beneath it on paper only.
fn shown(ctx: &Ctx, id: &str) -> Html {
    if ctx.bilingual {
        super::text::both(&ctx.messages, &ctx.danish, id)
    } else {
        dual(&ctx.messages, &ctx.danish, id)
    }
}

/// Today's date as 2026‑12‑03 (the printed sheet's date; the same in every language), with
/// non-breaking hyphens so a narrow column never splits it.
fn today() -> String {
    let iso = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    iso.chars().take(10).map(|c| if c == '-' { '\u{2011}' } else { c }).collect()
}

/// Scrolls to a tier and moves focus to its heading (for keyboard and screen readers).
fn jump_to(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(h) = super::dom::find(&format!("#{id}")) {
        h.scroll_into_view();
        if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
}

/// The list of tiers on the page, as buttons (the fragment holds the guide's state, so no
/// `#anchor` links).
fn contents(ctx: &Ctx, page: &tiers::ResultsPage) -> Html {
    let m = &ctx.messages;
    let count = |areas: &[AreaResult]| areas.iter().map(|a| a.items.len()).sum::<usize>();
    // At the counter each label has its Danish after it, for the clerk ("ابدأ من هنا Start her").
    let label = |id: &str| {
        if ctx.bilingual {
            html! { <>{ m.t(id) }{ " " }<span class="vk-bi__da" lang="da" dir="ltr">{ ctx.danish.t(id) }</span></> }
        } else {
            html! { { m.t(id) } }
        }
    };
    let tiers = [
        ("vk-tier-steps", label("results-steps-heading"), page.steps.len()),
        ("vk-tier-for-you", label("results-for-you-heading"), count(&page.for_you)),
        ("vk-tier-for-everyone", label("results-for-everyone-short"), count(&page.for_everyone)),
    ];
    html! {
        <nav class="vk-toc vk-noprint" aria-labelledby="vk-toc-heading">
            <h2 class="vk-sr-only" id="vk-toc-heading">{ m.t("results-contents") }</h2>
            <ul class="vk-toc__list">
                { for tiers.into_iter().filter(|(_, _, n)| *n > 0).map(|(target, label, n)| {
                    let onclick = Callback::from(move |_: MouseEvent| jump_to(target));
                    html! { <li><button type="button" class="vk-link-button" {onclick}>{ label }{ format!(" ({n})") }</button></li> }
                }) }
            </ul>
        </nav>
    }
}

#[function_component(ResultsPage)]
pub fn results_view(props: &ResultsProps) -> Html {
    use_print_opens_details();
    let ctx = &props.ctx;
    let m = &ctx.messages;
    let Some(municipality) = props.state.answers.municipality.as_deref().and_then(|id| ctx.content.municipality(id)) else {
        return html! {};
    };
    let page = results_page(&ctx.content, municipality, &props.state.answers);
    let name = m.t(&municipality.name);
    // A message with the municipality's name in it: at the counter with its Danish beside it.
    let with_name = |id: &str| {
        let own = m.t_with(id, &[("municipality", name.clone().into())]);
        if ctx.bilingual {
            let da = &ctx.danish;
            pair(m, html! { { own } }, da.t_with(id, &[("municipality", da.t(&municipality.name).into())]))
        } else {
            html! { { own } }
        }
    };
    let any_maybe = page.items().any(|i| i.fit == Fit::MayApply);
    let start_again = props.dispatch.reform(|_: MouseEvent| Action::StartAgain);

    html! {
        <@{props.ctx.main_tag()} class="vk-main vk-main--wide" id="vk-main">
            <BackLink label={m.t("nav-back")} dispatch={props.dispatch.clone()} />
            <h1 class="vk-h1" tabindex="-1">{ with_name("results-heading") }</h1>
            <p class="vk-lead">{ say(ctx, "results-intro") }</p>
            // Taking the results home (QR code, copy, share, print). "Start again" stands only at
            // the bottom: one tap wipes every answer, so not beside the first button one reaches.
            <div class="vk-actions vk-noprint">
                <TakeHome ctx={ctx.clone()} state={props.state.clone()} print=true />
            </div>
            // On paper: the code that opens these results again on a phone, and the date.
            <div class="vk-print-only vk-print-head">
                { qr_code(&results_url(&props.state), m.t("take-home-qr-label")) }
                <p>{ shown(ctx, "print-scan") }</p>
                <p>{ m.t_with("print-date", &[("date", today().into())]) }</p>
            </div>
            if page.is_empty() { <p>{ m.t("results-empty") }</p> }
            { contents(ctx, &page) }
            if !page.steps.is_empty() {
                <section class="vk-tier vk-steps" data-tier="steps">
                    <h2 class="vk-tier__title" id="vk-tier-steps" tabindex="-1">{ shown(ctx, "results-steps-heading") }</h2>
                    <ol class="vk-steps__list">
                        { for page.steps.iter().map(|item| html! {
                            <li data-step-for={item.id.clone()}>{ shown(ctx, &item.step.as_ref().expect("steps have a step").text) }</li>
                        }) }
                    </ol>
                </section>
            }
            <section class="vk-tier vk-contact-card" data-tier="contact" aria-labelledby="vk-contact-heading">
                <h2 class="vk-tier__title vk-tier__title--small" id="vk-contact-heading" tabindex="-1">
                    { with_name("results-contact-heading") }
                </h2>
                <p>{ m.t("results-contact-intro") }</p>
                { contact_card(m, None, &municipality.contact) }
            </section>
            if !page.for_you.is_empty() {
                <section class="vk-tier" data-tier="for-you">
                    <h2 class="vk-tier__title" id="vk-tier-for-you" tabindex="-1">{ shown(ctx, "results-for-you-heading") }</h2>
                    <p>{ m.t("results-for-you-intro") }</p>
                    if any_maybe { <p>{ m.t("results-maybe-intro") }</p> }
                    { areas_view(ctx, "for-you", &page.for_you, |r| card(ctx, municipality, r)) }
                </section>
            }
            if !page.for_everyone.is_empty() {
                <section class="vk-tier" data-tier="for-everyone">
                    <h2 class="vk-tier__title" id="vk-tier-for-everyone" tabindex="-1">{ with_name("results-for-everyone-heading") }</h2>
                    <p>{ m.t("results-for-everyone-intro") }</p>
                    { areas_view(ctx, "for-everyone", &page.for_everyone, |r| brief(ctx, municipality, r)) }
                </section>
            }
            <div class="vk-actions vk-noprint">
                <button type="button" class="vk-button vk-button--secondary vk-start-again" onclick={start_again}>{ m.t("start-again") }</button>
            </div>
        </@>
    }
}
