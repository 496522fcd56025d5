using EcomErp.Workflows.Definitions;

namespace EcomErp.Workflows.Publishing;

/// <summary>A published version together with its parsed model.</summary>
public sealed record DeployedProcess(Guid DefinitionId, string Key, int Version, ProcessModel Model);
