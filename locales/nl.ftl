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
cli-no-such-path = { $path }: dat bestand bestaat niet
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

## De toetsentabel (hulpvenster en voettekst)
key-move-up = omhoog
group-move = Bewegen
key-move-down = omlaag
key-page-up = pagina omhoog
key-page-down = pagina omlaag
key-first-entry = eerste regel
key-last-entry = laatste regel
key-next-pane = volgend paneel
key-previous-pane = vorig paneel
key-previous-meeting-date-order-all-series = vorige vergadering (op datum, alle reeksen)
group-meetings = Vergaderingen
key-next-meeting-date-order-all-series = volgende vergadering (op datum, alle reeksen)
key-search-every-meeting-tag-person-kind = zoeken in alle vergaderingen (#tag @persoon kind: series: after: before: is:)
key-pick-a-meeting-type-to-filter = kies een vergadering (typ om te filteren)
key-pending-this-series-all-series = openstaand: deze reeks / alle reeksen
key-mark-the-agenda-item-discussed-now = nu als besproken markeren en door / terugzetten · openstaand: markeren voor x
group-live = Tijdens de vergadering
key-mark-the-pending-action-done-today = actie vandaag afronden (openstaand, agenda, details) / heropenen
key-add-an-outcome-to-the-item = uitkomst toevoegen; Tab: soort (besluit: voor:4 tegen:1 / unaniem)
key-add-an-action-owner-due-next = actie toevoegen (@eigenaar, Tab vult aan; due:next|2020-06|2020-03-09)
key-undo-the-last-edit-in-the = laatste wijziging ongedaan maken, ook in het bestand
key-open-the-file-in-visual-editor = bestand openen in $VISUAL/$EDITOR bij het punt
key-agenda-warnings-of-a-meeting-being = agendawaarschuwingen van een vergadering in voorbereiding
group-other = Overig
key-files-that-could-not-be-read = bestanden die niet gelezen konden worden
key-this-help = deze hulp
key-close-an-overlay = venster sluiten
key-quit = afsluiten
footer-meeting = vergadering
footer-search = zoeken
footer-meetings = vergaderingen
footer-discussed = besproken
footer-outcome = uitkomst
footer-action = actie
footer-undo = ongedaan
footer-help = hulp
footer-quit = afsluiten
key-new-item = nieuw agendapunt onder het geselecteerde (een formulier)
key-edit-selected = het geselecteerde punt, besluit of de openstaande actie bewerken (een formulier)
key-toggle-standing = punt als vast markeren (komt elke vergadering terug) / terugzetten
key-move-item-up = agendapunt omhoog
key-move-item-down = agendapunt omlaag
key-delete = het geselecteerde punt, besluit of de actie verwijderen (vraagt eerst; u herstelt)
key-park = punt doorschuiven naar de volgende vergadering van de reeks
key-close-dropped = actie afsluiten als vervallen (niet gedaan): done = vandaag, dropped = true
group-prepare = Voorbereiden
group-form = In het formulier (n, i)
footer-new = nieuw
form-key-complete = aanvullen, anders volgend veld
form-key-previous-field = vorig veld
form-key-previous-suggestion = vorige suggestie
form-key-next-suggestion = volgende suggestie
form-key-write = opslaan
form-key-cancel = annuleren, niets opslaan
form-key-left = cursor naar links
form-key-right = cursor naar rechts
form-key-home = begin van het veld
form-key-end = einde van het veld
form-key-backspace = teken voor de cursor wissen
form-key-delete = teken onder de cursor wissen
form-key-delete-word = woord voor de cursor wissen
form-key-clear = veld leegmaken

## De interface

ui-help-title = Toetsen
ui-esc-close = Esc sluit
ui-help-mouse = Muis: klikken kiest en activeert een paneel; het wieltje scrolt.
ui-problems-title = Bestanden die niet gelezen konden worden ({ $count })
ui-problems-none = Elk vergaderbestand is zonder problemen gelezen.
ui-picker-title = Vergaderingen ({ $shown }/{ $total })
ui-picker-filter = Filter:
ui-picker-none = Geen vergadering past; Backspace of Ctrl-U om te verruimen.
ui-picker-items = { $count ->
    [one] 1 punt
   *[other] { $count } punten
}
ui-lint-title = Agendawaarschuwingen ({ $count })
ui-lint-past = Agendawaarschuwingen gelden voor vergaderingen in voorbereiding (vandaag of later).
ui-lint-none = Geen waarschuwingen: de agenda dekt wat er moet, met geplande minuten die passen.
ui-footer-move = bewegen
ui-footer-choose = kiezen
ui-footer-close = sluiten
ui-footer-form-next = aanvullen/volgende
ui-footer-form-write = bewaren
ui-footer-form-cancel = annuleren
ui-footer-form-word = woord
ui-footer-form-clear = wissen
ui-footer-yes = ja
ui-footer-no = nee
ui-footer-other-key = elke andere toets
ui-input-outcome = Uitkomst [{ $kind } · Tab]
ui-input-action = Actie [@eigenaar due:…]
ui-input-hint = Enter bewaart · Esc annuleert
ui-input-enter-saves = Enter bewaart
ui-header-unreadable = { $count ->
    [one] ⚠ 1 bestand onleesbaar (!)
   *[other] ⚠ { $count } bestanden onleesbaar (!)
}
ui-header-warnings = ⚑ { $count } waarschuwingen (w)
ui-header-discussed = { $done }/{ $total } besproken
ui-clock-no-start = · ⏱ geen begintijd
ui-clock-behind = +{ $minutes } min achter
ui-clock-on-time = op tijd
ui-agenda-title = Agenda ({ $count })
ui-agenda-empty = Nog geen punten op deze agenda.
ui-pending-title = Openstaand ({ $scope }) { $count }
ui-pending-all-series = alle reeksen
ui-pending-none-series = Niets openstaand uit eerdere vergaderingen van deze reeks. Druk A voor alle reeksen.
ui-pending-none-all = Niets openstaand uit eerdere vergaderingen.
ui-pending-done = ✓ afgerond
ui-pending-dropped = ✓ vervallen
ui-previous-title = Eerdere uitkomsten
ui-previous-none = Geen eerdere uitkomsten over dit onderwerp ({ $topic }).
ui-previous-select = Kies een agendapunt om te zien wat er eerder over het onderwerp is afgesproken.
ui-details-title = Details
ui-details-item = Agendapunt
ui-details-outcome = Uitkomst
ui-details-pending-action = Openstaande actie
ui-details-no-item = Geen agendapunt gekozen.
ui-details-hidden = ⚠ bevat verborgen of stuurtekens, getoond als ⍰ ␛ �
ui-details-topic = onderwerp { $topic }
ui-details-presenter = · inleider
ui-details-minutes-planned = · { $minutes } min gepland
ui-details-discussed-at = · ✓ besproken { $time }
ui-details-discussed = · ✓ besproken
ui-details-confidential = · vertrouwelijk
ui-details-outcomes = Uitkomsten
ui-details-actions = Acties
ui-details-pending-on-topic = Openstaand over dit onderwerp
ui-details-from = (uit { $date })
ui-details-due = · termijn { $due }
ui-details-standing = · vast punt
ui-details-done = · afgerond
ui-details-done-on = · afgerond { $date }
ui-details-dropped = · vervallen
ui-details-dropped-on = · vervallen { $date }
ui-details-item-label = · agendapunt:
ui-details-meeting-of = (de vergadering van { $date })
ui-details-promised-at = toegezegd op { $date } ·
ui-details-since = Sinds de vorige keer ({ $date })
ui-details-nothing-changed = niets veranderd over dit onderwerp
ui-details-plus-outcome = + uitkomst
ui-details-closed = ✓ afgerond
ui-details-plus-action = + actie
ui-search-searching = zoeken…
ui-search-hits = { $count ->
    [one] 1 treffer
   *[other] { $count } treffers
}
ui-search-title = Zoeken in alle vergaderingen
ui-search-keys = ↑↓ bewegen · Enter openen · Esc terug
ui-search-syntax = hele woorden, begin van woorden, tikfouten · #tag @persoon kind: series: after: before: is:
ui-search-none = Geen treffers. Minder of kortere woorden vinden meer.
ui-too-small = Terminal te klein: { $width }×{ $height }. docket heeft minstens { $min_width }×{ $min_height } nodig. Maak het venster groter, of q om te stoppen.
ui-empty-title = Nog geen vergaderingen in { $dir }.
ui-empty-add = Voeg een eerste vergadering toe als TOML-bestand, bijvoorbeeld
ui-empty-then = Start docket daarna opnieuw. Het formaat staat in docs/format.md.
ui-empty-problems = { $count ->
    [one] 1 bestand kon niet gelezen worden: druk ! om te zien waarom.
   *[other] { $count } bestanden konden niet gelezen worden: druk ! om te zien waarom.
}
ui-welcome = Welkom
ui-status-space-agenda = Spatie markeert een agendapunt: eerst met Tab naar de agenda
ui-status-x-pending = x rondt een openstaande actie af: eerst met Tab naar het paneel Openstaand
ui-status-select-item = kies eerst een agendapunt
ui-status-nothing-to-undo = niets ongedaan te maken in deze sessie
ui-status-undone = ongedaan gemaakt: { $what }
ui-status-saved = bewaard: { $what } · u maakt ongedaan
ui-status-saved-merged = bewaard: { $what } (het bestand was op schijf veranderd; die wijziging blijft) · u maakt ongedaan
ui-status-undone-warning = ongedaan gemaakt: { $what }, maar { $warning }
ui-status-saved-warning = bewaard: { $what }, maar { $warning }
ui-status-not-saved-retry = niet bewaard; Enter probeert opnieuw
ui-status-not-saved = niet bewaard: { $reason }
ui-status-reloaded = opnieuw geladen: bestanden op schijf veranderd
ui-status-cannot-reload = kan niet opnieuw laden: { $reason }
ui-status-reloaded-after = opnieuw geladen na { $program }
ui-status-editor-ended = { $program } eindigde met { $status }; opnieuw geladen
ui-status-cannot-run = kan { $program } niet starten: { $reason }
ui-capture-one-owner = maar één @eigenaar per actie
ui-capture-one-due = maar één due: per actie
ui-capture-bad-due = due:{ $due } is geen termijn; gebruik due:next, due:2020-06 of due:2020-03-09
ui-capture-type-action = typ wat er moet gebeuren
ui-capture-type-outcome = typ de uitkomst

## Woorden voor waarden uit het bestand (het bestand zelf houdt de Engelse sleutels)

status-overdue = te laat
status-due = nu
status-later = later
status-none = geen
kind-decision = besluit
kind-agreement = afspraak
kind-note = notitie

## Agendawaarschuwingen (docket check, het venster w)

lint-due-not-on-agenda = { $action } moet op deze vergadering terugkomen, maar het onderwerp `{ $topic }` staat niet op de agenda
lint-overdue-not-on-agenda = { $action } is over tijd op deze vergadering, maar het onderwerp `{ $topic }` staat niet op de agenda
lint-past-due-point = { $action } is over de termijn ({ $due }) en staat op { $date } nog open
lint-past-due = { $action } is over de termijn en staat op { $date } nog open
lint-action = actie "{ $text }" ({ $details })
lint-action-due = termijn { $due }
lint-action-from = uit { $series } { $date }
lint-over-length = de agenda plant { $total } minuten, maar de vergadering duurt { $length } minuten ({ $over } te veel)
lint-missing-minutes = agendapunt { $number } "{ $title }" heeft geen geplande minuten terwijl andere punten die wel hebben
lint-duplicate-topic = agendapunt { $number } heeft onderwerp `{ $topic }`, dat al op de agenda staat als punt { $first }
ui-search-items-hits = { $items } punten · { $count } treffers
ui-status-no-item-selected = er is geen agendapunt gekozen
ui-status-no-action-selected = er is geen openstaande actie gekozen
ui-status-item-gone = het agendapunt is weg; Esc, kies er een, typ opnieuw
ui-status-reloaded-lost = opnieuw geladen: { $lost }; daar is niets gekozen
ui-status-write-access = schrijfrecht: de andere docket is gestopt, wijzigingen worden nu bewaard
ui-paste-breaks = { $count ->
    [one] 1 regeleinde werd een spatie
   *[other] { $count } regeleinden werden spaties
}
ui-paste-removed = { $count ->
    [one] 1 verborgen teken verwijderd
   *[other] { $count } verborgen tekens verwijderd
}
ui-paste-one-line = geplakt als één regel: { $what }
ui-capture-quote-open = het aanhalingsteken na @" is niet gesloten
ui-capture-quote-empty = @"" noemt niemand
ui-refuse-unreadable = het bestand van de vergadering is onleesbaar ({ $problem }); er is niets geschreven
ui-refuse-error = het bestand heeft een fout ({ $problem }); herstel die eerst; er is niets geschreven

## Wijzigingen, zoals de statusregel ze noemt

edit-mark-discussed = “{ $title }” als besproken gemarkeerd
edit-unmark-discussed = “{ $title }” niet meer als besproken gemarkeerd
edit-mark-done = “{ $text }” afgerond
edit-reopen = “{ $text }” heropend
edit-add-outcome = uitkomst “{ $text }” toegevoegd
edit-add-action = actie “{ $text }” toegevoegd
edit-remove-outcome = uitkomst “{ $text }” verwijderd
edit-remove-action = actie “{ $text }” verwijderd
key-sync-the-shared-git-repository-commit = gedeelde git-repository synchroniseren (commit, pull, push)

## Git (kopregel, synchroniseren)

ui-git-syncing = ⇅ synchroniseren…
ui-git-to-sync = { $count ->
    [one] ⇅ 1 bestand te synchroniseren (S)
   *[other] ⇅ { $count } bestanden te synchroniseren (S)
}
ui-git-synced = ⇅ gesynchroniseerd
ui-git-sync-running = er loopt een synchronisatie; probeer het opnieuw als die klaar is
ui-git-already-running = er loopt al een synchronisatie
ui-git-no-repository = deze map staat niet in een git-repository; zie docs/team.md om haar te delen
ui-git-syncing-steps = synchroniseren: commit, pull, push…
ui-git-quit-while-syncing = er loopt een synchronisatie; nog eens stoppen verlaat docket toch (git kan dan midden in een merge blijven)
ui-git-conflict = sync: conflict, niets samengevoegd ({ $first }); start `docket sync` in een shell om te zien hoe het op te lossen

## Het verslag: aanwezigheid, stukken, presentatieweergave (toetsen en schermen)
key-attendance = aanwezigheid: aanvinken wie er is (quorum in de kopregel)
key-open-document = het stuk van het punt openen met het standaardprogramma
key-presenter-view = presentatieweergave voor een beamer (j/k en Spatie werken)
group-attendance = Aanwezigheidslijst (P)
key-toggle-present = de gekozen naam aanwezig / niet aanwezig (meteen opgeslagen)
key-add-name = een naam typen en aanwezig melden (Enter slaat op)
key-next-name = volgende naam
key-previous-name = vorige naam
key-close-the-list = de lijst sluiten
footer-present = aanwezig
footer-add-name = naam toevoegen
footer-close = sluiten
ui-input-decision = Uitkomst [besluit · Tab] voor:N tegen:N onthouding:N | unaniem

## Preparing the agenda (forms, questions, choosers)
prep-field-title = Titel
prep-field-topic = Onderwerp
prep-field-minutes = Minuten
prep-field-presenter = Inleider
prep-field-notes = Notities
prep-field-text = Tekst
prep-field-kind = Soort
prep-field-owner = Eigenaar
prep-field-due = Termijn
prep-form-new-item = Nieuw agendapunt
prep-form-edit-item = Agendapunt bewerken
prep-form-edit-outcome = Uitkomst bewerken
prep-form-edit-action = Actie bewerken
prep-form-hint = Tab aanvullen/volgende · Enter opslaan · Esc annuleren
prep-form-writes-to = schrijft naar { $file }
prep-form-needs-title = een agendapunt heeft een titel nodig
prep-form-bad-minutes = minuten: een heel getal van 0 tot en met 1440
prep-form-outcome-needs-text = een uitkomst heeft tekst nodig
prep-form-bad-kind = soort: decision, agreement of note (Tab vult aan)
prep-form-action-needs-text = een actie heeft tekst nodig
prep-form-bad-due = termijn: next, een maand 2020-06 of een datum 2020-03-09
prep-topic-used = { $title } · behandeld { $dates }
prep-topic-used-more = { $title } · behandeld { $dates } (+{ $more } meer)
prep-question-title = Verwijderen?
prep-question-hint = y ja · elke andere toets nee
prep-chooser-hint = ↑↓ bewegen · Enter kiezen · Esc annuleren
prep-choose-edit = Welke bewerken?
prep-choose-delete = Welke verwijderen?
prep-choose-close = Welke actie afsluiten (gedaan)?
prep-choose-drop = Welke actie laten vervallen?
prep-entry-outcome = uitkomst: { $text }
prep-entry-action = actie: { $text }
prep-entry-pending = openstaand ({ $date }): { $text }
prep-delete-item = Agendapunt “{ $title }” verwijderen? y verwijdert (u zet het terug) · elke andere toets bewaart het
prep-delete-item-with = Agendapunt “{ $title }” met { $count ->
    [one] zijn uitkomst of actie
   *[other] zijn { $count } uitkomsten en acties
} verwijderen? y verwijdert (u zet het terug) · elke andere toets bewaart het
prep-delete-sub = { $kind ->
    [outcome] Uitkomst
   *[action] Actie
} “{ $text }” (van { $date }) verwijderen? y verwijdert (u zet het terug) · elke andere toets bewaart het
prep-status-open-meeting = open eerst een vergadering
prep-status-no-outcome = geen uitkomst geselecteerd
prep-status-no-pending = geen openstaande actie geselecteerd
prep-status-nothing-changed = niets gewijzigd; niets opgeslagen
prep-status-standing-agenda = s maakt een agendapunt een vast punt: ga eerst met Tab naar de agenda
prep-status-move-agenda = K en J verplaatsen agendapunten: ga eerst met Tab naar de agenda
prep-status-already-first = het agendapunt staat al bovenaan
prep-status-already-last = het agendapunt staat al onderaan
prep-status-x-outcomes = x sluit een actie af: kies er een in de lijst openstaande acties of in de details
prep-status-no-open-action = geen openstaande actie bij dit agendapunt of zijn onderwerp
prep-status-no-sub = geen uitkomst of actie bij dit agendapunt
prep-status-gone = “{ $text }” is er niet meer (het bestand is gewijzigd); niets gedaan
prep-status-closed-already = die actie is al afgesloten
prep-status-park-agenda = > parkeert een agendapunt: ga eerst met Tab naar de agenda
prep-status-park-has-record = “{ $title }” heeft hier al een verslag (besproken, uitkomsten of acties) en blijft dus staan; parkeer alleen punten die nog niet behandeld zijn
prep-park-place-meeting = de vergadering van { $date }
prep-park-place-file = { $file } (voor de volgende `docket new`)
prep-status-parked = “{ $title }” geparkeerd in { $place } · u zet het hier terug, nog eens u haalt het daar weg
prep-status-not-parked = niet geparkeerd: { $reason }
prep-status-kept = bewaard; niets verwijderd
prep-status-marked = { $count } gemarkeerd · x sluit ze af (gedaan), X laat ze vervallen · Spatie haalt de markering weg

## The formal record (attendance, quorum, documents, presenter view)

ui-record-no-meeting-attendance = geen vergadering om de aanwezigheid van bij te houden
ui-record-not-saved-retry = niet opgeslagen; Enter probeert het opnieuw
ui-record-no-documents = dit agendapunt heeft geen stukken (documents = ["…"] in het bestand)
ui-record-no-meeting-present = geen vergadering om te presenteren
ui-record-type-a-name = typ een naam
ui-record-already-present = { $name } is al aanwezig
ui-record-open-missing = “{ $path }” bestaat niet; er is niets geopend
ui-record-open-spawn = kan { $opener } niet starten: { $error }
ui-record-esc-close = Esc sluiten
ui-record-count-present = { $count } aanwezig
ui-record-members-present = { $present }/{ $members } aanwezig
ui-record-quorum-met = quorum { $quorum } ✓
ui-record-no-quorum = ✗ geen quorum ({ $quorum } nodig)
ui-record-attendance = Aanwezigheid
ui-record-members-from = Leden zoals vermeld op { $date } (deze vergadering vermeldt geen `members`)
ui-record-no-members = Geen leden vermeld (`members = [...]` in het bestand): + meldt een naam aanwezig
ui-record-members = { $count ->
    [one] 1 lid
   *[other] { $count } leden
}
ui-record-guest = gast
ui-record-present = aanwezig
ui-record-name = Naam:
ui-record-enter-marks-present = Enter meldt aanwezig · Esc annuleert
ui-record-attendance-hint = Spatie aanwezig / niet aanwezig · + naam toevoegen · Esc sluiten
ui-record-documents-title = Stukken ({ $count }) · Enter opent
ui-record-missing = ✗ ontbreekt
ui-record-documents = Stukken
ui-record-o-opens = (O opent)
ui-record-confidential-item = (vertrouwelijk agendapunt)
ui-record-item-of = agendapunt { $n } van { $total }
ui-record-no-items = Deze vergadering heeft geen agendapunten.
ui-record-presenter-hint = p verlaat · j/k agendapunt · Spatie besproken
ui-record-presented-by = ingeleid door
ui-record-next = volgende: { $title }
ui-record-next-minutes = volgende: { $title } ({ $minutes } min)
ui-record-last-item = laatste agendapunt
ui-record-minutes-planned = { $minutes } min gepland
ui-record-discussed = ✓ besproken
ui-record-took = duurde { $minutes } min
ui-record-so-far = { $minutes } min tot nu toe
ui-record-no-minutes = geen minuten gepland
ui-record-vote-unanimous = unaniem
ui-record-vote-for = voor { $count }
ui-record-vote-against = tegen { $count }
ui-record-vote-abstain = onthouding { $count }
ui-record-opened = “{ $name }” geopend met { $opener }

# Help sections of the key tables of the other modes (see src/tui/keymap.rs)
group-lists = In een lijst (? ! w m / O P)
group-filters = Typen (filters van m en /, een naam, o a n i)
group-capture = De regel voor een uitkomst of actie (o, a)
group-question = Een vraag (d)
key-choose = de gekozen regel kiezen
key-letters = letters
key-type-to-filter = getypt in het filter of het veld
key-capture-tab = uitkomst: volgende soort · actie: @eigenaar aanvullen
key-capture-save = bewaren
key-confirm-yes = ja, doen
