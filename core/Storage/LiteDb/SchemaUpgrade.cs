using LiteDB;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>What opening the file did to it: created at the current schema, or upgraded (with the copy kept first).</summary>
public sealed record UpgradeReport(string Path, int? From, int To, string? Backup, IReadOnlyList<string> Steps)
{
    public override string ToString() => From is { } from
        ? $"Upgraded the database '{Path}' from schema version {from} to {To} ({string.Join("; ", Steps)}); the version {from} file is kept as '{Backup}'."
        : $"Created the database '{Path}' at schema version {To}.";
}

/// <summary>
/// The file's schema version, kept in the "schema" collection (LiteDB refuses its user-version pragma inside a transaction).
/// Files written before the version was recorded are version 3. An older file is copied to "{file}.v{N}.bak" first, then
/// every step runs in one transaction on a working copy, which replaces the original only once it has committed: a step
/// that fails leaves the original file as it was, byte for byte. A newer file is refused.
/// </summary>
public static class SchemaUpgrade
{
    /// <summary>The schema of files that do not say (written by releases before the data seam).</summary>
    public const int Unrecorded = 3;

    const string Collection = "schema", VersionKey = "version";

    public static int Current(IReadOnlyList<Migration> migrations) => migrations.Count == 0 ? Unrecorded : migrations.Max(m => m.Version);

    /// <summary>Brings the file at <paramref name="path"/> (not yet open; its lock held by the caller) to the current schema.</summary>
    public static UpgradeReport? Run(string path, IReadOnlyList<Migration> migrations)
    {
        var current = Current(migrations);
        if (File.Exists(LogFile(path)))
            using (LiteDbEngine.OpenFile(path)) { } // a crashed process's log: folded into the file, as any open would

        int? version = null;
        if (File.Exists(path)) version = Probe(path);
        if (version is null)
        {
            using var db = LiteDbEngine.OpenFile(path);
            Write(db, current);
            return new UpgradeReport(path, null, current, null, []);
        }
        if (version == current) return null;
        if (version > current)
            throw new DatabaseVersionException(
                $"The database '{path}' has schema version {version}, but this program reads schema version {current} and older: run the ChatAppraisal release that wrote it, or a newer one.");
        return Upgrade(path, version.Value, current, migrations);
    }

    static UpgradeReport Upgrade(string path, int from, int to, IReadOnlyList<Migration> migrations)
    {
        var backup = $"{path}.v{from}.bak";
        File.Copy(path, backup, overwrite: true);
        var work = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".upgrading" + Path.GetExtension(path));
        Delete(work);
        File.Copy(path, work);
        var steps = migrations.Where(m => m.Version > from).OrderBy(m => m.Version).ToList();
        var done = new List<string>();
        Migration? running = null;
        try
        {
            using (var db = LiteDbEngine.OpenFile(work))
            {
                db.BeginTrans();
                try
                {
                    foreach (var step in steps)
                    {
                        running = step;
                        step.Up(db);
                        done.Add($"{step.Version}: {step.Description}");
                    }
                    running = null;
                    Write(db, to);
                    db.Commit();
                }
                catch
                {
                    db.Rollback();
                    throw;
                }
            }
            File.Move(work, path, overwrite: true);
        }
        catch (Exception e)
        {
            Delete(work);
            var where = running is null ? "" : $" at step {running.Version} ({running.Description})";
            throw new DatabaseVersionException(
                $"Upgrading the database '{path}' from schema version {from} to {to} failed{where}: {e.Message} The file is unchanged; a copy is at '{backup}'.", e);
        }
        return new UpgradeReport(path, from, to, backup, done);
    }

    // Read-only, so that a refused or failed upgrade leaves the file's bytes as they were; LiteDB's read-only mode wants a
    // log file beside some files, and then a plain open (which folds the log in) reads it.
    static int? Probe(string path)
    {
        try
        {
            using var probe = LiteDbEngine.OpenFile(path, readOnly: true);
            return Read(probe);
        }
        catch (FileNotFoundException)
        {
            using var db = LiteDbEngine.OpenFile(path);
            return Read(db);
        }
    }

    /// <summary>The recorded version; <see cref="Unrecorded"/> for a file with data but no record; null for an empty file.</summary>
    public static int? Read(LiteDatabase db)
    {
        if (db.CollectionExists(Collection) && db.GetCollection(Collection).FindById(VersionKey) is { } doc) return doc["value"].AsInt32;
        return db.GetCollectionNames().Any() ? Unrecorded : null;
    }

    /// <summary>Records the version (inside the caller's transaction, if any).</summary>
    public static void Write(LiteDatabase db, int version) =>
        db.GetCollection(Collection).Upsert(new BsonDocument { ["_id"] = VersionKey, ["value"] = version });

    static string LogFile(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    static void Delete(string file)
    {
        File.Delete(file);
        File.Delete(LogFile(file));
    }
}
