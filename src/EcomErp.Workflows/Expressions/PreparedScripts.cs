using System.Collections.Concurrent;
using Acornima.Ast;
using Jint;

namespace EcomErp.Workflows.Expressions;

/// <summary>
/// Parsed scripts by their source text. Models repeat the same few conditions and mappings for every instance, so
/// parsing each once per process saves most of an evaluation's cost. A prepared script is immutable and safe to
/// share across threads and engines; the cache is emptied when it grows past a bound, for hosts that evaluate
/// ever-new text.
/// </summary>
internal static class PreparedScripts
{
    private const int Capacity = 4096;
    private static readonly ConcurrentDictionary<string, Prepared<Script>?> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Problems = new(StringComparer.Ordinal);

    private static readonly ScriptPreparationOptions Options = new() { CollectReferencedGlobals = true };

    /// <summary>The parsed script, or null and the parser's message when the text is not valid JavaScript.</summary>
    public static Prepared<Script>? Prepare(string javaScript, out string? problem)
    {
        if (Cache.Count > Capacity)
        {
            Cache.Clear();
            Problems.Clear();
        }

        var prepared = Cache.GetOrAdd(javaScript, Parse);
        problem = prepared is null ? Problems.GetValueOrDefault(javaScript, "not valid JavaScript") : null;
        return prepared;
    }

    private static Prepared<Script>? Parse(string javaScript)
    {
        try
        {
            return Jint.Engine.PrepareScript(javaScript, strict: true, options: Options);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            Problems[javaScript] = "not valid JavaScript: " + error.Message;
            return null;
        }
    }
}
