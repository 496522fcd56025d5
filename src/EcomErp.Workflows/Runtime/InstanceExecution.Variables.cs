using System.Text.Json.Nodes;
using EcomErp.Workflows.Definitions;

namespace EcomErp.Workflows.Runtime;

internal sealed partial class InstanceExecution
{
    /// <summary>
    /// The variables an expression in <paramref name="scope"/> sees: the process's, overlaid by each enclosing
    /// scope's own, plus the multi-instance counters under their BPMN names.
    /// </summary>
    public Dictionary<string, JsonNode?> Visible(ScopeState scope)
    {
        var chain = new List<ScopeState>();
        for (ScopeState? s = scope; s is not null; s = s.ParentId is { } p ? State.Scope(p) : null)
        {
            chain.Add(s);
        }

        var visible = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var s in Enumerable.Reverse(chain))
        {
            foreach (var (name, value) in s.Variables)
            {
                visible[name] = value;
            }

            AddLoopCounters(s, visible);
        }

        return visible;
    }

    public Dictionary<string, JsonNode?> Visible(TokenState token) => Visible(State.Scope(token.ScopeId));

    /// <summary>
    /// Sets a variable where it already lives (the innermost scope that declares it), or on the process.
    /// </summary>
    private void SetVariable(ScopeState scope, string name, JsonNode? value)
    {
        for (ScopeState? s = scope; s is not null; s = s.ParentId is { } p ? State.Scope(p) : null)
        {
            if (s.Variables.ContainsKey(name))
            {
                s.Variables[name] = value?.DeepClone();
                return;
            }
        }

        State.Root.Variables[name] = value?.DeepClone();
    }

    private void SetVariables(ScopeState scope, IEnumerable<KeyValuePair<string, JsonNode?>> values)
    {
        foreach (var (name, value) in values)
        {
            SetVariable(scope, name, value);
        }
    }

    /// <summary>Evaluates input mappings; without any, the activity sees every visible variable.</summary>
    private Dictionary<string, JsonNode?> Inputs(TokenState token, FlowNode node)
    {
        var visible = Visible(token);
        if (node.Activity.Inputs.Count == 0)
        {
            return visible;
        }

        var inputs = new Dictionary<string, JsonNode?>(visible, StringComparer.Ordinal);
        foreach (var mapping in node.Activity.Inputs)
        {
            inputs[mapping.Target] = Services.Expressions.Evaluate(mapping.Source, visible);
        }

        return inputs;
    }

    /// <summary>
    /// Only the values named by input mappings, for what is handed to a user task or a child process.
    /// </summary>
    private Dictionary<string, JsonNode?> MappedInputsOnly(TokenState token, FlowNode node)
    {
        var visible = Visible(token);
        return node.Activity.Inputs.ToDictionary(
            m => m.Target,
            m => Services.Expressions.Evaluate(m.Source, visible),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Writes an activity's results: through its output mappings when it has any, otherwise as they are, or as
    /// one object under the activity's result variable.
    /// </summary>
    private void ApplyOutputs(TokenState token, FlowNode node, IReadOnlyDictionary<string, JsonNode?> outputs)
    {
        var scope = State.Scope(token.ScopeId);
        if (node.Activity.Outputs.Count > 0)
        {
            var context = Visible(scope);
            foreach (var (name, value) in outputs)
            {
                context[name] = value;
            }

            foreach (var mapping in node.Activity.Outputs)
            {
                SetVariable(scope, mapping.Target, Services.Expressions.Evaluate(mapping.Source, context));
            }
        }
        else if (node.Activity.ResultVariable is { } resultVariable
            && node.Kind is ElementKind.ServiceTask or ElementKind.BusinessRuleTask or ElementKind.SendTask)
        {
            SetVariable(scope, resultVariable, ToObject(outputs));
        }
        else
        {
            SetVariables(scope, outputs);
        }
    }

    private static JsonObject ToObject(IReadOnlyDictionary<string, JsonNode?> values)
    {
        var result = new JsonObject();
        foreach (var (name, value) in values)
        {
            result[name] = value?.DeepClone();
        }

        return result;
    }

    private static void AddLoopCounters(ScopeState scope, Dictionary<string, JsonNode?> visible)
    {
        if (scope.Loop is not { } loop)
        {
            return;
        }

        visible["nrOfInstances"] = loop.Total;
        visible["nrOfCompletedInstances"] = loop.Completed;
        visible["nrOfActiveInstances"] = loop.Active;
    }
}
