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
