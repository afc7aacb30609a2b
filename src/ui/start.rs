//! The first screen: which municipality (unless the host page set it) and which language, and
//! the promise that answers stay on the device.

use yew::prelude::*;

use super::Ctx;
use crate::embed::Problem;
use crate::flow::{Action, Notice, State};
use crate::i18n::LANGS;

/// Up to this many municipalities are radio buttons (all visible at once); more are a list to
/// pick from, so the page stays short on a phone and the same size whatever the number.
const RADIOS_UP_TO: usize = 8;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub ctx: Ctx,
    pub state: State,
    pub dispatch: Callback<Action>,
}

#[function_component(StartPage)]
pub fn start_page(props: &StartProps) -> Html {
    let m = &props.ctx.messages;
    let state = &props.state;
    let chosen = state.answers.municipality.as_deref();

    let problems: Vec<String> = state
        .problems
        .iter()
        .map(|p| match p {
            Problem::UnknownMunicipality(v) => m.t_with("problem-unknown-municipality", &[("value", v.as_str().into())]),
            Problem::UnknownLanguage(v) => m.t_with("problem-unknown-language", &[("value", v.as_str().into())]),
            Problem::UnknownMode(v) => m.t_with("problem-unknown-mode", &[("value", v.as_str().into())]),
            Problem::BadIdleMinutes(v) => m.t_with("problem-idle-minutes", &[("value", v.as_str().into())]),
        })
        .chain(state.missing_municipality.then(|| m.t("choose-missing-municipality")))
        .chain(state.notice.as_ref().map(|n| match n {
            Notice::BadLink => m.t("notice-bad-link"),
        }))
        .collect();

    let municipality_choice = if state.municipality_fixed {
        let name = chosen
            .and_then(|id| props.ctx.content.municipality(id))
            .map(|mu| m.t(&mu.name))
            .unwrap_or_default();
        html! {
            <p class="vk-fixed">
                <span class="vk-fixed__label">{ m.t("choose-municipality") }{ ": " }</span>
                <strong>{ name }</strong>
            </p>
        }
    } else if props.ctx.content.municipalities.len() > RADIOS_UP_TO {
        // Many municipalities (all 98): one list to pick from, as GOV.UK does for long lists.
        let onchange = props.dispatch.reform(|e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            Action::ChooseMunicipality(select.value())
        });
        html! {
            <div class="vk-form-group">
                <label class="vk-legend" for="vk-municipality">{ m.t("choose-municipality") }</label>
                <p class="vk-hint" id="vk-municipality-hint">{ m.t("choose-municipality-hint") }</p>
                <select class="vk-input vk-select" id="vk-municipality" name="vk-municipality" aria-describedby="vk-municipality-hint" {onchange}>
                    <option value="" selected={chosen.is_none()}>{ m.t("choose-municipality-none") }</option>
                    { for props.ctx.content.municipalities.iter().map(|mu| html! {
                        <option value={mu.id.clone()} selected={chosen == Some(mu.id.as_str())}>{ m.t(&mu.name) }</option>
                    }) }
                </select>
            </div>
        }
    } else {
        html! {
            <fieldset class="vk-fieldset" aria-describedby="vk-municipality-hint">
                <legend class="vk-legend">{ m.t("choose-municipality") }</legend>
                <p class="vk-hint" id="vk-municipality-hint">{ m.t("choose-municipality-hint") }</p>
                <div class="vk-choices">
                    { for props.ctx.content.municipalities.iter().map(|mu| {
                        let id = format!("vk-m-{}", mu.id);
                        let value = mu.id.clone();
                        let onchange = props.dispatch.reform(move |_: Event| Action::ChooseMunicipality(value.clone()));
                        html! {
                            <div class="vk-choice vk-choice--radio">
                                <input class="vk-choice__input" type="radio" name="vk-municipality" id={id.clone()}
                                    value={mu.id.clone()} checked={chosen == Some(mu.id.as_str())} {onchange} />
                                <label class="vk-choice__label" for={id}>{ m.t(&mu.name) }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        }
    };

    let onsubmit = props.dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Start
    });

    // The offer to read in the browser's language, or an invisible button of the same size where
    // the page keeps its room (see `AppProps::suggestion_room`), or nothing.
    let suggestion = match state.suggested {
        Some(l) => {
            let onclick = props.dispatch.reform(move |_: MouseEvent| Action::SetLang(l));
            let label = props.ctx.messages_for(l).t("lang-suggest");
            html! {
                <p class="vk-suggest">
                    <button type="button" class="vk-button vk-button--secondary" lang={l.code} dir={l.dir()} {onclick}>{ label }</button>
                </p>
            }
        }
        None if state.suggestion_room => html! {
            <p class="vk-suggest" aria-hidden="true"><span class="vk-button vk-button--secondary vk-suggest__space">{ "\u{a0}" }</span></p>
        },
        None => html! {},
    };

    html! {
        <@{props.ctx.main_tag()} class="vk-main" id="vk-main">
            { suggestion }
            <p class="vk-brand">{ m.t("app-title") }</p>
            <h1 class="vk-h1" tabindex="-1">{ m.t("choose-heading") }</h1>
            <p class="vk-lead">{ m.t("app-tagline") }</p>
            <p class="vk-privacy">{ m.t("privacy-promise") }</p>
            if !problems.is_empty() {
                <div class="vk-alert vk-alert--error" role="alert" aria-labelledby="vk-problem-heading">
                    <h2 class="vk-alert__heading" id="vk-problem-heading">{ m.t("problem-heading") }</h2>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                </div>
            }
            <form class="vk-form" {onsubmit} novalidate=true>
                { municipality_choice }
                <fieldset class="vk-fieldset">
                    <legend class="vk-legend">{ m.t("choose-language") }</legend>
                    <div class="vk-choices">
                        { for LANGS.iter().map(|l| {
                            let id = format!("vk-lang-{}", l.code);
                            let lang = *l;
                            let onchange = props.dispatch.reform(move |_: Event| Action::SetLang(lang));
                            html! {
                                <div class="vk-choice vk-choice--radio">
                                    <input class="vk-choice__input" type="radio" name="vk-lang" id={id.clone()}
                                        value={l.code} checked={state.lang == *l} {onchange} />
                                    // (The name's own direction on a span: on the label it would also turn
                                    // the label's padding, and the name would stand away from its radio.)
                                    <label class="vk-choice__label" for={id}><span lang={l.code} dir={l.dir()}>{ l.name }</span></label>
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
                <button class="vk-button vk-button--primary" type="submit">{ m.t("choose-start") }</button>
            </form>
            <p class="vk-browse-link">
                <button type="button" class="vk-link-button" onclick={props.dispatch.reform(|_: MouseEvent| Action::Browse)}>{ m.t("browse-link") }</button>
            </p>
        </@>
    }
}
