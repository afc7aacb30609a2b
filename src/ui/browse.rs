//! Every offer of the municipality, without answering anything: each with whom it is for (from
//! its conditions, in words), its summary, and its full text on demand; a search box finds items
//! by words in the reader's language *and* in Danish (a clerk types "dagpleje" while the page
//! shows Tigrinya). The index is built once per language and municipality.

use std::rc::Rc;

use yew::prelude::*;

use super::text::{say, tr, BackLink};
use super::Ctx;
use crate::browse::{entries, who_for, SearchIndex};
use crate::flow::{Action, State};

#[derive(Properties, PartialEq)]
pub struct BrowseProps {
    pub ctx: Ctx,
    pub state: State,
    pub dispatch: Callback<Action>,
}

#[function_component(BrowsePage)]
pub fn browse_page(props: &BrowseProps) -> Html {
    let ctx = &props.ctx;
    let m = &ctx.messages;
    let query = use_state(String::new);
    let municipality_id = props.state.answers.municipality.clone();
    let index = {
        let (content, reader, danish) = (ctx.content.clone(), ctx.messages.clone(), ctx.danish.clone());
        use_memo((m.lang.code, municipality_id.clone()), move |(_, id)| {
            let mu = id.as_deref().and_then(|id| content.municipality(id))?;
            Some(Rc::new(SearchIndex::new(&entries(&content, mu), &reader, &danish)))
        })
    };
    let Some(municipality) = municipality_id.as_deref().and_then(|id| ctx.content.municipality(id)) else {
        return html! {};
    };
    let all = entries(&ctx.content, municipality);
    let found: Vec<usize> = match &*index {
        Some(index) => index.search(&query),
        None => (0..all.len()).collect(),
    };
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let name = m.t(&municipality.name);
    let mut last_area = None;
    let mut national_shown = false;
    html! {
        <@{props.ctx.main_tag()} class="vk-main vk-main--wide" id="vk-main">
            <BackLink label={m.t("nav-back")} dispatch={props.dispatch.clone()} />
            <h1 class="vk-h1" tabindex="-1">{ m.t_with("browse-heading", &[("municipality", name.into())]) }</h1>
            <div class="vk-form-group">
                <label class="vk-legend" for="vk-browse-search">{ m.t("browse-search") }</label>
                <p class="vk-hint" id="vk-browse-hint">{ m.t("browse-search-hint") }</p>
                <input class="vk-input vk-input--wide" type="search" id="vk-browse-search" aria-describedby="vk-browse-hint"
                    value={(*query).clone()} {oninput} autocomplete="off" />
            </div>
            <p class="vk-browse-count" role="status">
                { if found.is_empty() { m.t("browse-none") } else { m.t_with("browse-count", &[("count", found.len().into())]) } }
            </p>
            <ul class="vk-briefs">
                { for found.iter().map(|i| {
                    let e = &all[*i];
                    let first_national = e.layer == crate::eligibility::Layer::National && !national_shown;
                    national_shown |= first_national;
                    let heading = (last_area != Some(e.area.id.as_str())).then(|| {
                        html! {
                            <li class="vk-browse-area">
                                if first_national { <p class="vk-layer">{ m.t("results-national") }</p> }
                                <h2 class="vk-area__title">{ tr(m, &e.area.title) }</h2>
                            </li>
                        }
                    });
                    last_area = Some(e.area.id.as_str());
                    let who = match who_for(m, e.item) {
                        Some(w) => m.t_with("browse-for", &[("who", w.into())]),
                        None => m.t("browse-for-everyone"),
                    };
                    html! {
                        <>
                            { for heading }
                            <li class="vk-brief" data-item-id={e.item.id.clone()}>
                                <details class="vk-brief__details">
                                    <summary class="vk-brief__title">{ say(ctx, &e.item.title) }</summary>
                                    <p class="vk-item__summary">{ say(ctx, &e.item.summary) }</p>
                                    <p>{ tr(m, &e.item.body) }</p>
                                    <p class="vk-item__sub">{ m.t("results-ask") }</p>
                                    <p>{ tr(m, &e.item.ask) }</p>
                                </details>
                                <p class="vk-browse-who">{ who }</p>
                            </li>
                        </>
                    }
                }) }
            </ul>
        </@>
    }
}
