//! A synthetic meetings folder for benchmarks and demos, deterministic from a seed: several
//! series of Dutch and English meetings, 5-15 items each with notes, tags, outcomes and
//! actions (due and done mixed), with diacritics. Used by the benches and by
//! `examples/gen_corpus.rs` (the command line), each including it with `#[path]`.

use docket::store::toml_text::quote;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// SplitMix64: tiny, fast and good enough for test data; no dependency needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in lo..=hi.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.range(0, xs.len() - 1)]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.range(1, 100) <= percent
    }
}

struct Series {
    key: &'static str,
    title: &'static str,
    dutch: bool,
    location: &'static str,
}

const SERIES: [Series; 5] = [
    Series {
        key: "lovp",
        title: "LOVP",
        dutch: true,
        location: "Den Haag",
    },
    Series {
        key: "rvo",
        title: "Regionaal Veiligheidsoverleg",
        dutch: true,
        location: "Utrecht",
    },
    Series {
        key: "stuurgroep",
        title: "Stuurgroep Financiën",
        dutch: true,
        location: "Zwolle",
    },
    Series {
        key: "board",
        title: "Board of Directors",
        dutch: false,
        location: "Amsterdam",
    },
    Series {
        key: "works-council",
        title: "Works Council",
        dutch: false,
        location: "Rotterdam",
    },
];

