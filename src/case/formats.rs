//! The formats of Amazon identifiers, defined once for validation, the wizard and checks.

use std::sync::LazyLock;

use regex::Regex;

use crate::i18n::{Bilingual, case as say};

static ORDER_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{3}-[0-9]{7}-[0-9]{7}$").expect("valid pattern"));
static ASIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z0-9]{10}$").expect("valid pattern"));
static REVIEW_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^R[A-Z0-9]{12,14}$").expect("valid pattern"));

/// Checks an Amazon order id (3-7-7 digits); the error says what would be valid.
pub fn order_id(text: &str) -> Result<(), Bilingual> {
    ORDER_ID
        .is_match(text)
        .then_some(())
        .ok_or_else(|| say::not_an_order_id(text))
}

/// Checks an ASIN (10 capital letters or digits).
pub fn asin(text: &str) -> Result<(), Bilingual> {
    ASIN.is_match(text)
        .then_some(())
        .ok_or_else(|| say::not_an_asin(text))
}

/// Checks an Amazon review id (R and 12–14 capital letters or digits).
pub fn review_id(text: &str) -> Result<(), Bilingual> {
    REVIEW_ID
        .is_match(text)
        .then_some(())
        .ok_or_else(|| say::not_a_review_id(text))
}
