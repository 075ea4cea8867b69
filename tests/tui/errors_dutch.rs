//! A save that fails is reported in the interface's language, with the file it concerns.

use crate::support::app::{Writable, at};
use docket::i18n::Lang;
use docket::tui::action::Action;

#[test]
fn a_failed_save_in_dutch_shows_a_dutch_status() {
    let fx = Writable::copy("meetings/lovp", &["2020-02-10.toml", "2020-03-09.toml"]);
    let mut app = fx.app_with(at("2020-03-09", "10:32"), (120, 40), |app| {
        app.set_lang(Lang::Nl);
        app.set_space_moves_on(false);
    });
    // Someone renames the selected item on disk before docket saves its mark.
    let path = fx.path("2020-03-09.toml");
    let meeting = app.library().meeting(app.meeting().expect("meeting"));
    let title = meeting.items[0].title.clone();
    let text = fx.read("2020-03-09.toml");
    let renamed = text.replacen(
        &format!("title = \"{title}\""),
        "title = \"Elders besproken\"",
        1,
    );
    assert_ne!(renamed, text, "the item's title line is in the file");
    std::fs::write(&path, &renamed).expect("write");
    fx.run(&mut app, Action::ToggleDiscussed);
    let status = app.status().cloned().expect("a status");
    assert!(status.error, "{}", status.text);
    assert!(
        status.text.ends_with(&format!(
            "{}: agendapunt “{title}” staat niet meer in het bestand; er is niets geschreven",
            path.display()
        )),
        "{}",
        status.text
    );
    assert!(status.text.starts_with("niet bewaard: "), "{}", status.text);
    assert_eq!(fx.read("2020-03-09.toml"), renamed);
}
