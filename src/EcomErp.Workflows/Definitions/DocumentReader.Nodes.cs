using System.Globalization;
using System.Xml.Linq;

namespace EcomErp.Workflows.Definitions;

internal sealed partial class DocumentReader
{
    private static readonly Dictionary<string, ElementKind> Kinds = new(StringComparer.Ordinal)
    {
        ["startEvent"] = ElementKind.StartEvent,
        ["endEvent"] = ElementKind.EndEvent,
        ["intermediateCatchEvent"] = ElementKind.IntermediateCatchEvent,
        ["intermediateThrowEvent"] = ElementKind.IntermediateThrowEvent,
        ["boundaryEvent"] = ElementKind.BoundaryEvent,
        ["task"] = ElementKind.Task,
        ["serviceTask"] = ElementKind.ServiceTask,
        ["businessRuleTask"] = ElementKind.BusinessRuleTask,
        ["userTask"] = ElementKind.UserTask,
        ["receiveTask"] = ElementKind.ReceiveTask,
        ["sendTask"] = ElementKind.SendTask,
        ["scriptTask"] = ElementKind.ScriptTask,
        ["manualTask"] = ElementKind.ManualTask,
        ["callActivity"] = ElementKind.CallActivity,
        ["subProcess"] = ElementKind.SubProcess,
        ["exclusiveGateway"] = ElementKind.ExclusiveGateway,
        ["parallelGateway"] = ElementKind.ParallelGateway,
        ["inclusiveGateway"] = ElementKind.InclusiveGateway,
        ["eventBasedGateway"] = ElementKind.EventBasedGateway,
    };

    private static readonly HashSet<string> UnsupportedEventDefinitions = new(StringComparer.Ordinal)
    {
        "signalEventDefinition", "escalationEventDefinition", "conditionalEventDefinition",
        "compensateEventDefinition", "cancelEventDefinition", "linkEventDefinition",
    };

    private FlowNode? ReadNode(XElement element)
    {
        var type = element.Name.LocalName;
        if (!Kinds.TryGetValue(type, out var kind))
        {
            Problem(element, $"{type} is not supported by the engine");
            return null;
        }

        CheckForeignExtensions(element);
        CheckForeignAttributes(element);
        return new FlowNode
        {
            Id = (string?)element.Attribute("id") ?? $"{type}@{BpmnParser.LineOf(element)}",
            Kind = kind,
            TypeName = type,
            Name = (string?)element.Attribute("name"),
            Line = BpmnParser.LineOf(element),
            DefaultFlowId = (string?)element.Attribute("default"),
            Event = ReadEventDefinition(element),
            IsInterrupting = ReadInterrupting(element, kind),
            AttachedToId = (string?)element.Attribute("attachedToRef"),
            TriggeredByEvent = Flag(element, "triggeredByEvent"),
            Activity = ReadActivitySettings(element, kind),
            MultiInstance = ReadMultiInstance(element),
        };
    }

    private static bool ReadInterrupting(XElement element, ElementKind kind) => kind switch
    {
        ElementKind.BoundaryEvent => (string?)element.Attribute("cancelActivity") != "false",
        ElementKind.StartEvent => (string?)element.Attribute("isInterrupting") != "false",
        _ => true,
    };

    private EventDefinition ReadEventDefinition(XElement element)
    {
        var definitions = element.Elements()
            .Where(e => e.Name.Namespace == Bpmn)
            .Where(e => e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal))
            .ToList();
        if (element.Elements(Bpmn + "eventDefinitionRef").Any())
        {
            Problem(element, "eventDefinitionRef is not supported; define the event inside the element");
        }

        if (definitions.Count > 1)
        {
            Problem(element, "an event with several event definitions (a multiple event) is not supported");
        }

