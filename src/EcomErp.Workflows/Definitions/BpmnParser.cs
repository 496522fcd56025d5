using System.Xml;
using System.Xml.Linq;

namespace EcomErp.Workflows.Definitions;

/// <summary>
/// Reads a BPMN 2.0 XML document into linked <see cref="ProcessModel"/>s and lists every problem that keeps it
/// from running: malformed XML, duplicate ids, elements the engine does not run, and broken references. It
/// never throws for bad input; the caller decides what to do with the problems. Document type declarations
/// are refused, so that an uploaded file cannot expand entities or reach for external resources.
/// </summary>
public static partial class BpmnParser
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    public static ParsedDefinitions Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), ReaderSettings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException error) when (xml.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            return Failed(new ValidationProblem(null, null, error.LineNumber,
                "the file declares a document type (<!DOCTYPE …>); BPMN files must not, so remove the declaration"));
        }
        catch (XmlException error)
        {
            return Failed(new ValidationProblem(null, null, error.LineNumber, "not well-formed XML: " + error.Message));
        }

        var root = document.Root!;
        if (root.Name != BpmnNamespaces.Model + "definitions")
        {
            return Failed(new ValidationProblem(null, null, LineOf(root),
                $"the root element is <{root.Name.LocalName}>, not BPMN 2.0 <definitions> in namespace " +
                BpmnNamespaces.Model.NamespaceName));
        }

        return new DocumentReader(root).Read();
    }

    internal static int LineOf(XObject element) => ((IXmlLineInfo)element).HasLineInfo()
        ? ((IXmlLineInfo)element).LineNumber
        : 0;

    private static ParsedDefinitions Failed(ValidationProblem problem) => new([], [problem]);
}
