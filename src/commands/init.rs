use crate::cli::InitArgs;
use crate::error::Result;
use crate::fsio;
use crate::i18n::report as said;
use crate::lang::Lang;

use super::schema::schema_json;

/// The annotated starter case; every `<...>` must be replaced before it validates.
const STARTER: &str = include_str!("../case/starter.toml");
const SCHEMA_FILE: &str = "poa-case.schema.json";

/// `poa init`: a starter case, and beside it the schema its first line points editors to.
pub fn run(args: &InitArgs, lang: Lang) -> Result<u8> {
    let schema_path = args
        .path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| SCHEMA_FILE.into(), |dir| dir.join(SCHEMA_FILE));
    let starter = format!("#:schema ./{SCHEMA_FILE}\n{STARTER}");
    fsio::write_atomic(&args.path, starter.as_bytes(), args.force)?;
    // The schema is regenerated freely: it belongs to poa, not to the seller.
    fsio::write_atomic(&schema_path, schema_json().as_bytes(), true)?;
    crate::say::info(said::wrote(args.path.display()).get(lang));
    crate::say::info(said::wrote(schema_path.display()).get(lang));
    crate::say::info(said::fill_in_then_validate(args.path.display()).get(lang));
    Ok(0)
}
