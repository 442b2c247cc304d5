using Npgsql;
using NpgsqlTypes;

namespace ChatAppraisal.Storage.Postgres;

/// <summary>
/// Files' bytes as rows: the file list (id, name, length) and its chunks (bytea of <see cref="ChunkSize"/> each, numbered),
/// named as the LiteDB file names its storage. A file is read a chunk at a time (<see cref="OpenRead"/>), never whole.
/// </summary>
sealed class PostgresFileBytes(PostgresEngine engine, FileCollection files) : IFileBytes
{
    /// <summary>LiteDB's chunk size: a 20 MB file is 81 rows, and a reader holds one at a time.</summary>
    public const int ChunkSize = 255 * 1024;

    readonly string _files = PgTable<object>.Quote(files.Name), _chunks = PgTable<object>.Quote(files.Chunks);

    public static IEnumerable<string> Ddl(FileCollection files)
    {
        var list = PgTable<object>.Quote(files.Name);
        var chunks = PgTable<object>.Quote(files.Chunks);
        yield return $"CREATE TABLE IF NOT EXISTS {list} (id text COLLATE \"C\" PRIMARY KEY, file_name text NOT NULL, length bigint NOT NULL, uploaded timestamptz NOT NULL DEFAULT now())";
        yield return $"CREATE TABLE IF NOT EXISTS {chunks} (file_id text COLLATE \"C\" NOT NULL, n integer NOT NULL, data bytea NOT NULL, PRIMARY KEY (file_id, n))";
    }

    public void Upload(string id, string fileName, byte[] content) => engine.Run(connection =>
    {
        Execute(connection, $"DELETE FROM {_chunks} WHERE file_id = $1", Text(id));
        Execute(connection, $"INSERT INTO {_files} (id, file_name, length) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET file_name = EXCLUDED.file_name, length = EXCLUDED.length, uploaded = now()",
            Text(id), Text(fileName), new NpgsqlParameter { Value = (long)content.Length, NpgsqlDbType = NpgsqlDbType.Bigint });
        for (int n = 0, at = 0; at < content.Length; n++, at += ChunkSize)
        {
            var chunk = new ArraySegment<byte>(content, at, Math.Min(ChunkSize, content.Length - at));
            Execute(connection, $"INSERT INTO {_chunks} (file_id, n, data) VALUES ($1, $2, $3)", Text(id),
                new NpgsqlParameter { Value = n, NpgsqlDbType = NpgsqlDbType.Integer },
                new NpgsqlParameter<ArraySegment<byte>> { TypedValue = chunk, NpgsqlDbType = NpgsqlDbType.Bytea });
        }
        return true;
    });

    public byte[]? Download(string id)
    {
        using var stream = OpenRead(id);
        if (stream is null) return null;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public Stream? OpenRead(string id)
    {
        var length = engine.Run(connection =>
        {
            using var command = new NpgsqlCommand($"SELECT length FROM {_files} WHERE id = $1", connection);
            command.Parameters.Add(Text(id));
            return command.ExecuteScalar() as long?;
        });
        return length is { } bytes ? new ChunkStream(this, id, bytes) : null;
    }

    public bool Delete(string id) => engine.Run(connection =>
    {
        Execute(connection, $"DELETE FROM {_chunks} WHERE file_id = $1", Text(id));
        return Execute(connection, $"DELETE FROM {_files} WHERE id = $1", Text(id)) > 0;
    });

    public long TotalBytes() => engine.Run(connection =>
    {
        using var command = new NpgsqlCommand($"SELECT COALESCE(sum(length), 0)::bigint FROM {_files}", connection);
        return (long)command.ExecuteScalar()!;
    });

    byte[] Chunk(string id, int n) => engine.Run(connection =>
    {
        using var command = new NpgsqlCommand($"SELECT data FROM {_chunks} WHERE file_id = $1 AND n = $2", connection);
        command.Parameters.Add(Text(id));
        command.Parameters.Add(new NpgsqlParameter { Value = n, NpgsqlDbType = NpgsqlDbType.Integer });
        return command.ExecuteScalar() as byte[] ?? throw new IOException($"Chunk {n} of the file '{id}' is missing from {_chunks}.");
    });

    static NpgsqlParameter Text(string value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Text };

    static int Execute(NpgsqlConnection connection, string sql, params NpgsqlParameter[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>A file read one chunk (one query) at a time: at most one chunk in memory.</summary>
    sealed class ChunkStream(PostgresFileBytes owner, string id, long length) : Stream
    {
        byte[] _chunk = [];
        int _chunkNumber = -1;
        long _position;

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => _position = Math.Clamp(value, 0, length);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position >= length || buffer.Length == 0) return 0;
            var n = (int)(_position / ChunkSize);
            if (n != _chunkNumber)
            {
                _chunk = owner.Chunk(id, n);
                _chunkNumber = n;
            }
            var at = (int)(_position % ChunkSize);
            var take = Math.Min(buffer.Length, _chunk.Length - at);
            if (take <= 0) throw new IOException($"The file '{id}' is shorter than its recorded {length} bytes.");
            _chunk.AsSpan(at, take).CopyTo(buffer);
            _position += take;
            return take;
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
