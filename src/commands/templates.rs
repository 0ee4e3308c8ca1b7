use crate::cli::TemplatesCommand;
use crate::compose::Templates;
use crate::error::Result;
use crate::i18n::report as said;
use crate::lang::Lang;

/// `poa templates export`: the built-in templates, written out for editing.
pub fn run(command: &TemplatesCommand, lang: Lang) -> Result<u8> {
    match command {
        TemplatesCommand::Export { dir, force } => {
            for path in Templates::export_builtin(dir, *force)? {
                crate::say::info(said::wrote(path.display()).get(lang));
            }
            Ok(0)
        }
    }
}
