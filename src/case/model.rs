//! The case file's data: what happened, in the seller's own words and facts.
//!
//! These types mirror the TOML file one to one; unknown keys are rejected so a misspelt key
//! is an error rather than a silently missing fact.

use serde::{Deserialize, Serialize};

use super::date::CaseDate;

/// A whole case: one warning and everything the letter will say about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// `incomplete` while the wizard is still asking; rendering refuses such a case.
    #[serde(default, skip_serializing_if = "CaseStatus::is_complete")]
    pub status: CaseStatus,
    pub seller: Seller,
    pub warning: Warning,
    /// Everyone whose conduct the letter describes.
    #[serde(default)]
    pub people: Vec<Person>,
    /// Dated events, in any order (the letter sorts them).
    #[serde(default)]
    pub timeline: Vec<Event>,
    /// Orders whose buyers received the prohibited request.
    #[serde(default)]
    pub orders: Vec<Order>,
    /// Reviews involved, and whether each still stands on Amazon.
    #[serde(default)]
    pub reviews: Vec<Review>,
    /// How the seller established the facts: each search or reading, if the letter is to
    /// say so.
    #[serde(default)]
    pub investigation: Vec<Investigation>,
    /// Files the seller attaches, listed in the letter's appendix.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Why it happened, in the seller's own words; one entry per cause.
    #[serde(default)]
    pub root_causes: Vec<String>,
    /// What has already been done, with dates.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// What is now in force so it cannot happen again.
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// Statements the seller makes, e.g. that no other review manipulation took place.
    #[serde(default)]
    pub declarations: Vec<String>,
    /// Amazon policies the letter names.
    #[serde(default = "default_policies")]
    pub policies: Vec<String>,
    /// The letter's date, for the files' metadata; by default the latest date in the case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter_date: Option<CaseDate>,
    /// Free notes for the seller; never printed in the letter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Amazon's replies to earlier letters and what changed in answer (`poa revise`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<super::rounds::Round>,
}

impl Case {
    /// The letter's date: `letter_date`, or else the latest date the case holds, so the same
    /// case always gives the same files.
    pub fn date(&self) -> CaseDate {
        self.letter_date.unwrap_or_else(|| {
            std::iter::once(self.warning.received)
                .chain(self.people.iter().map(|p| p.started))
                .chain(self.timeline.iter().map(|e| e.date))
                .chain(self.orders.iter().map(|o| o.date))
                .chain(self.actions.iter().map(|a| a.date))
                .chain(self.measures.iter().map(|m| m.since))
                .max()
                .unwrap_or(self.warning.received)
        })
    }
}

/// Whether the wizard has finished with a case.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum CaseStatus {
    #[default]
    Complete,
    Incomplete,
}

impl CaseStatus {
    fn is_complete(&self) -> bool {
        *self == CaseStatus::Complete
    }
}

/// The policies a review-manipulation POA names when the case names none.
pub fn default_policies() -> Vec<String> {
    [
        "Amazon Services Business Solutions Agreement",
        "Customer Product Reviews policy",
        "Communication Guidelines",
    ]
    .map(String::from)
    .to_vec()
}

/// The seller and who signs the letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Seller {
    /// Store name as shown on Amazon.
    pub store: String,
    /// Merchant token / seller ID, e.g. `A1B2C3D4E5F6G7`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seller_id: Option<String>,
    pub marketplace: Marketplace,
    /// Who signs the letter.
    pub contact: String,
    /// The signer's role, e.g. `Owner`.
    pub role: String,
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Who the letter speaks as: `we` (the default), `i` (one owner) or `the-owner`.
    #[serde(default, skip_serializing_if = "Voice::is_default")]
    pub voice: Voice,
}

/// The person and number of the letter's stock wording.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Voice {
    /// "we", "our": a business with staff.
    #[default]
    We,
    /// "I", "my": one owner writing for themselves.
    I,
    /// "the owner": one owner, named in the third person.
    TheOwner,
}

impl Voice {
    fn is_default(&self) -> bool {
        *self == Voice::We
    }
}

