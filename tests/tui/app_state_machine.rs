//! A state-machine property test of the whole app on `TestBackend`: random keys, mouse,
//! pastes, resizes (0 to 200 columns), ticks, the preparing keys (n i s K J d y > x X and the
//! form's), outside edits and injected write failures, with
//! the effects performed as the event loop performs them. After every step: no panic; the
//! frame draws; selections are in range; no rendered cell holds a control, bidi or
//! zero-width character; every readable file on disk equals the model; no write is lost
//! without the person being told; every write hits the thing that was selected when the
//! key was pressed, also after colleagues inserted items and actions above it; after each
//! outside change the selection is the same thing (by identity) or nothing.

use crate::support::app::{Writable, at};
use docket::model::identity::{self, EntryKind};
use docket::store::edit::{Edit, SubKind};
use docket::store::{self};
use docket::tui::app::{App, Effect, Mode, Overlay, Pane};
use docket::tui::keymap::map_event;
use docket::tui::selection::Selection;
use docket::tui::theme::Theme;
use docket::tui::ui;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

const FILES: [&str; 2] = ["2020-02-10.toml", "2020-03-09.toml"];

#[derive(Debug, Clone)]
enum Step {
    Key(KeyCode, bool),
    Click(u16, u16),
    Wheel(u16, u16, bool),
    Paste(String),
    Resize(u16, u16),
    Tick(u32),
    /// Someone else edits a file: 0 appends a comment, 1 adds a location, 2 breaks it, 3 mends
    /// it, 4 inserts an item above the first one, 5 inserts an action above the first one,
    /// 6 removes the last item.
    Outside(usize, u8),
    /// The next writes to this file fail (its write bit is removed) until the next step.
    FailWrites(usize),
}

fn key_strategy() -> impl Strategy<Value = Step> {
    let chars = prop::sample::select(
        " jkgGmA!w?xoauqz[]@:0ab#é\u{202e}nisKJdyX>PpO+"
            .chars()
            .collect::<Vec<_>>(),
    );
    let codes = prop::sample::select(vec![
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Esc,
        KeyCode::Enter,
        KeyCode::Backspace,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Delete,
    ]);
    prop_oneof![
        8 => chars.prop_map(|c| Step::Key(KeyCode::Char(c), false)),
        4 => codes.prop_map(|c| Step::Key(c, false)),
        1 => prop::sample::select(vec!['c', 'u', 'f', 'b', 'w']).prop_map(|c| Step::Key(KeyCode::Char(c), true)),
    ]
}

fn step_strategy() -> impl Strategy<Value = Step> {
    prop_oneof![
        20 => key_strategy(),
        2 => (0u16..130, 0u16..45).prop_map(|(c, r)| Step::Click(c, r)),
        1 => (0u16..130, 0u16..45, any::<bool>()).prop_map(|(c, r, d)| Step::Wheel(c, r, d)),
        1 => "[a-z \\x1b\\x07\\u{202e}\\u{200b}\\u{9b}\n]{0,20}".prop_map(Step::Paste),
        1 => (0u16..=200, 0u16..=60).prop_map(|(w, h)| Step::Resize(w, h)),
        1 => (0u32..90).prop_map(Step::Tick),
        2 => (0usize..2, 0u8..7).prop_map(|(f, k)| Step::Outside(f, k)),
        1 => (0usize..2).prop_map(Step::FailWrites),
    ]
}

/// What was selected when a key came: the selection, the focused pane, and the pending
/// actions marked with Space for closing together.
#[derive(Clone)]
struct Before {
    selected: Selection,
    focus: Pane,
    marked: Vec<(PathBuf, identity::EntryIdentity)>,
    /// The selected item's topic then (the item may be gone by the time a form is sent).
    topic: Option<String>,
}

