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
