//! One question per page: the question is the page's only `<h1>`, with large tap targets, a back
//! link, the step count and "don't know / prefer not to say". The choice is kept in the page until
//! the person continues, then sent as one [`Action::Answer`].

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::text::{say, BackLink};
use crate::i18n::option_id;
use super::Ctx;
use crate::answers::Reply;
use crate::flow::Action;
use crate::questions::{Kind, QuestionId};

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub ctx: Ctx,
    pub q: QuestionId,
    /// The answer given before, shown as chosen.
    pub reply: Option<Reply>,
    /// `(n, total)` for "Question n of total".
    pub step: Option<(usize, usize)>,
    pub dispatch: Callback<Action>,
}

/// What the person has ticked or typed on this page, before continuing.
#[derive(Clone, PartialEq, Default)]
struct Draft {
    chosen: Vec<&'static str>,
    dont_know: bool,
    number: String,
}

impl Draft {
    fn from(reply: Option<&Reply>) -> Draft {
        match reply {
            None => Draft::default(),
            Some(Reply::DontKnow) => Draft { dont_know: true, ..Default::default() },
            Some(Reply::Options(o)) => Draft { chosen: o.clone(), ..Default::default() },
            Some(Reply::Number(n)) => Draft { number: n.to_string(), ..Default::default() },
        }
    }
}

