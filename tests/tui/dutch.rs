//! The interface in Dutch (`--lang nl`): snapshots of the main screen, the help overlay
//! generated from the key table, the picker, the pending details, the capture line, the
//! clock and the small-terminal message; and the key table has a Dutch word for every entry.

use crate::support::app::{app_with, at_ymd, screen};
use docket::i18n::Lang;
use docket::store;
use docket::tui::action::Action;
use docket::tui::app::App;
use docket::tui::keymap::TABLES;

fn app_for(dir: &str, width: u16, height: u16, now: chrono::NaiveDateTime) -> App {
    app_with(dir, now, (width, height), |app| app.set_lang(Lang::Nl))
}

#[test]
fn hoofdscherm_110x30() {
    let mut app = app_for("meetings", 110, 30, at_ymd(2026, 11, 28, 10, 0));
    app.update(Action::Down);
    let s = screen(&app);
    assert!(s.contains("ma 9 mrt 2020"), "{s}");
    assert!(s.contains("Openstaand (lovp)") && s.contains("besproken"));
    insta::assert_snapshot!(s);
}

#[test]
fn vergadering_van_februari_met_acties() {
    let mut app = app_for("meetings", 120, 40, at_ymd(2026, 11, 28, 10, 0));
    app.update(Action::PrevMeeting);
    app.update(Action::Down);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn openstaande_actie_in_detail() {
    let mut app = app_for("meetings", 100, 30, at_ymd(2026, 11, 28, 10, 0));
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    let s = screen(&app);
    assert!(
        s.contains("Openstaande actie") && s.contains("toegezegd op"),
        "{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn hulpvenster_uit_de_toetsentabel() {
    let mut app = app_for("meetings", 100, 40, at_ymd(2026, 11, 28, 10, 0));
    app.update(Action::OpenHelp);
    let s = screen(&app);
    assert!(s.contains("Toetsen") && s.contains("Bewegen"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn vergaderkiezer_filtert_op_nederlandse_maandnaam() {
    let mut app = app_for("meetings", 90, 20, at_ymd(2026, 11, 28, 10, 0));
    app.update(Action::OpenPicker);
    for c in "maart".chars() {
        app.update(Action::InputChar(c));
    }
    let s = screen(&app);
    assert!(
        s.contains("Vergaderingen (1/2)") && s.contains("ma 2020-03-09"),
        "{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn invoerregel_voor_een_uitkomst_en_een_fout() {
    let mut app = app_for("meetings", 100, 24, at_ymd(2026, 11, 28, 10, 0));
    app.update(Action::AddOutcome);
    let s = screen(&app);
    assert!(s.contains("Uitkomst [afspraak · Tab]"), "{s}");
    assert!(s.contains("Enter bewaart · Esc annuleert"));
    app.update(Action::Confirm);
    let s = screen(&app);
    assert!(s.contains("typ de uitkomst"), "{s}");
}

#[test]
fn klok_tijdens_de_vergadering() {
    let mut app = app_for("meetings", 120, 24, at_ymd(2020, 2, 10, 11, 0));
    app.set_live(true);
    app.update(Action::PrevMeeting);
    let s = screen(&app);
    assert!(s.contains("ma 10 feb 2020"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn te_klein_venster() {
    let app = app_for("meetings", 30, 8, at_ymd(2026, 11, 28, 10, 0));
    let s = screen(&app);
    assert!(s.contains("Terminal te klein"), "{s}");
}

#[test]
fn every_key_has_a_dutch_description_and_label() {
    let titles = TABLES.iter().map(|t| t.title).filter(|t| !t.is_empty());
    let rest = TABLES
        .iter()
        .flat_map(|t| t.rest_help)
        .flat_map(|(k, what)| [k, what]);
    let bindings = TABLES.iter().flat_map(|t| t.bindings());
    let ids = bindings
        .flat_map(|b| {
            std::iter::once(b.help)
                .chain(Some(b.group).filter(|g| !g.is_empty()))
                .chain(b.footer)
        })
        .chain(titles)
        .chain(rest);
    for id in ids {
        {
            let nl = docket::i18n::tr(Lang::Nl, id, &[]);
            let en = docket::i18n::tr(Lang::En, id, &[]);
            // A binding names message ids (`help: "key-…"`, `group: "group-…"`, `footer:
            // Some("footer-…")`) whose text is in locales/en.ftl and locales/nl.ftl.
            assert_ne!(
                en, id,
                "`{id}`: give the binding a message id and put its text in locales/en.ftl"
            );
            assert_ne!(
                nl, id,
                "`{id}`: the Dutch text is missing from locales/nl.ftl"
            );
        }
    }
}

#[test]
fn formulier_voor_een_nieuw_agendapunt() {
    let mut app = app_for("meetings", 90, 24, at_ymd(2026, 11, 28, 10, 0));
    app.update(Action::NewItem);
    for c in "Rondvraag".chars() {
        app.update(Action::InputChar(c));
    }
    app.update(Action::FocusNext);
    app.update(Action::InputChar('o'));
    let s = screen(&app);
    assert!(
        s.contains("Nieuw agendapunt") && s.contains("Onderwerp") && s.contains("behandeld"),
        "{s}"
    );
    insta::assert_snapshot!(s);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    app.update(Action::InputChar('x'));
    app.update(Action::Confirm);
    let s = screen(&app);
    assert!(s.contains("minuten: een heel getal"), "{s}");
}

#[test]
fn vraag_voor_het_verwijderen_van_een_agendapunt() {
    let mut app = app_for("meetings", 90, 24, at_ymd(2026, 11, 28, 10, 0));
    app.update(Action::PrevMeeting);
    app.update(Action::Down);
    app.update(Action::Delete);
    let s = screen(&app);
    assert!(
        s.contains("Verwijderen?") && s.contains("verwijderen? y verwijdert"),
        "{s}"
    );
    insta::assert_snapshot!(s);
    app.update(Action::Close);
    let status = app
        .status()
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert_eq!(status, "bewaard; niets verwijderd");
}

#[test]
fn kiezer_in_de_details() {
    let mut app = app_for("meetings", 100, 24, at_ymd(2026, 11, 28, 10, 0));
    app.update(Action::PrevMeeting);
    app.update(Action::Down);
    app.update(Action::FocusPrev);
    app.update(Action::EditSelected);
    let s = screen(&app);
    assert!(
        s.contains("Welke bewerken?") && s.contains("Enter kiezen"),
        "{s}"
    );
    insta::assert_snapshot!(s);
}

/// The record folder in Dutch, at 10 March 2025 19:42, with the missing documents looked up
/// as the event loop does.
fn record_app(width: u16, height: u16) -> App {
    let mut app = app_for(
        "tests/fixtures/record/good",
        width,
        height,
        at_ymd(2025, 3, 10, 19, 42),
    );
    let m = app.library().meetings()[0].clone();
    app.documents_checked(store::missing_in(&m));
    app
}

#[test]
fn verslag_quorum_en_stukken_in_de_kopregel_en_details() {
    let app = record_app(110, 46);
    let s = screen(&app);
    assert!(
        s.contains("aanwezig") && s.contains("Stukken (O opent)"),
        "{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn aanwezigheidslijst() {
    let mut app = record_app(90, 24);
    app.update(Action::OpenAttendance);
    app.update(Action::Down);
    let s = screen(&app);
    assert!(
        s.contains("Aanwezigheid") && s.contains("Spatie aanwezig"),
        "{s}"
    );
    insta::assert_snapshot!(s);
    app.update(Action::AddName);
    app.update(Action::Confirm);
    let s = screen(&app);
    assert!(s.contains("Naam:") && s.contains("typ een naam"), "{s}");
    insta::assert_snapshot!("aanwezigheidslijst_naam_typen", s);
}

#[test]
fn stukkenkiezer() {
    let mut app = record_app(90, 24);
    assert!(app.update(Action::OpenDocument).is_empty());
    let s = screen(&app);
    assert!(s.contains("Stukken (") && s.contains("Enter opent"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn presentatieweergave() {
    let mut app = record_app(80, 20);
    app.update(Action::TogglePresenter);
    let s = screen(&app);
    assert!(
        s.contains("agendapunt 1 van 2") && s.contains("volgende:"),
        "{s}"
    );
    insta::assert_snapshot!(s);
    app.update(Action::Down);
    let s = screen(&app);
    assert!(s.contains("laatste agendapunt"), "{s}");
}

#[test]
fn zoekresultaten_in_het_nederlands() {
    let mut app = app_for("meetings", 110, 30, at_ymd(2026, 11, 28, 10, 0));
    app.update(Action::OpenSearch);
    for c in "vuurwrk".chars() {
        for effect in app.update(Action::InputChar(c)) {
            if let docket::tui::app::Effect::Search(job) = effect {
                let hits = job.index.0.search(&job.query, Some(50));
                app.search_done(job.generation, hits);
            }
        }
    }
    let s = screen(&app);
    // One item with four hits: singular and plural, and the kind in Dutch.
    assert!(s.contains("1 punt · 4 treffers"), "{s}");
    assert!(s.contains("▸actie "), "{s}");
    assert!(!s.contains("action"), "{s}");
}

#[test]
fn agendawaarschuwingen_meteen_in_het_nederlands() {
    // The warnings are worded when the meeting opens: before the language was set, they
    // stayed English until another meeting was opened.
    let mut app = app_for("tests/fixtures/pending", 100, 30, at_ymd(2024, 3, 1, 10, 0));
    app.update(Action::OpenLint);
    let s = screen(&app);
    assert!(
        s.contains("actie \"") && s.contains("is over de termijn"),
        "{s}"
    );
    assert!(!s.contains("passed its due point"), "{s}");
}
