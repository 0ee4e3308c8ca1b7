//! The PDF's fonts: Liberation Serif built in (SIL OFL, see fonts/LICENSE), or one TrueType
//! file the user gives for every style; with the glyph widths line wrapping needs. A reading
//! copy adds a CJK fallback (a subset of Noto Serif CJK SC, SIL OFL, see
//! fonts/LICENSE-NotoSerifCJK) that draws each character the main fonts cannot.

use std::path::Path;
use std::sync::OnceLock;

use crate::error::{Error, Result};

/// Regular, bold, italic, bold italic.
pub const STYLES: usize = 4;

/// Faces a set may draw with: the four styles, then the CJK fallback's regular and bold.
pub const SLOTS: usize = STYLES + 2;

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

/// The four styles the letter uses, and the fallback for Chinese if the set has one.
#[derive(Debug, Clone)]
pub struct FontSet {
    pub faces: [Face; STYLES],
    /// Regular and bold: CJK fonts have no italic, so emphasis falls back to these.
    cjk: Option<Box<[Face; 2]>>,
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
        ch.is_whitespace() || self.has_glyph(ch)
    }

    fn has_glyph(&self, ch: char) -> bool {
        self.advance(ch).is_some()
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
            cjk: None,
        }
    }

    /// This set with the built-in CJK fallback, for a Chinese reading copy. The fallback holds
    /// only the characters of the Chinese stock text (scripts/cjk-subset builds it).
    pub fn with_cjk(mut self) -> Self {
        let face = |bytes: &'static [u8], name: &str| {
            Face::parse(bytes, Path::new(name)).expect("the built-in CJK fonts are valid")
        };
        self.cjk = Some(Box::new([
            face(
                include_bytes!("../../../fonts/NotoSerifCJKsc-Regular-subset.otf"),
                "CJK regular",
            ),
            face(
                include_bytes!("../../../fonts/NotoSerifCJKsc-Bold-subset.otf"),
                "CJK bold",
            ),
        ]));
        self
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
            cjk: None,
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

    /// The face in a slot (see [`SLOTS`]); `None` for a fallback slot of a set without one.
    pub fn slot_face(&self, slot: usize) -> Option<&Face> {
        match slot {
            0..STYLES => Some(&self.faces[slot]),
            _ => self.cjk.as_ref()?.get(slot - STYLES),
        }
    }

    /// The slot of the face that draws `ch` in a style: the style's own face when it has the
    /// glyph, else the fallback's bold or regular (no fallback italic), else the style's face.
    /// Spaces are the style's own: the fallback subset has none.
    fn slot(&self, ch: char, bold: bool, italic: bool) -> usize {
        let own = style(bold, italic);
        match &self.cjk {
            Some(cjk) if !self.faces[own].has(ch) && cjk[usize::from(bold)].has_glyph(ch) => {
                STYLES + usize::from(bold)
            }
            _ => own,
        }
    }

    /// `text` cut into runs that one face draws, each with its slot.
    pub fn runs<'t>(&self, text: &'t str, bold: bool, italic: bool) -> Vec<(usize, &'t str)> {
        let mut runs: Vec<(usize, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current = style(bold, italic);
        for (at, ch) in text.char_indices() {
            let slot = self.slot(ch, bold, italic);
            if slot != current && at > start {
                runs.push((current, &text[start..at]));
                start = at;
            }
            current = slot;
        }
        if start < text.len() {
            runs.push((current, &text[start..]));
        }
        runs
    }

    /// Width of `text` in a style at `size` points, each character measured in the face
    /// that draws it.
    pub fn width(&self, text: &str, bold: bool, italic: bool, size: f32) -> f32 {
        if self.cjk.is_none() {
            return self.face(bold, italic).width(text, size);
        }
        self.runs(text, bold, italic)
            .into_iter()
            .map(|(slot, run)| {
                self.slot_face(slot)
                    .expect("runs name only slots the set has")
                    .width(run, size)
            })
            .sum()
    }

    /// Whether every style of this set, or its fallback, can draw `ch`.
    pub fn draws(&self, ch: char) -> bool {
        self.faces.iter().all(|face| face.has(ch))
            || self
                .cjk
                .as_ref()
                .is_some_and(|cjk| cjk.iter().all(|face| face.has(ch)))
    }

    /// The first character of `text` that some style of this set cannot draw.
    pub fn missing_char(&self, text: &str) -> Option<char> {
        text.chars().find(|&ch| !self.draws(ch))
    }
}
