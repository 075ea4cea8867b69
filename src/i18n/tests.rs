use super::*;
use chrono::NaiveDate;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;
use std::collections::{BTreeMap, BTreeSet};

/// Message id → the variables it uses, for one message file; parse errors fail the test.
fn messages(name: &str, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let res = match parse(source) {
        Ok(r) => r,
        Err((_, errs)) => panic!("{name}: {errs:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in res.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            let id = m.id.name.to_string();
            assert!(out.insert(id.clone(), vars).is_none(), "{name}: {id} twice");
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, vars);
        }
    }
}

fn expr_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let en = messages("en.ftl", EN_FTL);
    let nl = messages("nl.ftl", NL_FTL);
    let only_en: Vec<_> = en.keys().filter(|k| !nl.contains_key(*k)).collect();
    let only_nl: Vec<_> = nl.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "missing in nl.ftl: {only_en:?}");
    assert!(only_nl.is_empty(), "missing in en.ftl: {only_nl:?}");
    for (id, vars) in &en {
        assert_eq!(Some(vars), nl.get(id), "arguments of {id} differ");
    }
    assert!(
        en.len() > 60,
        "the message files hold the interface and exports"
    );
}

#[test]
fn the_completeness_check_catches_a_missing_message() {
    let en = messages("en", "a = A\nb = B { $n }\n");
    let nl = messages("nl", "a = A\n");
    assert!(en.keys().any(|k| !nl.contains_key(k)));
}

#[test]
fn lookup_with_arguments_and_plurals() {
    assert_eq!(
        t!(Lang::En, "export-left-out", count = 1usize),
        "1 confidential item left out."
    );
    assert_eq!(
        t!(Lang::Nl, "export-left-out", count = 2usize),
        "2 vertrouwelijke punten weggelaten."
    );
    assert_eq!(t!(Lang::Nl, "no-such-message"), "no-such-message");
}

#[test]
fn dates_as_people_write_them() {
    let d = NaiveDate::from_ymd_opt(2020, 3, 9).unwrap();
    assert_eq!(date_long(Lang::Nl, d), "maandag 9 maart 2020");
    assert_eq!(date_short(Lang::Nl, d), "ma 9 mrt 2020");
    assert_eq!(date_long(Lang::En, d), "Monday 9 March 2020");
    assert_eq!(date_short(Lang::En, d), "Mon 9 Mar 2020");
    assert_eq!(day_month_year(Lang::Nl, d), "9 maart 2020");
    assert_eq!(month_year(Lang::Nl, 2020, 6).as_deref(), Some("juni 2020"));
    assert_eq!(month_year(Lang::En, 2020, 13), None);
    let may = NaiveDate::from_ymd_opt(2021, 5, 1).unwrap();
    assert_eq!(date_short(Lang::Nl, may), "za 1 mei 2021");
}

#[test]
fn language_resolution_order() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(resolve(None, None, env(&[])), Lang::En);
    assert_eq!(
        resolve(None, None, env(&[("LANG", "nl_NL.UTF-8")])),
        Lang::Nl
    );
    assert_eq!(
        resolve(
            None,
            None,
            env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "nl_NL.UTF-8")])
        ),
        Lang::En,
        "LC_ALL wins over LANG"
    );
    assert_eq!(
        resolve(
            None,
            None,
            env(&[("LC_ALL", ""), ("LC_MESSAGES", "nl_BE@euro")])
        ),
        Lang::Nl,
        "an empty LC_ALL does not count"
    );
    assert_eq!(
        resolve(None, Some(Lang::Nl), env(&[("LC_ALL", "en_US.UTF-8")])),
        Lang::Nl,
        "the config file wins over the locale"
    );
    assert_eq!(
        resolve(Some(Lang::En), Some(Lang::Nl), env(&[("LANG", "nl_NL")])),
        Lang::En,
        "--lang wins over everything"
    );
    assert_eq!(resolve(None, None, env(&[("LANG", "C")])), Lang::En);
    assert_eq!("NL-be".parse(), Ok(Lang::Nl));
    assert_eq!("fr".parse::<Lang>(), Err(LangError("fr".into())));
}
