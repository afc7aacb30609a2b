//! The quick form for the clerk: every question on one page, with the same options, hints and
//! "don't know", each text in the person's language with the Danish beside it, keyboard-fast
//! (native radio groups: Tab between questions, arrow keys within one; Enter sends). Every
//! question stands on the page from the start — one that depends on another answer (the
//! children's ages) too, so nothing moves under the keyboard; on sending, an answer to a question
//! the other answers rule out is left out, as the flow would never have asked it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::text::{both, BackLink};
use super::Ctx;
use crate::answers::{Answers, Reply};
use crate::flow::{Action, State};
use crate::i18n::option_id;
use crate::questions::{Kind, QuestionId};

#[derive(Properties, PartialEq)]
pub struct QuickProps {
    pub ctx: Ctx,
    pub state: State,
    pub dispatch: Callback<Action>,
}

#[function_component(QuickForm)]
pub fn quick_form(props: &QuickProps) -> Html {
    let (m, da) = (&props.ctx.messages, &props.ctx.danish);
    let draft = use_state(|| props.state.answers.clone());
    // The questions on the page: all that can be asked here (as with nothing answered).
    let mut blank = props.state.clone();
    blank.answers = Answers::new();
    blank.answers.municipality = props.state.answers.municipality.clone();
    let on_page = blank.steps(&props.ctx.content);
    let set = {
        let draft = draft.clone();
        move |q: QuestionId, reply: Option<Reply>| {
            let mut a: Answers = (*draft).clone();
            match reply {
                Some(r) => a.set(q, r),
                None => a.clear(q),
            }
            draft.set(a);
        }
    };
    let onsubmit = {
        let (draft, dispatch, state, content) = (draft.clone(), props.dispatch.clone(), props.state.clone(), props.ctx.content.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Only the questions these answers lead to count.
            let mut asked = state.clone();
            asked.answers = (*draft).clone();
            let mut a = Answers::new();
            for q in &asked.steps(&content) {
                if let Some(r) = draft.get(*q) {
                    a.set(*q, r.clone());
                }
            }
            dispatch.emit(Action::SubmitQuick(a));
        })
    };
    let question = |q: QuestionId| -> Html {
        let qid = format!("quick-{}", q.as_str());
        let reply = draft.get(q).cloned();
        let hint = m.has(&format!("q-{}-hint", q.as_str())).then(|| format!("q-{}-hint", q.as_str()));
        let body = match q.question().kind {
            Kind::Number { min, max } => {
                let set = set.clone();
                let oninput = Callback::from(move |e: InputEvent| {
                    let v = e.target_unchecked_into::<HtmlInputElement>().value();
                    set(q, v.trim().parse::<i64>().ok().and_then(|n| Reply::number(q, n).ok()));
                });
                let value = match &reply { Some(Reply::Number(n)) => n.to_string(), _ => String::new() };
                html! {
                    <input class="vk-input vk-input--short" type="number" inputmode="numeric" id={qid.clone()}
                        min={min.to_string()} max={max.to_string()} {value} {oninput} />
                }
            }
            kind @ (Kind::One(_) | Kind::Many(_)) => {
                let many = matches!(kind, Kind::Many(_));
                let chosen: Vec<&'static str> = match &reply { Some(Reply::Options(o)) => o.clone(), _ => vec![] };
                let dont_know = reply == Some(Reply::DontKnow);
                let options = kind.options().iter().map(|o| {
                    let id = format!("{qid}-{o}");
                    let checked = chosen.contains(o);
                    let (set, chosen, o) = (set.clone(), chosen.clone(), *o);
                    let onchange = Callback::from(move |_: Event| {
                        let next = if many {
                            let mut c: Vec<&str> = chosen.iter().copied().filter(|c| *c != o).collect();
                            if !checked {
                                c.push(o);
                            }
                            Reply::options(q, &c).ok()
                        } else {
                            Reply::options(q, &[o]).ok()
                        };
                        set(q, next);
                    });
                    html! {
                        <div class="vk-choice vk-choice--compact">
                            <input class="vk-choice__input" type={if many { "checkbox" } else { "radio" }} name={qid.clone()}
                                id={id.clone()} value={o} {checked} {onchange} />
                            <label class="vk-choice__label" for={id}>{ both(m, da, &option_id(q, o)) }</label>
                        </div>
                    }
                });
                let unknown = {
                    let id = format!("{qid}-dont-know");
                    let set = set.clone();
                    let onchange = Callback::from(move |_: Event| set(q, if dont_know { None } else { Some(Reply::DontKnow) }));
                    html! {
                        <div class="vk-choice vk-choice--compact">
                            <input class="vk-choice__input" type={if many { "checkbox" } else { "radio" }} name={qid.clone()}
                                id={id.clone()} value="?" checked={dont_know} {onchange} />
                            <label class="vk-choice__label" for={id}>{ both(m, da, "q-dont-know") }</label>
                        </div>
                    }
                };
                html! { <div class="vk-choices vk-choices--compact">{ for options }{ unknown }</div> }
            }
        };
        let label = both(m, da, &format!("q-{}", q.as_str()));
        let hint = hint.map(|h| html! { <p class="vk-hint">{ both(m, da, &h) }</p> });
        match q.question().kind {
            Kind::Number { .. } => html! {
                <div key={q.as_str()} class="vk-form-group vk-quick__q" data-question={q.as_str()}>
                    <label class="vk-legend" for={qid.clone()}>{ label }</label>
                    { for hint }
                    { body }
                </div>
            },
            _ => html! {
                <fieldset key={q.as_str()} class="vk-fieldset vk-quick__q" data-question={q.as_str()}>
                    <legend class="vk-legend">{ label }</legend>
                    { for hint }
                    { body }
                </fieldset>
            },
        }
    };
    html! {
        <@{props.ctx.main_tag()} class="vk-main vk-main--wide" id="vk-main">
            <BackLink label={m.t("nav-back")} dispatch={props.dispatch.clone()} />
            <h1 class="vk-h1" tabindex="-1">{ both(m, da, "quick-heading") }</h1>
            <p>{ both(m, da, "quick-intro") }</p>
            <form class="vk-quick" {onsubmit}>
                { for on_page.iter().map(|q| question(*q)) }
                <button class="vk-button vk-button--primary" type="submit">{ both(m, da, "check-submit") }</button>
            </form>
        </@>
    }
}
