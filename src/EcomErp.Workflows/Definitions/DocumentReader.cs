using System.Xml.Linq;

namespace EcomErp.Workflows.Definitions;

/// <summary>Reads one <c>definitions</c> element; collects problems instead of stopping at the first.</summary>
internal sealed partial class DocumentReader
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;

    private readonly XElement definitions;
    private readonly List<ValidationProblem> problems = [];
    private readonly Dictionary<string, MessageDefinition> messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ErrorDefinition> errors = new(StringComparer.Ordinal);

    public DocumentReader(XElement definitions) => this.definitions = definitions;

    /// <summary>The BPMN type of a top-level element other than a process, such as a global task, by its id.</summary>
    internal string? GlobalElementType(string id) =>
        definitions.Elements()
            .Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName.StartsWith("global", StringComparison.Ordinal))
            .FirstOrDefault(e => (string?)e.Attribute("id") == id)?.Name.LocalName;

    public ParsedDefinitions Read()
    {
        CheckDuplicateIds();
        ReadMessages();
        ReadErrors();
        var processes = definitions.Elements(Bpmn + "process").Select(ReadProcess).ToList();
        CheckExecutable(processes);
        var ordered = problems
            .OrderBy(p => p.Line)
            .ThenBy(p => p.ElementId, StringComparer.Ordinal)
            .ThenBy(p => p.Message, StringComparer.Ordinal)
            .Distinct()
            .ToList();
        return new ParsedDefinitions(ordered.Count == 0 ? processes.Where(p => p.IsExecutable).ToList() : [], ordered);
    }

    private void Problem(XElement element, string message) =>
        problems.Add(new ValidationProblem(
            (string?)element.Attribute("id"), element.Name.LocalName, BpmnParser.LineOf(element), message));

    internal void Problem(FlowNode node, string message) =>
        problems.Add(new ValidationProblem(node.Id, node.TypeName, node.Line, message));

    internal void Problem(SequenceFlow flow, string message) =>
        problems.Add(new ValidationProblem(flow.Id, "sequenceFlow", flow.Line, message));

    private void CheckDuplicateIds()
    {
        var duplicates = definitions.DescendantsAndSelf()
            .Where(e => e.Name.Namespace == Bpmn && e.Attribute("id") is not null)
            .GroupBy(e => (string)e.Attribute("id")!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in duplicates)
        {
            var lines = string.Join(", ", group.Select(BpmnParser.LineOf));
            Problem(group.Skip(1).First(), $"the id '{group.Key}' is used by {group.Count()} elements (lines {lines})");
        }
    }

    private void ReadMessages()
    {
        foreach (var element in definitions.Elements(Bpmn + "message"))
        {
            var id = (string?)element.Attribute("id") ?? "";
            var name = (string?)element.Attribute("name");
            var key = (string?)element.Attribute(BpmnNamespaces.EcomErp + "correlationKey");
            messages[id] = new MessageDefinition(id, string.IsNullOrWhiteSpace(name) ? id : name, key);
        }
    }

    private void ReadErrors()
    {
        foreach (var element in definitions.Elements(Bpmn + "error"))
        {
            var id = (string?)element.Attribute("id") ?? "";
            var code = (string?)element.Attribute("errorCode");
            errors[id] = new ErrorDefinition(id, code, (string?)element.Attribute("name"));
        }
    }

    private void CheckExecutable(List<ProcessModel> processes)
    {
        if (processes.Count == 0)
        {
            problems.Add(new ValidationProblem(null, "definitions", BpmnParser.LineOf(definitions),
                "the file defines no process"));
        }
        else if (!processes.Any(p => p.IsExecutable))
        {
            foreach (var process in processes)
            {
                problems.Add(new ValidationProblem(process.Key, "process", process.Line,
                    $"process '{process.Key}' is not executable: set isExecutable=\"true\" to run it"));
            }
        }
    }

    private ProcessModel ReadProcess(XElement element)
    {
        var nodes = new List<FlowNode>();
        var flows = new List<SequenceFlow>();
        ReadScope(element, null, nodes, flows);
        var key = (string?)element.Attribute("id") ?? "";
        if (key.Length == 0)
        {
            Problem(element, "the process has no id; the id is the key its versions are published under");
        }

        var model = new ProcessModel(
            key,
            (string?)element.Attribute("name"),
            string.Equals((string?)element.Attribute("isExecutable"), "true", StringComparison.OrdinalIgnoreCase),
            BpmnParser.LineOf(element),
            nodes.GroupBy(n => n.Id, StringComparer.Ordinal).Select(g => g.First()),
            flows.GroupBy(f => f.Id, StringComparer.Ordinal).Select(g => g.First()));
        Link(model);
        new DefinitionValidator(model, this).Validate();
        return model;
    }

    private void ReadScope(XElement scope, FlowNode? container, List<FlowNode> nodes, List<SequenceFlow> flows)
    {
        foreach (var child in scope.Elements())
        {
            if (child.Name.Namespace != Bpmn)
            {
                continue;
            }

            var name = child.Name.LocalName;
            if (name == "sequenceFlow")
            {
                flows.Add(ReadFlow(child, flows.Count));
            }
            else if (IgnoredElements.Contains(name))
            {
                continue;
            }
            else if (ReadNode(child) is { } node)
            {
                node.Container = container;
                container?.AddChild(node);
                nodes.Add(node);
                if (node.Kind == ElementKind.SubProcess)
                {
                    ReadScope(child, node, nodes, flows);
                }
            }
        }
    }

    private SequenceFlow ReadFlow(XElement element, int order)
    {
        var source = (string?)element.Attribute("sourceRef") ?? "";
        var target = (string?)element.Attribute("targetRef") ?? "";
        var condition = element.Element(Bpmn + "conditionExpression");
        var language = (string?)condition?.Attribute("language");
        if (language is not null && !IsJavaScript(language))
        {
            Problem(element, $"the condition language '{language}' is not supported; write JavaScript");
        }

        var text = condition?.Value.Trim();
        return new SequenceFlow
        {
            Id = (string?)element.Attribute("id") ?? $"{source}->{target}#{order}",
            SourceId = source,
            TargetId = target,
            Condition = string.IsNullOrEmpty(text) ? null : text,
            Line = BpmnParser.LineOf(element),
            Order = order,
        };
    }

    private void Link(ProcessModel model)
    {
        foreach (var flow in model.Flows)
        {
            var known = model.TryGetNode(flow.SourceId, out var source)
                & model.TryGetNode(flow.TargetId, out var target);
            if (!known)
            {
                Problem(flow,
                    $"the flow connects '{flow.SourceId}' to '{flow.TargetId}', and one of them does not exist");
                continue;
            }

            flow.Source = source;
            flow.Target = target;
            source.AddOutgoing(flow);
            target.AddIncoming(flow);
        }

        foreach (var boundary in model.Nodes.Where(n => n.Kind == ElementKind.BoundaryEvent))
        {
            if (boundary.AttachedToId is { } hostId && model.TryGetNode(hostId, out var host))
            {
                boundary.AttachedTo = host;
                host.AddBoundaryEvent(boundary);
            }
        }
    }

    internal static bool IsJavaScript(string language) =>
        language.ToLowerInvariant() is "javascript" or "js" or "ecmascript" or "text/javascript"
            or "application/javascript";

    private static readonly HashSet<string> IgnoredElements = new(StringComparer.Ordinal)
    {
        "documentation", "extensionElements", "laneSet", "textAnnotation", "association", "group",
        "dataObject", "dataObjectReference", "dataStoreReference", "property", "ioSpecification",
        "dataInputAssociation", "dataOutputAssociation", "category", "auditing", "monitoring",
        "incoming", "outgoing", "multiInstanceLoopCharacteristics", "standardLoopCharacteristics",
    };
}
