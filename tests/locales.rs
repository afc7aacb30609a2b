//! Every shipped language has exactly Danish's messages (ids and attributes) and uses no
//! variable the Danish message does not. A failure names the file, the message and the language.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use velkommen::i18n::{self, LANGS, SOURCE};

/// Variables used in a pattern, including inside select expressions.
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        _ => {}
    }
}

/// `message id (or id.attribute)` → `(file, variables)` for one language.
fn messages(lang: &str) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut out = BTreeMap::new();
    for (path, text) in i18n::embedded_files(lang) {
        let res = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(_, e)| panic!("{path}: {e:?}"));
        for entry in res.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    variables(v, &mut vars);
                }
                out.insert(m.id.name.to_owned(), (path.to_owned(), vars));
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    variables(&a.value, &mut vars);
                    out.insert(format!("{}.{}", m.id.name, a.id.name), (path.to_owned(), vars));
                }
            }
        }
    }
    out
}

#[test]
fn every_language_has_exactly_danish_messages_and_variables() {
    let danish = messages(SOURCE.code);
    assert!(danish.len() > 500, "Danish has {} messages", danish.len());
    let mut problems = Vec::new();
    for lang in LANGS.iter().filter(|l| **l != SOURCE) {
        let other = messages(lang.code);
        for (id, (file, vars)) in &danish {
            match other.get(id) {
                None => problems.push(format!("locales/{}/: message '{id}' is missing (Danish has it in {file})", lang.code)),
                Some((ofile, ovars)) => {
                    let expected = file.replace("/da/", &format!("/{}/", lang.code));
                    if *ofile != expected {
                        problems.push(format!("{ofile}: message '{id}' belongs in {expected}"));
                    }
                    for v in ovars.difference(vars) {
                        problems.push(format!("{ofile}: message '{id}' uses ${v}, which the Danish message does not"));
                    }
                }
            }
        }
        for (id, (file, _)) in &other {
            if !danish.contains_key(id) {
                problems.push(format!("{file}: message '{id}' is not in Danish"));
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// Every message's text (value only) per language, as `id → text`.
fn texts(lang: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (path, text) in i18n::embedded_files(lang) {
        let res = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(_, e)| panic!("{path}: {e:?}"));
        for entry in res.entries() {
            if let ast::Entry::Message(m) = entry {
                if let Some(v) = &m.value {
                    let s: String = v
                        .elements
                        .iter()
                        .map(|e| match e {
                            ast::PatternElement::TextElement { value } => (*value).to_owned(),
                            ast::PatternElement::Placeable { .. } => "{…}".to_owned(),
                        })
                        .collect();
                    out.insert(m.id.name.to_owned(), s);
                }
            }
        }
    }
    out
}

/// A number with a fraction ("3½") in a right-to-left text is shown backwards ("½3") unless it
/// is isolated (U+2066 LRI or U+2068 FSI … U+2069 PDI) or written out in words.
#[test]
fn every_fraction_in_a_right_to_left_language_is_isolated() {
    const FRACTIONS: &[char] = &['½', '¼', '¾', '⅓', '⅔'];
    let mut wrong = Vec::new();
    for lang in LANGS.iter().filter(|l| l.rtl) {
        for (id, text) in texts(lang.code) {
            let chars: Vec<char> = text.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                if !FRACTIONS.contains(c) {
                    continue;
                }
                // The number it belongs to: the digits just before it.
                let start = (0..i).rev().take_while(|j| chars[*j].is_ascii_digit()).last().unwrap_or(i);
                let isolated = start > 0 && matches!(chars[start - 1], '\u{2066}' | '\u{2068}') && chars.get(i + 1) == Some(&'\u{2069}');
                if !isolated {
                    wrong.push(format!("locales/{}/: message '{id}': '{}' is not isolated (wrap it in U+2066 … U+2069)", lang.code, chars[start..=i].iter().collect::<String>()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// A Danish official word that translations keep in brackets ("(dagpleje)") is one the reader
/// will meet at the municipality: every translation keeps it, so no language's reader is left
/// without it. A word counts once two translations keep it (one alone may be a translator's
/// aside, such as "(Ukraine)" or "(reform)").
#[test]
fn every_danish_word_kept_in_one_language_is_kept_in_all() {
    let danish = texts(SOURCE.code);
    let others: Vec<(&str, BTreeMap<String, String>)> =
        LANGS.iter().filter(|l| **l != SOURCE).map(|l| (l.code, texts(l.code))).collect();
    let mut wrong = Vec::new();
    for (id, da) in &danish {
        let da_lower = da.to_lowercase();
        // The Danish words some translation keeps in brackets, as written in the Danish text.
        let mut keeping: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
        for (code, msgs) in &others {
            let Some(t) = msgs.get(id) else { continue };
            for part in t.split('(').skip(1) {
                let Some(inner) = part.split(')').next() else { continue };
                for word in inner.split([',', ';']).map(str::trim) {
                    if word.chars().count() >= 4 && word.chars().any(char::is_alphabetic) && da_lower.contains(&word.to_lowercase()) {
                        keeping.entry(word.to_lowercase()).or_default().insert(code);
                    }
                }
            }
        }
        let kept: Vec<&String> = keeping.iter().filter(|(_, langs)| langs.len() >= 2).map(|(w, _)| w).collect();
        for (code, msgs) in &others {
            let Some(t) = msgs.get(id) else { continue };
            let t = t.to_lowercase();
            for word in &kept {
                if !t.contains(word.as_str()) {
                    wrong.push(format!("locales/{code}/: message '{id}': the Danish word '{word}' is kept in another language but not here"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} places:\n{}", wrong.len(), wrong.join("\n"));
}
