using Microsoft.Data.Sqlite;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// Schema step 4: search as an index. One row per folded term of a node (its id, each name, its acronym) in
/// <c>node_search_terms</c>, and an FTS5 trigram index over the terms, so a search reads the index instead of scanning
/// every node. The terms are folded in .NET (<see cref="SearchTermsJson"/>, kept in <c>nodes.search_text</c>) and
/// copied by triggers, in the same transaction as the change to the node, whatever statement makes it; the step
/// rewrites <c>search_text</c> of the nodes a database already holds, which fills the index.
/// </summary>
internal static class SearchIndexMigration
{
    /// <summary>
    /// A batch with this many node writes (a seed, an import) leaves the trigram index in many small segments, which
    /// every search then reads: it merges them before it commits (about 0.2 s for 15,000 nodes; searches after it
    /// take a third less).
    /// </summary>
    public const int OptimizeAfterNodeWrites = 1_000;

    public static readonly Migration Step = new(4, "a full-text trigram index of the search terms", """
        -- name_length is the length of the node's display name (the same on each of its rows): the order after the rank.
        CREATE TABLE node_search_terms (
            node_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            term TEXT NOT NULL,
            name_length INTEGER NOT NULL
        );
        CREATE INDEX node_search_terms_by_node ON node_search_terms (node_id);
        -- Exact terms and name prefixes, the best matches, are seeks here; the trigrams are read only when they are too few.
        CREATE INDEX node_search_terms_by_term ON node_search_terms (term, kind);

        -- Trigrams find any substring of three characters or more; the terms are folded already, so case matters no
        -- more and is kept (case_sensitive 1), which makes a phrase match exactly the substring.
        CREATE VIRTUAL TABLE node_search_trigrams USING fts5(
            term, content = 'node_search_terms', content_rowid = 'rowid', tokenize = 'trigram case_sensitive 1');

        CREATE TRIGGER node_search_terms_indexed AFTER INSERT ON node_search_terms
        BEGIN
            INSERT INTO node_search_trigrams (rowid, term) VALUES (NEW.rowid, NEW.term);
        END;
        CREATE TRIGGER node_search_terms_unindexed AFTER DELETE ON node_search_terms
        BEGIN
            INSERT INTO node_search_trigrams (node_search_trigrams, rowid, term) VALUES ('delete', OLD.rowid, OLD.term);
        END;
        CREATE TRIGGER node_search_terms_reindexed AFTER UPDATE ON node_search_terms
        BEGIN
            INSERT INTO node_search_trigrams (node_search_trigrams, rowid, term) VALUES ('delete', OLD.rowid, OLD.term);
            INSERT INTO node_search_trigrams (rowid, term) VALUES (NEW.rowid, NEW.term);
        END;

        CREATE TRIGGER nodes_index_new_search_terms AFTER INSERT ON nodes
        BEGIN
            INSERT INTO node_search_terms (node_id, kind, term, name_length)
            SELECT NEW.id, json_extract(t.value, '$[0]'), json_extract(t.value, '$[1]'), json_extract(NEW.search_text, '$.nameLength')
            FROM json_each(NEW.search_text, '$.terms') AS t;
        END;
        CREATE TRIGGER nodes_reindex_changed_search_terms AFTER UPDATE OF id, search_text ON nodes
        WHEN OLD.id IS NOT NEW.id OR OLD.search_text IS NOT NEW.search_text
        BEGIN
            DELETE FROM node_search_terms WHERE node_id = OLD.id;
            INSERT INTO node_search_terms (node_id, kind, term, name_length)
            SELECT NEW.id, json_extract(t.value, '$[0]'), json_extract(t.value, '$[1]'), json_extract(NEW.search_text, '$.nameLength')
            FROM json_each(NEW.search_text, '$.terms') AS t;
        END;
        CREATE TRIGGER nodes_unindex_deleted_search_terms AFTER DELETE ON nodes
        BEGIN
            DELETE FROM node_search_terms WHERE node_id = OLD.id;
        END;
        """,
        FillAsync);

    /// <summary>Rewrites every node's <c>search_text</c> in the new form; the triggers above index each one.</summary>
    private static async Task FillAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = new List<(string Id, string SearchText)>();
        await using (var read = connection.Command("SELECT id, properties FROM nodes", transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var nodeId = reader.GetString(0);
                rows.Add((nodeId, SearchTermsJson.For(nodeId, PropertyJson.Read(reader.GetFieldValue<byte[]>(1)))));
            }
        }
        await using var write = connection.Command("UPDATE nodes SET search_text = @searchText WHERE id = @id", transaction);
        var id = write.Parameters.Add("@id", SqliteType.Text);
        var searchText = write.Parameters.Add("@searchText", SqliteType.Text);
        foreach (var row in rows)
        {
            (id.Value, searchText.Value) = (row.Id, row.SearchText);
            await write.ExecuteNonQueryAsync(cancellationToken);
        }
        await OptimizeAsync(connection, transaction, cancellationToken);
    }

    /// <summary>Merges the trigram index into one segment (FTS5's <c>optimize</c>), inside the caller's transaction.</summary>
    public static async Task OptimizeAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var optimize = connection.Command(
            "INSERT INTO node_search_trigrams (node_search_trigrams) VALUES ('optimize')", transaction);
        await optimize.ExecuteNonQueryAsync(cancellationToken);
    }
}
