//! The check page or the results with no answer in memory: after a reload (answers live in
//! memory only, so a reload forgets them) or Back after "Start again". One sentence says why,
//! and the person can go on from the first unanswered question or start again — never a page
//! of "not answered" or of results for nobody.

use yew::prelude::*;

use super::Ctx;
use crate::flow::Action;

#[derive(Properties, PartialEq)]
pub struct GoneProps {
    pub ctx: Ctx,
    /// The municipality, whose contact the page shows.
    pub municipality: Option<String>,
    pub dispatch: Callback<Action>,
}

#[function_component(AnswersGone)]
pub fn answers_gone(props: &GoneProps) -> Html {
    let m = &props.ctx.messages;
    let municipality = props.municipality.as_deref().and_then(|id| props.ctx.content.municipality(id));
    let resume = props.dispatch.reform(|_: MouseEvent| Action::Resume);
    let start_again = props.dispatch.reform(|_: MouseEvent| Action::StartAgain);
    html! {
        <@{props.ctx.main_tag()} class="vk-main" id="vk-main">
            <h1 class="vk-h1" tabindex="-1">{ m.t("gone-heading") }</h1>
            <p class="vk-lead">{ m.t("gone-text") }</p>
            <p>{ m.t("gone-link") }</p>
            <div class="vk-actions">
                <button type="button" class="vk-button vk-button--primary" onclick={resume}>{ m.t("gone-resume") }</button>
                <button type="button" class="vk-button vk-button--secondary" onclick={start_again}>{ m.t("start-again") }</button>
            </div>
            if let Some(mu) = municipality {
                { super::contact::contact_card(m, Some(m.t(&mu.name)), &mu.contact) }
            }
        </@>
    }
}