/// The edit's target is the thing that was selected: the item for marks, captures and the
/// agenda keys (n i s K J d); for `x`/`X` the selected pending action, a marked one, or in
/// the agenda and details an action of the selected item or pending on its topic; for `i`/`d`
/// on an outcome the selected earlier outcome or one of the selected item's.
fn hits_the_selection(library: &docket::model::Library, before: &Before, path: &Path, edit: &Edit) {
    let selected = &before.selected;
    // A file that no longer loads (broken from outside while a form was open) refuses the
    // write, and the refusal must be shown: checked where the write is performed.
    let Some(id) = library.find_by_path(path) else {
        return;
    };
    let meeting = library.meeting(id);
    // Where an edit's reference points, as the store finds it: the remembered place when
    // it still holds the same title and topic, else the one item that does.
    let place = |r: &docket::store::edit::ItemRef| {
        let same = |i: &docket::model::Item| i.title == r.title && i.topic == r.topic;
        if meeting.items.get(r.index).is_some_and(same) {
            r.index
        } else {
            meeting.items.iter().position(same).unwrap_or(r.index)
        }
    };
    let entry = |item: usize, kind: SubKind, index: usize, text: &str| {
        let it = &meeting.items[item];
        let texts: Vec<&str> = match kind {
            SubKind::Outcome => it.outcomes.iter().map(|o| o.text.as_str()).collect(),
            SubKind::Action => it.actions.iter().map(|a| a.text.as_str()).collect(),
        };
        if texts.get(index) == Some(&text) {
            index
        } else {
            texts.iter().position(|t| *t == text).unwrap_or(index)
        }
    };
    let on_selected_item = |item: usize| {
        assert_eq!(
            selected.meeting.as_deref(),
            Some(path),
            "a write to another meeting"
        );
        assert_eq!(
            identity::item_identity(meeting, item),
            selected.item,
            "a write to another item than the selected one"
        );
    };
    let action = |item: usize, index: usize| {
        let target = identity::entry_identity(meeting, item, EntryKind::Action, index)
            .expect("the action exists");
        if before
            .marked
            .contains(&(path.to_path_buf(), target.clone()))
        {
            return;
        }
        if before.focus == Pane::Pending {
            let (want_path, want) = selected.pending.clone().expect("x with a selected action");
            assert_eq!(want_path, path, "x wrote to another meeting");
            assert_eq!(
                target, want,
                "x closed another action than the selected one"
            );
        } else {
            let topic = before.topic.clone();
            assert_eq!(
                Some(meeting.items[item].topic.clone()),
                topic,
                "an action neither of the selected item nor pending on its topic"
            );
        }
    };
    match edit {
        Edit::Batch(edits) => {
            for e in edits {
                hits_the_selection(library, before, path, e);
            }
        }
        Edit::Done { action: a, .. } => {
            let i = place(&a.item);
            action(i, entry(i, SubKind::Action, a.index, &a.text))
        }
        Edit::SetSubKeys { sub, .. } | Edit::RemoveSub { sub } => match sub.kind {
            SubKind::Action => {
                let i = place(&sub.item);
                action(i, entry(i, SubKind::Action, sub.index, &sub.text))
            }
            SubKind::Outcome if before.focus == Pane::Outcomes => {
                let i = place(&sub.item);
                let n = entry(i, SubKind::Outcome, sub.index, &sub.text);
                let target = identity::entry_identity(meeting, i, EntryKind::Outcome, n)
                    .expect("the outcome exists");
                assert_eq!(
                    selected.outcome.clone(),
                    Some((path.to_path_buf(), target)),
                    "another outcome than the selected one"
                );
            }
            SubKind::Outcome => on_selected_item(place(&sub.item)),
        },
        // A reference that no longer resolves is refused by the store ("gone"): no write.
        _ if edit.item().is_some_and(|r| {
            !meeting
                .items
                .iter()
                .any(|i| i.title == r.title && i.topic == r.topic)
        }) => {}
        Edit::InsertItem { after, .. } => match after {
            Some(a) => on_selected_item(place(a)),
            None => assert_eq!(
                selected.item, None,
                "a new item first while one is selected"
            ),
        },
        other => match other.item() {
            Some(item) => on_selected_item(place(item)),
            // Attendance is the meeting's, not an item's.
            None => assert_eq!(
                selected.meeting.as_deref(),
                Some(path),
                "a write to another meeting"
            ),
        },
    }
}

struct World {
    fx: Writable,
    app: App,
    now: chrono::NaiveDateTime,
    /// What was selected when the open overlay (a form, a capture, a question) was opened:
    /// its writes aim at that, even when a reload has since moved the selection.
    opened: Option<Before>,
}

impl World {
    fn new() -> World {
        let fx = Writable::copy("meetings/lovp", &FILES);
        let now = at("2020-03-09", "10:00");
        let app = fx.app(now, (100, 30));
        World {
            fx,
            app,
            now,
            opened: None,
        }
    }

    fn path(&self, f: usize) -> PathBuf {
        self.fx.dir.path().join(FILES[f])
    }

