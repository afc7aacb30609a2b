//! Check your answers: a summary list with a "change" link per answer. Each link's text says
//! what it changes, also to screen readers, and changing an answer comes straight back here.

use yew::prelude::*;

use super::text::{pair, say, BackLink};
use crate::i18n::{answer_text, question_label};
use super::Ctx;
use crate::flow::{Action, Screen, State};
use crate::fragment;

#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub ctx: Ctx,
    pub state: State,
    pub dispatch: Callback<Action>,
}

#[function_component(CheckPage)]
pub fn check_page(props: &CheckProps) -> Html {
    let m = &props.ctx.messages;
    let state = &props.state;
    let municipality = state
        .answers
        .municipality
        .as_deref()
        .and_then(|id| props.ctx.content.municipality(id))
        .map(|mu| m.t(&mu.name))
        .unwrap_or_default();

    // A real link (its fragment opens the question), handled in place so no reload happens.
    let change_link = |label: String, target: Screen, action: Action| -> Html {
        let mut at = state.clone();
        at.screen = target;
        let href = format!("#{}", fragment::location(&at));
        let onclick = props.dispatch.reform(move |e: MouseEvent| {
            e.prevent_default();
            action.clone()
        });
        html! {
            <a class="vk-link" {href} {onclick}>
                { m.t("check-change") }<span class="vk-sr-only">{ " " }{ label }</span>
            </a>
        }
    };

    let rows = props.state.steps(&props.ctx.content).into_iter().map(|q| {
        let short = question_label(m, q);
        let da = &props.ctx.danish;
        let (key, value) = if props.ctx.bilingual {
            (
                pair(m, html! { { short.clone() } }, question_label(da, q)),
                pair(m, html! { { answer_text(m, q, state.answers.get(q)) } }, answer_text(da, q, state.answers.get(q))),
            )
        } else {
            (html! { { short.clone() } }, html! { { answer_text(m, q, state.answers.get(q)) } })
        };
        html! {
            <div class="vk-summary__row">
                <dt class="vk-summary__key">{ key }</dt>
                <dd class="vk-summary__value">{ value }</dd>
                <dd class="vk-summary__action vk-noprint">
                    { change_link(short, Screen::Question { q, returning: true }, Action::Change(q)) }
                </dd>
            </div>
        }
    });

    let onsubmit = props.dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::ShowResults
    });

    html! {
        <@{props.ctx.main_tag()} class="vk-main" id="vk-main">
            <BackLink label={m.t("nav-back")} dispatch={props.dispatch.clone()} />
            <h1 class="vk-h1" tabindex="-1">{ say(&props.ctx, "check-heading") }</h1>
            <p>{ say(&props.ctx, "check-intro") }</p>
            <dl class="vk-summary">
                <div class="vk-summary__row">
                    <dt class="vk-summary__key">{ m.t("check-municipality") }</dt>
                    <dd class="vk-summary__value">{ municipality }</dd>
                    <dd class="vk-summary__action vk-noprint">
                        if !state.municipality_fixed {
                            { change_link(m.t("check-municipality"), Screen::Start, Action::ToStart) }
                        }
                    </dd>
                </div>
                { for rows }
            </dl>
            // "See results" and "Take your results with you" side by side or wrapped, never
            // touching: the row of buttons the results page has too.
            <div class="vk-actions">
                <form {onsubmit}>
                    <button class="vk-button vk-button--primary" type="submit">{ say(&props.ctx, "check-submit") }</button>
                </form>
                <super::take_home::TakeHome ctx={props.ctx.clone()} state={props.state.clone()} />
            </div>
        </@>
    }
}
