# docket's messages in English. Every message here must exist in nl.ftl too, with the same
# arguments (a test checks). Key names and the TOML format are not translated.

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
cli-several-meetings = several meetings on { $date }; name one by its file path or with --series
cli-not-date-or-file = `{ $spec }` is neither a date (YYYY-MM-DD) nor a meeting file
cli-not-loaded = { $spec }: not a loaded meeting file (see `docket check`)
cli-no-such-file = { $spec }: no such meeting file
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