    fn act(&mut self, ev: Event) {
        let Some(action) = map_event(self.app.mode(), &ev) else {
            return;
        };
        let selected = self.app.selection();
        let topic = (|| {
            let lib = &self.app.library();
            let m = lib.meeting(lib.find_by_path(selected.meeting.as_deref()?)?);
            let i = identity::find_item(m, selected.item.as_ref()?)?;
            Some(m.items[i].topic.clone())
        })();
        let before = Before {
            selected,
            topic,
            focus: self.app.focus(),
            marked: self
                .app
                .marked()
                .iter()
                .filter_map(|m| {
                    let lib = &self.app.library();
                    let meeting = lib.meeting(lib.find_by_path(&m.path)?);
                    // Found as the store finds it: by title and topic, then by text.
                    let r = &m.sub.item;
                    let same = |i: &docket::model::Item| i.title == r.title && i.topic == r.topic;
                    let i = if meeting.items.get(r.index).is_some_and(same) {
                        r.index
                    } else {
                        meeting.items.iter().position(same)?
                    };
                    let actions = &meeting.items[i].actions;
                    let n = if actions
                        .get(m.sub.index)
                        .is_some_and(|a| a.text == m.sub.text)
                    {
                        m.sub.index
                    } else {
                        actions.iter().position(|a| a.text == m.sub.text)?
                    };
                    let id = identity::entry_identity(meeting, i, EntryKind::Action, n)?;
                    Some((m.path.clone(), id))
                })
                .collect(),
        };
        let was_normal = self.app.mode() == Mode::Normal;
        let before = match (&self.opened, was_normal) {
            (Some(opened), false) => opened.clone(),
            _ => before,
        };
        let library = self.app.library().clone();
        let effects = self.app.update(action);
        if self.app.mode() == Mode::Normal {
            self.opened = None;
        } else if was_normal {
            self.opened = Some(before.clone());
        }
        for effect in effects {
            if let Effect::Park(req) = &effect {
                match store::park::park(&self.fx.lock, req) {
                    Ok(done) => self.app.parked(done),
                    Err(e) => {
                        self.app.park_failed(e.to_string());
                        let told = self.app.status().as_ref().is_some_and(|s| s.error);
                        assert!(told, "a failed park must be shown");
                    }
                }
            }
            if let Effect::Save(req) = effect {
                if !req.undo {
                    hits_the_selection(&library, &before, &req.path, &req.edit);
                }
                let before = fs::read(&req.path).ok();
                match docket::tui::run::perform_save(&self.fx.lock, &req) {
                    Ok(applied) => {
                        let now = fs::read(&req.path).ok();
                        assert_ne!(now, before, "a successful save changed nothing on disk");
                        self.app.saved(req, applied);
                    }
                    Err(e) => {
                        self.app.save_failed(req, e.to_string());
                        let told = self.app.status().as_ref().is_some_and(|s| s.error);
                        assert!(told, "a failed write must be shown");
                    }
                }
            }
        }
    }

