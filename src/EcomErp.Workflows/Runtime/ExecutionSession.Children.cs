using System.Text.Json.Nodes;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Runtime;

internal sealed partial class ExecutionSession
{
    /// <summary>Starts the newest version of <paramref name="processKey"/> as the child of a call activity.</summary>
    public async Task<bool> StartChildAsync(
        InstanceExecution parent,
        TokenState callToken,
        string processKey,
        IReadOnlyDictionary<string, JsonNode?> variables)
    {
        var process = await Services.Definitions.LatestAsync(Db, processKey, CancellationToken);
        var start = process?.Model.TopLevel
            .FirstOrDefault(n => n.Kind == ElementKind.StartEvent && n.Event.Kind == EventKind.None);
        if (process is null || start is null)
        {
            return false;
        }

        await StartAsync(new StartInstruction(
            process, start, variables, parent.Record.BusinessKey, parent.Record.Id, callToken.Id));
        return true;
    }

    public async Task ChildCompletedAsync(Guid parentId, Guid tokenId, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        var parent = await LoadAsync(parentId);
        if (parent is { IsRunning: true })
        {
            await parent.ChildCompletedAsync(tokenId, variables);
        }
    }

    /// <summary>Hands an error nothing in a child instance caught to the call activity in its parent.</summary>
    public async Task<bool> PropagateErrorAsync(Guid parentId, Guid tokenId, string code, string message)
    {
        var parent = await LoadAsync(parentId);
        var token = parent?.State.FindToken(tokenId);
        if (parent is not { IsRunning: true } || token is null)
        {
            return false;
        }

        return await parent.TryCatchErrorAsync(token, code, message);
    }

    public async Task CancelChildrenAsync(Guid parentId, Guid tokenId, string reason)
    {
        var childIds = await Db.Instances
            .Where(i => i.ParentInstanceId == parentId && i.ParentTokenId == tokenId)
            .Where(i => i.Status == InstanceStatus.Running)
            .Select(i => i.Id)
            .ToListAsync(CancellationToken);
        childIds.AddRange(instances.Values
            .Where(i => i.Record.ParentInstanceId == parentId && i.Record.ParentTokenId == tokenId)
            .Select(i => i.Record.Id));
        foreach (var childId in childIds.Distinct())
        {
            if (await LoadAsync(childId) is { } child)
            {
                await child.CancelAsync(reason);
            }
        }
    }
}
