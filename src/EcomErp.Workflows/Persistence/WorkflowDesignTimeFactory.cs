using Microsoft.EntityFrameworkCore.Design;

namespace EcomErp.Workflows.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a running host or database.</summary>
internal sealed class WorkflowDesignTimeFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args) =>
        new(WorkflowDbContext.OptionsFor("Host=127.0.0.1;Database=ecomerp_design"));
}
