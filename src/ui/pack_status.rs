//! In place of the results or the list of offers while the municipality's pack is still on its
//! way (a slow connection, or a link straight to the results), or when it could not be fetched:
//! say so, keep the answers, and offer to try again.

use yew::prelude::*;

use super::Ctx;

#[derive(Properties, PartialEq)]
pub struct PackStatusProps {
    pub ctx: Ctx,
    pub failed: bool,
    pub retry: Callback<MouseEvent>,
}

#[function_component(PackStatus)]
pub fn pack_status(props: &PackStatusProps) -> Html {
    let m = &props.ctx.messages;
    html! {
        <@{props.ctx.main_tag()} class="vk-main" id="vk-main">
            if props.failed {
                <div class="vk-alert vk-alert--error" role="alert">
                    <h1 class="vk-h1" tabindex="-1">{ m.t("packs-failed-heading") }</h1>
                    <p>{ m.t("packs-failed-text") }</p>
                    <button type="button" class="vk-button vk-button--primary" onclick={props.retry.clone()}>{ m.t("packs-retry") }</button>
                </div>
            } else {
                <div role="status">
                    <h1 class="vk-h1" tabindex="-1">{ m.t("packs-loading") }</h1>
                </div>
            }
        </@>
    }
}
