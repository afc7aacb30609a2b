//! Small pieces of text the screens share: how an answer reads, and the back link.

use yew::prelude::*;

use crate::answers::Reply;
use crate::flow::Action;
use crate::i18n::Messages;
use crate::questions::QuestionId;

/// The message id of an option's label.
pub fn option_id(q: QuestionId, option: &str) -> String {
    format!("q-{}-{option}", q.as_str())
}

/// An answer as the person reads it ("Med en partner", "34", "Ved ikke / vil ikke svare").
pub fn reply_text(m: &Messages, q: QuestionId, reply: Option<&Reply>) -> String {
    match reply {
        None => m.t("check-unanswered"),
        Some(Reply::DontKnow) => m.t("q-dont-know"),
        Some(Reply::Number(n)) => n.to_string(),
        Some(Reply::Options(o)) if o.is_empty() => m.t("check-none"),
        Some(Reply::Options(o)) => o.iter().map(|o| m.t(&option_id(q, o))).collect::<Vec<_>>().join(", "),
    }
}

#[derive(Properties, PartialEq)]
pub struct BackProps {
    pub label: AttrValue,
    pub dispatch: Callback<Action>,
}

/// GOV.UK's back link: a link-styled button at the top of the page (the arrow mirrors in
/// right-to-left languages through CSS).
#[function_component(BackLink)]
pub fn back_link(props: &BackProps) -> Html {
    let onclick = props.dispatch.reform(|_: MouseEvent| Action::Back);
    html! {
        <button type="button" class="vk-back vk-noprint" {onclick}>{ props.label.clone() }</button>
    }
}

/// A message as HTML: a text that falls back to Danish (not yet translated) is marked as Danish,
/// visibly and for screen readers, instead of passing silently.
pub fn tr(m: &Messages, id: &str) -> Html {
    let t = m.text(id);
    if t.fallback {
        html! {
            <>
                <span lang="da" dir="ltr">{ t.value }</span>
                { " " }<span class="vk-fallback">{ m.t("fallback-marker") }</span>
            </>
        }
    } else {
        html! { { t.value } }
    }
}
