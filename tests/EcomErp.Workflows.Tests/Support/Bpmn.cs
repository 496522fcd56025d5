namespace EcomErp.Workflows.Tests.Support;

/// <summary>Wraps process XML in a BPMN definitions element with the usual namespaces.</summary>
internal static class Bpmn
{
    public static string Definitions(string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:erp="https://ecomerp.dev/schema/bpmn/1.0"
                     id="test-definitions" targetNamespace="https://ecomerp.dev/tests">
        {body}
        </definitions>
        """;
}
