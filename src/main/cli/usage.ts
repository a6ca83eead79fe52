export const usage = `Siaga admin command line

Usage: npm run siaga -- <command> [options]

Commands:
  info    --data-dir DIR              Print app.info of a data directory as JSON
  diagnostics --data-dir DIR [--out FILE]
                                      What to hand the office's IT person: versions, the store's
                                      checks, rows per table, queues, the desk's recent errors
                                      (no records, no personal data, no secrets), as JSON
  verify  --data-dir DIR [--expect-head SEQ:HASH]
                                      Check integrity, foreign keys, migration state and the
                                      audit chain; --expect-head proves nothing was cut from the
                                      end (exit 1 with a report naming the problem). With
                                      --database-url: the server's foreign keys, its append-only
                                      and four-eyes triggers, schema, audit chain, attachments;
                                      with --from FILE: a backup file
  backup  --data-dir DIR [--out FILE]
                                      A verified backup (SQLite's online backup API, integrity and
                                      foreign keys checked) into the backup folder chosen in the
                                      app, with its manifest (SHA-256, schema and app version, row
                                      counts, audit chain head), rotated 7 daily / 4 weekly / 12
                                      monthly; --out FILE: one verified copy at FILE instead.
                                      With --database-url: a logical copy of the office server
                                      in one snapshot, written as a verified Siaga file
  restore --data-dir DIR --from FILE  Replace the store with a backup after checking it (manifest
                                      SHA-256, integrity, foreign keys, schema, audit chain); the
                                      current files are moved to DIR/set-aside/<time>/, open
                                      distribution jobs are paused for review, sessions end.
                                      Close Siaga first. With --database-url: copy the checked
                                      backup into an EMPTY server database, proved like a move
  migrate --database-url URL          Create or update Siaga's tables and nothing else (run it as
                                      the role that owns the tables; docs/office-server.md)
  move-to-server --data-dir DIR --database-url URL
                                      Copy the desk's office into an empty database on the office
                                      server; before it commits, prove rows per table, the audit
                                      chain head and every attachment's SHA-256 identical. The
                                      file is left as it was. Close Siaga first
  demo    --data-dir DIR [--password P] [--contacts N]
                                      Create a fresh data directory filled with demo records:
                                      the office and one user per role (admin, staf, redaktur,
                                      pimpinan, jubir, tamu), password P (default Siaga-Demo-2026);
                                      Indonesian outlets and journalists (N of them, default 60);
                                      statements, conferences, a closed flood crisis with its full
                                      history and an open one in the initial phase (with
                                      --database-url: into an empty server database)
  users list            --data-dir DIR
  users add             --data-dir DIR --username U --full-name NAME --roles r1,r2
  users deactivate      --data-dir DIR --username U
  users reset-password  --data-dir DIR --username U
                                      Account care without signing in (recorded in the audit
                                      trail as the command line). The new password is typed at
                                      a prompt, or read from standard input, never an argument. Roles: admin, drafter,
                                      reviewer, approver, spokesperson, viewer
  statements list   --data-dir DIR [--json]
                                      Every statement: id, status, number, title (--json: all fields)
  statements export ID --format html|txt|whatsapp|x|docx|pdf|cap|site --out PATH --data-dir DIR
                                      Write one output of the statement's current revision
                                      (marked DRAF unless that revision is approved)
  contacts import FILE --data-dir DIR [--map MAP.json] [--dry-run] [--duplicates skip|merge|create]
                       [--lawful-basis consent|public_task|legitimate_interest] [--source TEXT]
                                      Import CSV/XLSX/vCard contacts like the app's wizard and print
                                      the report as JSON; MAP.json is {"Header": "field" | null}
  contacts export --format csv|xlsx|vcf --out FILE --data-dir DIR [--list NAME]
                                      Export every contact, or one list or segment
  conferences list       --data-dir DIR [--json]
                                      Every conference: id, start, zone, status, title
  conferences export-ics ID --out FILE --data-dir DIR
                                      The conference as an iCalendar file (in its own zone)
  crises list            --data-dir DIR [--json]
                                      Every crisis: id, first signal, status, phase, title
  hoaxes list            --data-dir DIR [--json]
                                      Every claim in the hoax register: id, first seen, status,
                                      verdict, claim (--json: with platforms, clarification and
                                      time to clarify)
  feeds list             --data-dir DIR [--json]
                                      The office's feeds: id, kind, health, signals, name, URL
  feeds add --kind bmkg_quake|cap|news --name TEXT --url URL --data-dir DIR [--interval MINUTES]
            [--outlet OUTLET_ID]      Subscribe to a feed (BMKG earthquakes, CAP warnings or an
                                      index of them, an outlet's RSS/Atom news); default every 5 min
  feeds poll [ID]        --data-dir DIR [--json]
                                      Read one feed, or every active feed, now: new signals and
                                      which matched the office's rules; exit 1 if a feed failed
  report crisis ID --format pdf|docx --out FILE --data-dir DIR [--language id|en]
                                      The post-crisis evaluation report (metrics, charts,
                                      timeline, lessons learned, the audit chain head)

Options:
  --data-dir DIR   Data directory. Default: $SIAGA_DATA_DIR, else the desktop app's own folder
                   (Linux ~/.config/Siaga, macOS ~/Library/Application Support/Siaga,
                   Windows %APPDATA%\\Siaga)
  --database-url URL
                   The office server instead of the data directory's file:
                   postgres://USER:PASSWORD@HOST:5432/DATABASE[?sslmode=verify-full&sslrootcert=CA.pem].
                   Default: $SIAGA_DATABASE_URL. Every command takes it
  --help           Show this text

Exit codes: 0 done, 1 a problem was found or the command failed, 2 wrong arguments.`;
