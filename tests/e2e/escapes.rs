//! Escape injection end to end: meetings whose every text field holds terminal escape
//! sequences, C1 controls and invisible characters, shown in a real pseudo-terminal. Every
//! byte docket writes is captured while every pane and overlay (help, problems,
//! search, attendance, documents, presenter view, picker) is visited;
//! the stream must hold only the control sequences docket itself generates.

use crate::support::pty::Term;
use std::path::Path;

/// OSC 52 (clipboard), OSC 0 (title), OSC 8 (link), CSI 2J, raw C1 (CSI, OSC, ST, DCS),
/// RLO, LRI, ZWSP and a BOM, as TOML escapes.
const P: &str = "X\\u001b]52;c;SGVsbG8=\\u0007\\u001b]0;pwned\\u0007\\u001b]8;;http://evil\\u001b\\\\link\\u001b]8;;\\u001b\\\\\\u001b[2J\\u009b31m\\u009d0;t\\u009c\\u0090q\\u009c\\u202eRLO\\u2066LRI\\u200bZW\\ufeffBOM";

fn meeting(date: &str, done: bool) -> String {
    let p = P;
    let done = if done { "done = true\n" } else { "" };
    format!(
        "\u{feff}title = \"Board {p}\"\nseries = \"board\"\ndate = {date}\nlocation = \"{p}\"\n\
         chair = \"{p}\"\nattendees = [\"{p}\", \"{p}\"]\nsource = \"{p}\"\nnotes = \"\"\"{p}\n{p}\"\"\"\n\
         members = [\"{p}\", \"M {p}\"]\npresent = [\"{p}\", \"G {p}\"]\nquorum = 1\n\n\
         [[item]]\ntitle = \"Item {p}\"\ntopic = \"topic{p}\"\npresenter = \"{p}\"\ntags = [\"{p}\"]\n\
         documents = [\"stukken/{p}.pdf\", \"https://x.org/{p}\"]\n\
         notes = \"{p}\"\n\n[[item.outcome]]\ntext = \"{p}\"\nkind = \"decision\"\n\n\
         [[item.action]]\ntext = \"{p}\"\nowner = \"{p}\"\ndue = \"next\"\n{done}"
    )
}

fn write_folder(dir: &Path) {
    let board = dir.join("board");
    std::fs::create_dir(&board).expect("mkdir");
    std::fs::write(board.join("2024-01-10.toml"), meeting("2024-01-10", false)).expect("write");
    std::fs::write(board.join("2024-02-14.toml"), meeting("2024-02-14", false)).expect("write");
    // A bad file whose name and unknown key carry escapes: the problems overlay shows both.
    let bad = format!("title = \"x\"\ndate = 2024-03-01\n\"k\\u001b]52;c;eA==\\u0007{P}\" = 1\n");
    let name = "evil\u{1b}]0;title\u{7}\u{9b}2J\u{202e}.toml";
    std::fs::write(board.join(name), bad).expect("write");
}

/// Checks the byte stream; returns a description of the first problem.
fn first_foreign_sequence(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    if let Some(c) = text.chars().find(|&c| {
        ('\u{80}'..='\u{9f}').contains(&c)
            || crate::support::fuzz_checks::forbidden(c) && !matches!(c, '\u{1b}' | '\r' | '\n')
    }) {
        return Some(format!("{c:?} written to the terminal"));
    }
    let mut i = 0;
    while let Some(p) = bytes[i..].iter().position(|&b| b == 0x1b) {
        let at = i + p;
        if bytes.get(at + 1) != Some(&b'[') {
            let ctx = String::from_utf8_lossy(&bytes[at..bytes.len().min(at + 12)]);
            return Some(format!("ESC not starting a CSI at byte {at}: {ctx:?}"));
        }
        // CSI: parameter bytes 0x30-0x3F, intermediates 0x20-0x2F, one final 0x40-0x7E.
        let mut j = at + 2;
        while bytes.get(j).is_some_and(|b| (0x20..=0x3f).contains(b)) {
            j += 1;
        }
        let seq = String::from_utf8_lossy(&bytes[at + 1..bytes.len().min(j + 1)]).into_owned();
        let Some(&fin) = bytes.get(j).filter(|b| (0x40..=0x7e).contains(*b)) else {
            return Some(format!("unterminated CSI at byte {at}: {seq:?}"));
        };
        if !generated(&seq, fin) {
            return Some(format!("a CSI docket does not generate: {seq:?}"));
        }
        i = j + 1;
    }
    None
}

