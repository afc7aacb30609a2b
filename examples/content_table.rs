//! Prints every municipality's content as one review table: focus area → item → for whom →
//! whom to ask → source. `cargo run --example content_table > docs/content-review.md`.
//! Texts are the Danish source; conditions read as in the content files.

use velkommen::content::{Area, Condition, Content, Item, Municipality, Source};
use velkommen::i18n::{Messages, SOURCE};

fn conditions(item: &Item) -> String {
    if item.when.is_empty() {
        return match &item.step {
            Some(step) => format!("alle (trin {})", step.order),
            None => "alle".to_owned(),
        };
    }
    let alternative = |alt: &Vec<Condition>| {
        alt.iter()
            .map(|c| match c {
                Condition::Options { question, allowed } => format!("{}: {}", question.as_str(), allowed.join(" / ")),
                Condition::Range { question, min, max } => format!("{}: {min}–{max}", question.as_str()),
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let text = item.when.iter().map(alternative).collect::<Vec<_>>().join(" **eller** ");
    match &item.step {
        Some(step) => format!("{text} (trin {})", step.order),
        None => text,
    }
}

fn source(item: &Item) -> String {
    match &item.source {
        Source::Policy { file, section } => format!("{file} › {section}"),
        Source::Public { url, name, reviewed, confidence } => {
            format!("[{name}]({url}), {confidence}, tjekket {reviewed}")
        }
    }
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn table(m: &Messages, areas: &[Area], only_for: Option<&str>) {
    for area in areas {
        let items: Vec<&Item> = area.items.iter().filter(|i| only_for.is_none_or(|id| i.applies_in(id))).collect();
        if items.is_empty() {
            continue;
        }
        println!("\n### {}\n", m.t(&area.title));
        if let Some(s) = &area.section {
            println!("Afsnit i politikken: *{s}*\n");
        }
        println!("| id | tilbud | hvad du kan forvente | spørg | for hvem | kilde |");
        println!("|---|---|---|---|---|---|");
        for i in items {
            println!(
                "| `{}` | {} | {} | {} | {} | {} |",
                i.id,
                cell(&m.t(&i.title)),
                cell(&m.t(&i.body)),
                cell(&m.t(&i.ask)),
                cell(&conditions(i)),
                cell(&source(i))
            );
        }
    }
}

fn contact(m: &Municipality) -> String {
    let c = &m.contact;
    [c.address.as_deref(), c.phone.as_deref(), c.web.as_deref(), c.mail.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

fn main() {
    let content = Content::embedded().unwrap_or_else(|e| panic!("{e}"));
    let m = Messages::embedded(SOURCE).expect("Danish locale");
    println!("# Velkommen — indholdet til gennemsyn\n");
    println!("Genereret af `cargo run --example content_table` fra `content/*.toml` og `locales/da/`. Ret i de filer, ikke her.");
    println!("\"for hvem\" er betingelserne på svarene (alle skal være opfyldt); \"alle\" betyder uden betingelser.");
    for mu in &content.municipalities {
        println!("\n## {} — {} ({})\n", m.t(&mu.name), m.t(&mu.policy_title), mu.period.as_deref().unwrap_or("uden årstal"));
        println!("Kontakt: {}\n", contact(mu));
        for p in &mu.places {
            println!("- Sted `{}`: {} — {}", p.id, p.name.as_deref().map(|n| m.t(n)).unwrap_or_default(),
                [p.address.as_deref(), p.phone.as_deref(), p.web.as_deref(), p.mail.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" · "));
        }
        table(&m, &mu.areas, None);
    }
    println!("\n## {}\n", m.t(&content.national.name));
    table(&m, &content.national.areas, None);
}
