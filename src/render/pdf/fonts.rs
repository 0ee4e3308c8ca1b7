//! The PDF's fonts: Liberation Serif built in (SIL OFL, see fonts/LICENSE), or one TrueType
//! file the user gives for every style; with the glyph widths line wrapping needs.

use std::path::Path;
use std::sync::OnceLock;

use crate::error::{Error, Result};

/// Regular, bold, italic, bold italic.
pub const STYLES: usize = 4;

/// The index of a style in [`FontSet::faces`].
pub fn style(bold: bool, italic: bool) -> usize {
    usize::from(bold) + 2 * usize::from(italic)
}

/// One font file, read for glyph widths as the layout asks for them.
#[derive(Clone)]
pub struct Face {
    /// Fonts live as long as the process: the built-in ones are in the binary, and a
    /// `--font` file is read once and kept.
    pub bytes: &'static [u8],
    parsed: ttf_parser::Face<'static>,
    per_em: f32,
    /// Advances of Latin-1, looked up once: nearly every character of an English letter.
    latin1: [Option<f32>; 256],
    /// The face as the PDF writer reads it, parsed once and cloned into each PDF.
    pdf: OnceLock<printpdf::ParsedFont>,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Face")
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// The four styles the letter uses.
#[derive(Debug, Clone)]
pub struct FontSet {
    pub faces: [Face; STYLES],
}

impl Face {
    fn parse(bytes: &'static [u8], origin: &Path) -> Result<Self> {
        let not_a_font = |message: String| Error::Read {
            path: origin.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::InvalidData, message),
        };
        let parsed = ttf_parser::Face::parse(bytes, 0)
            .map_err(|e| not_a_font(format!("not a TrueType font ({e})")))?;
        let maps_unicode = parsed
            .tables()
            .cmap
            .is_some_and(|cmap| cmap.subtables.into_iter().any(|s| s.is_unicode()));
        if !maps_unicode {
            return Err(not_a_font("the font maps no Unicode characters".into()));
        }
        let per_em = f32::from(parsed.units_per_em());
        let latin1 = std::array::from_fn(|code| {
            // `code` < 256: every value is a Latin-1 character.
            lookup(&parsed, per_em, char::from(code as u8))
        });
        Ok(Face {
            bytes,
            parsed,
            per_em,
            latin1,
            pdf: OnceLock::new(),
        })
    }

    /// The face parsed for the PDF writer: on first use, then shared by every letter of
    /// a batch. `None` when the PDF writer cannot read it.
    pub fn pdf_font(&self) -> Option<&printpdf::ParsedFont> {
        if let Some(parsed) = self.pdf.get() {
            return Some(parsed);
        }
        let parsed = printpdf::ParsedFont::from_bytes(self.bytes, 0, &mut Vec::new())?;
        Some(self.pdf.get_or_init(|| parsed))
    }

    /// Advance width of `ch` in ems (1.0 = the font size), if the font can draw it.
    fn advance(&self, ch: char) -> Option<f32> {
        match usize::try_from(u32::from(ch)) {
            Ok(code) if code < self.latin1.len() => self.latin1[code],
            _ => lookup(&self.parsed, self.per_em, ch),
        }
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|ch| self.advance(ch).unwrap_or(0.0))
            .sum::<f32>()
            * size
    }

    fn has(&self, ch: char) -> bool {
        ch.is_whitespace() || self.advance(ch).is_some()
    }
}

fn lookup(face: &ttf_parser::Face<'_>, per_em: f32, ch: char) -> Option<f32> {
    let glyph = face.glyph_index(ch)?;
    Some(f32::from(face.glyph_hor_advance(glyph)?) / per_em)
}

impl FontSet {
    /// Liberation Serif, embedded in the binary.
    pub fn builtin() -> Self {
        let face = |bytes: &'static [u8], name: &str| {
            Face::parse(bytes, Path::new(name)).expect("the built-in fonts are valid")
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
        let bytes = crate::fsio::read_bounded(path, crate::fsio::FONT_LIMIT)?;
        let face = Face::parse(Vec::leak(bytes), path)?;
        // Checked now, so that a font only ttf-parser reads fails before any letter is laid out.
        if face.pdf_font().is_none() {
            return Err(Error::Read {
                path: path.to_path_buf(),
                source: std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "the PDF writer cannot read this font",
                ),
            });
        }
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
        &self.faces[style(bold, italic)]
    }

    /// Whether every style of this set can draw `ch`.
    pub fn draws(&self, ch: char) -> bool {
        self.faces.iter().all(|face| face.has(ch))
    }

    /// The first character of `text` that some style of this set cannot draw.
    pub fn missing_char(&self, text: &str) -> Option<char> {
        text.chars()
            .find(|&ch| !self.faces.iter().all(|face| face.has(ch)))
    }
}
