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
