using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Expressions;
using EcomErp.Workflows.Persistence;

namespace EcomErp.Workflows.Runtime;

internal sealed partial class InstanceExecution
{
    /// <summary>Opens the subprocess's scope, with its input mappings as local variables, and starts it.</summary>
    private async Task EnterSubProcessAsync(TokenState token, FlowNode node)
    {
        Dictionary<string, JsonNode?> locals;
        try
        {
            locals = MappedInputsOnly(token, node);
        }
        catch (ExpressionException error)
        {
            RaiseIncident(token, "expression", $"The input mapping of {node} failed: {error.Reason}");
            return;
        }

        var scope = NewScope(ScopeKind.SubProcess, State.Scope(token.ScopeId), node.Id, token.Id);
        foreach (var (name, value) in locals)
        {
            scope.Variables[name] = value;
        }

        Wait(token, "subprocess");
        await ArmEventSubProcessesAsync(scope, node);
        Spawn(scope, node.StartEvents.First().Id, arrivedVia: null);
    }

    /// <summary>
    /// Starts the newest version of the called process as a child instance in the same transaction. Without input
    /// mappings the child gets a copy of every visible variable.
    /// </summary>
    private async Task CallAsync(TokenState token, FlowNode node)
    {
        var key = node.Activity.CalledProcess!;
        Dictionary<string, JsonNode?> variables;
        try
        {
            variables = node.Activity.Inputs.Count > 0 ? MappedInputsOnly(token, node) : Visible(token);
        }
        catch (ExpressionException error)
        {
            RaiseIncident(token, "expression", $"The input mapping of {node} failed: {error.Reason}");
            return;
        }

        Wait(token, $"called process {key}");
        if (!await Session.StartChildAsync(this, token, key, variables))
        {
            RaiseIncident(token, "call-activity", $"{node} calls process '{key}', which has no published version.");
        }
    }

    /// <summary>Continues a call activity whose child instance completed, with the child's variables.</summary>
    public Task ChildCompletedAsync(Guid tokenId, IReadOnlyDictionary<string, JsonNode?> childVariables)
    {
        var token = State.FindToken(tokenId);
        if (token is null)
        {
            return Task.CompletedTask;
        }

        var node = Model.Node(token.ElementId);
        return CompleteActivityAsync(token, node, childVariables);
    }

    private Task CreateUserTaskAsync(TokenState token, FlowNode node)
    {
        Dictionary<string, JsonNode?> input;
        try
        {
            input = MappedInputsOnly(token, node);
        }
        catch (ExpressionException error)
        {
            RaiseIncident(token, "expression", $"The input mapping of {node} failed: {error.Reason}");
            return Task.CompletedTask;
        }

        var task = new UserTaskRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = Record.Id,
            TokenId = token.Id,
            ElementId = node.Id,
            Name = TaskName(token, node),
            ProcessKey = Record.ProcessKey,
            BusinessKey = Record.BusinessKey,
            Assignee = node.Activity.Assignee,
            CandidateGroups = [.. node.Activity.CandidateGroups],
            Outcomes = [.. node.Activity.Outcomes],
            Status = UserTaskStatus.Open,
            Input = JsonSerializer.Serialize(input),
            CreatedAt = Now,
        };
        Waits.UserTasks.Add(task);
        Session.Db.UserTasks.Add(task);
        Wait(token, $"user task {task.Name}");
        return Task.CompletedTask;
    }

    /// <summary>The task's name with any <c>${expression}</c> placeholders filled in.</summary>
    private string TaskName(TokenState token, FlowNode node)
    {
        var name = node.Name ?? node.Id;
        if (!name.Contains("${", StringComparison.Ordinal))
        {
            return name;
        }

        var variables = Visible(token);
        return Placeholder().Replace(name, match =>
        {
            try
            {
                var value = Services.Expressions.Evaluate(match.Groups[1].Value, variables);
                return value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value?.ToJsonString() ?? "";
            }
            catch (ExpressionException)
            {
                return match.Value;
            }
        });
    }

    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex Placeholder();
}
