//! A place's contact lines, with a tappable phone number and mail address: the results show the
//! municipality's once, near the top; the "answers gone" page shows it too, so nobody is left
//! without a way to ask.

use yew::prelude::*;

use crate::content::Place;
use crate::i18n::Messages;

/// `tel:` wants digits only.
fn tel(phone: &str) -> String {
    let digits: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    if digits.starts_with('+') { digits } else { format!("+45{digits}") }
}

/// A place's contact lines; `name` is left out where a heading above already names it.
pub fn contact_card(m: &Messages, name: Option<String>, place: &Place) -> Html {
    html! {
        <div class="vk-contact">
            if let Some(name) = name { <p class="vk-contact__name"><bdi>{ name }</bdi></p> }
            if let Some(a) = &place.address { <p class="vk-contact__line"><bdi>{ a }</bdi></p> }
            if let Some(p) = &place.phone {
                <p class="vk-contact__line">{ m.t("results-phone") }{ ": " }
                    <a class="vk-link" href={format!("tel:{}", tel(p))}><bdi>{ p }</bdi></a></p>
            }
            if let Some(mail) = &place.mail {
                <p class="vk-contact__line">{ m.t("results-mail") }{ ": " }
                    <a class="vk-link" href={format!("mailto:{mail}")}><bdi>{ mail }</bdi></a></p>
            }
            if let Some(w) = &place.web {
                <p class="vk-contact__line">{ m.t("results-web") }{ ": " }
                    <a class="vk-link vk-link--url" href={w.clone()} rel="noreferrer"><bdi>{ w.trim_start_matches("https://") }</bdi></a></p>
            }
        </div>
    }
}