/// Amazon marketplaces poa knows; each sets page size and date style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub enum Marketplace {
    US,
    CA,
    MX,
    BR,
    UK,
    IE,
    DE,
    FR,
    IT,
    ES,
    NL,
    SE,
    PL,
    BE,
    JP,
    AU,
    SG,
    IN,
    AE,
    SA,
}

/// How a marketplace writes dates in an English letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// March 2, 2026
    MonthDayYear,
    /// 2 March 2026
    DayMonthYear,
}

/// Paper the letter is laid out on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageSize {
    Letter,
    A4,
}

impl Marketplace {
    /// Every marketplace, in the order sellers most often need them.
    pub const ALL: [Marketplace; 20] = [
        Marketplace::US,
        Marketplace::UK,
        Marketplace::DE,
        Marketplace::CA,
        Marketplace::JP,
        Marketplace::FR,
        Marketplace::IT,
        Marketplace::ES,
        Marketplace::AU,
        Marketplace::MX,
        Marketplace::IN,
        Marketplace::NL,
        Marketplace::SE,
        Marketplace::PL,
        Marketplace::BE,
        Marketplace::IE,
        Marketplace::SG,
        Marketplace::AE,
        Marketplace::SA,
        Marketplace::BR,
    ];

    /// The codes of [`Marketplace::ALL`], in its order, as the interview offers them.
    pub const CODES: [&'static str; 20] = {
        let mut codes = [""; 20];
        let mut i = 0;
        while i < codes.len() {
            codes[i] = Marketplace::ALL[i].code();
            i += 1;
        }
        codes
    };

    /// The code a case file writes (`US`, `UK`).
    pub const fn code(self) -> &'static str {
        match self {
            Marketplace::US => "US",
            Marketplace::UK => "UK",
            Marketplace::DE => "DE",
            Marketplace::CA => "CA",
            Marketplace::JP => "JP",
            Marketplace::FR => "FR",
            Marketplace::IT => "IT",
            Marketplace::ES => "ES",
            Marketplace::AU => "AU",
            Marketplace::MX => "MX",
            Marketplace::IN => "IN",
            Marketplace::NL => "NL",
            Marketplace::SE => "SE",
            Marketplace::PL => "PL",
            Marketplace::BE => "BE",
            Marketplace::IE => "IE",
            Marketplace::SG => "SG",
            Marketplace::AE => "AE",
            Marketplace::SA => "SA",
            Marketplace::BR => "BR",
        }
    }

    /// North American marketplaces write month first; the rest day first.
    pub fn date_style(self) -> DateStyle {
        match self {
            Marketplace::US | Marketplace::CA => DateStyle::MonthDayYear,
            _ => DateStyle::DayMonthYear,
        }
    }

    /// US Letter where it is the office paper, A4 elsewhere.
    pub fn page_size(self) -> PageSize {
        match self {
            Marketplace::US | Marketplace::CA | Marketplace::MX => PageSize::Letter,
            _ => PageSize::A4,
        }
    }

    /// The marketplace's Amazon domain, e.g. `amazon.co.uk`.
    pub fn domain(self) -> &'static str {
        match self {
            Marketplace::US => "amazon.com",
            Marketplace::CA => "amazon.ca",
            Marketplace::MX => "amazon.com.mx",
            Marketplace::BR => "amazon.com.br",
            Marketplace::UK => "amazon.co.uk",
            Marketplace::IE => "amazon.ie",
            Marketplace::DE => "amazon.de",
            Marketplace::FR => "amazon.fr",
            Marketplace::IT => "amazon.it",
            Marketplace::ES => "amazon.es",
            Marketplace::NL => "amazon.nl",
            Marketplace::SE => "amazon.se",
            Marketplace::PL => "amazon.pl",
            Marketplace::BE => "amazon.com.be",
            Marketplace::JP => "amazon.co.jp",
            Marketplace::AU => "amazon.com.au",
            Marketplace::SG => "amazon.sg",
            Marketplace::IN => "amazon.in",
            Marketplace::AE => "amazon.ae",
            Marketplace::SA => "amazon.sa",
        }
    }
}

