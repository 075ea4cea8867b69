# docket's messages in English. Every message here must exist in nl.ftl too, with the same
# arguments (a test checks). Key names and the TOML format are not translated.

## Errors of writing, locking, searching, exporting and importing (`Display` stays English for logs)

err-edit-invalid = { $path }: cannot be edited while it has errors ({ $first }); fix the file first
err-edit-not-found = { $path }: { $what } is no longer in the file; nothing was written
err-edit-ambiguous = { $path }: { $what } now appears { $count } times, so docket cannot tell which one is meant; nothing was written
err-edit-inline = { $path }: { $what } is written as an inline table; docket only edits [[…]] tables, so change it by hand
err-edit-unchanged = { $path }: { $what }; nothing to change
err-edit-too-large = { $path }: with this change the file would be { $kib } KiB, more than the { $cap } KiB docket reads; nothing was written (shorten the text or split the meeting)
err-edit-empty = { $path }: the text to store is empty
err-edit-verify = { $path }: the edit did not come out as intended ({ $detail }); nothing was written
err-subject-item = item “{ $title }”
err-subject-outcome = outcome “{ $text }”
err-subject-action = action “{ $text }”
err-subject-list = { $key ->
    [item] the list of items
    [outcome] the list of outcomes
   *[action] the list of actions
}
err-unchanged-same = { $subject } is the same as its neighbour
err-unchanged-first = { $subject } is already the first
err-unchanged-last = { $subject } is already the last
err-unchanged-no-change = { $subject } has no change
err-unchanged-nothing-asked = no change was asked for
err-unchanged-closed = { $subject } was closed since it was added
err-unchanged-already-has = { $subject } already has `{ $key }`
err-unchanged-has-no = { $subject } has no `{ $key }`
err-unchanged-present = “{ $name }” is already present
err-unchanged-not-present = “{ $name }” is not marked present
# What an edit did, for the status line ("saved: …").

