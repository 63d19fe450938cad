extension PostgresStore {
    /// The versioned schema: each migration is a list of statements, applied once in order and
    /// recorded in `schema_migration`, the PostgreSQL counterpart of GRDB's migrator.
    static let migrations: [(id: String, statements: [String])] = [
        ("v1-documents-items-tracker", [
            """
            CREATE TABLE document (
                id TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                format TEXT NOT NULL,
                title TEXT,
                authority TEXT,
                kind TEXT NOT NULL,
                date TEXT,
                page_count INTEGER
            )
            """,
            "CREATE INDEX document_source ON document(source)",
            """
            CREATE TABLE item (
                id BIGSERIAL PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                item_id TEXT NOT NULL,
                domain TEXT,
                label TEXT,
                text TEXT NOT NULL,
                location TEXT NOT NULL,
                tracked_id TEXT,
                tsv TSVECTOR NOT NULL,
                UNIQUE (document_id, item_id)
            )
            """,
            "CREATE INDEX item_tsv ON item USING GIN (tsv)",
            """
            CREATE TABLE item_tag (
                item_rowid BIGINT NOT NULL REFERENCES item(id) ON DELETE CASCADE,
                set_question TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (item_rowid, set_question)
            )
            """,
            "CREATE INDEX item_tag_question ON item_tag(set_question)",
            """
            CREATE TABLE tracked_item (
                id TEXT PRIMARY KEY,
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
            )
            """,
            "CREATE INDEX tracked_item_authority ON tracked_item(authority_key, kind)",
            """
            CREATE TABLE observation (
                sequence BIGSERIAL PRIMARY KEY,
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
            )
            """,
            "CREATE INDEX observation_tracked ON observation(tracked_id)",
            "CREATE INDEX observation_document ON observation(document_id)",
        ]),
    ]
}
