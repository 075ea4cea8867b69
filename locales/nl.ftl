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
cli-hint-folder = tip: geef de map met de vergaderbestanden, bijvoorbeeld `docket check meetings`
cli-hint-open-folder = tip: start docket in de map met `meetings/`, of geef de map: `docket pad/naar/meetings`
cli-bad-files-left-out = { $count ->
    [one] 1 bestand kon niet gelezen worden en is weggelaten; `docket check` laat zien waarom
   *[other] { $count } bestanden konden niet gelezen worden en zijn weggelaten; `docket check` laat zien waarom
}
cli-check-summary = { $meetings ->
    [one] 1 vergadering
   *[other] { $meetings } vergaderingen
    }, { $items ->
    [one] 1 agendapunt
   *[other] { $items } agendapunten
    }, { $files ->
    [one] 1 bestand
   *[other] { $files } bestanden
    } met fouten
cli-check-warnings = , { $count ->
    [one] 1 waarschuwing
   *[other] { $count } waarschuwingen
}
cli-not-utf8 = { $path }: is geen UTF-8-tekst
cli-import-bug = het geïmporteerde bestand laadt niet (een fout in docket):
cli-new-bug = het concept laadt niet (een fout in docket):
cli-new-bad-start = --start `{ $start }` is geen tijd zoals 10:00
cli-no-meetings = geen vergaderingen gevonden
cli-no-meeting-on = geen vergadering op { $date }
cli-no-meeting-name-series = geen vergadering op { $date }; noem de reeks met --series om er een te plannen
cli-several-meetings = meerdere vergaderingen op { $date }; kies er een met het bestandspad of met --series
cli-not-date-or-file = `{ $spec }` is geen datum (JJJJ-MM-DD) en geen vergaderbestand
cli-not-loaded = { $spec }: geen geladen vergaderbestand (zie `docket check`)
cli-no-such-file = { $spec }: dat vergaderbestand bestaat niet
cli-no-series = geen reeks `{ $series }`; bekend: { $known }
cli-search-list-usage = geef bij --list alleen de map: docket search --list [MAP]
cli-search-usage = geef een zoekopdracht: docket search [MAP] ZOEKOPDRACHT (met aanhalingstekens bij meer woorden)
cli-search-query-error = in de zoekopdracht op { $start }..{ $end }
cli-needs-terminal = de interface heeft een terminal nodig; gebruik in scripts `docket check`, `docket pending` of `docket search`
cli-removed-temps = { $count ->
    [one] 1 tijdelijk bestand van een crash opgeruimd
   *[other] { $count } tijdelijke bestanden van een crash opgeruimd
}

## Import (verslag op stderr)

import-date-from-title = de titel
import-summary-meeting = titel { $title }, reeks { $series }, datum { $date } (uit { $from })
import-summary-counts = { $items } agendapunten, { $outcomes } uitkomsten, { $actions } acties herkend
import-summary-topic = agendapunt { $number }: { $title } krijgt het onderwerp { $topic } van de map ({ $why })
import-summary-outcome = agendapunt { $number }: { $kind } { $text }
import-summary-action = agendapunt { $number }: actie, termijn { $due }, eigenaar { $owner }: { $text }
