use crate::case::Case;
use crate::error::Result;

/// The JSON Schema of the case file, for editors' TOML language servers.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Case);
    serde_json::to_string_pretty(&schema).expect("a schema always serialises to JSON")
}

/// `poa schema`
pub fn run() -> Result<u8> {
    crate::fsio::print_stdout(&(schema_json() + "\n"))?;
    Ok(0)
}
