using System.Globalization;
using System.Linq.Expressions;
using Npgsql;
using NpgsqlTypes;

namespace ChatAppraisal.Storage.Postgres;

/// <summary>
/// A collection as a table (<see cref="PgTable{T}"/>). Reads are read whole before they are returned (a connection goes
/// back to the pool at once); inside the unit of work's transaction everything runs on its connection.
/// </summary>
sealed class PostgresDocs<T>(PostgresEngine engine, PgTable<T> table) : IDocs<T> where T : class
{
    public Collection<T> Collection => table.Collection;

    public T? FindById(object id)
    {
        if (engine.Writing is not { } open) return Stored(id) is { } found ? engine.Json.Deserialize<T>(found) : null;
        // Kept as text, so that each caller gets a document of its own to change, as from a read.
        var read = open.ReadById.TryGetValue(table.Name, out var kept) ? kept : open.ReadById[table.Name] = [];
        var key = Convert.ToString(table.Id.Parameter(id), CultureInfo.InvariantCulture)!;
        if (!read.TryGetValue(key, out var json)) read[key] = json = Stored(id);
        return json is null ? null : engine.Json.Deserialize<T>(json);
    }

    string? Stored(object id) => engine.Run(connection =>
    {
        using var command = Command(connection, $"SELECT doc::text FROM {table.Name} WHERE id = $1", IdParameter(id));
        return command.ExecuteScalar() as string;
    });

    /// <summary>Before a write to the table: the rows the transaction read from it by id may be what it changes.</summary>
    void Changing() => engine.Writing?.ReadById.Remove(table.Name);

    public IEnumerable<T> FindAll() => Query($"SELECT doc::text FROM {table.Name} ORDER BY id", []);

    public IEnumerable<T> Find(Expression<Func<T, bool>> where)
    {
        var parameters = new List<NpgsqlParameter>();
        var condition = PgFilter.Where(table, where, parameters);
        return Query($"SELECT doc::text FROM {table.Name} WHERE {condition} ORDER BY id", parameters);
    }

    public T? FindOne(Expression<Func<T, bool>> where)
    {
        var parameters = new List<NpgsqlParameter>();
        var condition = PgFilter.Where(table, where, parameters);
        return Query($"SELECT doc::text FROM {table.Name} WHERE {condition} ORDER BY id LIMIT 1", parameters).FirstOrDefault();
    }

    public IEnumerable<T> FindByIdPrefix(string prefix)
    {
        // A key range of the byte-ordered text key: LIKE 'prefix%' with the prefix's own % and _ escaped.
        var pattern = prefix.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        return Query($"SELECT doc::text FROM {table.Name} WHERE id LIKE $1 ORDER BY id", [new NpgsqlParameter { Value = pattern, NpgsqlDbType = NpgsqlDbType.Text }]);
    }

    public DocPage<T> Page(Expression<Func<T, bool>>? where, bool newestFirst, long skip, int take)
    {
        var parameters = new List<NpgsqlParameter>();
        var condition = where is null ? "true" : PgFilter.Where(table, where, parameters);
        var total = Scalar<long>($"SELECT count(*) FROM {table.Name} WHERE {condition}", parameters);
        if (skip >= total || take <= 0) return new DocPage<T>((int)total, []);
        var again = parameters.Select(p => p.Clone()).ToList();
        again.Add(new NpgsqlParameter { Value = skip, NpgsqlDbType = NpgsqlDbType.Bigint });
        again.Add(new NpgsqlParameter { Value = take, NpgsqlDbType = NpgsqlDbType.Integer });
        var items = Query($"SELECT doc::text FROM {table.Name} WHERE {condition} ORDER BY id {(newestFirst ? "DESC" : "")} OFFSET ${again.Count - 1} LIMIT ${again.Count}", again);
        return new DocPage<T>((int)total, items);
    }

    public IReadOnlyList<T> Take(Expression<Func<T, bool>>? where, bool newestFirst, int take)
    {
        if (take <= 0) return [];
        var parameters = new List<NpgsqlParameter>();
        var condition = where is null ? "true" : PgFilter.Where(table, where, parameters);
        parameters.Add(new NpgsqlParameter { Value = take, NpgsqlDbType = NpgsqlDbType.Integer });
        return Query($"SELECT doc::text FROM {table.Name} WHERE {condition} ORDER BY id {(newestFirst ? "DESC" : "")} LIMIT ${parameters.Count}", parameters);
    }

    public int Count(Expression<Func<T, bool>>? where = null)
    {
        var parameters = new List<NpgsqlParameter>();
        var condition = where is null ? "true" : PgFilter.Where(table, where, parameters);
        return (int)Scalar<long>($"SELECT count(*) FROM {table.Name} WHERE {condition}", parameters);
    }

    public void Insert(T doc)
    {
        Changing();
        engine.Run(connection => InsertOne(connection, doc));
    }

    public int InsertBulk(IEnumerable<T> docs) => engine.Run(connection =>
    {
        Changing();
        var count = 0;
        foreach (var doc in docs)
        {
            InsertOne(connection, doc);
            count++;
        }
        return count;
    });

