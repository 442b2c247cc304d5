using System.Linq.Expressions;
using System.Reflection;
using Npgsql;

namespace ChatAppraisal.Storage.Postgres;

/// <summary>
/// A translatable filter (<see cref="Translatable"/>) as a SQL condition with parameters ($1, $2, …): comparisons of the
/// id or an indexed field, joined by AND and OR. A missing or null field counts as less than any value, as LiteDB orders it.
/// </summary>
static class PgFilter
{
    public static string Where<T>(PgTable<T> table, Expression<Func<T, bool>> where, List<NpgsqlParameter> parameters) where T : class
    {
        Translatable.Check(table.Collection, where);
        return Visit(table, where.Body, where.Parameters[0], parameters);
    }

    static string Visit<T>(PgTable<T> table, Expression node, ParameterExpression doc, List<NpgsqlParameter> parameters) where T : class
    {
        if (node is BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse } joined)
            return $"({Visit(table, joined.Left, doc, parameters)} {(joined.NodeType == ExpressionType.AndAlso ? "AND" : "OR")} {Visit(table, joined.Right, doc, parameters)})";
        if (node is BinaryExpression compare)
        {
            var fieldOnLeft = Member(compare.Left, doc) is not null;
            var (fieldSide, valueSide) = fieldOnLeft ? (compare.Left, compare.Right) : (compare.Right, compare.Left);
            var member = Member(fieldSide, doc)!;
            var op = fieldOnLeft ? compare.NodeType : Flip(compare.NodeType);
            return Condition(table.Field(member.Name), Nullable(member), op, Evaluate(valueSide), parameters);
        }
        // A bool field alone.
        return $"({table.Field(Member(node, doc)!.Name).Sql} = true)";
    }

    static string Condition(PgField field, bool nullable, ExpressionType op, object? value, List<NpgsqlParameter> parameters)
    {
        var sql = field.Sql;
        if (value is null)
            return op switch
            {
                ExpressionType.Equal or ExpressionType.LessThanOrEqual => $"({sql} IS NULL)",
                ExpressionType.NotEqual or ExpressionType.GreaterThan => $"({sql} IS NOT NULL)",
                ExpressionType.LessThan => "false",
                _ => "true",
            };
        parameters.Add(new NpgsqlParameter { Value = field.Parameter(value), NpgsqlDbType = field.DbType });
        var p = "$" + parameters.Count;
        var orNull = nullable ? $" OR {sql} IS NULL" : "";
        return op switch
        {
            ExpressionType.Equal => $"({sql} = {p})",
            ExpressionType.NotEqual => $"({sql} IS DISTINCT FROM {p})",
            ExpressionType.LessThan => $"({sql} < {p}{orNull})",
            ExpressionType.LessThanOrEqual => $"({sql} <= {p}{orNull})",
            ExpressionType.GreaterThan => $"({sql} > {p})",
            ExpressionType.GreaterThanOrEqual => $"({sql} >= {p})",
            _ => throw new NotSupportedException($"The comparison {op} has no SQL here."),
        };
    }

    static ExpressionType Flip(ExpressionType op) => op switch
    {
        ExpressionType.LessThan => ExpressionType.GreaterThan,
        ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
        ExpressionType.GreaterThan => ExpressionType.LessThan,
        ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
        _ => op,
    };

    static bool Nullable(PropertyInfo member) => !member.PropertyType.IsValueType || System.Nullable.GetUnderlyingType(member.PropertyType) is not null;

    static PropertyInfo? Member(Expression e, ParameterExpression doc) =>
        Strip(e) is MemberExpression { Member: PropertyInfo property, Expression: { } target } && Strip(target) == doc ? property : null;

    static Expression Strip(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Convert } u ? Strip(u.Operand) : e;

    /// <summary>The value side: a constant or a captured variable read directly; anything else compiled once here.</summary>
    static object? Evaluate(Expression e)
    {
        switch (e)
        {
            case ConstantExpression c:
                return c.Value;
            case UnaryExpression { NodeType: ExpressionType.Convert } u when Evaluate(u.Operand) is var inner:
                return inner; // the field's type decides the parameter's (PgField.Parameter)
            case MemberExpression { Member: FieldInfo field } m:
                return field.GetValue(m.Expression is null ? null : Evaluate(m.Expression));
            case MemberExpression { Member: PropertyInfo property } m:
                return property.GetValue(m.Expression is null ? null : Evaluate(m.Expression));
            default:
                return Expression.Lambda(e).Compile(preferInterpretation: true).DynamicInvoke();
        }
    }
}
