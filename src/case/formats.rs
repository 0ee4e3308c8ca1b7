//! The formats of Amazon identifiers, defined once for validation, the wizard and checks.

use std::sync::LazyLock;

use regex::Regex;

static ORDER_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{3}-[0-9]{7}-[0-9]{7}$").expect("valid pattern"));
static ASIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z0-9]{10}$").expect("valid pattern"));
static REVIEW_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^R[A-Z0-9]{12,14}$").expect("valid pattern"));

/// Checks an Amazon order id (3-7-7 digits); the error says what would be valid.
pub fn order_id(text: &str) -> Result<(), String> {
    ORDER_ID.is_match(text).then_some(()).ok_or_else(|| {
        format!("{text:?} is not an order id; expected 3-7-7 digits like 112-1234567-1234567")
    })
}

/// Checks an ASIN (10 capital letters or digits).
pub fn asin(text: &str) -> Result<(), String> {
    ASIN.is_match(text).then_some(()).ok_or_else(|| {
        format!("{text:?} is not an ASIN; expected 10 capital letters or digits like B08XYZ1234")
    })
}

/// Checks an Amazon review id (R and 12–14 capital letters or digits).
pub fn review_id(text: &str) -> Result<(), String> {
    REVIEW_ID
        .is_match(text)
        .then_some(())
        .ok_or_else(|| format!("{text:?} is not a review id; expected R and 12 to 14 capital letters or digits like R1A2B3C4D5E6F7"))
}