    public bool Update(T doc)
    {
        var id = table.IdProperty.GetValue(doc);
        if (id is null) return false;
        Changing();
        return engine.Run(connection => Execute(connection, $"UPDATE {table.Name} SET doc = $2 WHERE id = $1", IdParameter(id), Document(doc)) > 0);
    }

    public bool Upsert(T doc) => engine.Run(connection =>
    {
        Changing();
        if (NeedsNumber(doc)) return InsertNumbered(connection, doc);
        var id = table.IdProperty.GetValue(doc)!;
        KeepSequenceAhead(connection, id);
        using var command = Command(connection, $"INSERT INTO {table.Name} (id, doc) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc RETURNING (xmax = 0)",
            IdParameter(id), Document(doc));
        return (bool)command.ExecuteScalar()!;
    });

    public bool Delete(object id) => engine.Run(connection =>
    {
        Changing();
        return Execute(connection, $"DELETE FROM {table.Name} WHERE id = $1", IdParameter(id)) > 0;
    });

    public int DeleteMany(Expression<Func<T, bool>> where)
    {
        var parameters = new List<NpgsqlParameter>();
        var condition = PgFilter.Where(table, where, parameters);
        Changing();
        return engine.Run(connection => Execute(connection, $"DELETE FROM {table.Name} WHERE {condition}", [.. parameters]));
    }

    public DocVersion? VersionOfFirst(Expression<Func<T, bool>> where)
    {
        var parameters = new List<NpgsqlParameter>();
        var condition = PgFilter.Where(table, where, parameters);
        // xmin: the transaction that wrote the row's current version; every update makes a new one.
        return engine.Run(connection =>
        {
            using var command = Command(connection, $"SELECT id::text, xmin::text::bigint FROM {table.Name} WHERE {condition} ORDER BY id LIMIT 1", [.. parameters]);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new DocVersion(reader.GetString(0), reader.GetInt64(1)) : null;
        });
    }

    bool InsertOne(NpgsqlConnection connection, T doc)
    {
        if (NeedsNumber(doc)) return InsertNumbered(connection, doc);
        KeepSequenceAhead(connection, table.IdProperty.GetValue(doc));
        Execute(connection, $"INSERT INTO {table.Name} (id, doc) VALUES ($1, $2)", IdParameter(table.IdProperty.GetValue(doc)!), Document(doc));
        return true;
    }

    /// <summary>An int or long id of 0 gets the table's next number, as LiteDB's auto-id does.</summary>
    bool NeedsNumber(T doc) => table.Id.AutoNumbered && Convert.ToInt64(table.IdProperty.GetValue(doc)) == 0;

    /// <summary>Inserts the document under the table's next number, taken and written into it by the insert itself (one round trip), and sets it on the document.</summary>
    bool InsertNumbered(NpgsqlConnection connection, T doc)
    {
        using var command = Command(connection,
            $"INSERT INTO {table.Name} (id, doc) SELECT n, $1 || jsonb_build_object('_id', {table.Id.JsonOfNumber("n")}) FROM nextval('{table.Sequence.Replace("'", "''")}') AS n RETURNING id",
            Document(doc));
        var next = (long)command.ExecuteScalar()!;
        table.SequenceReached(next);
        table.IdProperty.SetValue(doc, Convert.ChangeType(next, table.IdProperty.PropertyType));
        return true;
    }

    /// <summary>An explicit number beyond the sequence moves it on, so an assigned id never meets it later.</summary>
    void KeepSequenceAhead(NpgsqlConnection connection, object? id)
    {
        if (!table.Id.AutoNumbered || id is null) return;
        var number = Convert.ToInt64(id);
        if (!table.MayPassSequence(number)) return;
        Execute(connection, $"SELECT setval('{table.Sequence.Replace("'", "''")}', $1) FROM {table.Sequence} WHERE $1 > CASE WHEN is_called THEN last_value ELSE 0 END",
            new NpgsqlParameter { Value = number, NpgsqlDbType = NpgsqlDbType.Bigint });
        table.SequenceReached(number);
    }

    NpgsqlParameter IdParameter(object id) => new() { Value = table.Id.Parameter(id), NpgsqlDbType = table.Id.DbType };

    NpgsqlParameter Document(T doc) => new() { Value = engine.Json.Serialize(doc), NpgsqlDbType = NpgsqlDbType.Jsonb };

    List<T> Query(string sql, IReadOnlyList<NpgsqlParameter> parameters) => engine.Run(connection =>
    {
        using var command = Command(connection, sql, [.. parameters]);
        using var reader = command.ExecuteReader();
        var found = new List<T>();
        while (reader.Read()) found.Add(engine.Json.Deserialize<T>(reader.GetString(0)));
        return found;
    });

    TValue Scalar<TValue>(string sql, IReadOnlyList<NpgsqlParameter> parameters) => engine.Run(connection =>
    {
        using var command = Command(connection, sql, [.. parameters.Select(p => p.Clone())]);
        return (TValue)command.ExecuteScalar()!;
    });

    static int Execute(NpgsqlConnection connection, string sql, params NpgsqlParameter[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        return command;
    }
}
