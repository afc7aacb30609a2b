//! Small pieces the screens share: the back link, and messages marked when they fall back to
//! Danish. (How an answer reads is in the core: [`crate::i18n::answer_text`].)

use yew::prelude::*;

use crate::flow::Action;
use crate::i18n::Messages;

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

/// A message in the reader's language with, on paper only, the Danish beneath it: the printed
/// sheet is read by the person and by a clerk at the counter. (Nothing extra for Danish
/// readers, and nothing extra on screen.)
pub fn dual(m: &Messages, danish: &Messages, id: &str) -> Html {
    if m.lang == crate::i18n::SOURCE {
        return tr(m, id);
    }
    html! {
        <>
            { tr(m, id) }
            <span class="vk-print-da" lang="da" dir="ltr">{ danish.t(id) }</span>
        </>
    }
}

/// A message in the person's language with the Danish beside it (each marked with its
/// language), or the message alone for a Danish reader.
pub fn both(m: &Messages, da: &Messages, id: &str) -> Html {
    pair(m, tr(m, id), da.t(id))
}

/// A text in the person's language (a message, an answer, a label with values) with its Danish
/// beside it: two blocks, each with its own `lang` and `dir`, side by side on a wide screen and
/// stacked, the person's first, on a narrow one. A Danish reader gets the text alone.
pub fn pair(m: &Messages, own: Html, danish: String) -> Html {
    if m.lang == crate::i18n::SOURCE {
        return own;
    }
    html! {
        <span class="vk-bi">
            <span class="vk-bi__own" lang={m.lang.code} dir={m.lang.dir()}>{ own }</span>
            <span class="vk-bi__da" lang="da" dir="ltr">{ danish }</span>
        </span>
    }
}

/// A message as the screen shows it: in counter mode, for a reader of another language, with the
/// Danish beside it (the clerk reads Danish); otherwise in the reader's language alone.
pub fn say(ctx: &super::Ctx, id: &str) -> Html {
    if ctx.bilingual {
        both(&ctx.messages, &ctx.danish, id)
    } else {
        tr(&ctx.messages, id)
    }
}
