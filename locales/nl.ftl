# De meldingen van docket in het Nederlands. Elke melding hier staat ook in en.ftl, met
# dezelfde argumenten (een test controleert dat). Sleutelnamen en het TOML-formaat blijven
# Engels.

## Exports: verslag, besluitenlijst, actielijst, agenda

export-date-time = { $date }, { $time } uur
export-location = Plaats
export-chair = Voorzitter
export-attendees = Aanwezig
export-source = Bron
export-minutes = Verslag
export-agenda = Agenda
export-no-items = Geen agendapunten.
export-item-title = { $number }. { $title }
export-agenda-item = { $time }  { $title }
export-presenter = inleiding door { $name }
export-planned-minutes = gepland { $minutes } min
export-actual-minutes = werkelijk { $minutes } min
export-agreements = Afspraken
export-decisions = Besluiten
export-notes = Kanttekeningen
export-actions = Acties
export-to-read = Ter voorbereiding: vorige keer afgesproken
export-earlier-outcome = { $text } ({ $date })
export-open-actions = Openstaande acties
export-left-out = { $count ->
    [one] 1 vertrouwelijk punt weggelaten.
   *[other] { $count } vertrouwelijke punten weggelaten.
}
export-decision-list = Besluitenlijst
export-decision-entry = { $text } (agendapunt { $number }: { $title })
export-no-decisions = Geen besluiten.
export-action-list = Actielijst
export-no-actions = Geen acties.
export-action-entry = { $text } ({ $details })
export-due = uiterlijk { $when }
export-due-next-meeting = volgende vergadering
export-done-on = afgerond { $date }
export-col-action = Actie
export-col-owner = Wie
export-col-due = Wanneer
export-col-from = Herkomst
export-col-status = Status
export-action-from = { $date }: { $item }
export-status-open = open
export-status-done = afgerond
export-status-done-on = afgerond { $date }

## Meldingen op de opdrachtregel

cli-export-usage = geef [MAP] VERGADERING
cli-export-no-meeting = geen vergadering op { $date } in { $dir }
cli-export-docx-needs-out = een Word-document hoort niet in de terminal: geef --out BESTAND of leid de uitvoer om
