//! The PDF's fonts: Liberation Serif built in (SIL OFL, see fonts/LICENSE), or one TrueType
//! file the user gives for every style; with the glyph widths line wrapping needs.

use std::collections::HashMap;
use std::path::Path;

use crate::error::{Error, Result};

/// Regular, bold, italic, bold italic.
pub const STYLES: usize = 4;

/// One font file and the advance width of every character it can draw.
#[derive(Debug, Clone)]
pub struct Face {
    pub bytes: Vec<u8>,
    /// Advance widths in em units (1.0 = the font size).
    advances: HashMap<char, f32>,
}

/// The four styles the letter uses.
#[derive(Debug, Clone)]
pub struct FontSet {
    pub faces: [Face; STYLES],
}

impl Face {
    fn parse(bytes: Vec<u8>, origin: &Path) -> Result<Self> {
        let not_a_font = |message: String| Error::Read {
            path: origin.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidData, message),
        };
        let advances =
            advances(&bytes).map_err(|e| not_a_font(format!("not a TrueType font ({e})")))?;
        if advances.is_empty() {
            return Err(not_a_font("the font maps no Unicode characters".into()));
        }
        Ok(Face { bytes, advances })
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|ch| self.advances.get(&ch).copied().unwrap_or(0.0))
            .sum::<f32>()
            * size
    }

    fn has(&self, ch: char) -> bool {
        ch.is_whitespace() || self.advances.contains_key(&ch)
    }
}

/// Advance widths (in ems) of every character the font maps.
fn advances(bytes: &[u8]) -> Result<HashMap<char, f32>, ttf_parser::FaceParsingError> {
    let face = ttf_parser::Face::parse(bytes, 0)?;
    let per_em = f32::from(face.units_per_em());
    let mut advances = HashMap::new();
    if let Some(cmap) = face.tables().cmap {
        for subtable in cmap.subtables.into_iter().filter(|s| s.is_unicode()) {
            subtable.codepoints(|code| {
                let glyph =
                    char::from_u32(code).and_then(|ch| subtable.glyph_index(code).map(|g| (ch, g)));
                if let Some((ch, glyph)) = glyph
                    && let Some(advance) = face.glyph_hor_advance(glyph)
                {
                    advances.insert(ch, f32::from(advance) / per_em);
                }
            });
        }
    }
    Ok(advances)
}

impl FontSet {
    /// Liberation Serif, embedded in the binary.
    pub fn builtin() -> Self {
        let face = |bytes: &[u8], name: &str| {
            Face::parse(bytes.to_vec(), Path::new(name)).expect("the built-in fonts are valid")
        };
        FontSet {
            faces: [
                face(
                    include_bytes!("../../../fonts/LiberationSerif-Regular.ttf"),
                    "regular",
                ),
                face(
                    include_bytes!("../../../fonts/LiberationSerif-Bold.ttf"),
                    "bold",
                ),
                face(
                    include_bytes!("../../../fonts/LiberationSerif-Italic.ttf"),
                    "italic",
                ),
                face(
                    include_bytes!("../../../fonts/LiberationSerif-BoldItalic.ttf"),
                    "bold italic",
                ),
            ],
        }
    }

    /// One TrueType file used for every style (`--font`).
    pub fn from_file(path: &Path) -> Result<Self> {
        let bytes = std::fs::read(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let face = Face::parse(bytes, path)?;
        Ok(FontSet {
            faces: [face.clone(), face.clone(), face.clone(), face],
        })
    }

    /// The built-in fonts, or the file given with `--font`.
    pub fn load(path: Option<&Path>) -> Result<Self> {
        path.map_or_else(|| Ok(FontSet::builtin()), FontSet::from_file)
    }

    /// The face for a style.
    pub fn face(&self, bold: bool, italic: bool) -> &Face {
        &self.faces[usize::from(bold) + 2 * usize::from(italic)]
    }

    /// The first character of `text` that some style of this set cannot draw.
    pub fn missing_char(&self, text: &str) -> Option<char> {
        text.chars()
            .find(|&ch| !self.faces.iter().all(|face| face.has(ch)))
    }
}
