//! "Take your results with you": a results link, made only when the person asks, offered as a
//! QR code to scan with their own phone, a copy button and the platform's share sheet. The link
//! carries the answers in its fragment (never a query string, never sent), and the page says so
//! in plain words. The panel closes with the screen, so "Start again" leaves no link behind. On
//! the results page it offers printing too.

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::text::say;
use super::Ctx;
use crate::flow::State;
use crate::fragment;

/// The page's own address without its fragment, for a results link that opens this same guide
/// (on a municipality's page too).
fn page_url() -> String {
    let loc = gloo::utils::window().location();
    format!("{}{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default())
}

/// The whole results link for these answers.
pub fn results_url(state: &State) -> String {
    format!("{}#{}", page_url(), fragment::results_link(state))
}

/// The link as a QR code in SVG: one path, black on white, sharp edges for the camera.
pub fn qr_code(link: &str, label: String) -> Html {
    let Some(d) = crate::qr::drawing(link) else { return html! {} };
    html! {
        <svg class="vk-qr" xmlns="http://www.w3.org/2000/svg" viewBox={format!("0 0 {0} {0}", d.size)}
            role="img" aria-label={label} shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#fff" />
            <path d={d.path} fill="#000" />
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct TakeHomeProps {
    pub ctx: Ctx,
    pub state: State,
    /// Offer printing too (the results page: paper is a way to take them home).
    #[prop_or_default]
    pub print: bool,
}

#[function_component(TakeHome)]
pub fn take_home(props: &TakeHomeProps) -> Html {
    let m = &props.ctx.messages;
    let open = use_state(|| false);
    let status = use_state(|| None::<String>);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let link = results_url(&props.state);
    let navigator = gloo::utils::window().navigator();
    let can_share = js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false);
    let copy = {
        let (link, status) = (link.clone(), status.clone());
        let (done, failed) = (m.t("take-home-copied"), m.t("take-home-copy-failed"));
        Callback::from(move |_: MouseEvent| {
            let promise = gloo::utils::window().navigator().clipboard().write_text(&link);
            let (status, done, failed) = (status.clone(), done.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                status.set(Some(if ok { done } else { failed }));
            });
        })
    };
    let share = {
        let link = link.clone();
        let title = m.t("take-home-heading");
        Callback::from(move |_: MouseEvent| {
            let data = web_sys::ShareData::new();
            data.set_title(&title);
            data.set_url(&link);
            // Cancelling the share sheet rejects the promise: nothing to say about that.
            let promise = gloo::utils::window().navigator().share_with_data(&data);
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    html! {
        <div class="vk-take-home vk-noprint">
            <button type="button" class="vk-button vk-button--secondary vk-take-home__toggle" aria-expanded={open.to_string()}
                aria-controls="vk-take-home-panel" onclick={toggle}>{ say(&props.ctx, "take-home-button") }</button>
            if *open {
                <div class="vk-take-home__panel" id="vk-take-home-panel">
                    <h2 class="vk-take-home__heading">{ m.t("take-home-heading") }</h2>
                    <p>{ m.t("take-home-explain") }</p>
                    <p class="vk-take-home__trust">{ m.t("take-home-trust") }</p>
                    <p>{ m.t("take-home-closed") }</p>
                    { qr_code(&link, m.t("take-home-qr-label")) }
                    <div class="vk-actions">
                        <button type="button" class="vk-button vk-button--primary" onclick={copy}>{ m.t("take-home-copy") }</button>
                        if can_share {
                            <button type="button" class="vk-button vk-button--secondary" onclick={share}>{ m.t("take-home-share") }</button>
                        }
                        if props.print {
                            <button type="button" class="vk-button vk-button--secondary" onclick={print}>{ m.t("results-print") }</button>
                        }
                    </div>
                    <p class="vk-take-home__status" role="status">{ (*status).clone().unwrap_or_default() }</p>
                </div>
            }
        </div>
    }
}
