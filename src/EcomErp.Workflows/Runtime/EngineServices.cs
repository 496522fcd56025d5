using EcomErp.Workflows.Activities;
using EcomErp.Workflows.Expressions;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Publishing;

namespace EcomErp.Workflows.Runtime;

/// <summary>What every step needs from the engine's surroundings.</summary>
internal sealed record EngineServices(
    IActivityCatalog Catalog,
    ExpressionEvaluator Expressions,
    IWorkflowObserver Observer,
    TimeProvider Time,
    DefinitionCache Definitions,
    WorkflowEngineOptions Options);
