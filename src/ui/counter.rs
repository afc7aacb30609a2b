//! Counter mode's bar: a plain "Counter mode" badge, "Next citizen" always at hand (it wipes the
//! person's answers, language and screen, and keeps the municipality), and a way out.

use yew::prelude::*;

use super::Ctx;
use crate::flow::Action;

#[derive(Properties, PartialEq)]
pub struct CounterBarProps {
    pub ctx: Ctx,
    pub dispatch: Callback<Action>,
}

#[function_component(CounterBar)]
pub fn counter_bar(props: &CounterBarProps) -> Html {
    // The clerk reads Danish: the bar is in Danish whatever the person reads.
    let da = &props.ctx.danish;
    let next = props.dispatch.reform(|_: MouseEvent| Action::NextCitizen);
    let exit = props.dispatch.reform(|_: MouseEvent| Action::SetCounter(false));
    let quick = props.dispatch.reform(|_: MouseEvent| Action::Quick);
    html! {
        <div class="vk-counter vk-noprint" lang="da" dir="ltr" role="region" aria-label={da.t("counter-badge")}>
            <span class="vk-counter__badge">{ da.t("counter-badge") }</span>
            <button type="button" class="vk-button vk-button--primary vk-next-citizen" onclick={next}>{ da.t("next-citizen") }</button>
            <button type="button" class="vk-link-button vk-counter__quick" onclick={quick}>{ da.t("quick-link") }</button>
            <button type="button" class="vk-link-button vk-counter__exit" onclick={exit}>{ da.t("counter-exit") }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct IdleProps {
    pub ctx: Ctx,
    /// Seconds left before the guide starts again.
    pub seconds: u32,
}

/// "Are you still there?": a modal dialog (the browser's own `<dialog>`, so focus stays in it
/// and screen readers announce it) in the person's language and in Danish, counting down. Any
/// input closes it (see `hooks::idle`).
#[function_component(IdleDialog)]
pub fn idle_dialog(props: &IdleProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(d) = node.cast::<web_sys::HtmlDialogElement>() {
                if !d.open() {
                    let _ = d.show_modal();
                }
            }
            move || {
                if let Some(d) = node.cast::<web_sys::HtmlDialogElement>() {
                    d.close();
                }
            }
        });
    }
    let (m, da) = (&props.ctx.messages, &props.ctx.danish);
    let seconds = props.seconds;
    let block = |m: &crate::i18n::Messages, first: bool| {
        html! {
            <div class="vk-idle__lang" lang={m.lang.code} dir={m.lang.dir()}>
                <h2 class="vk-idle__heading" id={first.then_some("vk-idle-heading")}>{ m.t("idle-heading") }</h2>
                <p id={first.then_some("vk-idle-text")}>{ m.t_with("idle-text", &[("seconds", seconds.into())]) }</p>
            </div>
        }
    };
    html! {
        <dialog ref={node} class="vk-idle" aria-labelledby="vk-idle-heading" aria-describedby="vk-idle-text">
            { block(m, true) }
            if m.lang != da.lang { { block(da, false) } }
            <button type="button" class="vk-button vk-button--primary vk-idle__continue">
                { m.t("idle-continue") }
                if m.lang != da.lang { <span class="vk-idle__continue-da" lang="da" dir="ltr">{ da.t("idle-continue") }</span> }
            </button>
        </dialog>
    }
}
