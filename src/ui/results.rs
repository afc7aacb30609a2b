//! The results: the municipality's focus areas in the policy's order, then the national rights.
//! Each item says what it is, why it is shown, whom to ask (a contact card with tappable phone
//! and mail) and where it comes from. "May apply — ask" items look different and say what they
//! depend on. Every item carries `data-item-id` so tests and municipal editors can find it.

use yew::prelude::*;

use super::text::{tr, BackLink};
use crate::i18n::{answer_text, question_label};
use super::Ctx;
use crate::content::{Municipality, Place, Source};
use crate::eligibility::{evaluate, Fit, ItemResult, Layer};
use crate::flow::{Action, State};
use crate::i18n::Messages;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub ctx: Ctx,
    pub state: State,
    pub dispatch: Callback<Action>,
}

/// `tel:` wants digits only.
fn tel(phone: &str) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    if digits.starts_with('+') { digits } else { format!("+45{digits}") }
}

fn contact_card(m: &Messages, name: String, place: &Place) -> Html {
    html! {
        <div class="vk-contact">
            <p class="vk-contact__name"><bdi>{ name }</bdi></p>
            if let Some(a) = &place.address { <p class="vk-contact__line"><bdi>{ a }</bdi></p> }
            if let Some(p) = &place.phone {
                <p class="vk-contact__line">{ m.t("results-phone") }{ ": " }
                    <a class="vk-link" href={format!("tel:{}", tel(p))}><bdi>{ p }</bdi></a></p>
            }
            if let Some(mail) = &place.mail {
                <p class="vk-contact__line">{ m.t("results-mail") }{ ": " }
                    <a class="vk-link" href={format!("mailto:{mail}")}><bdi>{ mail }</bdi></a></p>
            }
            if let Some(w) = &place.web {
                <p class="vk-contact__line">{ m.t("results-web") }{ ": " }
                    <a class="vk-link" href={w.clone()} rel="noreferrer"><bdi>{ w.trim_start_matches("https://") }</bdi></a></p>
            }
        </div>
    }
}

