using System.Text.Json;
using System.Text.Json.Serialization;
using EcomErp.Workflows.Persistence;

namespace EcomErp.Workflows.Runtime;

/// <summary>
/// Rows read as <c>to_jsonb(row)</c> by hand-written batches, turned back into records and tracked by the
/// session's context exactly as if a query had loaded them, so that changes to them are saved as usual.
/// </summary>
internal static class RowJson
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json)!;

    /// <summary>Tracks a row as unchanged, or returns the copy the context already tracks under the same key.</summary>
    public static T Track<T>(WorkflowDbContext db, T row)
        where T : class
    {
        var key = db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties[0].PropertyInfo!;
        var id = key.GetValue(row);
        var tracked = db.ChangeTracker.Entries<T>().FirstOrDefault(e => Equals(key.GetValue(e.Entity), id));
        if (tracked is not null)
        {
            return tracked.Entity;
        }

        db.Attach(row);
        return row;
    }
}
