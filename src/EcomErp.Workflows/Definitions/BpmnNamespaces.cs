using System.Xml.Linq;

namespace EcomErp.Workflows.Definitions;

/// <summary>The XML namespaces the parser reads.</summary>
public static class BpmnNamespaces
{
    /// <summary>BPMN 2.0 model elements.</summary>
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>
    /// The project's own attributes for what BPMN leaves open: which activity a service task calls, which rule set
    /// a business rule task runs, retries, input and output mappings. Conventionally prefixed <c>erp</c>.
    /// </summary>
    public static readonly XNamespace EcomErp = "https://ecomerp.dev/schema/bpmn/1.0";

    /// <summary>Camunda 7 attributes; a few (assignee, candidate groups, collection) are honoured.</summary>
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";

    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
}
