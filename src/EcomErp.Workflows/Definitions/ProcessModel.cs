namespace EcomErp.Workflows.Definitions;

/// <summary>One BPMN process, parsed and linked: every node and flow, reachable by id.</summary>
public sealed class ProcessModel
{
    private readonly Dictionary<string, FlowNode> nodes;
    private readonly Dictionary<string, SequenceFlow> flows;

    internal ProcessModel(
        string key,
        string? name,
        bool isExecutable,
        int line,
        IEnumerable<FlowNode> nodes,
        IEnumerable<SequenceFlow> flows)
    {
        Key = key;
        Name = name;
        IsExecutable = isExecutable;
        Line = line;
        this.nodes = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        this.flows = flows.ToDictionary(f => f.Id, StringComparer.Ordinal);
        TopLevel = this.nodes.Values.Where(n => n.Container is null).ToList();
    }

    /// <summary>The process id, which is the key its versions are published under.</summary>
    public string Key { get; }

    public string? Name { get; }

    public bool IsExecutable { get; }

    public int Line { get; }

    public IReadOnlyCollection<FlowNode> Nodes => nodes.Values;

    public IReadOnlyCollection<SequenceFlow> Flows => flows.Values;

    /// <summary>The nodes directly inside the process, outside any subprocess.</summary>
    public IReadOnlyList<FlowNode> TopLevel { get; }

    public FlowNode Node(string id) =>
        nodes.TryGetValue(id, out var node)
            ? node
            : throw new KeyNotFoundException($"Process '{Key}' has no element '{id}'.");

    public bool TryGetNode(string id, out FlowNode node) => nodes.TryGetValue(id, out node!);

    public SequenceFlow Flow(string id) =>
        flows.TryGetValue(id, out var flow)
            ? flow
            : throw new KeyNotFoundException($"Process '{Key}' has no sequence flow '{id}'.");

    /// <summary>The nodes of a scope: the process itself when <paramref name="container"/> is null.</summary>
    public IReadOnlyList<FlowNode> NodesIn(FlowNode? container) => container is null ? TopLevel : container.Children;
}
