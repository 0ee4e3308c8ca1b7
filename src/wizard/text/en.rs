//! Every English text of the wizard.

/// The text for a key, if this language has it.
pub fn text(key: &str) -> Option<&'static str> {
    Some(match key {
        "add.warning.asins" => "Add an ASIN the notice names?",
        "add.people" => "Add a person involved?",
        "add.timeline" => "Add a dated event?",
        "add.orders" => "Add an affected order?",
        "add.reviews" => "Add a review involved?",
        "add.evidence" => "Add a file you will attach?",
        "add.root_causes" => "Add a root cause?",
        "add.actions" => "Add a completed action?",
        "add.measures" => "Add a preventive measure?",
        "add.declarations" => "Add a declaration?",
        "ui.add_another" => "Add another?",
        "ui.invalid" => "Please check this answer",
        "ui.saved" => "Saved after every answer to",
        "ui.summary" => "Your case",
        "ui.render" => "Write the letter now (DOCX, PDF and Markdown next to the case file)?",
        "ui.rendered" => "Letter written:",
        "ui.not_rendered" => "Not rendered. When you are ready: poa render",
        "ui.edit_pick" => "Which part do you want to change?",
        "ui.edit_done" => "Done: save and leave",
        "ui.keep" => "Keep",
        "ui.change" => "Change",
        "ui.remove" => "Remove",
        "ui.resume" => "Continuing where you stopped in",
        "ui.done" => "All questions answered.",
        "ui.stopped" => "Stopped. Every answer so far is saved; continue with: poa new",
        "ui.finish_errors" => "The case is saved but still has problems; fix them with: poa edit",
        "ui.overwrite" => "Letter files for this case exist already. Replace them?",
        "ui.rating" => "Star rating (1 to 5)",
        "ui.warnings" => "Worth checking before you send it:",
        "ui.originality" => "Template wording: {percent}% of the letter (limit {limit}%).",
        "ui.originality_high" => {
            "Too much of the letter is template text: answer the root causes, actions and measures in more detail, in your own words. To see each passage: poa check"
        }
        "ui.lint" => "Review: {errors} errors, {warnings} warnings.",
        "ui.lint_details" => "To see each one: poa lint",
        "why.glyph" => "the letter's font cannot draw “{ch}”: write this in English",

        "title.seller" => "Your store",
        "intro.seller" => "Who is writing. The letter is signed by the contact you give here.",
        "field.seller.store" => "Store name, as shown on Amazon",
        "field.seller.seller_id" => "Seller ID / merchant token (Enter to skip)",
        "field.seller.marketplace" => "Marketplace",
        "field.seller.contact" => "Name of the person who signs the letter",
        "field.seller.role" => "Their role (e.g. Owner)",
        "field.seller.email" => "Email for Amazon's reply",
        "field.seller.phone" => "Phone (Enter to skip)",

        "title.warning" => "The warning",
        "intro.warning" => {
            "The notice you received. Copy its wording exactly: the letter quotes it."
        }
        "field.warning.received" => "Date you received it (e.g. 2026-03-02 or 2 March 2026)",
        "field.warning.reference" => "Amazon's reference for it (Enter to skip)",
        "field.warning.notice" => "The notice's text, or a faithful summary",

        "title.warning.asins" => "ASINs named in the warning",
        "intro.warning.asins" => {
            "List each ASIN the notice names; the letter gives evidence for each."
        }
        "field.warning.asins" => "ASIN (10 letters or digits)",

        "title.people" => "People involved",
        "intro.people" => {
            "Everyone whose actions caused this: their role, since when, and what they did."
        }
        "field.people.role" => "Role (e.g. Customer service associate)",
        "field.people.name" => "Name (Enter to leave it out)",
        "field.people.started" => "In this role since",
        "field.people.conduct" => "What they did",

        "title.timeline" => "Timeline",
        "intro.timeline" => "What happened, day by day, from the first request to the warning.",
        "field.timeline.date" => "Date",
        "field.timeline.event" => "What happened that day",

        "title.orders" => "Affected orders",
        "intro.orders" => {
            "Every order whose buyer received the request. Amazon checks these against its records."
        }
        "field.orders.id" => "Order ID (e.g. 112-1234567-1234567)",
        "field.orders.asin" => "ASIN of the order",
        "field.orders.date" => "Order date",
        "field.orders.sent" => "What was sent to the buyer",
        "field.orders.outcome" => "What came of it",

        "title.reviews" => "Reviews involved",
        "intro.reviews" => {
            "Each review involved and whether it still stands on Amazon: reviewers ask for this list."
        }
        "field.reviews.id" => "Review ID (R followed by 12-14 letters or digits)",
        "field.reviews.asin" => "ASIN reviewed",
        "field.reviews.rating" => "Star rating (1 to 5)",
        "field.reviews.status" => "Is it still on Amazon?",
        "choice.live" => "Still live",
        "choice.removed" => "Removed",

        "title.evidence" => "Evidence",
        "intro.evidence" => {
            "Files you will attach (screenshots, logs, invoices). The letter lists them in an appendix."
        }
        "field.evidence.file" => "File name",
        "field.evidence.shows" => "What it shows",
        "field.evidence.asin" => "ASIN it concerns (Enter if none)",

        "title.root_causes" => "Root cause",
        "intro.root_causes" => {
            "Why it happened, in your own words. Amazon rejects \"a mistake happened\": say who did what, when, which orders, and why your process allowed it. One cause per answer."
        }
        "field.root_causes" => "A root cause",

        "title.actions" => "Actions taken",
        "intro.actions" => {
            "What you have ALREADY done, each with the date it was completed. Plans do not belong here."
        }
        "field.actions.date" => "Date completed",
        "field.actions.action" => "What was done (past tense)",

        "title.measures" => "Preventive measures",
        "intro.measures" => {
            "What is now in force so this cannot happen again: ongoing, owned by someone, and checkable."
        }
        "field.measures.measure" => "The practice now in force",
        "field.measures.owner" => "Who owns it (a person or role)",
        "field.measures.frequency" => "How often, or on what trigger",
        "field.measures.since" => "In force since",

        "title.declarations" => "Declarations",
        "intro.declarations" => {
            "Statements you can stand behind, e.g. that no other review manipulation took place."
        }
        "field.declarations" => "A statement",
        _ => return None,
    })
}
