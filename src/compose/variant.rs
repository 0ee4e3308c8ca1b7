//! Which phrasing each part of a letter uses: chosen from the case, so the same case always
//! gets the same letter and different cases rarely share all their phrasings.

use super::templates::VARIANTS;
use crate::case::Case;
use crate::stable_hash::fnv1a;

/// What names a case for the choice of phrasing: the seller and the notice. Editing a note,
/// an answer or a list leaves it, and so the phrasing, unchanged.
pub fn identity(case: &Case) -> String {
    let seller = &case.seller;
    let warning = &case.warning;
    [
        seller.store.as_str(),
        seller.seller_id.as_deref().unwrap_or(""),
        &warning.received.to_string(),
        warning.reference.as_deref().unwrap_or(""),
    ]
    .join("\0")
}

/// The variant (1-based) of `part` for a case whose [`identity`] is `case_key`, in
/// `round` (1 for the first letter): each round moves every part on to the next phrasing,
/// so a revised letter never repeats the wording of the one before it. `forced` (from
/// `--variant`) wins when given.
pub fn choose(case_key: &str, part: &str, round: usize, forced: Option<usize>) -> usize {
    forced.unwrap_or_else(|| {
        let first = fnv1a(case_key.bytes().chain([0]).chain(part.bytes())) % VARIANTS as u64;
        ((first + round.saturating_sub(1) as u64) % VARIANTS as u64) as usize + 1
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choice_is_stable_and_in_range() {
        let first = choose("case text", "opening", 1, None);
        assert_eq!(first, choose("case text", "opening", 1, None));
        assert!((1..=VARIANTS).contains(&first));
    }

    #[test]
    fn parts_and_cases_vary_independently() {
        let picks: std::collections::BTreeSet<_> = (0..30)
            .map(|i| choose(&format!("case {i}"), "opening", 1, None))
            .collect();
        assert_eq!(picks.len(), VARIANTS, "every variant is used across cases");
    }

    #[test]
    fn each_round_moves_every_part_to_another_phrasing() {
        for part in ["opening", "root_cause", "closing"] {
            let rounds: Vec<usize> = (1..=3).map(|r| choose("case", part, r, None)).collect();
            assert_ne!(rounds[0], rounds[1], "{part}");
            assert_ne!(rounds[1], rounds[2], "{part}");
        }
    }

    #[test]
    fn forced_variant_wins() {
        assert_eq!(choose("anything", "closing", 3, Some(2)), 2);
    }
}
