using System.Text.Json.Nodes;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;
using Acornima.Ast;

namespace EcomErp.Workflows.Expressions;

/// <summary>
/// Evaluates JavaScript expressions and scripts with Jint against a set of workflow variables. Every run gets a
/// fresh interpreter with limits on time, statements, memory and recursion, and without access to .NET types.
/// Scripts are parsed once per process, and a run is handed only the variables its text refers to, so that a
/// condition on one field does not pay for converting every variable of a large order.
/// </summary>
public sealed class ExpressionEvaluator(ExpressionLimits limits)
{
    public ExpressionEvaluator()
        : this(ExpressionLimits.Default)
    {
    }

    /// <summary>Evaluates an expression as written in a model and returns its value as JSON.</summary>
    public JsonNode? Evaluate(string written, IReadOnlyDictionary<string, JsonNode?> variables) =>
        Run(written, Prepare(written, Translate(written)), variables, setVariable: null);

    /// <summary>Evaluates a sequence-flow or completion condition; anything but a boolean result is an error.</summary>
    public bool EvaluateCondition(string written, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        var result = Evaluate(written, variables);
        if (result is JsonValue value && value.TryGetValue<bool>(out var flag))
        {
            return flag;
        }

        var kind = result?.GetValueKind().ToString().ToLowerInvariant() ?? "undefined";
        throw new ExpressionException(written, $"a condition must yield true or false, but it yielded {kind}");
    }

    /// <summary>
    /// Runs a script. The script may call <c>setVariable(name, value)</c>; its completion value is returned.
    /// </summary>
    public JsonNode? RunScript(
        string script,
        IReadOnlyDictionary<string, JsonNode?> variables,
        Action<string, JsonNode?> setVariable) =>
        Run(script, Prepare(script, script), variables, setVariable);

    private static string Translate(string written) =>
        ExpressionText.ToJavaScript(written, out var problem) ?? throw new ExpressionException(written, problem!);

    private static Prepared<Script> Prepare(string source, string javaScript) =>
        PreparedScripts.Prepare(javaScript, out var problem) ?? throw new ExpressionException(source, problem!);

    private JsonNode? Run(
        string source,
        Prepared<Script> script,
        IReadOnlyDictionary<string, JsonNode?> variables,
        Action<string, JsonNode?>? setVariable)
    {
        using var engine = CreateEngine();
        try
        {
            Bind(engine, script.ReferencedGlobals, variables, setVariable);
            return ToJson(engine, engine.Evaluate(script));
        }
        catch (JavaScriptException error)
        {
            throw new ExpressionException(source, error.Message, error);
        }
        catch (ExpressionException)
        {
            throw;
        }
        catch (Exception error) when (IsLimitOrEngineFault(error))
        {
            throw new ExpressionException(source, Describe(error), error);
        }
    }

    private JsEngine CreateEngine() => new(options => options
        .TimeoutInterval(limits.Timeout)
        .MaxStatements(limits.MaxStatements)
        .LimitMemory(limits.MaxMemoryBytes)
        .LimitRecursion(limits.MaxRecursionDepth)
        .Strict());

    /// <summary>
    /// Defines the variables the script refers to as globals. Only a direct <c>eval</c>, which could name anything,
    /// gets every variable.
    /// </summary>
    private static void Bind(
        JsEngine engine,
        ReferencedGlobals? referenced,
        IReadOnlyDictionary<string, JsonNode?> variables,
        Action<string, JsonNode?>? setVariable)
    {
        var parser = new JsonParser(engine);
        var all = referenced is null || referenced.HasDirectEvalCall;
        foreach (var (name, value) in variables)
        {
            if (all || referenced!.Contains(name))
            {
                engine.SetValue(name, value is null ? JsValue.Null : parser.Parse(value.ToJsonString()));
            }
        }

        if (setVariable is not null)
        {
            engine.SetValue("setVariable", new Action<string, JsValue>(
                (name, value) => setVariable(name, ToJson(engine, value))));
        }
    }

    private static JsonNode? ToJson(JsEngine engine, JsValue value)
    {
        if (value.IsUndefined())
        {
            return null;
        }

        var text = new JsonSerializer(engine).Serialize(value);
        return text.IsUndefined() ? null : JsonNode.Parse(text.AsString());
    }

    private static bool IsLimitOrEngineFault(Exception error) =>
        error is TimeoutException or StatementsCountOverflowException or MemoryLimitExceededException
            or RecursionDepthOverflowException or JintException or InvalidOperationException
            or ArgumentException or FormatException or System.Text.Json.JsonException;

    private static string Describe(Exception error) => error switch
    {
        TimeoutException => "it ran longer than the time limit",
        StatementsCountOverflowException => "it ran more statements than the limit allows",
        MemoryLimitExceededException => "it used more memory than the limit allows",
        RecursionDepthOverflowException => "it recursed deeper than the limit allows",
        _ => error.Message,
    };
}
