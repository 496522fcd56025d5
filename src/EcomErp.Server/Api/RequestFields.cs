using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace EcomErp.Server.Api;

/// <summary>
/// Says in words what a request field must hold when its value could not be bound, from the type the endpoint
/// binds it to: the allowed values of an enum, a whole number, a date and time. A .NET type name means nothing to
/// a caller, so none is ever shown.
/// </summary>
internal static partial class RequestFields
{
    /// <summary>What a value of <paramref name="type"/> must be, as a reason after the field's name.</summary>
    public static string Expectation(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            _ when target.IsEnum => $"must be one of {string.Join(", ", Enum.GetNames(target))}",
            _ when target == typeof(bool) => "must be true or false",
            _ when target == typeof(int) || target == typeof(long) || target == typeof(short) =>
                "must be a whole number",
            _ when target == typeof(decimal) || target == typeof(double) || target == typeof(float) =>
                "must be a number",
            _ when target == typeof(string) => "must be a string",
            _ when target == typeof(Guid) => "must be a UUID, such as 0196a8f2-3c1e-7b4d-9a2f-5e6d7c8b9a01",
            _ when target == typeof(DateTimeOffset) || target == typeof(DateTime) =>
                "must be an ISO 8601 date and time with an offset, such as 2026-05-06T14:03:11Z",
            _ when target == typeof(TimeSpan) => "must be a duration, such as 00:05:00",
            _ when IsDictionary(target) => "must be a JSON object",
            _ when ElementType(target) is not null => "must be an array",
            _ => "must be a JSON object",
        };
    }

    /// <summary>
    /// The type a JSON path such as <c>$.lines[0].quantity</c> binds to in a request body of type
    /// <paramref name="body"/>, or null when it cannot be followed.
    /// </summary>
    public static Type? JsonTarget(Type? body, string? path)
    {
        var type = body;
        foreach (Match segment in PathSegment().Matches(path ?? ""))
        {
            if (type is null)
            {
                return null;
            }

            type = segment.Groups["index"].Success
                ? ElementType(Nullable.GetUnderlyingType(type) ?? type)
                : type.GetProperty(segment.Groups["name"].Value,
                    BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }

        return type;
    }

    /// <summary>
    /// The field and reason for a route or query value the endpoint could not bind, from the framework's message
    /// (<c>Failed to bind parameter "T name" from "value".</c>); null for any other message.
    /// </summary>
    public static (string Field, string Reason)? Parameter(Endpoint? endpoint, string message)
    {
        var match = ParameterMessage().Match(message);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        if (message.StartsWith("Required", StringComparison.Ordinal))
        {
            return (name, "is required");
        }

        var parameter = endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
            .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return (name, parameter is null ? "has a value that cannot be read" : Expectation(parameter.ParameterType));
    }

    /// <summary>A map from names to values, which JSON writes as an object although it can be enumerated.</summary>
    private static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type) || type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>)
                || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));

    private static Type? ElementType(Type type) =>
        type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type)
            ? null
            : type.IsArray
                ? type.GetElementType()
                : type.GetInterfaces().Append(type)
                    .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                    .Select(i => i.GetGenericArguments()[0])
                    .FirstOrDefault();

    [GeneratedRegex(@"\.(?<name>\w+)|\[(?<index>\d+)\]")]
    private static partial Regex PathSegment();

    [GeneratedRegex("parameter \"[^\"]* (?<name>\\w+)\"")]
    private static partial Regex ParameterMessage();
}
