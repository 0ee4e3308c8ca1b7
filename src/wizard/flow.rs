//! What the wizard asks, in order: the case file's sections and their fields, as data.

use crate::i18n::interview::Ask;

/// How an answer is checked and stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Required text.
    Text,
    /// Required text that says what is already done (an action), checked for promises.
    Done,
    /// Required text that says what is in force now (a measure), checked for intentions.
    InForce,
    /// Text that may be left empty.
    Optional,
    Email,
    /// A past date, typed in any common form.
    Date,
    Asin,
    /// ASINs separated by commas, "all" for every ASIN of the notice, or nothing.
    AsinList,
    OrderId,
    ReviewId,
    /// 1 to 5 stars.
    Rating,
    /// One of [`MARKETPLACES`], shown by its code.
    Marketplace,
    /// One of fixed values, each shown by its text.
    Choice(&'static [(&'static str, Ask)]),
}

/// One question: its key in the case file, its kind and its prompt.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub key: &'static str,
    pub kind: Kind,
    pub ask: Ask,
}

const fn field(key: &'static str, kind: Kind, ask: Ask) -> Field {
    Field { key, kind, ask }
}

/// The shape of a section of the case file.
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    /// A table of fields (`[seller]`).
    Table(&'static [Field]),
    /// A list of tables (`[[orders]]`), at least `min` of them; `add` asks for the first.
    Records {
        fields: &'static [Field],
        min: usize,
        add: Ask,
    },
    /// A list of answers of one kind (`root_causes = [...]`), each asked with `ask`.
    Answers {
        kind: Kind,
        min: usize,
        ask: Ask,
        add: Ask,
    },
}

impl Shape {
    /// The fields of a table or of each record; none for a list of answers.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Shape::Table(fields) | Shape::Records { fields, .. } => fields,
            Shape::Answers { .. } => &[],
        }
    }
}

/// A section: where it lives in the case file, its heading, what it is for, and its shape.
#[derive(Debug, Clone, Copy)]
pub struct Section {
    /// Dotted path: `seller`, `warning.asins`, `orders`.
    pub key: &'static str,
    pub title: Ask,
    pub intro: Ask,
    pub shape: Shape,
}

/// Marketplaces offered, in the order sellers most often need them.
pub const MARKETPLACES: &[&str] = &crate::case::Marketplace::CODES;