    fn step(&mut self, step: &Step) {
        let key = |code, ctrl: bool| {
            Event::Key(KeyEvent {
                code,
                modifiers: if ctrl {
                    KeyModifiers::CONTROL
                } else {
                    KeyModifiers::NONE
                },
                kind: KeyEventKind::Press,
                state: KeyEventState::NONE,
            })
        };
        let mouse = |kind, column, row| {
            Event::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers: KeyModifiers::NONE,
            })
        };
        match step {
            Step::Key(code, ctrl) => self.act(key(*code, *ctrl)),
            Step::Click(c, r) => self.act(mouse(MouseEventKind::Down(MouseButton::Left), *c, *r)),
            Step::Wheel(c, r, down) => {
                let kind = if *down {
                    MouseEventKind::ScrollDown
                } else {
                    MouseEventKind::ScrollUp
                };
                self.act(mouse(kind, *c, *r))
            }
            Step::Paste(s) => self.act(Event::Paste(s.clone())),
            Step::Resize(w, h) => self.act(Event::Resize(*w, *h)),
            Step::Tick(mins) => {
                self.now += chrono::Duration::minutes(i64::from(*mins));
                self.app.update(docket::tui::action::Action::Tick(self.now));
            }
            Step::Outside(f, kind) => {
                let path = self.path(*f);
                let text = fs::read_to_string(&path).unwrap_or_default();
                let new = match kind {
                    0 => format!("{text}# edited elsewhere\n"),
                    1 if !text.contains("location =") => {
                        text.replacen("\ndate = ", "\nlocation = \"Utrecht\"\ndate = ", 1)
                    }
                    2 => format!("{text}\n[[item]\ntitle = \"broken\n"),
                    _ => text
                        .split("\n[[item]\ntitle = \"broken\n")
                        .next()
                        .unwrap_or(&text)
                        .to_string(),
                };
                let new = match kind {
                    4 => text.replacen("\n[[item]]\n", "\n[[item]]\ntitle = \"Ingevoegd\"\n\n[[item]]\n", 1),
                    5 => text.replacen(
                        "[[item.action]]\n",
                        "[[item.action]]\ntext = \"Eerder genoteerd\"\ndue = 2020-03-01\n\n[[item.action]]\n",
                        1,
                    ),
                    6 => text
                        .rfind("\n[[item]]\n")
                        .map_or(text.clone(), |cut| format!("{}\n", &text[..cut])),
                    _ => new,
                };
                fs::write(&path, new).expect("outside write");
                let before = self.app.selection();
                // What the watcher and the event loop do: re-read the changed file, or (a
                // rescan) the whole folder.
                if kind % 2 == 0 {
                    self.app.take_changes(vec![store::reread(&path)]);
                } else {
                    self.app
                        .reload(store::load_dir(self.fx.dir.path()).expect("reload"));
                }
                let after = self.app.selection();
                assert_eq!(after.meeting, before.meeting, "the open meeting changed");
                if after.item.is_some() {
                    assert_eq!(
                        after.item, before.item,
                        "the selection fell onto another item"
                    );
                }
                if after.pending.is_some() && before.pending.is_some() {
                    assert_eq!(
                        after.pending, before.pending,
                        "the selection fell onto another action"
                    );
                }
            }
            Step::FailWrites(f) => {
                let path = self.path(*f);
                fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
                // One key while the file cannot be written: a save, if any, must fail visibly.
                self.act(key(KeyCode::Char(' '), false));
                fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
            }
        }
    }

    fn check(&self) {
        let app = &self.app;
        // The frame draws at the current size.
        let (w, h) = (app.size().width, app.size().height);
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("backend");
        t.draw(|f| ui::render(app, &Theme::builtin(), f))
            .expect("draw");
        for cell in t.backend().buffer().content() {
            assert!(
                !cell.symbol().chars().any(docket::sanitize::is_unsafe),
                "unsafe cell {:?}",
                cell.symbol()
            );
        }
        // Selections are in range.
        let items = app
            .meeting()
            .map_or(0, |id| app.library().meeting(id).items.len());
        assert!(app.cursor(Pane::Agenda).sel < items.max(1));
        assert!(app.cursor(Pane::Pending).sel < app.pending_list().len().max(1));
        assert!(app.cursor(Pane::Outcomes).sel < app.outcome_list().len().max(1));
        if let Overlay::Picker(p) = &app.overlay() {
            assert!(p.cursor.sel < p.matches.len().max(1));
        }
        if let Overlay::Choose(c) = &app.overlay() {
            assert!(c.cursor.sel < c.entries.len());
        }
        if let Overlay::Form(f) = &app.overlay() {
            assert!(f.focus < f.fields.len());
        }
        if let Overlay::Attendance(a) = &app.overlay() {
            assert!(a.cursor.sel < app.attendance_rows().len().max(1));
        }
        // Every file that parses equals the model; a file that does not is listed as a problem.
        for (f, name) in FILES.iter().enumerate() {
            let path = self.path(f);
            let bytes = fs::read(&path).expect("file still there");
            match store::parse_meeting(&path, &bytes) {
                Ok(disk) => {
                    let model = app.library().meetings().iter().find(|m| m.path == path);
                    assert_eq!(model, Some(&disk), "model and disk differ for {name}");
                }
                Err(_) => assert!(
                    app.problems().iter().any(|d| d.path == path),
                    "broken file not reported"
                ),
            }
        }
        // No stray temporary files.
        let temps = fs::read_dir(self.fx.dir.path())
            .expect("dir")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains("docket-tmp"))
            .count();
        assert_eq!(temps, 0);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, max_shrink_iters: 200, ..ProptestConfig::default() })]

    #[test]
    fn the_app_holds_under_random_use(steps in prop::collection::vec(step_strategy(), 1..100)) {
        let mut world = World::new();
        for step in &steps {
            world.step(step);
            world.check();
        }
    }
}
