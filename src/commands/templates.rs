use crate::cli::TemplatesCommand;
use crate::compose::Templates;
use crate::error::Result;

/// `poa templates export`: the built-in templates, written out for editing.
pub fn run(command: &TemplatesCommand) -> Result<u8> {
    match command {
        TemplatesCommand::Export { dir, force } => {
            for path in Templates::export_builtin(dir, *force)? {
                crate::say::info(&format!("wrote {}", path.display()));
            }
            Ok(0)
        }
    }
}
