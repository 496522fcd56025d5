using System.Text.Json;
using EcomErp.Workflows.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace EcomErp.Workflows.Runtime;

/// <summary>
/// Collects the journal lines of a session and writes them as one multi-row insert when it saves. A step writes
/// dozens of lines; tracking each as an entity cost more than the rest of the step.
/// </summary>
internal sealed class JournalWriter
{
    private const string InsertSql = """
        INSERT INTO workflow.journal (instance_id, at, kind, element_id, token_id, detail)
        SELECT i, a, k, e, t, d::jsonb
        FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::uuid[], $6::text[])
            WITH ORDINALITY AS line(i, a, k, e, t, d, n)
        ORDER BY n
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly List<JournalRecord> lines = [];

    public void Add(
        Guid instanceId,
        DateTimeOffset at,
        string kind,
        string? elementId,
        Guid? tokenId,
        object? detail) =>
        lines.Add(new JournalRecord
        {
            InstanceId = instanceId,
            At = at,
            Kind = kind,
            ElementId = elementId,
            TokenId = tokenId,
            Detail = detail is null ? null : JsonSerializer.Serialize(detail, Json),
        });

    /// <summary>The insert for everything collected so far, or null when there is nothing to write.</summary>
    public NpgsqlBatchCommand? TakeInsert()
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var command = new NpgsqlBatchCommand(InsertSql)
        {
            Parameters =
            {
                Array(NpgsqlDbType.Uuid, lines.Select(l => (object?)l.InstanceId)),
                Array(NpgsqlDbType.TimestampTz, lines.Select(l => (object?)l.At)),
                Array(NpgsqlDbType.Text, lines.Select(l => (object?)l.Kind)),
                Array(NpgsqlDbType.Text, lines.Select(l => (object?)l.ElementId)),
                Array(NpgsqlDbType.Uuid, lines.Select(l => (object?)l.TokenId)),
                Array(NpgsqlDbType.Text, lines.Select(l => (object?)l.Detail)),
            },
        };
        lines.Clear();
        return command;
    }

    private static NpgsqlParameter Array(NpgsqlDbType type, IEnumerable<object?> values) =>
        new() { NpgsqlDbType = NpgsqlDbType.Array | type, Value = values.Select(v => v ?? DBNull.Value).ToArray() };
}
