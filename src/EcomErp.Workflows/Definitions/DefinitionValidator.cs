namespace EcomErp.Workflows.Definitions;

/// <summary>Checks that a linked process is one the engine can run as its author meant.</summary>
internal sealed partial class DefinitionValidator(ProcessModel model, DocumentReader reader)
{
    public void Validate()
    {
        CheckStartEvents(null, model.TopLevel);
        foreach (var node in model.Nodes)
        {
            CheckNode(node);
        }

        foreach (var flow in model.Flows.Where(f => f.Source is not null && f.Target is not null))
        {
            CheckFlow(flow);
        }
    }

    private void Problem(FlowNode node, string message) => reader.Problem(node, message);

    private void CheckNode(FlowNode node)
    {
        CheckDefaultFlow(node);
        CheckMultiInstance(node);
        CheckMappings(node);
        if (node.Event.Kind == EventKind.Unsupported)
        {
            return;
        }

        switch (node.Kind)
        {
            case ElementKind.StartEvent: CheckStartEvent(node); break;
            case ElementKind.EndEvent: CheckEndEvent(node); break;
            case ElementKind.IntermediateCatchEvent: CheckCatchEvent(node); break;
            case ElementKind.IntermediateThrowEvent: CheckThrowEvent(node); break;
            case ElementKind.BoundaryEvent: CheckBoundaryEvent(node); break;
            case ElementKind.ExclusiveGateway or ElementKind.InclusiveGateway: CheckConditionalGateway(node); break;
            case ElementKind.ParallelGateway: CheckParallelGateway(node); break;
            case ElementKind.EventBasedGateway: CheckEventBasedGateway(node); break;
            case ElementKind.SubProcess: CheckSubProcess(node); break;
            default: CheckTask(node); break;
        }
    }

    private void CheckStartEvents(FlowNode? container, IReadOnlyList<FlowNode> scope)
    {
        var starts = scope.Where(n => n.Kind == ElementKind.StartEvent).ToList();
        if (container is null && starts.Count == 0)
        {
            reader.Problem(new FlowNode { Id = model.Key, Kind = ElementKind.SubProcess, TypeName = "process",
                Line = model.Line }, "the process has no start event");
        }

        if (starts.Count(s => s.Event.Kind == EventKind.None) > 1)
        {
            Problem(starts.Last(s => s.Event.Kind == EventKind.None),
                "a scope may have only one none start event, so that it is clear where a token begins");
        }
    }

    private void CheckStartEvent(FlowNode node)
    {
        if (node.Incoming.Count > 0)
        {
            Problem(node, "a start event cannot have incoming sequence flows");
        }

        var allowed = node.Container switch
        {
            null => node.Event.Kind is EventKind.None or EventKind.Message or EventKind.Timer,
            { IsEventSubProcess: true } => node.Event.Kind is EventKind.Message or EventKind.Timer or EventKind.Error,
            _ => node.Event.Kind == EventKind.None,
        };
        if (!allowed)
        {
            Problem(node, $"a {Describe(node.Event.Kind)} start event is not allowed {WhereIs(node)}");
        }

        if (node.Event.Kind == EventKind.Timer && node.Container is null)
        {
            CheckTimer(node, TimerKind.Date, TimerKind.Cycle);
        }
        else if (node.Event.Kind == EventKind.Timer)
        {
            var third = node.IsInterrupting ? TimerKind.Date : TimerKind.Cycle;
            CheckTimer(node, TimerKind.Date, TimerKind.Duration, third);
        }

        if (node.Event.Kind == EventKind.Error && !node.IsInterrupting)
        {
            Problem(node, "an error start event always interrupts; isInterrupting=\"false\" is not allowed");
        }
    }

    private void CheckEndEvent(FlowNode node)
    {
        if (node.Outgoing.Count > 0)
        {
            Problem(node, "an end event cannot have outgoing sequence flows");
        }

        if (node.Event.Kind is EventKind.Timer)
        {
            Problem(node, "a timer end event does not exist in BPMN");
        }

        if (node.Event.Kind == EventKind.Error && string.IsNullOrEmpty(node.Event.Error?.Code))
        {
            Problem(node, "an error end event must throw an error with an errorCode, so that a catch can match it");
        }
    }

    private void CheckCatchEvent(FlowNode node)
    {
        if (node.Event.Kind is not (EventKind.Message or EventKind.Timer))
        {
            Problem(node, "an intermediate catch event must wait for a message or a timer");
        }

        if (node.Event.Kind == EventKind.Timer)
        {
            CheckTimer(node, TimerKind.Date, TimerKind.Duration);
        }

        CheckCorrelationKey(node, node.Event.Message);
    }

    private void CheckThrowEvent(FlowNode node)
    {
        if (node.Event.Kind is not (EventKind.None or EventKind.Message))
        {
            Problem(node, "an intermediate throw event may only be a none or a message event");
        }
    }

    private void CheckBoundaryEvent(FlowNode node)
    {
        if (node.AttachedTo is null)
        {
            Problem(node, node.AttachedToId is null
                ? "the boundary event is not attached to an activity (attachedToRef is missing)"
                : $"the boundary event is attached to '{node.AttachedToId}', which does not exist");
        }
        else if (!node.AttachedTo.IsActivity)
        {
            Problem(node, $"the boundary event is attached to {node.AttachedTo}, which is not an activity");
        }

        if (node.Incoming.Count > 0)
        {
            Problem(node, "a boundary event cannot have incoming sequence flows");
        }

        CheckBoundaryTrigger(node);
    }

    private void CheckBoundaryTrigger(FlowNode node)
    {
        switch (node.Event.Kind)
        {
            case EventKind.Timer:
                CheckTimer(node, node.IsInterrupting
                    ? [TimerKind.Date, TimerKind.Duration]
                    : [TimerKind.Date, TimerKind.Duration, TimerKind.Cycle]);
                break;
            case EventKind.Message:
                CheckCorrelationKey(node, node.Event.Message);
                break;
            case EventKind.Error when !node.IsInterrupting:
                Problem(node, "an error boundary event always interrupts; cancelActivity=\"false\" is not allowed");
                break;
            case EventKind.Error:
                break;
            default:
                Problem(node, "a boundary event must be a timer, message or error event");
                break;
        }
    }

    private static string Describe(EventKind kind) => kind.ToString().ToLowerInvariant();

    private static string WhereIs(FlowNode node) => node.Container switch
    {
        null => "at process level",
        { IsEventSubProcess: true } => "in an event subprocess",
        _ => "in an embedded subprocess",
    };
}
