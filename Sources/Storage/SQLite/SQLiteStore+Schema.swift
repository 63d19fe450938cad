import GRDB

extension SQLiteStore {
    /// The versioned schema: each migration runs once, in order, recorded by GRDB.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents-items-tracker") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id TEXT PRIMARY KEY NOT NULL,
                    source TEXT NOT NULL,
                    format TEXT NOT NULL,
                    title TEXT,
                    authority TEXT,
                    kind TEXT NOT NULL,
                    date TEXT,
                    page_count INTEGER
                );
                CREATE INDEX document_source ON document(source);
                CREATE TABLE item (
                    id INTEGER PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    item_id TEXT NOT NULL,
                    domain TEXT,
                    label TEXT,
                    text TEXT NOT NULL,
                    location TEXT NOT NULL,
                    tracked_id TEXT,
                    UNIQUE (document_id, item_id)
                );
                CREATE TABLE item_tag (
                    item_rowid INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
                    set_question TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (item_rowid, set_question)
                );
                CREATE INDEX item_tag_question ON item_tag(set_question);
                CREATE VIRTUAL TABLE item_fts USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');
                CREATE TABLE tracked_item (
                    id TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL,
                    authority_key TEXT NOT NULL,
                    authority TEXT,
                    label TEXT,
                    theme TEXT,
                    text TEXT NOT NULL,
                    owners TEXT NOT NULL DEFAULT '[]',
                    due TEXT,
                    status TEXT,
                    status_date TEXT,
                    progress TEXT,
                    observation_count INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX tracked_item_authority ON tracked_item(authority_key, kind);
                CREATE TABLE observation (
                    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                    tracked_id TEXT NOT NULL REFERENCES tracked_item(id) ON DELETE CASCADE,
                    document_id TEXT REFERENCES document(id) ON DELETE CASCADE,
                    date TEXT,
                    label TEXT,
                    theme TEXT,
                    text TEXT,
                    owners TEXT NOT NULL DEFAULT '[]',
                    due TEXT,
                    status TEXT,
                    note TEXT,
                    recorded_by TEXT
                );
                CREATE INDEX observation_tracked ON observation(tracked_id);
                CREATE INDEX observation_document ON observation(document_id);
                """)
        }
        return migrator
    }
}