#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionProps) -> Html {
    let m = &props.ctx.messages;
    let q = props.q;
    let kind = q.question().kind;
    let draft = use_state(|| Draft::from(props.reply.as_ref()));
    let error = use_state(|| None::<String>);
    let qid = format!("q-{}", q.as_str());
    let hint_id = format!("{qid}-hint");
    let hint = m.has(&format!("{qid}-hint")).then(|| m.t(&format!("{qid}-hint")));
    let error_id = format!("{qid}-error");

    let onsubmit = {
        let draft = draft.clone();
        let error = error.clone();
        let dispatch = props.dispatch.clone();
        let m = m.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let d = (*draft).clone();
            let reply = if d.dont_know {
                Ok(Reply::DontKnow)
            } else {
                match kind {
                    Kind::One(_) if d.chosen.len() == 1 => Ok(Reply::Options(d.chosen.clone())),
                    Kind::One(_) => Err(m.t("error-choose-one")),
                    // Health allows "none of these" (nothing ticked); the children's ages need one.
                    Kind::Many(_) if d.chosen.is_empty() && q == QuestionId::Children => Err(m.t("error-choose-some")),
                    Kind::Many(_) => Reply::options(q, &d.chosen).map_err(|e| e.to_string()),
                    Kind::Number { min, max } => d
                        .number
                        .trim()
                        .parse::<i64>()
                        .ok()
                        .and_then(|n| Reply::number(q, n).ok())
                        .ok_or_else(|| m.t_with("error-age", &[("min", min.into()), ("max", max.into())])),
                }
            };
            match reply {
                Ok(r) => dispatch.emit(Action::Answer(q, r)),
                Err(msg) => error.set(Some(msg)),
            }
        })
    };

    let option = |o: &'static str, index: usize| -> Html {
        let id = format!("{qid}-{index}");
        let (input_type, checked) = match kind {
            Kind::Many(_) => ("checkbox", draft.chosen.contains(&o) && !draft.dont_know),
            _ => ("radio", draft.chosen.contains(&o) && !draft.dont_know),
        };
        let onchange = {
            let draft = draft.clone();
            Callback::from(move |e: Event| {
                let on = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).is_some_and(|i| i.checked());
                let mut d = (*draft).clone();
                d.dont_know = false;
                match kind {
                    Kind::Many(all) => {
                        d.chosen.retain(|c| *c != o);
                        if on {
                            d.chosen.push(o);
                        }
                        d.chosen.sort_by_key(|c| all.iter().position(|a| a == c));
                    }
                    _ => d.chosen = vec![o],
                }
                draft.set(d);
            })
        };
        html! {
            <div class={classes!("vk-choice", if input_type == "checkbox" { "vk-choice--check" } else { "vk-choice--radio" })}>
                <input class="vk-choice__input" type={input_type} name={qid.clone()} id={id.clone()} value={o} {checked} {onchange} />
                <label class="vk-choice__label" for={id}>{ say(&props.ctx, &option_id(q, o)) }</label>
            </div>
        }
    };

    let dont_know = {
        let id = format!("{qid}-dont-know");
        let input_type = if matches!(kind, Kind::Many(_)) { "checkbox" } else { "radio" };
        let onchange = {
            let draft = draft.clone();
            Callback::from(move |e: Event| {
                let on = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).is_some_and(|i| i.checked());
                draft.set(Draft { dont_know: on, ..Default::default() });
            })
        };
        html! {
            <div class={classes!("vk-choice", if input_type == "checkbox" { "vk-choice--check" } else { "vk-choice--radio" })}>
                <input class="vk-choice__input" type={input_type} name={qid.clone()} id={id.clone()} value="?" checked={draft.dont_know} {onchange} />
                <label class="vk-choice__label" for={id}>{ say(&props.ctx, "q-dont-know") }</label>
            </div>
        }
    };

    let error_html = (*error).clone().map(|e| {
        html! { <p class="vk-error-message" id={error_id.clone()} role="alert"><span class="vk-sr-only">{ "! " }</span>{ e }</p> }
    });
    let described = [hint.as_ref().map(|_| hint_id.clone()), error.as_ref().map(|_| error_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let described = (!described.is_empty()).then_some(described);

    let field = match kind {
        Kind::Number { .. } => {
            let oninput = {
                let draft = draft.clone();
                Callback::from(move |e: InputEvent| {
                    if let Some(i) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                        draft.set(Draft { number: i.value(), ..Default::default() });
                    }
                })
            };
            let input_id = format!("{qid}-input");
            html! {
                <div class={classes!("vk-form-group", error.is_some().then_some("vk-form-group--error"))}>
                    <h1 class="vk-h1" tabindex="-1"><label for={input_id.clone()}>{ say(&props.ctx, &qid) }</label></h1>
                    if hint.is_some() { <p class="vk-hint" id={hint_id.clone()}>{ say(&props.ctx, &hint_id) }</p> }
                    { error_html }
                    <input class="vk-input vk-input--short" type="text" inputmode="numeric" pattern="[0-9]*"
                        autocomplete="off" id={input_id} name={qid.clone()} value={draft.number.clone()}
                        aria-describedby={described} aria-invalid={error.is_some().then_some("true")} {oninput} />
                    <p class="vk-or">{ m.t("q-or") }</p>
                    <div class="vk-choices">{ dont_know }</div>
                </div>
            }
        }
        Kind::One(opts) | Kind::Many(opts) => html! {
            <div class={classes!("vk-form-group", error.is_some().then_some("vk-form-group--error"))}>
                <fieldset class="vk-fieldset" aria-describedby={described}>
                    <legend class="vk-legend vk-legend--page">
                        <h1 class="vk-h1" tabindex="-1">{ say(&props.ctx, &qid) }</h1>
                    </legend>
                    if hint.is_some() { <p class="vk-hint" id={hint_id.clone()}>{ say(&props.ctx, &hint_id) }</p> }
                    { error_html }
                    <div class="vk-choices">
                        { for opts.iter().enumerate().map(|(i, o)| option(o, i)) }
                        <p class="vk-or">{ m.t("q-or") }</p>
                        { dont_know }
                    </div>
                </fieldset>
            </div>
        },
    };

    html! {
        <@{props.ctx.main_tag()} class="vk-main" id="vk-main">
            <BackLink label={m.t("nav-back")} dispatch={props.dispatch.clone()} />
            if let Some((n, total)) = props.step {
                <p class="vk-step">{ m.t_with("step", &[("n", n.into()), ("total", total.into())]) }</p>
            }
            <form class="vk-form" {onsubmit} novalidate=true>
                { field }
                <button class="vk-button vk-button--primary" type="submit">{ say(&props.ctx, "continue") }</button>
            </form>
        </@>
    }
}