const NL_TOPICS: [&str; 24] = [
    "Bewaken en beveiligen",
    "Inzetbaarheid van politie",
    "Ondermijning",
    "Vuurwerk",
    "Taskforce capaciteit",
    "Financiële positie",
    "Jaarverslag",
    "Begroting",
    "Cybercriminaliteit",
    "Eén loket voor burgers",
    "Coördinatie crisisbeheersing",
    "Privacy en gegevensdeling",
    "Hoger en anders opgeleiden",
    "Zorg en veiligheid",
    "Ondersteuning gemeenten",
    "Wijkagenten",
    "Evaluatie jaarwisseling",
    "Rapport Algemene Rekenkamer",
    "Voorjaarsnota",
    "Personeelsbeleid",
    "Integriteit",
    "Huisvesting",
    "Informatievoorziening",
    "Rondvraag",
];
const EN_TOPICS: [&str; 16] = [
    "Quarterly results",
    "Budget review",
    "Risk register",
    "Hiring plan",
    "Office move",
    "Security incident",
    "Customer churn",
    "Pricing strategy",
    "Café renovation",
    "Supplier contracts",
    "Annual report",
    "Sustainability goals",
    "IT roadmap",
    "Employee survey",
    "Münich expansion",
    "Any other business",
];
const NL_SENTENCES: [&str; 16] = [
    "De korpschef geeft een update over de inzet ten aanzien van dit onderwerp.",
    "Op korte termijn wordt nog geen verlichting van de druk op de basisteams verwacht.",
    "Structurele financiering is een belangrijk aandachtspunt richting de Voorjaarsnota.",
    "De regioburgemeesters vragen aandacht voor de financiële gevolgen voor gemeenten.",
    "Het rapport van de Algemene Rekenkamer wordt binnenkort openbaar.",
    "Er is overeenstemming over de aanpak, met één kanttekening over de planning.",
    "De minister benadrukt het belang van coördinatie tussen de eenheden.",
    "Gemeenten ervaren knelpunten bij de uitvoering; de evaluatie volgt na de zomer.",
    "De werkzaamheden van de taskforce zijn toegelicht en worden voortgezet.",
    "Vanuit het veld komen signalen over een tekort aan rechercheurs.",
    "Het voorstel wordt op hoofdlijnen ondersteund, de uitwerking volgt.",
    "Er wordt gekeken naar de mogelijkheden voor een gezamenlijke aanpak.",
    "De kosten vallen hoger uit dan begroot; dekking wordt gezocht in de reserves.",
    "Privacy blijft een zorgpunt bij het delen van gegevens met ketenpartners.",
    "De ervaringen tijdens de jaarwisseling waren wisselend per eenheid.",
    "Het overleg met de vakbonden over de cao wordt in het najaar hervat.",
];
const EN_SENTENCES: [&str; 12] = [
    "The CFO presented the figures for the quarter, which were ahead of plan.",
    "Revenue grew in every region except the north, where churn remained high.",
    "The board asked for a clearer picture of the risks before deciding.",
    "Hiring is behind schedule because of a tight labour market.",
    "The café renovation will start after the summer, pending the permit.",
    "Legal reviewed the supplier contracts and flagged two naïve clauses.",
    "The security incident in March was contained within a day.",
    "Members welcomed the survey results but questioned the response rate.",
    "The proposal was broadly supported; details will follow.",
    "Costs for the Münich office are higher than expected.",
    "The IT roadmap depends on the outcome of the vendor selection.",
    "Sustainability targets were reaffirmed with a more ambitious timeline.",
];
const NL_OUTCOMES: [&str; 8] = [
    "Afgesproken is dat dit onderwerp terugkomt in het volgende overleg.",
    "Besloten wordt het voorstel over te nemen.",
    "De leden stemmen in met de voorgestelde aanpak.",
    "Het overleg neemt kennis van de rapportage.",
    "Afgesproken is een gezamenlijke brief aan de minister te sturen.",
    "Besloten wordt extra financiering aan te vragen bij de Voorjaarsnota.",
    "De evaluatie wordt in september opnieuw geagendeerd.",
    "Er komt één aanspreekpunt per eenheid.",
];
const EN_OUTCOMES: [&str; 6] = [
    "The board approved the budget as proposed.",
    "Agreed to revisit the pricing strategy next quarter.",
    "Noted the quarterly results.",
    "Decided to postpone the office move by six months.",
    "Agreed that the CFO prepares a risk analysis.",
    "The council gave a positive advice on the reorganisation.",
];
const NL_ACTIONS: [&str; 8] = [
    "Rapport Algemene Rekenkamer over inzetbaarheid bespreken",
    "Brief aan de minister opstellen over de financiële knelpunten",
    "Evaluatie jaarwisseling rondsturen aan de leden",
    "Overzicht capaciteit per eenheid aanleveren",
    "Notitie over privacy en gegevensdeling voorbereiden",
    "Gesprek plannen met de regioburgemeesters",
    "Voorstel uitwerken voor één loket",
    "Cijfers over cybercriminaliteit actualiseren",
];
const EN_ACTIONS: [&str; 6] = [
    "Circulate the revised budget to all members",
    "Prepare a risk analysis for the Münich expansion",
    "Draft the hiring plan for next year",
    "Schedule a meeting with the works council",
    "Update the risk register",
    "Report back on the café renovation permit",
];
const NL_PEOPLE: [&str; 8] = [
    "Korpschef",
    "Minister van JenV",
    "Regioburgemeesters",
    "Secretaris",
    "Voorzitter",
    "mevr. Özdemir",
    "dhr. Müller",
    "Directeur Financiën",
];
const EN_PEOPLE: [&str; 6] = [
    "CFO",
    "CEO",
    "Chair",
    "Head of HR",
    "Zoë Smith",
    "José García",
];
const NL_TAGS: [&str; 10] = [
    "capaciteit",
    "financiering",
    "veiligheid",
    "privacy",
    "gemeenten",
    "personeel",
    "ondermijning",
    "evaluatie",
    "begroting",
    "crisis",
];
const EN_TAGS: [&str; 7] = [
    "finance",
    "risk",
    "hr",
    "legal",
    "it",
    "facilities",
    "strategy",
];

/// The word lists of one language.
struct Words {
    topics: &'static [&'static str],
    sentences: &'static [&'static str],
    outcomes: &'static [&'static str],
    actions: &'static [&'static str],
    people: &'static [&'static str],
    tags: &'static [&'static str],
}

const DUTCH: Words = Words {
    topics: &NL_TOPICS,
    sentences: &NL_SENTENCES,
    outcomes: &NL_OUTCOMES,
    actions: &NL_ACTIONS,
    people: &NL_PEOPLE,
    tags: &NL_TAGS,
};
const ENGLISH: Words = Words {
    topics: &EN_TOPICS,
    sentences: &EN_SENTENCES,
    outcomes: &EN_OUTCOMES,
    actions: &EN_ACTIONS,
    people: &EN_PEOPLE,
    tags: &EN_TAGS,
};

/// What to generate: how many meetings, from which seed, into which folder.
pub struct Args {
    pub meetings: usize,
    pub seed: u64,
    pub out: PathBuf,
}

