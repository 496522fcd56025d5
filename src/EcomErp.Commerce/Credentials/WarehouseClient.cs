namespace EcomErp.Commerce.Credentials;

/// <summary>A warehouse, 3PL or supplier that confirms shipments for the nodes it runs.</summary>
public sealed class WarehouseClient
{
    private WarehouseClient()
    {
    }

    /// <summary>The client's code, which its API keys name.</summary>
    public string Code { get; private set; } = "";

    /// <summary>The client's name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The node codes it ships from.</summary>
    public List<string> Nodes { get; private set; } = [];

    /// <summary>A client for <paramref name="nodes"/>.</summary>
    public static WarehouseClient Create(string code, string name, IEnumerable<string> nodes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var client = new WarehouseClient { Code = code };
        client.Change(name, nodes);
        return client;
    }

    /// <summary>Renames the client and replaces its nodes.</summary>
    public void Change(string name, IEnumerable<string> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        Name = string.IsNullOrWhiteSpace(name) ? Code : name;
        Nodes = [.. nodes.Distinct(StringComparer.Ordinal)];
    }
}
