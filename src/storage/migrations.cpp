#include "migrations.h"

namespace coro {

namespace {

// Version 1: the first released schema. docs/storage.md describes every column.
Migration version1()
{
    Migration step;
    step.version = 1;
    step.summary = QStringLiteral("conversations, turns, answers and their search index");
    step.statements = {
        QStringLiteral(R"(CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    title_source TEXT NOT NULL DEFAULT 'default'
        CHECK (title_source IN ('default', 'prompt', 'model', 'user')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    deleted_at INTEGER,
    guide TEXT NOT NULL DEFAULT ''
))"),
        // The list page filters on archived and hides deleted rows, then sorts: the partial index
        // answers the first page without a sort step.
        QStringLiteral("CREATE INDEX conversations_list ON conversations "
                       "(archived, pinned DESC, updated_at DESC, id DESC) "
                       "WHERE deleted_at IS NULL"),
        QStringLiteral(R"(CREATE TABLE turns (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    parent_turn_id INTEGER REFERENCES turns (id) ON DELETE CASCADE,
    user_text TEXT NOT NULL,
    created_at INTEGER NOT NULL
))"),
        QStringLiteral("CREATE INDEX turns_conversation ON turns (conversation_id, id)"),
        // Without it every cascaded delete of a turn scans the table for its children.
        QStringLiteral("CREATE INDEX turns_parent ON turns (parent_turn_id)"),
        QStringLiteral(R"(CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    turn_id INTEGER NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
    slot INTEGER NOT NULL CHECK (slot >= 0),
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    parameters TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(parameters)),
    text TEXT NOT NULL DEFAULT '',
    reasoning TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'streaming'
        CHECK (status IN ('streaming', 'done', 'error', 'cancelled', 'interrupted')),
    error_code TEXT,
    error_message TEXT,
    tokens_in INTEGER,
    tokens_out INTEGER,
    ttft_ms INTEGER,
    latency_ms INTEGER,
    chosen INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
))"),
        QStringLiteral("CREATE INDEX answers_turn ON answers (turn_id, slot)"),
        // At most one answer per turn continues the conversation.
        QStringLiteral("CREATE UNIQUE INDEX answers_chosen ON answers (turn_id) WHERE chosen = 1"),

        // Full-text search. External content keeps the text once, in turns and answers.
        QStringLiteral("CREATE VIRTUAL TABLE turns_fts USING fts5 (user_text, content='turns', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2', "
                       "prefix='2 3')"),
        QStringLiteral("CREATE TRIGGER turns_fts_insert AFTER INSERT ON turns BEGIN "
                       "INSERT INTO turns_fts (rowid, user_text) VALUES (new.id, new.user_text); "
                       "END"),
        QStringLiteral("CREATE TRIGGER turns_fts_delete AFTER DELETE ON turns BEGIN "
                       "INSERT INTO turns_fts (turns_fts, rowid, user_text) "
                       "VALUES ('delete', old.id, old.user_text); END"),
        QStringLiteral("CREATE TRIGGER turns_fts_update AFTER UPDATE OF user_text ON turns BEGIN "
                       "INSERT INTO turns_fts (turns_fts, rowid, user_text) "
                       "VALUES ('delete', old.id, old.user_text); "
                       "INSERT INTO turns_fts (rowid, user_text) VALUES (new.id, new.user_text); "
                       "END"),
        // Streaming answers stay out of the index so a checkpoint is one plain UPDATE. The view
        // is the index's content table, so FTS5's rebuild and integrity-check see exactly the
        // rows the triggers index.
        QStringLiteral("CREATE VIEW answers_indexed AS "
                       "SELECT id, text FROM answers WHERE status <> 'streaming'"),
        QStringLiteral("CREATE VIRTUAL TABLE answers_fts USING fts5 (text, "
                       "content='answers_indexed', content_rowid='id', "
                       "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
        QStringLiteral("CREATE TRIGGER answers_fts_insert AFTER INSERT ON answers "
                       "WHEN new.status <> 'streaming' BEGIN "
                       "INSERT INTO answers_fts (rowid, text) VALUES (new.id, new.text); END"),
        QStringLiteral("CREATE TRIGGER answers_fts_delete AFTER DELETE ON answers "
                       "WHEN old.status <> 'streaming' BEGIN "
                       "INSERT INTO answers_fts (answers_fts, rowid, text) "
                       "VALUES ('delete', old.id, old.text); END"),
        // One trigger with ordered statements: the old entry leaves before the new one arrives.
        QStringLiteral("CREATE TRIGGER answers_fts_update AFTER UPDATE OF text, status ON answers "
                       "WHEN old.status <> 'streaming' OR new.status <> 'streaming' BEGIN "
                       "INSERT INTO answers_fts (answers_fts, rowid, text) "
                       "SELECT 'delete', old.id, old.text WHERE old.status <> 'streaming'; "
                       "INSERT INTO answers_fts (rowid, text) "
                       "SELECT new.id, new.text WHERE new.status <> 'streaming'; END"),
    };
    return step;
}

// Version 2: start-up recovery and the purge of the undo window ran as full scans of the two
// largest tables. Both partial indexes hold only the rare rows they look for.
Migration version2()
{
    Migration step;
    step.version = 2;
    step.summary = QStringLiteral("indexes for start-up recovery and purging deleted chats");
    step.statements = {
        QStringLiteral("CREATE INDEX answers_streaming ON answers (id) "
                       "WHERE status = 'streaming'"),
        QStringLiteral("CREATE INDEX conversations_deleted ON conversations (deleted_at) "
                       "WHERE deleted_at IS NOT NULL"),
    };
    return step;
}

