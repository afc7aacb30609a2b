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
    html! {
        <div class="vk-counter vk-noprint" lang="da" dir="ltr" role="region" aria-label={da.t("counter-badge")}>
            <span class="vk-counter__badge">{ da.t("counter-badge") }</span>
            <button type="button" class="vk-button vk-button--primary vk-next-citizen" onclick={next}>{ da.t("next-citizen") }</button>
            <button type="button" class="vk-link-button vk-counter__exit" onclick={exit}>{ da.t("counter-exit") }</button>
        </div>
    }
}