/// The Danish official words in this item's Danish text, each with its explanation in the
/// reader's language (not shown to Danish readers: the words are their own).
fn glossary_view(ctx: &Ctx, item: &crate::content::Item) -> Html {
    let m = &ctx.messages;
    if m.lang == crate::i18n::SOURCE {
        return html! {};
    }
    let danish = [&item.title, &item.body, &item.ask].map(|id| ctx.danish.t(id)).join("\n");
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

fn item_view(ctx: &Ctx, state: &State, municipality: &Municipality, r: &ItemResult) -> Html {
    let m = &ctx.messages;
    let item = r.item;
    let label = |q: &crate::questions::QuestionId| question_label(m, *q);
    let because = if r.reasons.is_empty() {
        m.t("results-for-everyone")
    } else {
        let reasons = r
            .reasons
            .iter()
            .map(|q| format!("{}: {}", label(q), answer_text(m, *q, state.answers.get(*q))))
            .collect::<Vec<_>>()
            .join("; ");
        m.t_with("results-because", &[("reasons", reasons.into())])
    };
    let maybe = r.fit == Fit::MayApply;
    let depends = r.unknown.iter().map(label).collect::<Vec<_>>().join(", ");
    let source = match &item.source {
        Source::Policy { section, .. } => html! {
            <>{ m.t_with("results-source-policy", &[("policy", m.t(&municipality.policy_title).into()), ("section", section.as_str().into())]) }</>
        },
        Source::Public { url, name, reviewed, .. } => html! {
            <>
                <a class="vk-link" href={url.clone()} rel="noreferrer"><bdi>{ name }</bdi></a>
                { ", " }{ m.t_with("results-reviewed", &[("date", reviewed.as_str().into())]) }
            </>
        },
    };
    // Municipal items point to a place of the municipality; national items say whom to ask in
    // their text, and the municipality's own contact is the way in.
    let place = municipality.place(item.place.as_deref());
    let place_name = place.name.as_deref().map(|n| m.t(n)).unwrap_or_else(|| m.t(&municipality.name));
    html! {
        <li class={classes!("vk-item", maybe.then_some("vk-item--maybe"))} data-item-id={item.id.clone()}>
            if maybe {
                <p class="vk-tag">{ m.t("results-maybe") }</p>
            }
            <h3 class="vk-item__title">{ tr(m, &item.title) }</h3>
            <p>{ tr(m, &item.body) }</p>
            if maybe {
                <p class="vk-item__depends">{ m.t_with("results-depends", &[("questions", depends.into())]) }</p>
            }
            <p class="vk-item__because">{ because }</p>
            <h4 class="vk-item__sub">{ m.t("results-ask") }</h4>
            <p>{ tr(m, &item.ask) }</p>
            { contact_card(m, place_name, place) }
            { glossary_view(ctx, item) }
            <p class="vk-item__source"><span class="vk-item__source-label">{ m.t("results-source") }{ ": " }</span>{ source }</p>
        </li>
    }
}

/// Scrolls to a focus area and moves focus to its heading (for keyboard and screen readers).
fn jump_to(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(h) = gloo::utils::document().get_element_by_id(id) {
        h.scroll_into_view();
        if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
    }
}

#[function_component(ResultsPage)]
pub fn results_page(props: &ResultsProps) -> Html {
    let ctx = &props.ctx;
    let m = &ctx.messages;
    let Some(municipality) = props.state.answers.municipality.as_deref().and_then(|id| ctx.content.municipality(id)) else {
        return html! {};
    };
    let areas = evaluate(&ctx.content, municipality, &props.state.answers);
    let any_maybe = areas.iter().flat_map(|a| &a.items).any(|i| i.fit == Fit::MayApply);
    let mut national_heading_shown = false;
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let start_again = props.dispatch.reform(|_: MouseEvent| Action::StartAgain);

    html! {
        <main class="vk-main vk-main--wide" id="vk-main">
            <BackLink label={m.t("nav-back")} dispatch={props.dispatch.clone()} />
            <h1 class="vk-h1" tabindex="-1">{ m.t_with("results-heading", &[("municipality", m.t(&municipality.name).into())]) }</h1>
            <p class="vk-lead">{ m.t("results-intro") }</p>
            if any_maybe { <p>{ m.t("results-maybe-intro") }</p> }
            <div class="vk-actions vk-noprint">
                <button type="button" class="vk-button vk-button--secondary" onclick={print}>{ m.t("results-print") }</button>
                <button type="button" class="vk-button vk-button--secondary" onclick={start_again.clone()}>{ m.t("start-again") }</button>
            </div>
            if areas.is_empty() { <p>{ m.t("results-empty") }</p> }
            if areas.len() > 1 {
                <nav class="vk-toc vk-noprint" aria-labelledby="vk-toc-heading">
                    <h2 class="vk-toc__heading" id="vk-toc-heading">{ m.t("results-contents") }</h2>
                    <ul class="vk-toc__list">
                        { for areas.iter().map(|a| {
                            // Buttons, not #links: the fragment holds the guide's state.
                            let target = format!("vk-area-{}", a.area.id);
                            let onclick = Callback::from(move |_: MouseEvent| jump_to(&target));
                            html! {
                                <li><button type="button" class="vk-link-button" {onclick}>
                                    { tr(m, &a.area.title) }{ format!(" ({})", a.items.len()) }
                                </button></li>
                            }
                        }) }
                    </ul>
                </nav>
            }
            { for areas.iter().map(|a| {
                let national = a.layer == Layer::National && !national_heading_shown;
                national_heading_shown |= a.layer == Layer::National;
                html! {
                    <>
                        if national { <p class="vk-layer">{ m.t("results-national") }</p> }
                        <section class="vk-area" data-area-id={a.area.id.clone()}>
                            <h2 class="vk-area__title" id={format!("vk-area-{}", a.area.id)} tabindex="-1">{ tr(m, &a.area.title) }</h2>
                            <ul class="vk-items">
                                { for a.items.iter().map(|r| item_view(ctx, &props.state, municipality, r)) }
                            </ul>
                        </section>
                    </>
                }
            }) }
            <div class="vk-actions vk-noprint">
                <button type="button" class="vk-button vk-button--secondary" onclick={start_again}>{ m.t("start-again") }</button>
            </div>
        </main>
    }
}
