# De meldingen van docket in het Nederlands. Elke melding hier staat ook in en.ftl, met
# dezelfde argumenten (een test controleert dat). Sleutelnamen en het TOML-formaat blijven
# Engels.

## Fouten bij schrijven, vergrendelen, zoeken, exporteren en importeren (`Display` blijft Engels voor logs)

err-edit-invalid = { $path }: kan niet worden bewerkt zolang er fouten in staan ({ $first }); herstel eerst het bestand
err-edit-not-found = { $path }: { $what } staat niet meer in het bestand; er is niets geschreven
err-edit-ambiguous = { $path }: { $what } staat er nu { $count } keer in, dus docket weet niet welke bedoeld is; er is niets geschreven
err-edit-inline = { $path }: { $what } is geschreven als inline-tabel; docket bewerkt alleen [[…]]-tabellen, dus pas het met de hand aan
err-edit-unchanged = { $path }: { $what }; er valt niets te wijzigen
err-edit-too-large = { $path }: met deze wijziging zou het bestand { $kib } KiB worden, meer dan de { $cap } KiB die docket leest; er is niets geschreven (kort de tekst in of splits de vergadering)
err-edit-empty = { $path }: de op te slaan tekst is leeg
err-edit-verify = { $path }: de bewerking kwam er niet uit zoals bedoeld ({ $detail }); er is niets geschreven
err-subject-item = agendapunt “{ $title }”
err-subject-outcome = uitkomst “{ $text }”
err-subject-action = actie “{ $text }”
err-subject-list = { $key ->
    [item] de lijst met agendapunten
    [outcome] de lijst met uitkomsten
   *[action] de lijst met acties
}
err-unchanged-same = { $subject } is gelijk aan het punt ernaast
err-unchanged-first = { $subject } staat al bovenaan
err-unchanged-last = { $subject } staat al onderaan
err-unchanged-no-change = aan { $subject } verandert niets
err-unchanged-nothing-asked = er is geen wijziging gevraagd
err-unchanged-closed = { $subject } is gesloten sinds die werd toegevoegd
err-unchanged-already-has = { $subject } heeft al `{ $key }`
err-unchanged-has-no = { $subject } heeft geen `{ $key }`
err-unchanged-present = “{ $name }” is al aanwezig
err-unchanged-not-present = “{ $name }” staat niet als aanwezig gemarkeerd
# Wat een wijziging deed, voor de statusregel ("bewaard: …").