/// The warning or suspension notice the letter answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Warning {
    pub policy: PolicyArea,
    /// The day the notice arrived.
    pub received: CaseDate,
    /// Amazon's reference for the notice, if it gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The notice's exact words; the letter quotes them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// The seller's own summary of the notice; never put in quotes. (`notice` is its
    /// earlier name, still read.)
    #[serde(default, alias = "notice", skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Whether the seller accepts the notice's finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptance: Option<Acceptance>,
    /// Which part is accepted (`in-part`) or why it is not (`no`), in the seller's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptance_detail: Option<String>,
    /// ASINs the notice names.
    #[serde(default)]
    pub asins: Vec<String>,
}

/// The seller's stance on the notice's finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Acceptance {
    InFull,
    InPart,
    No,
}

/// One step of how the seller established the facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Investigation {
    /// When it was done.
    pub date: CaseDate,
    /// What was read or searched, e.g. `every buyer message sent since September 2025`.
    pub examined: String,
    /// What it showed.
    pub found: String,
}

/// The policy area of the warning; only review manipulation for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PolicyArea {
    ReviewManipulation,
}

/// Someone whose conduct is part of the incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Their role, e.g. `Customer service associate`.
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When they started in that role.
    pub started: CaseDate,
    /// What they did. Earlier cases held it here; the timeline now tells it, once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conduct: Option<String>,
}

/// One dated event of the incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub date: CaseDate,
    pub event: String,
}

/// An order whose buyer received the prohibited request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Order {
    /// Amazon order id, 3-7-7 digits.
    pub id: String,
    pub asin: String,
    pub date: CaseDate,
    /// What was sent to the buyer.
    pub sent: String,
    /// What came of it.
    pub outcome: String,
}

/// A review involved in the incident.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Amazon review id: R followed by 12–14 letters or digits.
    pub id: String,
    pub asin: String,
    /// Star rating, 1 to 5.
    pub rating: u8,
    pub status: ReviewStatus,
}

/// Whether a review still stands on Amazon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewStatus {
    Live,
    Removed,
}

/// A file the seller attaches.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub file: String,
    /// What the file shows.
    pub shows: String,
    /// The ASIN it concerns, if one (case files written before `asins`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asin: Option<String>,
    /// The ASINs it concerns; `"all"` stands for every ASIN the notice names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asins: Vec<String>,
}

/// In an evidence item's `asins`: every ASIN the notice names.
pub const ALL_ASINS: &str = "all";

impl Evidence {
    /// The ASINs this file concerns, `"all"` resolved against the notice's, in order and
    /// each once.
    pub fn asin_list(&self, notice: &[String]) -> Vec<String> {
        let mut list: Vec<String> = Vec::new();
        for asin in self.asin.iter().chain(&self.asins) {
            let add: &[String] = if asin.eq_ignore_ascii_case(ALL_ASINS) {
                notice
            } else {
                std::slice::from_ref(asin)
            };
            for asin in add {
                if !list.contains(asin) {
                    list.push(asin.clone());
                }
            }
        }
        list
    }
}

/// Something already done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// When it was completed.
    pub date: CaseDate,
    /// What was done, in the past tense.
    pub action: String,
}

/// A practice now in force.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    pub measure: String,
    /// Who owns it (a role or a name).
    pub owner: String,
    /// How often, or on what trigger, it runs.
    pub frequency: String,
    /// Since when it is in force.
    pub since: CaseDate,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_marketplace_is_offered_once_by_the_code_a_case_file_reads() {
        let schema = serde_json::to_value(schemars::schema_for!(Marketplace)).unwrap();
        let variants = schema["enum"].as_array().expect("an enum of strings").len();
        assert_eq!(
            Marketplace::ALL.len(),
            variants,
            "a marketplace is not offered"
        );
        for (marketplace, code) in Marketplace::ALL.iter().zip(Marketplace::CODES) {
            let parsed: Marketplace = serde_json::from_value(code.into()).unwrap();
            assert_eq!(parsed, *marketplace, "{code}");
        }
        let mut codes = Marketplace::CODES.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), variants, "a marketplace is offered twice");
    }
}
