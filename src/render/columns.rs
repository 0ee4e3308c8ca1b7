//! Table column widths from the content, shared by the PDF's layout and the DOCX's grid.

use crate::document::Inline;

/// The widths of a table's columns in `available` points: `measure` gives a cell's width on
/// one line and its longest word (the header's cells are bold), each writer with its own
/// fonts and padding.
pub fn of_table(
    header: &[Vec<Inline>],
    rows: &[Vec<Vec<Inline>>],
    available: f32,
    measure: impl Fn(&[Inline], bool) -> (f32, f32),
) -> Vec<f32> {
    let columns = header.len().max(1);
    let mut wanted = vec![0.0f32; columns];
    let mut minimum = vec![0.0f32; columns];
    let all_rows =
        std::iter::once((header, true)).chain(rows.iter().map(|r| (r.as_slice(), false)));
    for (row, bold) in all_rows {
        for (i, cell) in row.iter().enumerate().take(columns) {
            let (natural, longest) = measure(cell, bold);
            wanted[i] = wanted[i].max(natural);
            minimum[i] = minimum[i].max(longest);
        }
    }
    share(&wanted, &minimum, available)
}

/// Widths for columns that want `wanted` (their longest cell on one line) and need at least
/// `minimum` (their longest word, which is never broken when it fits): the natural widths,
/// stretched, when everything fits; otherwise each column keeps at least a fair share (or its
/// longest word) and the rest is shared in proportion to what is still wanted. Only when the
/// longest words do not fit together does every column shrink, and words are cut.
fn share(wanted: &[f32], minimum: &[f32], available: f32) -> Vec<f32> {
    let columns = wanted.len().max(1);
    let total: f32 = wanted.iter().sum();
    if total <= available {
        return wanted
            .iter()
            .map(|w| w * available / total.max(1.0))
            .collect();
    }
    let fair = available / columns as f32;
    let base: Vec<f32> = wanted
        .iter()
        .zip(minimum)
        .map(|(w, m)| w.min(fair.max(*m)))
        .collect();
    let base_total: f32 = base.iter().sum();
    if base_total > available {
        return base.iter().map(|b| b * available / base_total).collect();
    }
    let spare = available - base_total;
    let excess: Vec<f32> = wanted.iter().zip(&base).map(|(w, b)| w - b).collect();
    let excess_total: f32 = excess.iter().sum();
    base.iter()
        .zip(&excess)
        .map(|(b, e)| {
            b + if excess_total > 0.0 {
                spare * e / excess_total
            } else {
                0.0
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::share;

    #[test]
    fn a_column_never_gets_less_than_its_longest_word_when_the_words_fit() {
        // An order id column (longest word 100) beside two long text columns.
        let widths = share(&[100.0, 900.0, 900.0], &[100.0, 60.0, 60.0], 450.0);
        assert!(widths[0] >= 100.0, "{widths:?}");
        assert!(
            (widths.iter().sum::<f32>() - 450.0).abs() < 0.01,
            "{widths:?}"
        );
    }
}
