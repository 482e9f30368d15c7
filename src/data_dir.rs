//! Where zhulao keeps its data: `--data-dir`, else `ZHULAO_DATA_DIR`, else the platform's
//! data directory (e.g. `~/.local/share/zhulao` on Linux, `%APPDATA%\zhulao\data` on Windows).

use std::path::PathBuf;

/// The environment variable that names the data folder.
pub const ENV_VAR: &str = "ZHULAO_DATA_DIR";

/// Resolves the data folder from the command line, the environment and the platform.
pub fn resolve(cli: Option<PathBuf>, env: Option<std::ffi::OsString>) -> PathBuf {
    if let Some(dir) = cli {
        return dir;
    }
    if let Some(dir) = env.filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("org", "zhulao", "zhulao")
        .map(|p| p.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("zhulao-data"))
}

/// The user's own lessons folder inside the data folder.
pub fn lessons_dir(data_dir: &std::path::Path) -> PathBuf {
    data_dir.join("lessons")
}

/// The index of the lesson folders' headers, so unchanged files are not read at start-up.
pub fn lesson_index(data_dir: &std::path::Path) -> PathBuf {
    data_dir.join("lesson-index.txt")
}

/// Creates `dir` (and its parents) if needed; a folder created here is its owner's only
/// (0700 on Unix): it holds learners' names and notes.
pub fn create_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Makes `path` readable and writable by its owner only (0600 on Unix; elsewhere the
/// folder's permissions decide). A missing file is left missing.
pub fn make_private(path: &std::path::Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        match std::fs::metadata(path) {
            Ok(meta) if meta.permissions().mode() & 0o077 != 0 => {
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
            }
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_wins_then_environment() {
        let cli = Some(PathBuf::from("/a"));
        assert_eq!(resolve(cli, Some("/b".into())), PathBuf::from("/a"));
        assert_eq!(resolve(None, Some("/b".into())), PathBuf::from("/b"));
        assert_ne!(resolve(None, Some("".into())), PathBuf::from(""));
    }
}