edit-insert-item = add item “{ $title }”
edit-delete-item = delete item “{ $title }”
edit-put-item-back = put the deleted item back
edit-move-item = { $way ->
    [up] move “{ $title }” up
   *[down] move “{ $title }” down
}
edit-mark-standing = mark “{ $title }” standing
edit-unmark-standing = un-mark “{ $title }” standing
edit-change-item-keys = change { $keys } of “{ $title }”
edit-close-dropped = close “{ $text }” as dropped
edit-change-sub-keys = change { $keys } of { $kind ->
    [outcome] outcome
   *[action] action
} “{ $text }”
edit-delete-sub = delete { $kind ->
    [outcome] outcome
   *[action] action
} “{ $text }”
edit-put-sub-back = put the deleted { $kind ->
    [outcome] outcome
   *[action] action
} back
edit-close-actions = close { $count } actions
edit-changes = { $count } changes
edit-mark-present = mark { $name } present
edit-mark-absent = mark { $name } not present
edit-add-decision = add decision “{ $text }” ({ $vote })
err-write-io = { $path }: cannot be written: { $why }; the file on disk is unchanged
err-write-read-only = { $path }: the file is read-only; nothing was written
err-write-changed = { $path }: the file changed on disk while docket wrote it; nothing was written
err-write-temp = { $path }: cannot write a temporary file next to it ({ $why }); the file on disk is unchanged
err-new-file-exists = { $path }: already exists; not overwriting it
err-new-file-io = { $path }: cannot be written: { $why }
err-save-overtaken = { $path }: another program wrote to the file at the same moment; its change may be missing, check the file
err-save-changed-since = { $path }: { $what } was changed by someone else since; not undone, their change stays
err-save-busy = { $path }: the file kept changing while docket tried to write it; nothing was written
err-save-item-lines = { $path }: the item's lines could not be taken; nothing was written
err-save-not-taken-back = { $first }; and the copy in { $copy } could not be taken back: { $back }
err-touched-presence = the presence of { $name }
err-touched-discussed = the discussed mark of “{ $title }”
err-touched-action = the action “{ $text }”
err-touched-outcome = the outcome “{ $text }”
err-lock-read-only = read-only: { $why }
err-lock-unresolved = cannot resolve { $dir } ({ $why })
err-lock-held-above = another docket is writing { $above }, which holds { $dir }
err-lock-held = another docket is writing { $dir } or a folder inside it
err-lock-open = cannot open the lock { $path } ({ $why })
err-lock-flock = cannot lock { $path } ({ $why })
err-lock-create-dir = cannot create the lock folder { $dir } ({ $why })
err-lock-use-dir = cannot use the lock folder { $dir } ({ $why })
err-lock-not-private = the lock folder { $dir } is not a private folder of this user; remove it and start again
err-lock-link-unresolved = { $path }: cannot be resolved ({ $why })
err-lock-link-held = { $path }: leads to { $target }, and { $why }; nothing was written
err-store-no-folder = { $path }: no such folder
err-store-not-a-folder = { $path }: not a folder
err-watch = { $path }: cannot watch the folder for changes ({ $why }); reload by hand
err-query-unknown-filter = unknown filter `{ $key }:`; known: kind:, series:, after:, before:, is: (and #tag, @person)
err-query-missing-value = `{ $key }` needs a value, e.g. { $example }
err-query-bad-kind = unknown kind `{ $kind }`; known: meeting, item, decision, agreement, note, action
err-query-bad-status = unknown state `is:{ $state }`; known: pending, done, discussed
err-query-bad-date = `{ $value }` is not a date, month or year like 2020-03-09, 2020-03 or 2020
err-export-docx = could not build the Word document: { $detail }
err-theme-unreadable = { $path }: cannot read theme file: { $why }
err-theme-unknown = no theme named `{ $name }` (bundled: default, light, high-contrast; or give a path to a .toml file)
err-import-no-date = no date found in the report's title; give one with --date YYYY-MM-DD
err-import-no-items = no headings found: each agenda item should be a Markdown heading (## Title)

## docket new: the draft's comments and refusals

draft-made =
    Draft made by `docket new` from { $series } { $date }: review the agenda, add planned minutes
    and presenters.
draft-standing-marked = Standing items: those marked `standing = true` on { $date }.
draft-standing-guessed =
    No item of { $date } is marked `standing = true`, so the standing items are guessed:
    the items opening and closing it that are openings or closings by their words or
    came up in most earlier meetings. They are marked now; remove marks that are wrong.
draft-length = minutes, as earlier meetings
draft-parked = Parked for this meeting.
draft-carries = { $count ->
    [one] Carries 1 action due at or before { $date }:
   *[other] Carries { $count } actions due at or before { $date }:
}
draft-due = due { $due }
draft-overdue = overdue
draft-from = from { $series } { $date }
draft-unknown-series = no series `{ $series }`; known: { $known }
draft-no-earlier-meeting = series `{ $series }` has no meeting before { $date } to carry details over from
draft-already-held = series `{ $series }` already has a meeting on { $date }: { $path }

## File problems (docket check, the problems list on screen): `path:line:col: message`

problem-at-item = item { $item }: { $message }
problem-at-outcome = item { $item }, outcome { $n }: { $message }
problem-at-action = item { $item }, action { $n }: { $message }
problem-too-large = the file is { $size } KiB, more than the { $max } KiB docket reads; split it or remove what is not a meeting
problem-second-bom = TOML syntax: a second byte-order mark at the start of the file
problem-not-utf8 = the file is not valid UTF-8 (byte 0x{ $byte } here); save it as UTF-8
problem-empty-file = the file is empty: a meeting needs at least `title` and `date`
problem-too-deep = values are nested more than { $max } levels deep; a meeting file never needs that
problem-merge-conflict = unresolved merge conflict (<<<<<<<): keep one side, remove the marker lines
problem-toml-syntax = TOML syntax: { $detail }
problem-bad-integer = TOML syntax: invalid integer { $found }
problem-wrong = `{ $key }` must be { $expected }, found { $found }
problem-unknown-key = unknown key `{ $key }`
problem-unknown-key-hint = unknown key `{ $key }` (did you mean `{ $hint }`?)
problem-required = `{ $key }` is required
problem-empty = `{ $key }` must not be empty
problem-series-without-letter = `series` needs at least one letter or digit, found { $found }
problem-quorum-above-members = `quorum` is { $quorum }, more than the { $members } `members`; no meeting could reach it
problem-vote-not-decision = `{ $key }` is only for decisions (kind = "decision")
problem-unanimous-against = `unanimous = true` but `against` is { $against }
problem-empty-document = `documents` must not hold an empty text
problem-cannot-read = cannot be read: { $why }
problem-io-not-found = it does not exist (any more)
problem-io-permission = permission denied
problem-not-regular-file = is not a regular file (a pipe or device?); skipped
problem-folder-unresolved = folder cannot be resolved (a broken link?)
problem-folder-unreadable = folder cannot be read: { $why }
problem-missing-document = item { $item }: document “{ $target }” does not exist (paths are relative to the meeting file's folder)
expected-text = text in quotes
expected-texts = a list of texts, like ["a", "b"]
expected-bool = true or false
expected-minutes = a whole number of minutes (0 to 1440)
expected-date = a date like 2020-02-10 (without quotes)
expected-time = a time like 10:00:00 or "10:00"
expected-date-time-or-true = a date and time like 2020-02-10T10:32:00, or true
expected-kind = "decision", "agreement" or "note"
expected-due = a date like 2020-03-09, a month like "2020-06", or "next"
expected-done = a date like 2020-03-09, a date and time, or true
expected-members = a whole number of members (0 or more)
expected-votes = a whole number of votes (0 or more)
expected-documents = a list of file paths or URLs, like ["stukken/begroting.pdf"]
expected-tables = a list of tables, each written { $header }

problem-warning = warning: { $message }

## docket sync: what it did, one line each; commit messages it writes

git-cannot-run = cannot run git ({ $why }); is git installed?
git-not-a-repo = { $dir } is not inside a git repository; see docs/team.md to set one up
git-failed = git { $command } failed:
    { $message }
sync-merge-in-progress = not synced: a merge is already in progress here; finish it (git add, git commit) or undo it with `git merge --abort`, then sync again (docs/team.md)
sync-detached = not synced: the repository is not on a branch (a detached HEAD); `git switch main` (or your branch) first; nothing was changed
sync-local-only = committed here; this repository has no remote to sync with
sync-nothing-yet = nothing to sync yet
sync-up-to-date = synced: up to date
sync-pushed = synced: pushed to { $remote }
sync-push-retry = the push was refused because someone else pushed meanwhile; bringing in their change and trying again
sync-remote-kept-changing = not synced: the remote kept changing; try again
sync-not-synced = not synced: { $error }
sync-nothing-lost = your changes are committed here and nothing is lost; sync again when the remote can be reached
sync-files-have-errors = not synced: these meeting files have errors; fix them first (`docket check` shows the same):
sync-nothing-committed-or-pushed = nothing was committed or pushed
sync-nothing-committed = nothing was committed; your files are as they were
sync-committed = committed { $change }
sync-brought-in = { $count ->
    [one] brought in 1 change from others:
   *[other] brought in { $count } changes from others:
}
sync-nothing-merged-kept = nothing was merged; your commit is kept here
sync-conflict-intro = not synced: your change and someone else's change conflict:
sync-conflicting-lines = { $path }: conflicting lines
sync-nothing-merged-as-before = nothing was merged: the repository is as it was before, with your change in your own commit (not pushed)
sync-to-resolve = to resolve: run `git merge { $branch }`, edit each file at the <<<<<<< markers (`docket check` points at those in meeting files; keep the right lines, delete the markers), then `git commit -a` and `docket sync` again (docs/team.md)
sync-conflict-end = conflict: nothing was merged or pushed; see above to resolve it
sync-driver-set-up = set up docket's merge driver for this clone (merge.docket.driver in .git/config)
sync-driver-pointed = pointed docket's merge driver at this docket (merge.docket.driver in .git/config)
sync-attributes-added = added `{ $pattern } merge=docket` to .gitattributes and committed it, so meeting files are merged item by item
sync-no-docket = cannot tell where docket is installed: { $error }
commit-new-meeting = { $meeting }: new meeting
commit-removed = { $meeting }: removed
commit-edited = { $meeting }: edited
commit-changes = { $meeting }: { $changes }
commit-no-lines = docket: meeting files
commit-gitattributes = docket: merge meeting files item by item
commit-and-more = { $count ->
    [one] { $first } (and 1 more meeting)
   *[other] { $first } (and { $count } more meetings)
}
commit-items-discussed = { $count ->
    [one] 1 item discussed
   *[other] { $count } items discussed
}
commit-outcomes = { $count ->
    [one] 1 outcome
   *[other] { $count } outcomes
}
commit-actions = { $count ->
    [one] 1 action
   *[other] { $count } actions
}
commit-actions-done = { $count ->
    [one] 1 action done
   *[other] { $count } actions done
}
commit-items-added = { $count ->
    [one] 1 item added
   *[other] { $count } items added
}

## docket merge (git's merge driver): one line per conflict on stderr

unmergeable-toml = TOML: { $why }
unmergeable-inline-items = the items are written inline
unmergeable-items-unmatched = the items could not be matched to the file
unmergeable-outcomes-unmatched = the outcomes could not be matched
unmergeable-actions-unmatched = the actions could not be matched
unmergeable-table-no-position = a table has no position
unmergeable-key-no-position = `{ $key }` has no position
unmergeable-oddly-placed = `{ $key }` is oddly placed
unmergeable-is-table = `{ $key }` is a table
unmergeable-value = `{ $key }` could not be read on its own
unmergeable-same-lines = two changes fell on the same lines
unmergeable-not-utf8 = not UTF-8
unmergeable-does-not-load = the merged file does not load ({ $first })
unmergeable-outcome-lost = the outcome “{ $text }” would be lost
unmergeable-action-lost = the action “{ $text }” would be lost
merge-at-meeting = meeting
merge-at-item = item '{ $title }'
merge-at-outcome = item '{ $title }', outcome '{ $text }'
merge-at-action = item '{ $title }', action '{ $text }'
merge-differs = { $place }: `{ $key }` differs
merge-removed-theirs = { $place }: removed on their side, changed on ours
merge-removed-ours = { $place }: removed on our side, changed on theirs
merge-as-text = { $why }; merging as text
merge-invalid-base = the base version is not a valid meeting ({ $first })
merge-invalid-ours = our version is not a valid meeting ({ $first })
merge-invalid-theirs = their version is not a valid meeting ({ $first })
merge-unsupported = cannot merge item by item: { $why }
merge-cannot-write = { $path }: cannot write the result: { $why }
merge-cannot-run-git = cannot run git merge-file: { $error }

## --help and `docket man` (English: the same text as src/cli.rs, a test keeps them equal)

help-docket-about = Prepare and run recurring formal meetings kept as TOML files
help-docket-after =
    Examples:
      docket meetings                    open the interface on ./meetings
      docket check meetings              validate every meeting file
      docket pending meetings --json     pending actions at the next meeting, for scripts
      docket search meetings vuurwerk    fuzzy search across all meetings
      docket sync meetings               commit, pull and push a shared git repository
help-docket-arg-dir = Folder of meeting files (default: ./meetings, then `dir` from the config file)
help-docket-arg-meeting = Open this meeting: a file path or a date (YYYY-MM-DD)
help-docket-arg-theme = Theme: a name from themes/ (default, light, high-contrast) or a path to a theme file
help-docket-arg-live = Show the meeting clock even when the meeting is not today
help-docket-arg-today = Treat this date as today (YYYY-MM-DD), for demos and tests
help-docket-arg-lang = Language of the interface and exports: nl or en (default: `language` in the config file, else the locale: LC_ALL, LC_MESSAGES, LANG)
help-check-about = Validate meeting files (folders or files); print problems as path:line:col: message
help-check-after =
    Examples:
      docket check meetings && git commit
      docket check meetings/lovp/2020-03-09.toml

    Exit status: 0 all files valid, 1 some file has an error (or a warning with --strict),
    2 usage error (e.g. the folder does not exist).
help-check-arg-paths = Folders of meeting files, or single meeting files (checked in the context of their folder). Default: ./meetings
help-check-arg-strict = Treat warnings (agenda lint) as errors for the exit status
help-pending-about = List the actions pending at a meeting, with due status
help-pending-after =
    Examples:
      docket pending meetings
      docket pending meetings --for 2020-03-09 --json
      docket pending meetings --series lovp --for 2020-06-15
help-pending-arg-dir = Folder of meeting files (default: ./meetings)
help-pending-arg-for_meeting = The meeting: a file path, or a date (a meeting being prepared may have no file yet)
help-pending-arg-series = The series (default: the meeting's own, or the only one)
help-pending-arg-all_series = Include actions from every series, not only the meeting's own
help-pending-arg-json = Print one JSON array
help-search-about = Fuzzy search across every meeting
help-search-after =
    Examples:
      docket search meetings 'vuurwerk kind:agreement'
      docket search meetings financiele --json --limit 5
      docket search --list meetings | fzf
help-search-arg-args = Folder of meeting files, then the query (folder default: ./meetings)
help-search-arg-list = Print every record as one line (for fzf or grep) instead of searching
help-search-arg-json = Print one JSON array
help-search-arg-limit = At most this many hits
help-new-about = Draft the next meeting of a series as a new file
help-new-after =
    Example:
      docket new meetings --series lovp --date 2020-06-15 --start 10:00
help-new-arg-dir = Folder of meeting files (default: ./meetings)
help-new-arg-start = Start time, HH:MM
help-new-arg-out = Write here instead of next to the series' newest file, named like it
help-new-arg-dry_run = Print the draft instead of writing it
help-export-about = Export a meeting's minutes, decision list and action list
help-export-after =
    Examples:
      docket export meetings 2020-02-10
      docket export meetings meetings/lovp/2020-02-10.toml --format html --out minutes.html
      docket export meetings 2020-03-09 --agenda --lang nl --format docx --out agenda.docx
help-export-arg-args = Folder of meeting files, then the meeting (a path or a date)
help-export-arg-include_confidential = Include items marked confidential = true
help-export-arg-agenda = The agenda / invitation instead of the minutes: planned times, what to read
help-export-arg-timing = Print planned and actual minutes per item (internal; left out by default)
help-export-arg-out = Write to this file instead of standard output
help-import-about = Turn a meeting report in Markdown into a meeting file to review
help-import-after =
    Example:
      docket import report.md --series lovp --into meetings --out meetings/lovp/2020-02-10.toml
help-import-arg-report = The Markdown report
help-import-arg-into = Match the topics against this folder of meetings, so the import links to its history
help-import-arg-out = Write to this file instead of standard output
help-completions-about = Print shell completions
help-completions-after =
    Example:
      docket completions bash > ~/.local/share/bash-completion/completions/docket
help-man-about = Print the manual page (roff), for `man -l -` or a man folder
help-man-after =
    Examples:
      docket man | man -l -
      docket man sync | man -l -
      docket man > ~/.local/share/man/man1/docket.1
help-man-arg-command = A subcommand's page instead of the main one (e.g. `check`)
help-merge-about = Merge three versions of a meeting file, item by item (a git merge driver)
help-merge-after =
    Set up by `docket sync`, or by hand:
      git config merge.docket.driver 'docket merge %O %A %B %P'
      echo '*.toml merge=docket' >> .gitattributes

    Exit status: 0 merged cleanly (result written into OURS), 1 conflicts (marked in OURS),
    2 usage error. See docs/team.md.
help-merge-arg-base = The common ancestor's version (git's %O)
help-merge-arg-ours = Our version (git's %A); the result is written here
help-merge-arg-theirs = Their version (git's %B)
help-merge-arg-path = The file's path in the repository (git's %P), for messages
help-sync-about = Commit changed meeting files, pull others' changes and push: a shared git repository
help-sync-after =
    Example:
      docket sync meetings

    The first time it sets up docket's merge driver for the repository. On a conflict it
    puts the repository back as it was, keeps your commit and says what to resolve.
    Exit status: 0 synced, 1 not synced (conflict, network), 2 usage error. See docs/team.md.
help-sync-arg-dir = Folder of meeting files inside a git repository (default: ./meetings)

help-export-arg-format = md (the default), html, or docx (a Word document: needs --out, or standard output that is not a terminal)
help-completions-arg-shell = The shell: bash, elvish, fish, powershell or zsh
help-usage-options = [OPTIONS]
help-usage-command = <COMMAND>
help-value-DATE = DATE
help-value-DIR = DIR
help-value-FILE = FILE
help-value-NAME = NAME
help-value-PATH = PATH
help-value-QUERY = QUERY
help-value-MEETING = MEETING
help-value-HH = HH
help-value-MM = MM
help-value-COMMAND = COMMAND
help-value-BASE = BASE
help-value-OURS = OURS
help-value-THEIRS = THEIRS
help-value-LIMIT = LIMIT
help-value-REPORT = REPORT
help-value-FORMAT = FORMAT
clap-error = error: { $message }
clap-unknown-argument = unknown argument '{ $arg }'
clap-unknown-command = unknown command '{ $command }'
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-invalid-value-one-of = invalid value '{ $value }' for '{ $arg }'; possible: { $valid }
clap-missing = these arguments are missing: { $args }
clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-too-many = unexpected value '{ $value }'
clap-other = the command line is not right ({ $error })
clap-did-you-mean = tip: did you mean '{ $suggestion }'?
clap-more = More information: '--help'.
help-heading-usage = Usage:
help-heading-commands = Commands:
help-heading-arguments = Arguments:
help-heading-options = Options:
help-flag-help = Print help
help-flag-help-long = Print help (see a summary with '-h')
help-flag-version = Print version
help-subcommand-help = Print this message or the help of the given subcommand(s)
man-heading-name = NAME
man-heading-synopsis = SYNOPSIS
man-heading-description = DESCRIPTION
man-heading-options = OPTIONS
man-heading-subcommands = SUBCOMMANDS
man-heading-extra = EXTRA
man-heading-version = VERSION
cli-man-no-command = no command `{ $name }`; one of: { $names }

## The record in exports: attendance against the quorum, votes

record-present = Present
record-absent = Absent
record-guests = Also present
record-quorum = Quorum
record-nobody = nobody
record-members = Members
record-members-from = Members (as listed at { $date })
record-quorum-met = { $needed } needed, { $present } present: quorate
record-quorum-not-met = { $needed } needed, { $present } present: no quorum
record-documents = Documents
vote-unanimous = adopted unanimously
vote-unanimous-for = adopted unanimously, { $count } for
vote-for = { $count } for
vote-against = { $count } against
vote-abstain = { $count ->
    [one] 1 abstention
   *[other] { $count } abstentions
}
vote-adopted = adopted, { $counts }
vote-rejected = rejected, { $counts }
vote-tied = tied, { $counts }
list-and = and

## Exports: minutes, decision list, action list, agenda

export-date-time = { $date }, { $time }
export-location = Location
export-chair = Chair
export-attendees = Attendees
export-source = Source
export-minutes = Minutes
export-agenda = Agenda
export-no-items = No agenda items.
export-item-title = { $number }. { $title }
export-agenda-item = { $time }  { $title }
export-presenter = presented by { $name }
export-planned-minutes = planned { $minutes } min
export-actual-minutes = actual { $minutes } min
export-agreements = Agreements
export-decisions = Decisions
export-notes = Notes
export-actions = Actions
export-to-read = To read: agreed last time
export-earlier-outcome = { $text } ({ $date })
export-open-actions = Open actions
export-left-out = { $count ->
    [one] 1 confidential item left out.
   *[other] { $count } confidential items left out.
}
export-decision-list = Decision list
export-decision-entry = { $text } (item { $number }: { $title })
export-no-decisions = No decisions.
export-action-list = Action list
export-no-actions = No actions.
export-action-entry = { $text } ({ $details })
export-due = due { $when }
export-due-next-meeting = next meeting
export-done-on = done { $date }
export-col-action = Action
export-col-owner = Owner
export-col-due = Due
export-col-from = From
export-col-status = Status
export-action-from = { $date }: { $item }
export-status-open = open
export-status-done = done
export-status-done-on = done { $date }

## Command-line messages

cli-export-usage = give [DIR] MEETING
cli-export-no-meeting = no meeting on { $date } in { $dir }
cli-export-docx-needs-out = a Word document is not for the terminal: give --out FILE or redirect the output
cli-hint-folder = hint: give the folder that holds your meeting files, e.g. `docket check meetings`
cli-hint-other-out = choose another name with --out
cli-open-args-with-command = the folder, --meeting, --theme and --live are for the interface (`docket [DIR]`); after a command, give its own arguments: `docket { $command } --help`
cli-hint-open-folder = hint: run docket in the folder that holds `meetings/`, or give the folder: `docket path/to/meetings`
cli-bad-files-left-out = { $count ->
    [one] 1 file could not be read and is left out; run `docket check` to see why
   *[other] { $count } files could not be read and are left out; run `docket check` to see why
}
cli-check-summary = { $meetings ->
    [one] 1 meeting
   *[other] { $meetings } meetings
    }, { $items ->
    [one] 1 item
   *[other] { $items } items
    }, { $files ->
    [one] 1 file
   *[other] { $files } files
    } with errors
cli-check-warnings = , { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
cli-not-utf8 = { $path }: is not UTF-8 text
cli-import-bug = the imported file does not load (a bug in docket):
cli-new-bug = the draft does not load (a bug in docket):
cli-new-bad-start = --start `{ $start }` is not a time like 10:00
cli-no-meetings = no meetings found
cli-no-meeting-on = no meeting on { $date }
cli-no-meeting-name-series = no meeting on { $date }; to plan one, name its series with --series
cli-several-meetings = several meetings on { $date } ({ $files }); name one by its file path
cli-not-date-or-file = `{ $spec }` is neither a date (YYYY-MM-DD) nor a meeting file
cli-not-loaded = { $spec }: not a loaded meeting file (see `docket check`)
cli-no-such-path = { $path }: no such file
cli-no-series = no series `{ $series }`; known: { $known }
cli-search-list-usage = with --list give only the folder: docket search --list [DIR]
cli-search-usage = give a query: docket search [DIR] QUERY (quote a query of several words)
cli-search-query-error = in the query at { $start }..{ $end }
cli-needs-terminal = the interface needs a terminal; for scripts use `docket check`, `docket pending` or `docket search`
cli-removed-temps = { $count ->
    [one] removed 1 temporary file left by a crash
   *[other] removed { $count } temporary files left by a crash
}

## Import (stderr report)

import-date-from-title = the title
import-summary-meeting = title { $title }, series { $series }, date { $date } (from { $from })
import-summary-counts = { $items } items, { $outcomes } outcomes, { $actions } actions guessed
import-summary-topic = item { $number }: { $title } takes the folder's topic { $topic } ({ $why })
import-summary-outcome = item { $number }: { $kind } { $text }
import-summary-action = item { $number }: action, due { $due }, owner { $owner }: { $text }

## The key table (help overlay and footer)
key-move-up = move up
group-move = Move
key-move-down = move down
key-page-up = page up
key-page-down = page down
key-first-entry = first entry
key-last-entry = last entry
key-next-pane = next pane
key-previous-pane = previous pane
key-previous-meeting-date-order-all-series = previous meeting (date order, all series)
group-meetings = Meetings
key-next-meeting-date-order-all-series = next meeting (date order, all series)
key-search-every-meeting-tag-person-kind = search every meeting (#tag @person kind: series: after: before: is:)
key-pick-a-meeting-type-to-filter = pick a meeting (type to filter)
key-pending-this-series-all-series = pending: this series / all series
key-mark-the-agenda-item-discussed-now = mark discussed now and go on / un-mark · pending: mark for x
group-live = Live
key-mark-the-pending-action-done-today = close an action done today (pending, agenda, details) / re-open
key-add-an-outcome-to-the-item = add an outcome; Tab: kind (decision: for:4 against:1 / unanimous)
key-add-an-action-owner-due-next = add an action (@owner, Tab completes; due:next|2020-06|2020-03-09)
key-undo-the-last-edit-in-the = undo the last edit, in the file too
key-open-the-file-in-visual-editor = open the file in $VISUAL/$EDITOR at the item
key-agenda-warnings-of-a-meeting-being = agenda warnings of a meeting being prepared
group-other = Other
key-files-that-could-not-be-read = files that could not be read
key-this-help = this help
key-close-an-overlay = close an overlay
key-quit = quit
footer-meeting = meeting
footer-search = search
footer-meetings = meetings
footer-discussed = discussed
footer-outcome = outcome
footer-action = action
footer-undo = undo
footer-help = help
footer-quit = quit
key-new-item = new agenda item below the selected one (a form)
key-edit-selected = edit the selected item, outcome or pending action (a form)
key-toggle-standing = mark the item standing (returns every meeting) / un-mark
key-move-item-up = move the agenda item up
key-move-item-down = move the agenda item down
key-delete = delete the selected item, outcome or action (asks first; u undoes)
key-park = park the item for the next meeting of the series
key-close-dropped = close the action as dropped (not done): done = today, dropped = true
group-prepare = Prepare
group-form = In the form (n, i)
footer-new = new
form-key-complete = complete, else next field
form-key-previous-field = previous field
form-key-previous-suggestion = previous suggestion
form-key-next-suggestion = next suggestion
form-key-write = write it
form-key-cancel = cancel, write nothing
form-key-left = cursor left
form-key-right = cursor right
form-key-home = start of the field
form-key-end = end of the field
form-key-backspace = delete before the cursor
form-key-delete = delete under the cursor
form-key-delete-word = delete the word before the cursor
form-key-clear = clear the field

## The interface

ui-help-title = Keys
ui-esc-close = Esc close
ui-help-mouse = Mouse: click selects and focuses a pane; the wheel scrolls it.
ui-problems-title = Files that could not be read ({ $count })
ui-problems-none = Every meeting file was read without a problem.
ui-picker-title = Meetings ({ $shown }/{ $total })
ui-picker-filter = Filter:
ui-picker-none = No meeting matches; Backspace or Ctrl-U to widen.
ui-picker-items = { $count ->
    [one] 1 item
   *[other] { $count } items
}
ui-lint-title = Agenda warnings ({ $count })
ui-lint-past = Agenda warnings are for meetings being prepared (today or later).
ui-lint-none = No warnings: the agenda covers what is due, with planned minutes that fit.
ui-footer-move = move
ui-footer-choose = choose
ui-footer-close = close
ui-footer-form-next = complete/next
ui-footer-form-write = write
ui-footer-form-cancel = cancel
ui-footer-form-word = word
ui-footer-form-clear = clear
ui-footer-yes = yes
ui-footer-no = no
ui-footer-other-key = any other key
ui-input-outcome = Outcome [{ $kind } · Tab]
ui-input-action = Action [@owner due:…]
ui-input-hint = Enter saves · Esc cancels
ui-input-enter-saves = Enter saves
ui-header-file-unreadable = ⚠ file unreadable ({ $line }:{ $col }), writes refused
ui-header-unreadable = { $count ->
    [one] ⚠ 1 file unreadable (!)
   *[other] ⚠ { $count } files unreadable (!)
}
ui-header-warnings = ⚑ { $count } warnings (w)
ui-header-discussed = { $done }/{ $total } discussed
ui-clock-no-start = · ⏱ no start time
ui-clock-behind = +{ $minutes } min behind
ui-clock-on-time = on time
ui-agenda-title = Agenda ({ $count })
ui-agenda-empty = No items on this agenda yet.
ui-pending-title = Pending ({ $scope }) { $count }
ui-pending-all-series = all series
ui-pending-none-series = Nothing pending from earlier meetings of this series. Press A for all series.
ui-pending-none-all = Nothing pending from any earlier meeting.
ui-pending-done = ✓ done
ui-pending-dropped = ✓ dropped
ui-previous-title = Previous outcomes
ui-previous-none = No earlier outcomes on this topic ({ $topic }).
ui-previous-select = Select an agenda item to see what was agreed on its topic before.
ui-details-title = Details
ui-details-item = Item
ui-details-outcome = Outcome
ui-details-pending-action = Pending action
ui-details-no-item = No item selected.
ui-details-hidden = ⚠ contains hidden or control characters, shown as ⍰ ␛ �
ui-details-topic = topic { $topic }
ui-details-presenter = · presenter
ui-details-minutes-planned = · { $minutes } min planned
ui-details-discussed-at = · ✓ discussed { $time }
ui-details-discussed = · ✓ discussed
ui-details-confidential = · confidential
ui-details-outcomes = Outcomes
ui-details-actions = Actions
ui-details-pending-on-topic = Pending on this topic
ui-details-from = (from { $date })
ui-details-due = · due { $due }
ui-due-next = next
ui-details-standing = · standing
ui-details-done = · done
ui-details-done-on = · done { $date }
ui-details-dropped = · dropped
ui-details-dropped-on = · dropped { $date }
ui-details-item-label = · item:
ui-details-meeting-of = (the meeting of { $date })
ui-details-promised-at = promised at { $date } ·
ui-details-since = Since last time ({ $date })
ui-details-nothing-changed = nothing changed on this topic
ui-details-plus-outcome = + outcome
ui-details-closed = ✓ closed
ui-details-plus-action = + action
ui-search-searching = searching…
ui-search-hits = { $count ->
    [one] 1 hit
   *[other] { $count } hits
}
ui-search-title = Search every meeting
ui-search-keys = ↑↓ move · Enter open · Esc back
ui-search-syntax = whole words, prefixes, typos · #tag @person kind: series: after: before: is:
ui-search-none = No hits. Fewer or shorter words find more.
ui-too-small = Terminal too small: { $width }×{ $height }. docket needs at least { $min_width }×{ $min_height }. Enlarge the window, or q to quit.
ui-empty-title = No meetings in { $dir } yet.
ui-empty-add = Add a first meeting as a TOML file, for example
ui-empty-then = Then start docket again. The format is described in docs/format.md.
ui-empty-problems = { $count ->
    [one] 1 file could not be read: press ! to see why.
   *[other] { $count } files could not be read: press ! to see why.
}
ui-welcome = Welcome
ui-status-space-agenda = Space marks an agenda item: Tab to the agenda first
ui-status-x-pending = x marks a pending action done: Tab to the pending pane first
ui-status-select-item = select an agenda item first
ui-status-nothing-to-undo = nothing to undo in this session
ui-status-undone = undone: { $what }
ui-status-saved = saved: { $what } · u undoes
ui-status-saved-merged = saved: { $what } (the file had changed on disk; that change is kept) · u undoes
ui-status-undone-warning = undone: { $what }, but { $warning }
ui-status-saved-warning = saved: { $what }, but { $warning }
ui-status-not-saved-retry = not saved; Enter retries
ui-status-not-saved = not saved: { $reason }
ui-status-reloaded = reloaded: files changed on disk
ui-status-cannot-reload = cannot reload: { $reason }
ui-status-reloaded-after = reloaded after { $program }
ui-status-editor-ended = { $program } ended with { $status }; reloaded
ui-status-cannot-run = cannot run { $program }: { $reason }
ui-capture-one-owner = only one @owner per action
ui-capture-one-due = only one due: per action
ui-capture-bad-due = due:{ $due } is not a due point; use due:next, due:2020-06 or due:2020-03-09
ui-capture-type-action = type what is to be done
ui-capture-type-outcome = type the outcome

## Words shown for values of the file (the file itself keeps the English keys)

status-overdue = overdue
status-due = due
status-later = later
status-none = none
kind-decision = decision
kind-agreement = agreement
kind-note = note
kind-meeting = meeting
kind-item = item
kind-action = action

## Agenda warnings (docket check, the w overlay)

lint-due-not-on-agenda = { $action } is due at this meeting but its topic `{ $topic }` is not on the agenda
lint-overdue-not-on-agenda = { $action } is overdue at this meeting but its topic `{ $topic }` is not on the agenda
lint-past-due-point = { $action } passed its due point ({ $due }) and is still open on { $date }
lint-past-due = { $action } passed its due point and is still open on { $date }
lint-action = action "{ $text }" ({ $details })
lint-action-due = due { $due }
lint-action-from = from { $series } { $date }
lint-over-length = the agenda plans { $total } minutes but the meeting lasts { $length } minutes ({ $over } over)
lint-missing-minutes = item { $number } "{ $title }" has no planned minutes while other items have them
lint-duplicate-topic = item { $number } has topic `{ $topic }`, already on the agenda as item { $first }
ui-search-items-hits = { $items ->
    [one] 1 item
   *[other] { $items } items
} · { $count ->
    [one] 1 hit
   *[other] { $count } hits
}
ui-status-no-item-selected = no agenda item is selected
ui-status-no-action-selected = no pending action is selected
ui-status-item-gone = the item is gone; Esc, select one, type again
ui-status-reloaded-lost = reloaded: { $lost }; nothing is selected there
ui-vote-twice = { $key }: is given twice
ui-vote-not-a-number = { $word }: the number of votes must be a whole number, 0 or more
ui-vote-unanimous-against = unanimous, yet votes against: drop one of them
ui-vote-no-text = type the decision
ui-vote-not-a-decision = a vote goes with a decision: Tab to decision
ui-capture-tab-completes = Tab completes a name after @
ui-lost-item = the selected item “{ $title }” is gone
ui-lost-action = the selected action “{ $text }” is gone
ui-status-write-access = write access: the other docket has quit, edits are saved now
ui-paste-breaks = { $count ->
    [one] 1 line break became a space
   *[other] { $count } line breaks became spaces
}
ui-paste-removed = { $count ->
    [one] 1 hidden character removed
   *[other] { $count } hidden characters removed
}
ui-paste-one-line = pasted as one line: { $what }
ui-capture-quote-open = the quote after @" is not closed
ui-capture-quote-empty = @"" names no one
ui-refuse-unreadable = the meeting's file is unreadable ({ $problem }); nothing was written
ui-refuse-error = the file has an error ({ $problem }); fix it first; nothing was written

## Edits, as the status line names them

edit-mark-discussed = mark “{ $title }” discussed
edit-unmark-discussed = un-mark “{ $title }”
edit-mark-done = mark “{ $text }” done
edit-reopen = re-open “{ $text }”
edit-add-outcome = add outcome “{ $text }”
edit-add-action = add action “{ $text }”
edit-remove-outcome = remove outcome “{ $text }”
edit-remove-action = remove action “{ $text }”
key-sync-the-shared-git-repository-commit = sync the shared git repository (commit, pull, push)

## Git (header, sync)

ui-git-syncing = ⇅ syncing…
ui-git-to-sync = { $count ->
    [one] ⇅ 1 file to sync (S)
   *[other] ⇅ { $count } files to sync (S)
}
ui-git-synced = ⇅ synced
ui-git-sync-running = a sync is running; try again when it is done
ui-git-already-running = a sync is already running
ui-git-no-repository = this folder is not in a git repository; see docs/team.md to share it
ui-git-syncing-steps = syncing: commit, pull, push…
ui-git-quit-while-syncing = a sync is running; quit again to leave anyway (git may be left mid-merge)
ui-git-conflict = sync: conflict, nothing merged ({ $first }); run `docket sync` in a shell to see how to resolve

## The record: attendance, documents, presenter view (keys and screens)
key-attendance = attendance: mark who is present (quorum in the header)
key-open-document = open the item's document with the system's opener
key-presenter-view = presenter view for a projector (j/k, Space still work)
group-attendance = Attendance list (P)
key-toggle-present = mark the selected name present / not present (written at once)
key-add-name = type a name to mark present (Enter saves)
key-next-name = next name
key-previous-name = previous name
key-close-the-list = close the list
footer-present = present
footer-add-name = add name
footer-close = close
ui-input-decision = Outcome [decision · Tab] for:N against:N abstain:N | unanimous

## Preparing the agenda (forms, questions, choosers)
prep-field-title = Title
prep-field-topic = Topic
prep-field-minutes = Minutes
prep-field-presenter = Presenter
prep-field-notes = Notes
prep-field-text = Text
prep-field-kind = Kind
prep-field-owner = Owner
prep-field-due = Due
prep-form-new-item = New agenda item
prep-form-edit-item = Edit agenda item
prep-form-edit-outcome = Edit outcome
prep-form-edit-action = Edit action
prep-form-hint = Tab complete/next · Enter write · Esc cancel
prep-form-writes-to = writes to { $file }
prep-form-needs-title = an item needs a title
prep-form-bad-minutes = minutes: a whole number from 0 to 1440
prep-form-outcome-needs-text = an outcome needs its text
prep-form-bad-kind = kind: decision, agreement or note (Tab completes)
prep-form-action-needs-text = an action needs its text
prep-form-bad-due = due: next, a month 2020-06 or a date 2020-03-09
prep-form-notes-kept = notes of several lines stay as they are here: edit them in your editor (Esc, e)
prep-topic-used = { $title } · used { $dates }
prep-topic-used-more = { $title } · used { $dates } (+{ $more } more)
prep-question-title = Delete?
prep-question-hint = y yes · any other key no
prep-chooser-hint = ↑↓ move · Enter choose · Esc cancel
prep-choose-edit = Edit which one?
prep-choose-delete = Delete which one?
prep-choose-close = Close which action (done)?
prep-choose-drop = Close which action as dropped?
prep-entry-outcome = outcome: { $text }
prep-entry-action = action: { $text }
prep-entry-pending = pending ({ $date }): { $text }
prep-delete-item = Delete item “{ $title }”? y deletes (u brings it back) · any other key keeps it
prep-delete-item-with = Delete item “{ $title }” with its { $count } outcome(s) and action(s)? y deletes (u brings it back) · any other key keeps it
prep-delete-sub = Delete { $kind ->
    [outcome] outcome
   *[action] action
} “{ $text }” (from { $date })? y deletes (u brings it back) · any other key keeps it
prep-status-open-meeting = open a meeting first
prep-status-no-outcome = no outcome selected
prep-status-no-pending = no pending action selected
prep-status-nothing-changed = nothing changed; nothing written
prep-status-standing-agenda = s marks an agenda item standing: Tab to the agenda first
prep-status-move-agenda = K and J move agenda items: Tab to the agenda first
prep-status-already-first = the item is already the first
prep-status-already-last = the item is already the last
prep-status-x-outcomes = x closes an action: select one in the pending pane or the details
prep-status-no-open-action = no open action on this item or its topic
prep-status-no-sub = no outcome or action on this item
prep-status-gone = “{ $text }” is no longer there (its file changed); nothing done
prep-status-closed-already = that action is closed already
prep-status-park-agenda = > parks an agenda item: Tab to the agenda first
prep-status-park-has-record = “{ $title }” has a record here (discussed, outcomes or actions), so it stays; park items not yet handled
prep-park-place-meeting = the meeting of { $date }
prep-park-place-file = { $file } (for the next `docket new`)
prep-status-parked = parked “{ $title }” in { $place } · u puts it back here, u again takes it out there
prep-status-not-parked = not parked: { $reason }
prep-status-kept = kept; nothing deleted
prep-status-marked = { $count } marked · x closes them (done), X as dropped · Space un-marks

## The formal record (attendance, quorum, documents, presenter view)

ui-record-no-meeting-attendance = no meeting to take attendance of
ui-record-not-saved-retry = not saved; Enter retries
ui-record-no-documents = this item has no documents (documents = ["…"] in the file)
ui-record-no-meeting-present = no meeting to present
ui-record-type-a-name = type a name
ui-record-already-present = { $name } is already present
ui-record-open-missing = “{ $path }” does not exist; nothing was opened
ui-record-open-spawn = cannot run { $opener }: { $error }
ui-record-esc-close = Esc close
ui-record-count-present = { $count } present
ui-record-members-present = { $present }/{ $members } present
ui-record-quorum-met = quorum { $quorum } ✓
ui-record-no-quorum = ✗ no quorum ({ $quorum } needed)
ui-record-attendance = Attendance
ui-record-members-from = Members as listed at { $date } (this meeting lists no `members`)
ui-record-no-members = No members listed (`members = [...]` in the file): + adds a name present
ui-record-members = { $count } members
ui-record-guest = guest
ui-record-present = present
ui-record-name = Name:
ui-record-enter-marks-present = Enter marks present · Esc cancels
ui-record-attendance-hint = Space present / not present · + add a name · Esc close
ui-record-documents-title = Documents ({ $count }) · Enter opens
ui-record-missing = ✗ missing
ui-record-documents = Documents
ui-record-o-opens = (O opens)
ui-record-confidential-item = (confidential item)
ui-record-item-of = item { $n } of { $total }
ui-record-no-items = This meeting has no agenda items.
ui-record-presenter-hint = p leaves · j/k item · Space discussed
ui-record-presented-by = presented by
ui-record-next = next: { $title }
ui-record-next-minutes = next: { $title } ({ $minutes } min)
ui-record-last-item = last item
ui-record-minutes-planned = { $minutes } min planned
ui-record-discussed = ✓ discussed
ui-record-took = took { $minutes } min
ui-record-so-far = { $minutes } min so far
ui-record-no-minutes = no minutes planned
ui-record-vote-unanimous = unanimous
ui-record-vote-for = for { $count }
ui-record-vote-against = against { $count }
ui-record-vote-abstain = abstain { $count }
ui-record-opened = opened “{ $name }” with { $opener }

# Help sections of the key tables of the other modes (see src/tui/keymap.rs)
group-lists = In a list (? ! w m / O P)
group-filters = Typing (filters of m and /, a name, o a n i)
group-capture = The outcome or action line (o, a)
group-question = A question (d)
key-choose = choose the selected entry
key-letters = letters
key-type-to-filter = typed into the filter or the field
key-capture-tab = outcome: next kind · action: complete the @owner
key-capture-save = save it
key-confirm-yes = yes, do it
