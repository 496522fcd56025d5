namespace EcomErp.Server.Hosting;

/// <summary>The <c>EcomErp</c> configuration section.</summary>
public sealed class ServerOptions
{
    public const string Section = "EcomErp";

    /// <summary>
    /// Folder of BPMN files published at start-up; defaults to the <c>workflows</c> folder beside the binaries.
    /// </summary>
    public string? WorkflowsPath { get; set; }

    /// <summary>
    /// The seed file applied to an empty database; defaults to <c>seed/dev-seed.json</c> beside the binaries.
    /// </summary>
    public string? SeedPath { get; set; }

    /// <summary>Seed demo channels, nodes and stock into an empty database at start-up.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Run the job worker in this process. Turn off for processes that should only serve HTTP.</summary>
    public bool RunJobWorker { get; set; } = true;

    public string ResolveWorkflowsPath() => WorkflowsPath ?? Path.Combine(AppContext.BaseDirectory, "workflows");

    public string ResolveSeedPath() => SeedPath ?? Path.Combine(AppContext.BaseDirectory, "seed", "dev-seed.json");
}
