using System.Text.Json.Nodes;
using Npgsql;

namespace EcomErp.Workflows.Activities;

/// <summary>What an activity gets to work with: the variables it may read, and the step's open transaction.</summary>
public sealed class ActivityContext
{
    private readonly Dictionary<string, JsonNode?> outputs = new(StringComparer.Ordinal);

    internal ActivityContext(
        ActivityTarget target,
        IReadOnlyDictionary<string, JsonNode?> variables,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        DateTimeOffset now)
    {
        Now = now;
        Target = target;
        Variables = variables;
        Connection = connection;
        Transaction = transaction;
    }

    public ActivityTarget Target { get; }

    /// <summary>
    /// The step's instant. The engine stamps the step's journal, waits and end with it, so an activity that
    /// stamps its own rows with it too keeps one step's records on one clock.
    /// </summary>
    public DateTimeOffset Now { get; }

    public Guid InstanceId => Target.InstanceId;

    public string? BusinessKey => Target.BusinessKey;

    public string ElementId => Target.ElementId;

    /// <summary>The instance's variables as the activity sees them, after input mappings.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Variables { get; }

    public NpgsqlConnection Connection { get; }

    public NpgsqlTransaction Transaction { get; }

    /// <summary>The values the activity produced; they become variables unless output mappings say otherwise.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Outputs => outputs;

    public JsonNode? Variable(string name) => Variables.TryGetValue(name, out var value) ? value : null;

    public void SetOutput(string name, JsonNode? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        outputs[name] = value;
    }
}