/// The CSI sequences ratatui/crossterm emit for docket: SGR colours, cursor position and
/// visibility, clearing, and the mode switches (alternate screen, mouse, bracketed paste,
/// synchronized update around each frame).
fn generated(seq: &str, fin: u8) -> bool {
    let params = &seq[1..seq.len() - 1];
    match fin {
        b'm' | b'H' | b'J' | b'K' | b'A' | b'B' | b'C' | b'D' | b'G' => params
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b';' || b == b':'),
        b'h' | b'l' => matches!(
            params,
            "?25" | "?1049" | "?1000" | "?1002" | "?1003" | "?1006" | "?1015" | "?2004" | "?2026"
        ),
        _ => false,
    }
}

#[test]
fn hostile_text_never_reaches_the_terminal_as_control_sequences() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_folder(dir.path());
    let cmd = format!(
        "exec {} {} --today 2024-02-14",
        env!("CARGO_BIN_EXE_docket"),
        dir.path().display()
    );
    let t = Term::start(&cmd, 120, 40);
    let s = t.wait_for("contains hidden or control characters");
    assert!(
        s.contains("␛]52;c;SGVsbG8="),
        "escapes are shown as text:\n{s}"
    );
    // Every pane (Tab), both meetings, pending of all series, then every overlay.
    for k in [
        "j", "Tab", "j", "Tab", "j", "Tab", "j", "Tab", "[", "Tab", "Tab", "]", "A",
    ] {
        t.keys(&[k]);
    }
    t.keys(&["!"]);
    t.wait_for("evil␛]0;title␇");
    // Each Escape is let through on its own: ESC and a key in one read is Alt+key.
    t.keys(&["Escape"]);
    t.wait_without("evil␛]0;title␇");
    t.keys(&["?"]);
    t.wait_for("╔ Keys");
    t.keys(&["Escape"]);
    t.wait_without("╔ Keys");
    // Search: results show the hostile texts with matches highlighted.
    t.keys(&["/", "p", "w", "n", "e", "d"]);
    t.wait_for(" hits ╗");
    t.keys(&["Escape"]);
    t.wait_without(" hits ╗");
    // The record: attendance list, document chooser, presenter view.
    t.keys(&["P"]);
    t.wait_for("╔ Attendance");
    t.keys(&["Escape"]);
    t.wait_without("╔ Attendance");
    t.keys(&["O"]);
    t.wait_for("Documents (2)");
    t.keys(&["Escape"]);
    t.wait_without("Documents (2)");
    t.keys(&["p"]);
    t.wait_for("p leaves");
    t.keys(&["p"]);
    t.wait_without("p leaves");
    t.keys(&["m"]);
    t.wait_for("Filter:");
    t.keys(&["B", "o", "Enter", "q"]);
    t.wait_ended();
    let bytes = t.output();
    let escs = bytes.iter().filter(|&&b| b == 0x1b).count();
    eprintln!("captured {} bytes, {escs} escape sequences", bytes.len());
    assert!(bytes.len() > 1000, "captured {} bytes", bytes.len());
    if let Some(problem) = first_foreign_sequence(&bytes) {
        panic!("{problem}");
    }
    // The emulator agrees: the title was never set by the file's OSC 0.
    assert_ne!(t.title(), "pwned");
}

#[test]
fn the_checker_catches_foreign_sequences() {
    let bad: [&[u8]; 6] = [
        b"\x1b]52;c;SGVsbG8=\x07",
        b"\x1b]0;t\x1b\\",
        b"\x1bP1$r\x1b\\",
        "a\u{9b}2J".as_bytes(),
        "\u{202e}x".as_bytes(),
        b"\x1b[5n",
    ];
    for b in bad {
        assert!(first_foreign_sequence(b).is_some(), "{b:?}");
    }
    let good = b"\x1b[?1049h\x1b[1;1H\x1b[38;5;12mA\x1b[0m\x1b[2J\x1b[?25l";
    assert_eq!(first_foreign_sequence(good), None);
}