// Version 3: a prefix query longer than the longest prefix index (3 characters) made FTS5 merge
// the doclists of every matching term into memory, twice per query (ranking, then snippets):
// `optim*` took 54 ms on a million answers. Prefix indexes for 4 and 5 characters answer such
// queries from one doclist read newest first (18 ms). FTS5 fixes its options when the table is
// created, so both indexes are made again and rebuilt from their content; the triggers name the
// tables, not their options, and stay. Costs: ~60% more index (a quarter more file), and about
// a quarter of a millisecond per stored answer, once (docs/performance.md).
Migration version3()
{
    Migration step;
    step.version = 3;
    step.summary = QStringLiteral("search index with prefix indexes up to 5 characters");
    step.statements = {
        QStringLiteral("DROP TABLE turns_fts"),
        QStringLiteral("CREATE VIRTUAL TABLE turns_fts USING fts5 (user_text, content='turns', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2', "
                       "prefix='2 3 4 5')"),
        QStringLiteral("INSERT INTO turns_fts (turns_fts) VALUES ('rebuild')"),
        QStringLiteral("DROP TABLE answers_fts"),
        QStringLiteral("CREATE VIRTUAL TABLE answers_fts USING fts5 (text, "
                       "content='answers_indexed', content_rowid='id', "
                       "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5')"),
        QStringLiteral("INSERT INTO answers_fts (answers_fts) VALUES ('rebuild')"),
    };
    return step;
}

// Version 4: who is writing a streaming answer. Start-up recovery marks an answer interrupted
// only when its writer (a process holding a lock file named after it) is gone, so one process
// never stops another's live answer; docs/storage.md.
Migration version4()
{
    Migration step;
    step.version = 4;
    step.summary = QStringLiteral("the writer of each streaming answer");
    // Recovery reads the writers of streaming answers through answers_streaming (version 2).
    step.statements = {QStringLiteral("ALTER TABLE answers ADD COLUMN writer TEXT")};
    return step;
}

// Version 5: the workspace's run history. Each run belongs to a conversation and goes with it;
// the turn and answer its code came from are remembered while they exist. Output is stored as
// the runner capped it (1 MB together by default), and each text again by RunHistory.
Migration version5()
{
    Migration step;
    step.version = 5;
    step.summary = QStringLiteral("the workspace's runs of code");
    step.statements = {
        QStringLiteral(R"(CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    turn_id INTEGER REFERENCES turns (id) ON DELETE SET NULL,
    answer_id INTEGER REFERENCES answers (id) ON DELETE SET NULL,
    language TEXT NOT NULL CHECK (language IN ('python', 'sh', 'js')),
    code TEXT NOT NULL,
    stdin TEXT NOT NULL DEFAULT '',
    stdout TEXT NOT NULL DEFAULT '',
    stderr TEXT NOT NULL DEFAULT '',
    exit_code INTEGER,
    signal INTEGER,
    limit_name TEXT,
    cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    elapsed_ms INTEGER NOT NULL DEFAULT 0,
    files TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(files)),
    created_at INTEGER NOT NULL
))"),
        // The history of one conversation, newest first, without a sort step.
        QStringLiteral("CREATE INDEX runs_conversation ON runs (conversation_id, id)"),
        // Deleting a turn or an answer (with its conversation) finds its runs without a scan.
        QStringLiteral("CREATE INDEX runs_turn ON runs (turn_id) WHERE turn_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX runs_answer ON runs (answer_id) WHERE answer_id IS NOT NULL"),
    };
    return step;
}

// Version 6: what the context library
// keeps — web search results cached per normalized query so that a repeated question costs no
// search (and survives restarts), the sources each turn was given, and which answers a fused
// answer was made from (docs/context.md).
Migration version6()
{
    Migration step;
    step.version = 6;
    step.summary = QStringLiteral("web search cache, web sources of turns, fused answers");
    step.statements = {
        QStringLiteral(R"(CREATE TABLE search_cache (
    backend TEXT NOT NULL,
    query TEXT NOT NULL,
    results TEXT NOT NULL CHECK (json_valid(results)),
    fetched_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    PRIMARY KEY (backend, query)
) WITHOUT ROWID)"),
        // Pruning removes expired rows, then the oldest beyond the bound.
        QStringLiteral("CREATE INDEX search_cache_fetched ON search_cache (fetched_at)"),
        QStringLiteral(R"(CREATE TABLE turn_web_sources (
    turn_id INTEGER PRIMARY KEY REFERENCES turns (id) ON DELETE CASCADE,
    query TEXT NOT NULL,
    backend TEXT NOT NULL,
    searched_at INTEGER NOT NULL,
    cached INTEGER NOT NULL DEFAULT 0 CHECK (cached IN (0, 1)),
    sources TEXT NOT NULL CHECK (json_valid(sources))
))"),
        QStringLiteral("ALTER TABLE answers ADD COLUMN fusion INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (fusion IN (0, 1))"),
        QStringLiteral(R"(CREATE TABLE fusion_sources (
    answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    source_answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    PRIMARY KEY (answer_id, label)
) WITHOUT ROWID)"),
        // A cascaded delete of a source answer finds its rows without a scan.
        QStringLiteral("CREATE INDEX fusion_sources_source ON fusion_sources (source_answer_id)"),
    };
    return step;
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> steps = {version1(), version2(), version3(),
                                           version4(), version5(), version6()};
    return steps;
}

} // namespace coro
