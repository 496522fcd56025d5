using System.Xml.Linq;

namespace EcomErp.Workflows.Definitions;

internal sealed partial class DocumentReader
{
    /// <summary>
    /// Extension elements of other engines that would change what a step does. Ignoring them would run the model
    /// differently from what its author meant, so they are refused rather than skipped.
    /// </summary>
    private static readonly HashSet<string> ForeignBehaviour = new(StringComparer.Ordinal)
    {
        "ioMapping", "inputOutput", "taskDefinition", "executionListener", "taskListener", "subscription",
        "calledElement", "in", "out", "connector", "script", "loopCharacteristics", "calledDecision",
    };

    /// <summary>
    /// Camunda attributes that would change what a step does or who may do it. The few the engine honours
    /// (assignee, candidateGroups, resultVariable, collection, elementVariable) are not among them.
    /// </summary>
    private static readonly HashSet<string> ForeignBehaviourAttributes = new(StringComparer.Ordinal)
    {
        "async", "asyncBefore", "asyncAfter", "class", "expression", "delegateExpression", "type", "topic",
        "candidateUsers", "calledElementBinding", "calledElementVersion", "calledElementVersionTag", "decisionRef",
        "caseRef", "variableMappingClass", "variableMappingDelegateExpression", "resource",
    };

    private void CheckForeignAttributes(XElement element)
    {
        var foreign = element.Attributes()
            .Where(a => a.Name.Namespace == BpmnNamespaces.Camunda)
            .Where(a => ForeignBehaviourAttributes.Contains(a.Name.LocalName))
            .Where(a => !string.Equals(a.Value, "false", StringComparison.OrdinalIgnoreCase))
            .Select(a => "camunda:" + a.Name.LocalName)
            .ToList();
        if (foreign.Count > 0)
        {
            Problem(element, $"Camunda 7 behaviour is not supported ({string.Join(", ", foreign)}); use " +
                "erp:activity for the work, erp:async for a transaction boundary, candidateGroups or assignee for " +
                "who may act");
        }
    }

    private void CheckForeignExtensions(XElement element)
    {
        var extensions = element.Element(Bpmn + "extensionElements");
        if (extensions is null)
        {
            return;
        }

        foreach (var extension in extensions.Elements())
        {
            var ns = extension.Name.Namespace;
            if (ns != BpmnNamespaces.EcomErp && ForeignBehaviour.Contains(extension.Name.LocalName))
            {
                Problem(element, $"the extension {PrefixOf(extension)}:{extension.Name.LocalName} belongs to another " +
                    "engine and is not supported; use erp:input, erp:output and erp:activity instead");
            }
        }

        foreach (var mapping in extensions.Elements().Where(e => e.Name.Namespace == BpmnNamespaces.EcomErp))
        {
            CheckMapping(element, mapping);
        }
    }

    private void CheckMapping(XElement owner, XElement mapping)
    {
        if (mapping.Name.LocalName is not ("input" or "output"))
        {
            Problem(owner, $"erp:{mapping.Name.LocalName} is not a known extension element");
            return;
        }

        if (string.IsNullOrWhiteSpace((string?)mapping.Attribute("target"))
            || string.IsNullOrWhiteSpace((string?)mapping.Attribute("source")))
        {
            Problem(owner, $"erp:{mapping.Name.LocalName} needs both a target and a source");
        }
    }

    private static string PrefixOf(XElement element) =>
        element.GetPrefixOfNamespace(element.Name.Namespace) ?? element.Name.NamespaceName;
}
