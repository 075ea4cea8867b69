//! The write lock across overlapping folders and symlinks, in one process (each `acquire`
//! opens its own lock files, so the kernel treats them as separate holders), and a file
//! symlinked into a folder another holder writes.

use docket::store::{self, Access, ContentHash, FolderLock, edit::Edit, edit::ItemRef};
use std::fs;
use std::os::unix::fs::symlink;

fn writes(a: &Access) -> bool {
    matches!(a, Access::Write(_))
}

#[test]
fn nested_folders_exclude_each_other_and_siblings_do_not() {
    let root = tempfile::tempdir().expect("tmp");
    let (a, b) = (root.path().join("a"), root.path().join("b"));
    fs::create_dir_all(a.join("inner")).expect("mkdir");
    fs::create_dir(&b).expect("mkdir");
    let held = FolderLock::acquire(&a);
    assert!(writes(&held));
    for overlapping in [a.clone(), a.join("inner"), root.path().to_path_buf()] {
        match FolderLock::acquire(&overlapping) {
            Access::ReadOnly(why) => {
                assert!(
                    why.to_string().contains("another docket is writing"),
                    "{why}"
                )
            }
            Access::Write(_) => panic!("{} overlaps and got write access", overlapping.display()),
        }
    }
    assert!(writes(&FolderLock::acquire(&b)), "a sibling is unrelated");
    // Through a symlink the same folder is the same folder.
    let link = root.path().join("link");
    symlink(&a, &link).expect("symlink");
    assert!(!writes(&FolderLock::acquire(&link)));
    // Released with the holder; the lock files left behind are harmless.
    drop(held);
    assert!(writes(&FolderLock::acquire(&link.join("inner"))));
    assert!(writes(&FolderLock::acquire(root.path())));
}

#[test]
fn a_file_linked_into_a_folder_another_docket_writes_is_refused() {
    let root = tempfile::tempdir().expect("tmp");
    let (mine, theirs) = (root.path().join("mine"), root.path().join("theirs"));
    fs::create_dir(&mine).expect("mkdir");
    fs::create_dir(&theirs).expect("mkdir");
    let text = "title = \"Raad\"\ndate = 2020-03-09\n\n[[item]]\ntitle = \"Opening\"\n";
    fs::write(theirs.join("m.toml"), text).expect("write");
    symlink(theirs.join("m.toml"), mine.join("m.toml")).expect("symlink");
    let Access::Write(lock) = FolderLock::acquire(&mine) else {
        panic!("lock")
    };
    let other = FolderLock::acquire(&theirs);
    assert!(writes(&other));
    let loaded = store::load_dir(&mine).expect("load");
    let m = &loaded.library.meetings()[0];
    let item = ItemRef::of(m, 0).expect("item");
    let edit = Edit::mark_discussed_untimed(item);
    let path = mine.join("m.toml");
    let hash = ContentHash::of(text.as_bytes());
    let err = store::save_edit(&lock, &path, hash, &edit).expect_err("refused");
    assert!(
        err.to_string().contains("another docket is writing"),
        "{err}"
    );
    assert_eq!(
        fs::read_to_string(theirs.join("m.toml")).expect("read"),
        text
    );
    drop(other);
    store::save_edit(&lock, &path, hash, &edit).expect("written once free");
    assert!(
        fs::read_to_string(theirs.join("m.toml"))
            .expect("read")
            .contains("discussed = true")
    );
}