/// Writes `args.meetings` meetings, round-robin over the series, each series meeting
/// every 2-5 weeks from 2012 on.
pub fn generate(args: &Args) -> std::io::Result<()> {
    let mut rng = Rng(args.seed);
    let start = chrono_days(2012, 1, 9);
    let mut next_day: Vec<i64> = (0..SERIES.len() as i64).map(|i| start + i).collect();
    for n in 0..args.meetings {
        let s = n % SERIES.len();
        let day = next_day[s];
        next_day[s] += 7 * rng.range(2, 5) as i64;
        let text = meeting(&mut rng, &SERIES[s], day);
        let (y, m, d) = civil(day);
        let dir = args.out.join(SERIES[s].key);
        std::fs::create_dir_all(&dir)?;
        write(&dir.join(format!("{y:04}-{m:02}-{d:02}.toml")), &text)?;
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

fn meeting(rng: &mut Rng, s: &Series, day: i64) -> String {
    let (y, m, d) = civil(day);
    let w = if s.dutch { &DUTCH } else { &ENGLISH };
    let (topics, sentences, outcomes, actions, people, tags) = (
        w.topics,
        w.sentences,
        w.outcomes,
        w.actions,
        w.people,
        w.tags,
    );
    let mut out = String::with_capacity(4096);
    let _ = writeln!(out, "title = {}", quote(s.title));
    let _ = writeln!(out, "series = {}", quote(s.key));
    let _ = writeln!(out, "date = {y:04}-{m:02}-{d:02}");
    let _ = writeln!(out, "start = {:02}:00:00", rng.range(9, 15));
    let _ = writeln!(out, "location = {}", quote(s.location));
    let _ = writeln!(out, "chair = {}", quote(rng.pick(people)));
    for _ in 0..rng.range(5, 15) {
        let title = rng.pick(topics);
        out.push_str("\n[[item]]\n");
        let _ = writeln!(out, "title = {}", quote(title));
        let _ = writeln!(out, "minutes = {}", 5 * rng.range(1, 6));
        if rng.chance(70) {
            let _ = writeln!(out, "presenter = {}", quote(rng.pick(people)));
        }
        let n_tags = rng.range(0, 3);
        if n_tags > 0 {
            let mut ts: Vec<&str> = (0..n_tags).map(|_| rng.pick(tags)).collect();
            ts.sort_unstable();
            ts.dedup();
            let list: Vec<String> = ts.iter().map(|t| quote(t)).collect();
            let _ = writeln!(out, "tags = [{}]", list.join(", "));
        }
        let notes: Vec<&str> = (0..rng.range(1, 3)).map(|_| rng.pick(sentences)).collect();
        let _ = writeln!(out, "notes = {}", quote(&notes.join(" ")));
        if rng.chance(60) {
            let _ = writeln!(
                out,
                "discussed = {y:04}-{m:02}-{d:02}T{:02}:{:02}:00",
                rng.range(9, 16),
                rng.range(0, 59)
            );
        }
        for _ in 0..rng.range(0, 2) {
            out.push_str("\n[[item.outcome]]\n");
            let _ = writeln!(out, "text = {}", quote(rng.pick(outcomes)));
            let kind = ["decision", "agreement", "note"][rng.range(0, 2)];
            let _ = writeln!(out, "kind = {}", quote(kind));
        }
        for _ in 0..rng.range(0, 2) {
            out.push_str("\n[[item.action]]\n");
            let _ = writeln!(out, "text = {}", quote(rng.pick(actions)));
            if rng.chance(85) {
                let _ = writeln!(out, "owner = {}", quote(rng.pick(people)));
            }
            match rng.range(0, 3) {
                0 => out.push_str("due = \"next\"\n"),
                1 => {
                    let (dy, dm, dd) = civil(day + 7 * rng.range(2, 12) as i64);
                    let _ = writeln!(out, "due = {dy:04}-{dm:02}-{dd:02}");
                }
                2 => {
                    let (dy, dm, _) = civil(day + 30 * rng.range(1, 6) as i64);
                    let _ = writeln!(out, "due = \"{dy:04}-{dm:02}\"");
                }
                _ => {}
            }
            if rng.chance(55) {
                let (cy, cm, cd) = civil(day + rng.range(7, 90) as i64);
                let _ = writeln!(out, "done = {cy:04}-{cm:02}-{cd:02}");
            }
        }
    }
    out
}

/// Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm), to step dates
/// without a date library.
fn chrono_days(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number.
fn civil(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}
