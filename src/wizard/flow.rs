//! What the wizard asks, in order: the case file's sections and their fields, as data.

/// How an answer is checked and stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Required text.
    Text,
    /// Text that may be left empty.
    Optional,
    Email,
    /// A past date, typed in any common form.
    Date,
    Asin,
    /// An ASIN that may be left empty.
    OptionalAsin,
    OrderId,
    ReviewId,
    /// 1 to 5 stars.
    Rating,
    /// One of fixed values (text keys `choice.<value>` name them).
    Choice(&'static [&'static str]),
}

/// One question: its key in the case file and its kind.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub key: &'static str,
    pub kind: Kind,
}

const fn field(key: &'static str, kind: Kind) -> Field {
    Field { key, kind }
}

/// The shape of a section of the case file.
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    /// A table of fields (`[seller]`).
    Table(&'static [Field]),
    /// A list of tables (`[[orders]]`), at least `min` of them.
    Records {
        fields: &'static [Field],
        min: usize,
    },
    /// A list of answers of one kind (`root_causes = [...]`).
    Answers { kind: Kind, min: usize },
}

/// A section: where it lives in the case file, and its shape.
#[derive(Debug, Clone, Copy)]
pub struct Section {
    /// Dotted path: `seller`, `warning.asins`, `orders`.
    pub key: &'static str,
    pub shape: Shape,
}

/// Marketplaces offered, in the order sellers most often need them.
pub const MARKETPLACES: &[&str] = &[
    "US", "UK", "DE", "CA", "JP", "FR", "IT", "ES", "AU", "MX", "IN", "NL", "SE", "PL", "BE", "IE",
    "SG", "AE", "SA", "BR",
];

/// Every section, in the order the wizard asks them.
pub const SECTIONS: &[Section] = &[
    Section {
        key: "seller",
        shape: Shape::Table(&[
            field("store", Kind::Text),
            field("seller_id", Kind::Optional),
            field("marketplace", Kind::Choice(MARKETPLACES)),
            field("contact", Kind::Text),
            field("role", Kind::Text),
            field("email", Kind::Email),
            field("phone", Kind::Optional),
        ]),
    },
    Section {
        key: "warning",
        shape: Shape::Table(&[
            field("received", Kind::Date),
            field("reference", Kind::Optional),
            field("notice", Kind::Text),
        ]),
    },
    Section {
        key: "warning.asins",
        shape: Shape::Answers {
            kind: Kind::Asin,
            min: 0,
        },
    },
    Section {
        key: "people",
        shape: Shape::Records {
            fields: &[
                field("role", Kind::Text),
                field("name", Kind::Optional),
                field("started", Kind::Date),
                field("conduct", Kind::Text),
            ],
            min: 0,
        },
    },
    Section {
        key: "timeline",
        shape: Shape::Records {
            fields: &[field("date", Kind::Date), field("event", Kind::Text)],
            min: 0,
        },
    },
    Section {
        key: "orders",
        shape: Shape::Records {
            fields: &[
                field("id", Kind::OrderId),
                field("asin", Kind::Asin),
                field("date", Kind::Date),
                field("sent", Kind::Text),
                field("outcome", Kind::Text),
            ],
            min: 0,
        },
    },
    Section {
        key: "reviews",
        shape: Shape::Records {
            fields: &[
                field("id", Kind::ReviewId),
                field("asin", Kind::Asin),
                field("rating", Kind::Rating),
                field("status", Kind::Choice(&["live", "removed"])),
            ],
            min: 0,
        },
    },
    Section {
        key: "evidence",
        shape: Shape::Records {
            fields: &[
                field("file", Kind::Text),
                field("shows", Kind::Text),
                field("asin", Kind::OptionalAsin),
            ],
            min: 0,
        },
    },
    Section {
        key: "root_causes",
        shape: Shape::Answers {
            kind: Kind::Text,
            min: 1,
        },
    },
    Section {
        key: "actions",
        shape: Shape::Records {
            fields: &[field("date", Kind::Date), field("action", Kind::Text)],
            min: 1,
        },
    },
    Section {
        key: "measures",
        shape: Shape::Records {
            fields: &[
                field("measure", Kind::Text),
                field("owner", Kind::Text),
                field("frequency", Kind::Text),
                field("since", Kind::Date),
            ],
            min: 1,
        },
    },
    Section {
        key: "declarations",
        shape: Shape::Answers {
            kind: Kind::Text,
            min: 0,
        },
    },
];

/// Every text key the flow uses, so each language can be checked for completeness.
pub fn text_keys() -> Vec<String> {
    let mut keys: Vec<String> = [
        "add_another",
        "invalid",
        "saved",
        "summary",
        "render",
        "rendered",
        "not_rendered",
        "edit_pick",
        "edit_done",
        "keep",
        "change",
        "remove",
        "resume",
        "done",
        "stopped",
        "finish_errors",
        "overwrite",
        "rating",
        "warnings",
        "originality",
        "originality_high",
        "lint",
        "lint_details",
    ]
    .iter()
    .map(|k| format!("ui.{k}"))
    .collect();
    for section in SECTIONS {
        keys.push(format!("intro.{}", section.key));
        keys.push(format!("title.{}", section.key));
        if !matches!(section.shape, Shape::Table(_)) {
            keys.push(format!("add.{}", section.key));
        }
        let fields: &[Field] = match section.shape {
            Shape::Table(fields) | Shape::Records { fields, .. } => fields,
            Shape::Answers { .. } => &[],
        };
        if fields.is_empty() {
            keys.push(format!("field.{}", section.key));
        }
        for field in fields {
            keys.push(format!("field.{}.{}", section.key, field.key));
            if let Kind::Choice(values) = field.kind
                && values != MARKETPLACES
            {
                keys.extend(values.iter().map(|v| format!("choice.{v}")));
            }
        }
    }
    keys
}