        return definitions.Count == 0 ? EventDefinition.None : ReadEventDefinition(element, definitions[0]);
    }

    private EventDefinition ReadEventDefinition(XElement owner, XElement definition)
    {
        var type = definition.Name.LocalName;
        if (UnsupportedEventDefinitions.Contains(type))
        {
            Problem(owner, $"{type.Replace("EventDefinition", "", StringComparison.Ordinal)} events are not supported");
            return EventDefinition.Unsupported;
        }

        return type switch
        {
            "messageEventDefinition" => new EventDefinition(EventKind.Message)
            {
                Message = ResolveMessage(owner, (string?)definition.Attribute("messageRef")),
            },
            "timerEventDefinition" => new EventDefinition(EventKind.Timer) { Timer = ReadTimer(owner, definition) },
            "errorEventDefinition" => new EventDefinition(EventKind.Error)
            {
                Error = ResolveError(owner, (string?)definition.Attribute("errorRef")),
            },
            "terminateEventDefinition" => new EventDefinition(EventKind.Terminate),
            _ => UnknownEventDefinition(owner, type),
        };
    }

    private EventDefinition UnknownEventDefinition(XElement owner, string type)
    {
        Problem(owner, $"{type} is not supported");
        return EventDefinition.Unsupported;
    }

    private MessageDefinition? ResolveMessage(XElement owner, string? messageRef)
    {
        var overrideKey = (string?)owner.Attribute(BpmnNamespaces.EcomErp + "correlationKey");
        if (string.IsNullOrEmpty(messageRef))
        {
            Problem(owner, "the message event names no message (messageRef is missing)");
            return null;
        }

        if (!messages.TryGetValue(messageRef, out var message))
        {
            Problem(owner, $"the message '{messageRef}' is not defined in this file");
            return null;
        }

        return overrideKey is null ? message : message with { CorrelationKey = overrideKey };
    }

    private ErrorDefinition? ResolveError(XElement owner, string? errorRef)
    {
        if (string.IsNullOrEmpty(errorRef))
        {
            return null;
        }

        if (errors.TryGetValue(errorRef, out var error))
        {
            return error;
        }

        Problem(owner, $"the error '{errorRef}' is not defined in this file");
        return null;
    }

    private TimerDefinition? ReadTimer(XElement owner, XElement definition)
    {
        var values = definition.Elements()
            .Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName is "timeDate" or "timeDuration" or "timeCycle")
            .ToList();
        if (values.Count != 1)
        {
            Problem(owner, "a timer needs exactly one of timeDate, timeDuration or timeCycle");
            return null;
        }

        var text = values[0].Value.Trim();
        if (text.Length == 0)
        {
            Problem(owner, $"the timer's {values[0].Name.LocalName} is empty");
            return null;
        }

        var kind = values[0].Name.LocalName switch
        {
            "timeDate" => TimerKind.Date,
            "timeDuration" => TimerKind.Duration,
            _ => TimerKind.Cycle,
        };
        return new TimerDefinition(kind, text);
    }

    private ActivitySettings ReadActivitySettings(XElement element, ElementKind kind)
    {
        var script = element.Element(Bpmn + "script")?.Value;
        var messageRef = (string?)element.Attribute("messageRef");
        return new ActivitySettings
        {
            ActivityName = Erp(element, "activity"),
            RuleSet = Erp(element, "ruleSet"),
            Script = string.IsNullOrWhiteSpace(script) ? null : script,
            ScriptFormat = (string?)element.Attribute("scriptFormat"),
            ResultVariable = Erp(element, "resultVariable") ?? Camunda(element, "resultVariable"),
            CalledProcess = (string?)element.Attribute("calledElement"),
            Message = kind is ElementKind.ReceiveTask or ElementKind.SendTask && messageRef is not null
                ? ResolveMessage(element, messageRef)
                : null,
            Async = Flag(element, BpmnNamespaces.EcomErp + "async"),
            Retries = ReadRetries(element),
            RetryBackoff = Erp(element, "retryBackoff") ?? "PT10S",
            Assignee = Erp(element, "assignee") ?? Camunda(element, "assignee"),
            CandidateGroups = SplitList(Erp(element, "candidateGroups") ?? Camunda(element, "candidateGroups")),
            Outcomes = SplitList(Erp(element, "outcomes")),
            Inputs = ReadMappings(element, "input"),
            Outputs = ReadMappings(element, "output"),
        };
    }

    private int ReadRetries(XElement element)
    {
        var text = Erp(element, "retries");
        if (text is null)
        {
            return 3;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var retries) && retries <= 100)
        {
            return retries;
        }

        Problem(element, $"erp:retries '{text}' is not a whole number from 0 to 100");
        return 3;
    }

    private MultiInstance? ReadMultiInstance(XElement element)
    {
        if (element.Element(Bpmn + "standardLoopCharacteristics") is not null)
        {
            Problem(element, "standardLoopCharacteristics (a standard loop) is not supported; use multi-instance");
        }

        var loop = element.Element(Bpmn + "multiInstanceLoopCharacteristics");
        if (loop is null)
        {
            return null;
        }

        var cardinality = loop.Element(Bpmn + "loopCardinality")?.Value.Trim();
        var completion = loop.Element(Bpmn + "completionCondition")?.Value.Trim();
        return new MultiInstance(
            Flag(loop, "isSequential"),
            Erp(loop, "collection") ?? Camunda(loop, "collection"),
            Erp(loop, "elementVariable") ?? Camunda(loop, "elementVariable"),
            string.IsNullOrEmpty(cardinality) ? null : cardinality,
            string.IsNullOrEmpty(completion) ? null : completion);
    }

    private static IReadOnlyList<VariableMapping> ReadMappings(XElement element, string direction) =>
        element.Element(Bpmn + "extensionElements")?
            .Elements(BpmnNamespaces.EcomErp + direction)
            .Select(m => new VariableMapping(
                (string?)m.Attribute("target") ?? "",
                (string?)m.Attribute("source") ?? ""))
            .ToList() ?? [];

    private static string? Erp(XElement element, string attribute) =>
        (string?)element.Attribute(BpmnNamespaces.EcomErp + attribute);

    private static string? Camunda(XElement element, string attribute) =>
        (string?)element.Attribute(BpmnNamespaces.Camunda + attribute);

    private static bool Flag(XElement element, XName attribute) =>
        string.Equals((string?)element.Attribute(attribute), "true", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<string> SplitList(string? text) =>
        text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
