using System.Linq.Expressions;

namespace ChatAppraisal.Storage;

/// <summary>
/// Checks that a filter is one an index answers (see <see cref="IDocs{T}"/>), so every engine can run it the same way;
/// the sentence names the collection and the field.
/// </summary>
public static class Translatable
{
    public static void Check<T>(Collection<T> collection, Expression<Func<T, bool>> where) where T : class => Visit(collection, where.Body, where.Parameters[0]);

    static void Visit<T>(Collection<T> collection, Expression node, ParameterExpression doc) where T : class
    {
        switch (node)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse } joined:
                Visit(collection, joined.Left, doc);
                Visit(collection, joined.Right, doc);
                return;
            case BinaryExpression { NodeType: ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual } compare:
                var (field, value) = Uses(compare.Left, doc) ? (compare.Left, compare.Right) : (compare.Right, compare.Left);
                if (Uses(value, doc) || Field(field, doc) is not { } name)
                    throw Refused(collection, $"compares {compare} (one side must be a field, the other a value)");
                if (!collection.IsIndexed(name)) throw Refused(collection, $"filters on {name}, which is not indexed");
                return;
            default:
                if (Field(node, doc) is { } flag && node.Type == typeof(bool) && collection.IsIndexed(flag)) return;
                throw Refused(collection, $"uses {node}; only comparisons of indexed fields joined by && and || are allowed");
        }
    }

    static NotSupportedException Refused<T>(Collection<T> collection, string what) where T : class =>
        new($"A filter on the collection '{collection.Name}' {what}. Declare the index in its Collection, or filter in LINQ after reading.");

    static string? Field(Expression e, ParameterExpression doc) => Strip(e) is MemberExpression { Expression: { } target } m && Strip(target) == doc ? m.Member.Name : null;

    static Expression Strip(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Convert } u ? Strip(u.Operand) : e;

    static bool Uses(Expression e, ParameterExpression doc)
    {
        var finder = new ParameterFinder(doc);
        finder.Visit(e);
        return finder.Found;
    }

    /// <summary>The property an index's key expression reads (<c>s =&gt; s.PeriodId</c> → PeriodId).</summary>
    public static string FieldOf(LambdaExpression key) => Strip(key.Body) is MemberExpression m ? m.Member.Name
        : throw new ArgumentException($"An index is a field of the document, not {key}.");

    /// <summary>Both filters at once (null when both are).</summary>
    public static Expression<Func<T, bool>>? And<T>(Expression<Func<T, bool>>? left, Expression<Func<T, bool>>? right)
    {
        if (left is null) return right;
        if (right is null) return left;
        var body = new Rebind(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, body), left.Parameters);
    }

    sealed class ParameterFinder(ParameterExpression doc) : ExpressionVisitor
    {
        public bool Found;
        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == doc;
            return node;
        }
    }

    sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