edit-insert-item = agendapunt “{ $title }” toegevoegd
edit-delete-item = agendapunt “{ $title }” verwijderd
edit-put-item-back = verwijderd agendapunt teruggezet
edit-move-item = { $way ->
    [up] “{ $title }” omhoog verplaatst
   *[down] “{ $title }” omlaag verplaatst
}
edit-mark-standing = “{ $title }” als vast punt gemarkeerd
edit-unmark-standing = “{ $title }” niet meer als vast punt gemarkeerd
edit-change-item-keys = { $keys } van “{ $title }” gewijzigd
edit-close-dropped = “{ $text }” gesloten als vervallen
edit-change-sub-keys = { $keys } van { $kind ->
    [outcome] uitkomst
   *[action] actie
} “{ $text }” gewijzigd
edit-delete-sub = { $kind ->
    [outcome] uitkomst
   *[action] actie
} “{ $text }” verwijderd
edit-put-sub-back = verwijderde { $kind ->
    [outcome] uitkomst
   *[action] actie
} teruggezet
edit-close-actions = { $count } acties afgerond
edit-changes = { $count } wijzigingen
edit-mark-present = { $name } als aanwezig gemarkeerd
edit-mark-absent = { $name } als afwezig gemarkeerd
edit-add-decision = besluit “{ $text }” toegevoegd ({ $vote })
err-write-io = { $path }: kan niet worden geschreven: { $why }; het bestand op schijf is ongewijzigd
err-write-read-only = { $path }: het bestand is alleen-lezen; er is niets geschreven
err-write-changed = { $path }: het bestand veranderde op schijf terwijl docket het schreef; er is niets geschreven
err-write-temp = { $path }: kan er geen tijdelijk bestand naast schrijven ({ $why }); het bestand op schijf is ongewijzigd
err-new-file-exists = { $path }: bestaat al; docket overschrijft het niet
err-new-file-io = { $path }: kan niet worden geschreven: { $why }
err-save-overtaken = { $path }: een ander programma schreef op hetzelfde moment in het bestand; die wijziging kan ontbreken, controleer het bestand
err-save-changed-since = { $path }: { $what } is sindsdien door iemand anders gewijzigd; niet ongedaan gemaakt, die wijziging blijft staan
err-save-busy = { $path }: het bestand bleef veranderen terwijl docket het probeerde te schrijven; er is niets geschreven
err-save-item-lines = { $path }: de regels van het punt konden niet worden overgenomen; er is niets geschreven
err-save-not-taken-back = { $first }; en de kopie in { $copy } kon niet worden teruggenomen: { $back }
err-touched-presence = de aanwezigheid van { $name }
err-touched-discussed = de markering besproken van “{ $title }”
err-touched-action = de actie “{ $text }”
err-touched-outcome = de uitkomst “{ $text }”
err-lock-read-only = alleen-lezen: { $why }
err-lock-unresolved = kan { $dir } niet vinden ({ $why })
err-lock-held-above = een andere docket schrijft in { $above }, waar { $dir } in ligt
err-lock-held = een andere docket schrijft in { $dir } of een map daarin
err-lock-open = kan het slot { $path } niet openen ({ $why })
err-lock-flock = kan { $path } niet vergrendelen ({ $why })
err-lock-create-dir = kan de map voor sloten { $dir } niet maken ({ $why })
err-lock-use-dir = kan de map voor sloten { $dir } niet gebruiken ({ $why })
err-lock-not-private = de map voor sloten { $dir } is geen privémap van deze gebruiker; verwijder hem en start opnieuw
err-lock-link-unresolved = { $path }: kan niet worden gevolgd ({ $why })
err-lock-link-held = { $path }: verwijst naar { $target }, en { $why }; er is niets geschreven
err-store-no-folder = { $path }: deze map bestaat niet
err-store-not-a-folder = { $path }: is geen map
err-watch = { $path }: kan de map niet volgen op wijzigingen ({ $why }); herlaad met de hand
err-query-unknown-filter = onbekend filter `{ $key }:`; bekend: kind:, series:, after:, before:, is: (en #tag, @persoon)
err-query-missing-value = `{ $key }` heeft een waarde nodig, bijv. { $example }
err-query-bad-kind = onbekende soort `{ $kind }`; bekend: meeting, item, decision, agreement, note, action
err-query-bad-status = onbekende toestand `is:{ $state }`; bekend: pending, done, discussed
err-query-bad-date = `{ $value }` is geen datum, maand of jaar zoals 2020-03-09, 2020-03 of 2020
err-export-docx = kon het Word-document niet maken: { $detail }
err-theme-unreadable = { $path }: kan het themabestand niet lezen: { $why }
err-theme-unknown = geen thema met de naam `{ $name }` (meegeleverd: default, light, high-contrast; of geef het pad naar een .toml-bestand)
err-import-no-date = geen datum gevonden in de titel van het verslag; geef er een met --date JJJJ-MM-DD
err-import-no-items = geen kopjes gevonden: elk agendapunt moet een Markdown-kop zijn (## Titel)

## docket new: de opmerkingen in het concept en weigeringen

draft-made =
    Concept gemaakt door `docket new` uit { $series } { $date }: kijk de agenda na, vul geplande
    minuten en inleiders aan.
draft-standing-marked = Vaste punten: die met `standing = true` op { $date }.
draft-standing-guessed =
    Geen punt van { $date } heeft `standing = true`, dus de vaste punten zijn geraden:
    de punten waarmee de vergadering opent en sluit die naar hun woorden een opening of sluiting
    zijn of in de meeste eerdere vergaderingen terugkwamen. Ze zijn nu gemarkeerd; haal onjuiste
    markeringen weg.
draft-length = minuten, zoals eerdere vergaderingen
draft-parked = Geparkeerd voor deze vergadering.
draft-carries = { $count ->
    [one] Draagt 1 actie met termijn op of vóór { $date }:
   *[other] Draagt { $count } acties met termijn op of vóór { $date }:
}
draft-due = termijn { $due }
draft-overdue = te laat
draft-from = uit { $series } { $date }
draft-unknown-series = geen reeks `{ $series }`; bekend: { $known }
draft-no-earlier-meeting = reeks `{ $series }` heeft geen vergadering vóór { $date } om gegevens van over te nemen
draft-already-held = reeks `{ $series }` heeft al een vergadering op { $date }: { $path }

## Problemen in bestanden (docket check, de lijst met problemen op het scherm): `pad:regel:kolom: melding`

problem-at-item = agendapunt { $item }: { $message }
problem-at-outcome = agendapunt { $item }, uitkomst { $n }: { $message }
problem-at-action = agendapunt { $item }, actie { $n }: { $message }
problem-too-large = het bestand is { $size } KiB, meer dan de { $max } KiB die docket leest; splits het of haal weg wat geen vergadering is
problem-second-bom = TOML-syntaxis: een tweede byte-order-mark aan het begin van het bestand
problem-not-utf8 = het bestand is geen geldige UTF-8 (byte 0x{ $byte } hier); sla het op als UTF-8
problem-empty-file = het bestand is leeg: een vergadering heeft minstens `title` en `date` nodig
problem-too-deep = waarden zijn meer dan { $max } niveaus diep genest; een vergaderbestand heeft dat nooit nodig
problem-merge-conflict = onopgelost samenvoegconflict (<<<<<<<): houd één kant, verwijder de markeringsregels
problem-toml-syntax = TOML-syntaxis: { $detail }
problem-bad-integer = TOML-syntaxis: ongeldig geheel getal { $found }
problem-wrong = `{ $key }` moet zijn: { $expected }; gevonden: { $found }
problem-unknown-key = onbekende sleutel `{ $key }`
problem-unknown-key-hint = onbekende sleutel `{ $key }` (bedoelt u `{ $hint }`?)
problem-required = `{ $key }` is verplicht
problem-empty = `{ $key }` mag niet leeg zijn
problem-series-without-letter = `series` heeft minstens één letter of cijfer nodig, gevonden: { $found }
problem-quorum-above-members = `quorum` is { $quorum }, meer dan de { $members } `members`; geen vergadering kan dat halen
problem-vote-not-decision = `{ $key }` is alleen voor besluiten (kind = "decision")
problem-unanimous-against = `unanimous = true` maar `against` is { $against }
problem-empty-document = `documents` mag geen lege tekst bevatten
problem-cannot-read = kan niet worden gelezen: { $why }
problem-io-not-found = het bestaat niet (meer)
problem-io-permission = geen toestemming
problem-not-regular-file = is geen gewoon bestand (een pipe of apparaat?); overgeslagen
problem-folder-unresolved = map kan niet worden gevonden (een kapotte koppeling?)
problem-folder-unreadable = map kan niet worden gelezen: { $why }
problem-missing-document = agendapunt { $item }: document “{ $target }” bestaat niet (paden gelden vanaf de map van het vergaderbestand)
expected-text = tekst tussen aanhalingstekens
expected-texts = een lijst teksten, zoals ["a", "b"]
expected-bool = true of false
expected-minutes = een heel aantal minuten (0 tot 1440)
expected-date = een datum zoals 2020-02-10 (zonder aanhalingstekens)
expected-time = een tijd zoals 10:00:00 of "10:00"
expected-date-time-or-true = een datum en tijd zoals 2020-02-10T10:32:00, of true
expected-kind = "decision", "agreement" of "note"
expected-due = een datum zoals 2020-03-09, een maand zoals "2020-06", of "next"
expected-done = een datum zoals 2020-03-09, een datum en tijd, of true
expected-members = een heel aantal leden (0 of meer)
expected-votes = een heel aantal stemmen (0 of meer)
expected-documents = een lijst bestandspaden of URL's, zoals ["stukken/begroting.pdf"]
expected-tables = een lijst tabellen, elk geschreven als { $header }

problem-warning = waarschuwing: { $message }

## docket sync: wat het deed, één regel per stap; de commitberichten die het schrijft

git-cannot-run = kan git niet starten ({ $why }); is git geïnstalleerd?
git-not-a-repo = { $dir } ligt niet in een git-repository; zie docs/team.md om er een op te zetten
git-failed = git { $command } mislukte:
    { $message }
sync-merge-in-progress = niet gesynchroniseerd: hier loopt al een samenvoeging; maak die af (git add, git commit) of maak haar ongedaan met `git merge --abort`, en synchroniseer dan opnieuw (docs/team.md)
sync-detached = niet gesynchroniseerd: de repository staat niet op een branch (een losse HEAD); eerst `git switch main` (of uw branch); er is niets veranderd
sync-local-only = hier vastgelegd; deze repository heeft geen remote om mee te synchroniseren
sync-nothing-yet = nog niets te synchroniseren
sync-up-to-date = gesynchroniseerd: alles is bij
sync-pushed = gesynchroniseerd: gepusht naar { $remote }
sync-push-retry = de push werd geweigerd omdat iemand anders intussen pushte; hun wijziging wordt binnengehaald en het wordt opnieuw geprobeerd
sync-remote-kept-changing = niet gesynchroniseerd: de remote bleef veranderen; probeer het opnieuw
sync-not-synced = niet gesynchroniseerd: { $error }
sync-nothing-lost = uw wijzigingen zijn hier vastgelegd en er gaat niets verloren; synchroniseer opnieuw als de remote bereikbaar is
sync-files-have-errors = niet gesynchroniseerd: deze vergaderbestanden bevatten fouten; herstel die eerst (`docket check` toont dezelfde):
sync-nothing-committed-or-pushed = er is niets vastgelegd of gepusht
sync-nothing-committed = er is niets vastgelegd; uw bestanden zijn zoals ze waren
sync-committed = vastgelegd: { $change }
sync-brought-in = { $count ->
    [one] 1 wijziging van anderen binnengehaald:
   *[other] { $count } wijzigingen van anderen binnengehaald:
}
sync-nothing-merged-kept = er is niets samengevoegd; uw commit blijft hier bewaard
sync-conflict-intro = niet gesynchroniseerd: uw wijziging en die van iemand anders botsen:
sync-conflicting-lines = { $path }: botsende regels
sync-nothing-merged-as-before = er is niets samengevoegd: de repository is zoals hij was, met uw wijziging in uw eigen commit (niet gepusht)
sync-to-resolve = oplossen: voer `git merge { $branch }` uit, bewerk elk bestand bij de <<<<<<<-markeringen (`docket check` wijst die in vergaderbestanden aan; houd de juiste regels, verwijder de markeringen), daarna `git commit -a` en opnieuw `docket sync` (docs/team.md)
sync-conflict-end = conflict: er is niets samengevoegd of gepusht; zie hierboven hoe u het oplost
sync-driver-set-up = de samenvoeghulp van docket ingesteld voor deze kloon (merge.docket.driver in .git/config)
sync-driver-pointed = de samenvoeghulp van docket naar deze docket laten wijzen (merge.docket.driver in .git/config)
sync-attributes-added = `{ $pattern } merge=docket` aan .gitattributes toegevoegd en vastgelegd, zodat vergaderbestanden per agendapunt worden samengevoegd
sync-no-docket = kan niet bepalen waar docket is geïnstalleerd: { $error }
commit-new-meeting = { $meeting }: nieuwe vergadering
commit-removed = { $meeting }: verwijderd
commit-edited = { $meeting }: bewerkt
commit-changes = { $meeting }: { $changes }
commit-no-lines = docket: vergaderbestanden
commit-gitattributes = docket: vergaderbestanden per agendapunt samenvoegen
commit-and-more = { $count ->
    [one] { $first } (en nog 1 vergadering)
   *[other] { $first } (en nog { $count } vergaderingen)
}
commit-items-discussed = { $count ->
    [one] 1 agendapunt besproken
   *[other] { $count } agendapunten besproken
}
commit-outcomes = { $count ->
    [one] 1 uitkomst
   *[other] { $count } uitkomsten
}
commit-actions = { $count ->
    [one] 1 actie
   *[other] { $count } acties
}
commit-actions-done = { $count ->
    [one] 1 actie afgerond
   *[other] { $count } acties afgerond
}
commit-items-added = { $count ->
    [one] 1 agendapunt toegevoegd
   *[other] { $count } agendapunten toegevoegd
}

## docket merge (de samenvoeghulp voor git): één regel per conflict op stderr

unmergeable-toml = TOML: { $why }
unmergeable-inline-items = de agendapunten staan inline geschreven
unmergeable-items-unmatched = de agendapunten konden niet aan het bestand gekoppeld worden
unmergeable-outcomes-unmatched = de uitkomsten konden niet gekoppeld worden
unmergeable-actions-unmatched = de acties konden niet gekoppeld worden
unmergeable-table-no-position = een tabel heeft geen positie
unmergeable-key-no-position = `{ $key }` heeft geen positie
unmergeable-oddly-placed = `{ $key }` staat op een vreemde plek
unmergeable-is-table = `{ $key }` is een tabel
unmergeable-value = `{ $key }` kon niet op zichzelf gelezen worden
unmergeable-same-lines = twee wijzigingen vielen op dezelfde regels
unmergeable-not-utf8 = geen UTF-8
unmergeable-does-not-load = het samengevoegde bestand laadt niet ({ $first })
unmergeable-outcome-lost = de uitkomst “{ $text }” zou verloren gaan
unmergeable-action-lost = de actie “{ $text }” zou verloren gaan
merge-at-meeting = vergadering
merge-at-item = agendapunt '{ $title }'
merge-at-outcome = agendapunt '{ $title }', uitkomst '{ $text }'
merge-at-action = agendapunt '{ $title }', actie '{ $text }'
merge-differs = { $place }: `{ $key }` verschilt
merge-removed-theirs = { $place }: aan hun kant verwijderd, aan onze kant gewijzigd
merge-removed-ours = { $place }: aan onze kant verwijderd, aan hun kant gewijzigd
merge-as-text = { $why }; wordt als tekst samengevoegd
merge-invalid-base = de basisversie is geen geldige vergadering ({ $first })
merge-invalid-ours = onze versie is geen geldige vergadering ({ $first })
merge-invalid-theirs = hun versie is geen geldige vergadering ({ $first })
merge-unsupported = kan niet per agendapunt samenvoegen: { $why }
merge-cannot-write = { $path }: kan het resultaat niet schrijven: { $why }
merge-cannot-run-git = kan git merge-file niet uitvoeren: { $error }

## --help en `docket man`

help-docket-about = Terugkerende formele vergaderingen voorbereiden en houden, bewaard als TOML-bestanden
help-docket-after =
    Voorbeelden:
      docket meetings                    open de interface op ./meetings
      docket check meetings              controleer elk vergaderbestand
      docket pending meetings --json     openstaande acties bij de volgende vergadering, voor scripts
      docket search meetings vuurwerk    zoek in alle vergaderingen
      docket sync meetings               leg vast, haal op en push een gedeelde git-repository
help-docket-arg-dir = Map met vergaderbestanden (standaard: ./meetings, daarna `dir` uit het configuratiebestand)
help-docket-arg-meeting = Open deze vergadering: een bestandspad of een datum (JJJJ-MM-DD)
help-docket-arg-theme = Thema: een naam uit themes/ (default, light, high-contrast) of een pad naar een themabestand
help-docket-arg-live = Toon de vergaderklok ook als de vergadering niet vandaag is
help-docket-arg-today = Behandel deze datum als vandaag (JJJJ-MM-DD), voor demo's en tests
help-docket-arg-lang = Taal van de interface en de exports: nl of en (standaard: `language` in het configuratiebestand, anders de locale: LC_ALL, LC_MESSAGES, LANG)
help-check-about = Controleer vergaderbestanden (mappen of bestanden); meld problemen als pad:regel:kolom: melding
help-check-after =
    Voorbeelden:
      docket check meetings && git commit
      docket check meetings/lovp/2020-03-09.toml

    Afsluitstatus: 0 alle bestanden geldig, 1 een bestand heeft een fout (of een waarschuwing met --strict),
    2 gebruiksfout (bijvoorbeeld: de map bestaat niet).
help-check-arg-paths = Mappen met vergaderbestanden, of losse vergaderbestanden (gecontroleerd in de context van hun map). Standaard: ./meetings
help-check-arg-strict = Tel waarschuwingen (agendacontrole) als fouten voor de afsluitstatus
help-pending-about = Toon de openstaande acties bij een vergadering, met hun termijn
help-pending-after =
    Voorbeelden:
      docket pending meetings
      docket pending meetings --for 2020-03-09 --json
      docket pending meetings --series lovp --for 2020-06-15
help-pending-arg-dir = Map met vergaderbestanden (standaard: ./meetings)
help-pending-arg-for_meeting = De vergadering: een bestandspad, of een datum (een vergadering in voorbereiding heeft misschien nog geen bestand)
help-pending-arg-series = De reeks (standaard: die van de vergadering, of de enige)
help-pending-arg-all_series = Neem acties uit alle reeksen mee, niet alleen uit die van de vergadering
help-pending-arg-json = Druk één JSON-array af
help-search-about = Zoek (fuzzy) in alle vergaderingen
help-search-after =
    Voorbeelden:
      docket search meetings 'vuurwerk kind:agreement'
      docket search meetings financiele --json --limit 5
      docket search --list meetings | fzf
help-search-arg-args = Map met vergaderbestanden, dan de zoekvraag (standaardmap: ./meetings)
help-search-arg-list = Druk elk gegeven af als één regel (voor fzf of grep) in plaats van te zoeken
help-search-arg-json = Druk één JSON-array af
help-search-arg-limit = Hoogstens zoveel resultaten (standaard: 50)
help-new-about = Zet de volgende vergadering van een reeks op als nieuw bestand
help-new-after =
    Voorbeeld:
      docket new meetings --series lovp --date 2020-06-15 --start 10:00
help-new-arg-dir = Map met vergaderbestanden (standaard: ./meetings)
help-new-arg-start = Begintijd, UU:MM
help-new-arg-out = Schrijf hierheen in plaats van naast het nieuwste bestand van de reeks, met een naam zoals dat
help-new-arg-dry_run = Druk het concept af in plaats van het te schrijven
help-export-about = Exporteer het verslag, de besluitenlijst en de actielijst van een vergadering
help-export-after =
    Voorbeelden:
      docket export meetings 2020-02-10
      docket export meetings meetings/lovp/2020-02-10.toml --format html --out verslag.html
      docket export meetings 2020-03-09 --agenda --lang nl --format docx --out agenda.docx
help-export-arg-args = Map met vergaderbestanden, dan de vergadering (een pad of een datum)
help-export-arg-include_confidential = Neem punten met confidential = true op
help-export-arg-agenda = De agenda / uitnodiging in plaats van het verslag: geplande tijden, wat te lezen
help-export-arg-timing = Toon geplande en werkelijke minuten per punt (intern; standaard weggelaten)
help-export-arg-out = Schrijf naar dit bestand in plaats van naar de standaarduitvoer
help-import-about = Maak van een vergaderverslag in Markdown een vergaderbestand om na te kijken
help-import-after =
    Voorbeeld:
      docket import verslag.md --series lovp --into meetings --out meetings/lovp/2020-02-10.toml
help-import-arg-report = Het verslag in Markdown
help-import-arg-into = Koppel de onderwerpen aan deze map met vergaderingen, zodat de import aansluit op de geschiedenis
help-import-arg-out = Schrijf naar dit bestand in plaats van naar de standaarduitvoer
help-completions-about = Druk aanvullingen voor de shell af
help-completions-after =
    Voorbeeld:
      docket completions bash > ~/.local/share/bash-completion/completions/docket
help-man-about = Druk de handleidingpagina af (roff), voor `man -l -` of een man-map
help-man-after =
    Voorbeelden:
      docket man | man -l -
      docket man sync | man -l -
      docket man > ~/.local/share/man/man1/docket.1
help-man-arg-command = De pagina van een opdracht in plaats van de hoofdpagina (bijvoorbeeld `check`)
help-merge-about = Voeg drie versies van een vergaderbestand samen, per agendapunt (een samenvoeghulp voor git)
help-merge-after =
    Ingesteld door `docket sync`, of met de hand:
      git config merge.docket.driver 'docket merge %O %A %B %P'
      echo '*.toml merge=docket' >> .gitattributes

    Afsluitstatus: 0 netjes samengevoegd (resultaat in OURS geschreven), 1 conflicten (gemarkeerd in OURS),
    2 gebruiksfout. Zie docs/team.md.
help-merge-arg-base = De versie van de gemeenschappelijke voorouder (%O van git)
help-merge-arg-ours = Onze versie (%A van git); het resultaat komt hier
help-merge-arg-theirs = Hun versie (%B van git)
help-merge-arg-path = Het pad van het bestand in de repository (%P van git), voor meldingen
help-sync-about = Leg gewijzigde vergaderbestanden vast, haal wijzigingen van anderen op en push: een gedeelde git-repository
help-sync-after =
    Voorbeeld:
      docket sync meetings

    De eerste keer stelt het de samenvoeghulp van docket in voor de repository. Bij een conflict
    zet het de repository terug zoals hij was, bewaart uw commit en zegt wat er op te lossen is.
    Afsluitstatus: 0 gesynchroniseerd, 1 niet gesynchroniseerd (conflict, netwerk), 2 gebruiksfout. Zie docs/team.md.
help-sync-arg-dir = Map met vergaderbestanden in een git-repository (standaard: ./meetings)
help-export-arg-format = md (standaard), html, of docx (een Word-document: vraagt --out, of een standaarduitvoer die geen terminal is)
help-completions-arg-shell = De shell: bash, elvish, fish, powershell of zsh
help-usage-options = [OPTIES]
help-usage-command = <OPDRACHT>
help-value-DATE = DATUM
help-value-DIR = MAP
help-value-FILE = BESTAND
help-value-NAME = NAAM
help-value-PATH = PAD
help-value-QUERY = ZOEKVRAAG
help-value-MEETING = VERGADERING
help-value-HH = UU
help-value-MM = MM
help-value-COMMAND = OPDRACHT
help-value-BASE = BASIS
help-value-OURS = ONZE
help-value-THEIRS = HUNNE
help-value-LIMIT = AANTAL
help-value-REPORT = VERSLAG
help-value-FORMAT = FORMAAT
clap-error = fout: { $message }
clap-unknown-argument = onbekend argument '{ $arg }'
clap-unknown-command = onbekende opdracht '{ $command }'
clap-invalid-value = ongeldige waarde '{ $value }' voor '{ $arg }'
clap-invalid-value-one-of = ongeldige waarde '{ $value }' voor '{ $arg }'; mogelijk: { $valid }
clap-missing = deze argumenten ontbreken: { $args }
clap-conflict = het argument '{ $arg }' gaat niet samen met '{ $other }'
clap-too-many = onverwachte waarde '{ $value }'
clap-other = de opdrachtregel klopt niet ({ $error })
clap-did-you-mean = tip: bedoelt u '{ $suggestion }'?
clap-more = Meer informatie: '--help'.
help-heading-usage = Gebruik:
help-heading-commands = Opdrachten:
help-heading-arguments = Argumenten:
help-heading-options = Opties:
help-flag-help = Toon hulp
help-flag-help-long = Toon hulp (een samenvatting met '-h')
help-flag-version = Toon de versie
help-subcommand-help = Toon deze hulp of die van de opgegeven opdracht(en)
man-heading-name = NAAM
man-heading-synopsis = OVERZICHT
man-heading-description = BESCHRIJVING
man-heading-options = OPTIES
man-heading-subcommands = OPDRACHTEN
man-heading-extra = MEER
man-heading-version = VERSIE
cli-man-no-command = geen opdracht `{ $name }`; een van: { $names }

## Het verslag in exports: aanwezigheid tegen het quorum, stemmingen

record-present = Aanwezig
record-absent = Afwezig
record-guests = Verder aanwezig
record-quorum = Quorum
record-nobody = niemand
record-members = Leden
record-members-from = Leden (zoals vermeld op { $date })
record-quorum-met = { $needed } nodig, { $present } aanwezig: het quorum is gehaald
record-quorum-not-met = { $needed } nodig, { $present } aanwezig: het quorum is niet gehaald
record-documents = Stukken
vote-unanimous = unaniem aangenomen
vote-unanimous-for = unaniem aangenomen met { $count ->
    [one] 1 stem
   *[other] { $count } stemmen
} voor
vote-for = { $count ->
    [one] 1 stem voor
   *[other] { $count } stemmen voor
}
vote-against = { $count } tegen
vote-abstain = { $count ->
    [one] 1 onthouding
   *[other] { $count } onthoudingen
}
vote-adopted = aangenomen met { $counts }
vote-rejected = verworpen met { $counts }
vote-tied = de stemmen staakten ({ $counts })
list-and = en

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
cli-hint-other-out = kies een andere naam met --out
cli-open-args-with-command = de map, --meeting, --theme en --live horen bij de interface (`docket [MAP]`); geef na een opdracht haar eigen argumenten: `docket { $command } --help`
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
cli-several-meetings = meerdere vergaderingen op { $date } ({ $files }); kies er een met het bestandspad
cli-not-date-or-file = `{ $spec }` is geen datum (JJJJ-MM-DD) en geen vergaderbestand
cli-not-loaded = { $spec }: geen geladen vergaderbestand (zie `docket check`)
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
ui-header-file-unreadable = ⚠ bestand onleesbaar ({ $line }:{ $col }), schrijven geweigerd
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
ui-due-next = volgende
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
kind-meeting = vergadering
kind-item = punt
kind-action = actie

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
ui-search-items-hits = { $items ->
    [one] 1 punt
   *[other] { $items } punten
} · { $count ->
    [one] 1 treffer
   *[other] { $count } treffers
}
ui-status-no-item-selected = er is geen agendapunt gekozen
ui-status-no-action-selected = er is geen openstaande actie gekozen
ui-status-item-gone = het agendapunt is weg; Esc, kies er een, typ opnieuw
ui-status-reloaded-lost = opnieuw geladen: { $lost }; daar is niets gekozen
ui-vote-twice = { $key }: staat er twee keer
ui-vote-not-a-number = { $word }: het aantal stemmen is een heel getal, 0 of meer
ui-vote-unanimous-against = unaniem, maar met stemmen tegen: laat een van beide weg
ui-vote-no-text = typ het besluit
ui-vote-not-a-decision = een stemming hoort bij een besluit: Tab naar besluit
ui-capture-tab-completes = Tab vult een naam aan na @
ui-lost-item = het gekozen agendapunt “{ $title }” is weg
ui-lost-action = de gekozen actie “{ $text }” is weg
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
prep-form-notes-kept = notities van meer regels blijven hier ongewijzigd: bewerk ze in uw editor (Esc, e)
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
