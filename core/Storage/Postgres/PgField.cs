using System.Globalization;
using System.Text.Json;
using ChatAppraisal.Storage.LiteDb;
using NpgsqlTypes;

namespace ChatAppraisal.Storage.Postgres;

/// <summary>
/// How a document's field is read in SQL, chosen by how the mapping keeps its type (<see cref="DocumentJson"/>): a string or
/// an enum's name as text in byte order, a number as a number, a long or a decimal from its exact tagged text, a time by
/// its fixed-width UTC text (which sorts as the time does). An index and a filter on the field use the same expression,
/// so the planner answers the filter from the index.
/// </summary>
sealed class PgField
{
    enum Kind { Text, Integer, Float, Bool, Long, Decimal, TaggedText }

    readonly Kind _kind;
    readonly string? _tag;
    readonly Type _type;
    readonly DocumentJson _json;

    PgField(string sql, Kind kind, string? tag, Type type, DocumentJson json)
    {
        Sql = sql;
        _kind = kind;
        _tag = tag;
        _type = type;
        _json = json;
    }

    /// <summary>The SQL expression (in parentheses) that reads the field.</summary>
    public string Sql { get; }

    public NpgsqlDbType DbType => _kind switch
    {
        Kind.Integer or Kind.Long => NpgsqlDbType.Bigint,
        Kind.Float => NpgsqlDbType.Double,
        Kind.Bool => NpgsqlDbType.Boolean,
        Kind.Decimal => NpgsqlDbType.Numeric,
        _ => NpgsqlDbType.Text,
    };

    /// <summary>The id column's SQL type for an id of this kind.</summary>
    public string ColumnType => _kind switch
    {
        Kind.Integer or Kind.Long => "bigint",
        Kind.Float => "double precision",
        Kind.Decimal => "numeric",
        Kind.Bool => "boolean",
        _ => "text COLLATE \"C\"",
    };

    /// <summary>Whether 0 means "assign one" (LiteDB's auto-id for int and long ids).</summary>
    public bool AutoNumbered => _kind is Kind.Integer or Kind.Long;

    /// <summary>The document's JSON for a number the SQL expression <paramref name="number"/> gives (an id the database assigns).</summary>
    public string JsonOfNumber(string number) => _kind switch
    {
        Kind.Integer => $"to_jsonb({number})",
        Kind.Long => $"jsonb_build_object('$numberLong', ({number})::text)",
        _ => throw new NotSupportedException($"A {_type.Name} is not numbered by the database."),
    };

    /// <summary>The field of <paramref name="type"/> named <paramref name="field"/> in the document; the id column for the id.</summary>
    public static PgField For(Type type, string field, DocumentJson json)
    {
        var clr = Nullable.GetUnderlyingType(type) ?? type;
        var path = $"doc->'{field.Replace("'", "''")}'";
        var sample = clr == typeof(string) ? "\"\"" : json.Value(clr.IsValueType ? Activator.CreateInstance(clr) : null);
        using var parsed = JsonDocument.Parse(sample);
        var root = parsed.RootElement;
        return root.ValueKind switch
        {
            JsonValueKind.String => new($"((doc->>'{field}') COLLATE \"C\")", Kind.Text, null, clr, json),
            JsonValueKind.Number when sample.Contains('.') => new($"((doc->>'{field}')::float8)", Kind.Float, null, clr, json),
            JsonValueKind.Number => new($"((doc->>'{field}')::bigint)", Kind.Integer, null, clr, json),
            JsonValueKind.True or JsonValueKind.False => new($"((doc->>'{field}')::boolean)", Kind.Bool, null, clr, json),
            JsonValueKind.Object when root.EnumerateObject().ToList() is [{ Name: ['$', ..] name }] => name switch
            {
                "$numberLong" => new($"(({path}->>'$numberLong')::bigint)", Kind.Long, name, clr, json),
                "$numberDecimal" => new($"(({path}->>'$numberDecimal')::numeric)", Kind.Decimal, name, clr, json),
                _ => new($"(({path}->>'{name}') COLLATE \"C\")", Kind.TaggedText, name, clr, json),
            },
            _ => throw new NotSupportedException($"A field of type {clr.Name} ('{field}') cannot be indexed or filtered on PostgreSQL: index a string, number, bool or time."),
        };
    }

    /// <summary>The id column itself (its type follows the id's kind).</summary>
    public static PgField Id(Type idType, DocumentJson json)
    {
        var field = For(idType, "_id", json);
        return new PgField("id", field._kind, field._tag, field._type, json);
    }

    /// <summary>A value as the parameter compared with <see cref="Sql"/> (an enum's number becomes its name, a time its text).</summary>
    public object Parameter(object value)
    {
        if (_type.IsEnum && value.GetType() != _type) value = Enum.ToObject(_type, value);
        else if (!_type.IsEnum && value.GetType() != _type && value is IConvertible && _type != typeof(object))
            value = Convert.ChangeType(value, _type, CultureInfo.InvariantCulture);
        switch (_kind)
        {
            case Kind.Integer:
            case Kind.Long:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case Kind.Float:
                return Convert.ToDouble(value, CultureInfo.InvariantCulture);
            case Kind.Decimal:
                return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            case Kind.Bool:
                return (bool)value;
        }
        using var parsed = JsonDocument.Parse(_json.Value(value));
        var root = parsed.RootElement;
        return (_tag is null ? root : root.GetProperty(_tag)).GetString() ?? "";
    }
}
