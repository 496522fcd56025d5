using EcomErp.Testing;
using EcomErp.Workflows.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EcomErp.Server.Tests.Support;

/// <summary>
/// The real server in-process on its own fresh database (migrated, seeded with the demo data and with the
/// shipped workflows published). The job worker is off so that tests decide when jobs run.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? factory;

    public string ConnectionString { get; private set; } = "";

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => factory!.Services;

    public WorkflowEngine Engine => Services.GetRequiredService<WorkflowEngine>();

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync("server", PrepareTemplateAsync);
        factory = Create(ConnectionString);
        Client = factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await factory!.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }

    /// <summary>Runs every due job now, as the worker would.</summary>
    public async Task RunJobsAsync()
    {
        while (await Engine.RunDueJobsAsync() > 0)
        {
        }
    }

    private static async Task PrepareTemplateAsync(string connectionString)
    {
        await using var template = Create(connectionString);
        using var client = template.CreateClient();
        (await client.GetAsync(new Uri("/health", UriKind.Relative))).EnsureSuccessStatusCode();
    }

    private static WebApplicationFactory<Program> Create(string connectionString) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("ConnectionStrings:Default", connectionString)
            .UseSetting("EcomErp:SeedDemoData", "true")
            .UseSetting("EcomErp:RunJobWorker", "false")
            .UseSetting("Serilog:MinimumLevel:Default", "Warning"));
}
