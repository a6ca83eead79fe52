export const usage = `Siaga admin command line

Usage: npm run siaga -- <command> [options]

Commands:
  info    --data-dir DIR              Print app.info of a data directory as JSON
  verify  --data-dir DIR              Check integrity, foreign keys and migration state
                                      (exit 1 with a report when anything is wrong)
  backup  --data-dir DIR --out FILE   Copy the store with SQLite's online backup API and verify the copy
  demo    --data-dir DIR [--password P]
                                      Create a fresh data directory filled with demo records

Options:
  --data-dir DIR   Data directory. Default: $SIAGA_DATA_DIR, else the desktop app's own folder
                   (Linux ~/.config/Siaga, macOS ~/Library/Application Support/Siaga,
                   Windows %APPDATA%\\Siaga)
  --help           Show this text

Exit codes: 0 done, 1 a problem was found or the command failed, 2 wrong arguments.`;
