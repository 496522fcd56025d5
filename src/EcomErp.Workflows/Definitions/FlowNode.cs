namespace EcomErp.Workflows.Definitions;

/// <summary>
/// An element that tokens move through: an event, an activity or a gateway. One class covers every kind so the
/// runtime can dispatch on <see cref="Kind"/>; the properties that do not apply to a kind stay empty.
/// </summary>
public sealed class FlowNode
{
    private readonly List<SequenceFlow> incoming = [];
    private readonly List<SequenceFlow> outgoing = [];
    private readonly List<FlowNode> boundaryEvents = [];
    private readonly List<FlowNode> children = [];

    public required string Id { get; init; }

    public required ElementKind Kind { get; init; }

    /// <summary>The BPMN element name as written, for example <c>serviceTask</c>; used in messages.</summary>
    public required string TypeName { get; init; }

    public string? Name { get; init; }

    public int Line { get; init; }

    /// <summary>The subprocess that contains this node, or null at process level.</summary>
    public FlowNode? Container { get; internal set; }

    public IReadOnlyList<SequenceFlow> Incoming => incoming;

    public IReadOnlyList<SequenceFlow> Outgoing => outgoing;

    public string? DefaultFlowId { get; init; }

    public EventDefinition Event { get; init; } = EventDefinition.None;

    /// <summary>For boundary events and event-subprocess start events: whether triggering cancels the host.</summary>
    public bool IsInterrupting { get; init; } = true;

    public string? AttachedToId { get; init; }

    public FlowNode? AttachedTo { get; internal set; }

    public IReadOnlyList<FlowNode> BoundaryEvents => boundaryEvents;

    /// <summary>Nodes directly inside this subprocess.</summary>
    public IReadOnlyList<FlowNode> Children => children;

    public bool TriggeredByEvent { get; init; }

    public ActivitySettings Activity { get; init; } = ActivitySettings.Empty;

    public MultiInstance? MultiInstance { get; init; }

    public bool IsActivity => Kind is ElementKind.Task or ElementKind.ServiceTask or ElementKind.BusinessRuleTask
        or ElementKind.UserTask or ElementKind.ReceiveTask or ElementKind.SendTask or ElementKind.ScriptTask
        or ElementKind.ManualTask or ElementKind.CallActivity or ElementKind.SubProcess;

    public bool IsGateway => Kind is ElementKind.ExclusiveGateway or ElementKind.ParallelGateway
        or ElementKind.InclusiveGateway or ElementKind.EventBasedGateway;

    /// <summary>
    /// An event subprocess: runs only when one of its start events is triggered in the enclosing scope.
    /// </summary>
    public bool IsEventSubProcess => Kind == ElementKind.SubProcess && TriggeredByEvent;

    public IEnumerable<FlowNode> StartEvents => children.Where(c => c.Kind == ElementKind.StartEvent);

    public override string ToString() => $"{TypeName} '{Id}'";

    internal void AddIncoming(SequenceFlow flow) => incoming.Add(flow);

    internal void AddOutgoing(SequenceFlow flow) => outgoing.Add(flow);

    internal void AddBoundaryEvent(FlowNode boundary) => boundaryEvents.Add(boundary);

    internal void AddChild(FlowNode child) => children.Add(child);
}