/// Every section, in the order the wizard asks them.
pub const SECTIONS: &[Section] = &[
    Section {
        key: "seller",
        title: Ask::TitleSeller,
        intro: Ask::IntroSeller,
        shape: Shape::Table(&[
            field("store", Kind::Text, Ask::SellerStore),
            field("seller_id", Kind::Optional, Ask::SellerId),
            field("marketplace", Kind::Marketplace, Ask::SellerMarketplace),
            field("contact", Kind::Text, Ask::SellerContact),
            field("role", Kind::Text, Ask::SellerRole),
            field("email", Kind::Email, Ask::SellerEmail),
            field("phone", Kind::Optional, Ask::SellerPhone),
            field(
                "voice",
                Kind::Choice(&[
                    ("we", Ask::VoiceWe),
                    ("i", Ask::VoiceI),
                    ("the-owner", Ask::VoiceTheOwner),
                ]),
                Ask::SellerVoice,
            ),
        ]),
    },
    Section {
        key: "warning",
        title: Ask::TitleWarning,
        intro: Ask::IntroWarning,
        shape: Shape::Table(&[
            field("received", Kind::Date, Ask::WarningReceived),
            field("reference", Kind::Optional, Ask::WarningReference),
            field("quote", Kind::Optional, Ask::WarningQuote),
            field("summary", Kind::Optional, Ask::WarningSummary),
            // The empty choice says nothing; the finished case leaves it out.
            field(
                "acceptance",
                Kind::Choice(&[
                    ("", Ask::AcceptUnsaid),
                    ("in-full", Ask::AcceptInFull),
                    ("in-part", Ask::AcceptInPart),
                    ("no", Ask::AcceptNo),
                ]),
                Ask::WarningAcceptance,
            ),
            field(
                "acceptance_detail",
                Kind::Optional,
                Ask::WarningAcceptanceDetail,
            ),
        ]),
    },
    Section {
        key: "warning.asins",
        title: Ask::TitleAsins,
        intro: Ask::IntroAsins,
        shape: Shape::Answers {
            kind: Kind::Asin,
            min: 0,
            ask: Ask::WarningAsin,
            add: Ask::AddAsins,
        },
    },
    Section {
        key: "people",
        title: Ask::TitlePeople,
        intro: Ask::IntroPeople,
        shape: Shape::Records {
            fields: &[
                field("role", Kind::Text, Ask::PersonRole),
                field("name", Kind::Optional, Ask::PersonName),
                field("started", Kind::Date, Ask::PersonStarted),
            ],
            min: 0,
            add: Ask::AddPeople,
        },
    },
    Section {
        key: "timeline",
        title: Ask::TitleTimeline,
        intro: Ask::IntroTimeline,
        shape: Shape::Records {
            fields: &[
                field("date", Kind::Date, Ask::EventDate),
                field("event", Kind::Text, Ask::EventText),
            ],
            min: 0,
            add: Ask::AddTimeline,
        },
    },
    Section {
        key: "orders",
        title: Ask::TitleOrders,
        intro: Ask::IntroOrders,
        shape: Shape::Records {
            fields: &[
                field("id", Kind::OrderId, Ask::OrderId),
                field("asin", Kind::Asin, Ask::OrderAsin),
                field("date", Kind::Date, Ask::OrderDate),
                field("sent", Kind::Text, Ask::OrderSent),
                field("outcome", Kind::Text, Ask::OrderOutcome),
            ],
            min: 0,
            add: Ask::AddOrders,
        },
    },
    Section {
        key: "reviews",
        title: Ask::TitleReviews,
        intro: Ask::IntroReviews,
        shape: Shape::Records {
            fields: &[
                field("id", Kind::ReviewId, Ask::ReviewId),
                field("asin", Kind::Asin, Ask::ReviewAsin),
                field("rating", Kind::Rating, Ask::ReviewRating),
                field(
                    "status",
                    Kind::Choice(&[("live", Ask::ReviewLive), ("removed", Ask::ReviewRemoved)]),
                    Ask::ReviewStatus,
                ),
            ],
            min: 0,
            add: Ask::AddReviews,
        },
    },
    Section {
        key: "evidence",
        title: Ask::TitleEvidence,
        intro: Ask::IntroEvidence,
        shape: Shape::Records {
            fields: &[
                field("file", Kind::Text, Ask::EvidenceFile),
                field("shows", Kind::Text, Ask::EvidenceShows),
                field("asins", Kind::AsinList, Ask::EvidenceAsin),
            ],
            min: 0,
            add: Ask::AddEvidence,
        },
    },
    Section {
        key: "investigation",
        title: Ask::TitleInvestigation,
        intro: Ask::IntroInvestigation,
        shape: Shape::Records {
            fields: &[
                field("date", Kind::Date, Ask::InvestigationDate),
                field("examined", Kind::Text, Ask::InvestigationExamined),
                field("found", Kind::Text, Ask::InvestigationFound),
            ],
            min: 0,
            add: Ask::AddInvestigation,
        },
    },
    Section {
        key: "root_causes",
        title: Ask::TitleRootCauses,
        intro: Ask::IntroRootCauses,
        shape: Shape::Answers {
            kind: Kind::Text,
            min: 1,
            ask: Ask::RootCause,
            add: Ask::AddRootCauses,
        },
    },
    Section {
        key: "actions",
        title: Ask::TitleActions,
        intro: Ask::IntroActions,
        shape: Shape::Records {
            fields: &[
                field("date", Kind::Date, Ask::ActionDate),
                field("action", Kind::Done, Ask::ActionText),
            ],
            min: 1,
            add: Ask::AddActions,
        },
    },
    Section {
        key: "measures",
        title: Ask::TitleMeasures,
        intro: Ask::IntroMeasures,
        shape: Shape::Records {
            fields: &[
                field("measure", Kind::InForce, Ask::MeasureText),
                field("owner", Kind::Text, Ask::MeasureOwner),
                field("frequency", Kind::Text, Ask::MeasureFrequency),
                field("since", Kind::Date, Ask::MeasureSince),
            ],
            min: 1,
            add: Ask::AddMeasures,
        },
    },
    Section {
        key: "declarations",
        title: Ask::TitleDeclarations,
        intro: Ask::IntroDeclarations,
        shape: Shape::Answers {
            kind: Kind::Text,
            min: 0,
            ask: Ask::Declaration,
            add: Ask::AddDeclarations,
        },
    },
];
