using System.Net.Http.Headers;
using EcomErp.Commerce.Credentials;
using EcomErp.Testing;
using EcomErp.Workflows.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EcomErp.Server.Tests.Support;

/// <summary>
/// The real server in-process on its own fresh database (migrated, seeded with the demo data and with the
/// shipped workflows published). The job worker is off so that tests decide when jobs run. <see cref="Client"/>
/// carries an operations key minted for the fixture; <see cref="ClientForAsync"/> mints narrower ones.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? factory;

    public string ConnectionString { get; private set; } = "";

    /// <summary>A client with an operations key, which may call everything.</summary>
    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => factory!.Services;

    public WorkflowEngine Engine => Services.GetRequiredService<WorkflowEngine>();

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync("server", PrepareTemplateAsync);
        factory = Create(ConnectionString);
        Client = CreateClient(await IssueKeyAsync(new ApiKeyRequest(PrincipalKind.Operations, "tests")));
    }

    /// <summary>Stores a new API key in the fixture's database and returns its token.</summary>
    public Task<string> IssueKeyAsync(ApiKeyRequest request) => TestKeys.IssueAsync(ConnectionString, request);

    /// <summary>A client that sends <paramref name="key"/>, or no key at all.</summary>
    public HttpClient CreateClient(string? key)
    {
        var client = factory!.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>A client with a new key for one channel or warehouse client.</summary>
    public async Task<HttpClient> ClientForAsync(PrincipalKind kind, string principal) =>
        CreateClient(await IssueKeyAsync(new ApiKeyRequest(kind, principal)));

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await factory!.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }

    /// <summary>
    /// Another server process, as far as the database can tell: its own host, on the same database, so that tests
    /// can show that nothing shared lives in one process's memory. <paramref name="settings"/> change its
    /// configuration, for a limit a test must reach.
    /// </summary>
    public WebApplicationFactory<Program> StartAnotherServer(params (string Key, string Value)[] settings) =>
        Create(ConnectionString, settings);

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

    private static WebApplicationFactory<Program> Create(
        string connectionString,
        params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder
                .UseEnvironment("Testing")
                .UseSetting("ConnectionStrings:Default", connectionString)
                .UseSetting("EcomErp:SeedDemoData", "true")
                .UseSetting("EcomErp:RunJobWorker", "false")
                .UseSetting("Serilog:MinimumLevel:Default", "Warning");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
