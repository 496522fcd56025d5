using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace EcomErp.Server.Tests.Support;

/// <summary>
/// A server host of its own, with settings the shared fixture does not have, on a database given to it: two of
/// them on one database are two independent hosts, each with its own container, data source and pool.
/// </summary>
internal sealed class InventoryHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    private InventoryHost(WebApplicationFactory<Program> factory, string operationsKey)
    {
        this.factory = factory;
        Client = factory.CreateClient();
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", operationsKey);
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => factory.Services;

    /// <summary>A fresh database, migrated and seeded with the demo data.</summary>
    public static Task<string> CreateDatabaseAsync() => TestPostgres.CreateDatabaseAsync("server", async cs =>
    {
        await using var template = await StartAsync(cs, "template", new Dictionary<string, string>());
        (await template.Client.GetAsync(new Uri("/health", UriKind.Relative))).EnsureSuccessStatusCode();
    });

    /// <summary>
    /// A host named <paramref name="name"/> (its connections carry it as their application name), whose client
    /// carries an operations key of its own.
    /// </summary>
    public static async Task<InventoryHost> StartAsync(string connectionString, string name,
        IReadOnlyDictionary<string, string> settings)
    {
        var named = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = name }.ConnectionString;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing")
                .UseSetting("ConnectionStrings:Default", named)
                .UseSetting("EcomErp:SeedDemoData", "true")
                .UseSetting("EcomErp:RunJobWorker", "false")
                .UseSetting("Serilog:MinimumLevel:Default", "Warning");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
        using (var warmUp = factory.CreateClient())
        {
            (await warmUp.GetAsync(new Uri("/health", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        return new InventoryHost(factory, await TestKeys.OperationsAsync(connectionString));
    }

    public async Task<JsonObject> GetAsync(string path) =>
        (await Client.GetFromJsonAsync<JsonObject>(new Uri(path, UriKind.Relative)))!;

    public async Task<(System.Net.HttpStatusCode Status, JsonObject Body)> PostAsync(string path, object body)
    {
        using var response = await Client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
    }
}
