using System.Text.Json.Nodes;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Publishing;

namespace EcomErp.Workflows.Runtime;

/// <summary>
/// Moves the tokens of one instance inside an <see cref="ExecutionSession"/>. Each element's behaviour lives in
/// a partial file named after its concern: flow, activities, events, gateways, errors, multi-instance,
/// cancellation and the triggers that resume a waiting instance.
/// </summary>
internal sealed partial class InstanceExecution
{
    private readonly Queue<Guid> arriving = new();
    private readonly Queue<(Guid SubscriptionId, MessageRecord Message)> bufferedDeliveries = new();

    public InstanceExecution(
        ExecutionSession session,
        InstanceRecord record,
        DeployedProcess process,
        InstanceState state,
        InstanceWaits waits)
    {
        Session = session;
        Record = record;
        Process = process;
        State = state;
        Waits = waits;
        foreach (var token in state.Tokens.Where(t => t.Phase == TokenPhase.Arriving))
        {
            arriving.Enqueue(token.Id);
        }
    }

    public ExecutionSession Session { get; }

    public InstanceRecord Record { get; }

    public DeployedProcess Process { get; }

    public ProcessModel Model => Process.Model;

    public InstanceState State { get; }

    public InstanceWaits Waits { get; }

    public bool IsRunning => Record.Status == InstanceStatus.Running;

    private DateTimeOffset Now => Session.Now;

    private EngineServices Services => Session.Services;

    public async Task StartAsync(FlowNode startEvent, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        var root = NewScope(ScopeKind.Process, parent: null, elementId: null, hostTokenId: null);
        foreach (var (name, value) in variables)
        {
            root.Variables[name] = value?.DeepClone();
        }

        Journal("InstanceStarted", startEvent.Id, null, new { Record.ProcessKey, Record.Version, Record.BusinessKey });
        Raise(WorkflowEventKind.InstanceStarted, startEvent.Id, $"v{Record.Version}");
        await ArmEventSubProcessesAsync(root, container: null);
        Spawn(root, startEvent.Id, arrivedVia: null);
    }

    /// <summary>Runs every token that can move; returns whether anything moved.</summary>
    public async Task<bool> RunAsync()
    {
        var moved = false;
        while (IsRunning && (arriving.Count > 0 || bufferedDeliveries.Count > 0))
        {
            moved = true;
            if (bufferedDeliveries.TryDequeue(out var delivery))
            {
                await DeliverBufferedAsync(delivery.SubscriptionId, delivery.Message);
                continue;
            }

            var token = State.FindToken(arriving.Dequeue());
            if (token is { Phase: TokenPhase.Arriving })
            {
                await EnterAsync(token);
            }

            if (arriving.Count == 0 && bufferedDeliveries.Count == 0)
            {
                await FireReadyInclusiveJoinsAsync();
            }
        }

        return moved;
    }

    private ScopeState NewScope(ScopeKind kind, ScopeState? parent, string? elementId, Guid? hostTokenId)
    {
        var scope = new ScopeState
        {
            Id = Guid.NewGuid(),
            ParentId = parent?.Id,
            Kind = kind,
            ElementId = elementId,
            HostTokenId = hostTokenId,
        };
        State.Scopes.Add(scope);
        return scope;
    }

    /// <summary>Places a new token at an element, ready to run its behaviour.</summary>
    private TokenState Spawn(ScopeState scope, string elementId, string? arrivedVia, bool isIteration = false)
    {
        var token = new TokenState
        {
            Id = Guid.NewGuid(),
            ScopeId = scope.Id,
            ElementId = elementId,
            ArrivedVia = arrivedVia,
            IsIteration = isIteration,
            Phase = TokenPhase.Arriving,
        };
        State.Tokens.Add(token);
        arriving.Enqueue(token.Id);
        return token;
    }

    private void MoveTo(TokenState token, SequenceFlow flow)
    {
        token.ElementId = flow.TargetId;
        token.ArrivedVia = flow.Id;
        token.Phase = TokenPhase.Arriving;
        token.WaitingFor = null;
        token.RetryLeave = false;
        arriving.Enqueue(token.Id);
    }

    private void Wait(TokenState token, string waitingFor)
    {
        token.Phase = TokenPhase.Waiting;
        token.WaitingFor = waitingFor;
        Journal("WaitBegan", token.ElementId, token.Id, new { waitingFor });
        Raise(WorkflowEventKind.WaitBegan, token.ElementId, waitingFor);
    }

    private void Journal(string kind, string? elementId, Guid? tokenId, object? detail = null) =>
        Session.Journal(Record.Id, kind, elementId, tokenId, detail);

    private void Raise(WorkflowEventKind kind, string? elementId, string? detail, Exception? exception = null) =>
        Session.Raise(new WorkflowEvent(kind, Record.Id, Record.ProcessKey, Record.BusinessKey, elementId, detail)
        {
            Exception = exception,
        });
}
