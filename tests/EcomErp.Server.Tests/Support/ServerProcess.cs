using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Npgsql;

namespace EcomErp.Server.Tests.Support;

/// <summary>
/// The real server binary in an operating-system process of its own, listening on a free port of 127.0.0.1:
/// two of them on one database share nothing but the database, as two deployed instances would.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly List<string> output = [];

    private ServerProcess(Process process, Uri address, string operationsKey)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = address };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", operationsKey);
    }

    public HttpClient Client { get; }

    /// <summary>
    /// Starts the server on <paramref name="connectionString"/>, its connections named <paramref name="name"/>
    /// in pg_stat_activity, and waits until it answers /health.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string connectionString, string name)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var named = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = name }.ConnectionString;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["ASPNETCORE_URLS"] = address.ToString(),
                ["ConnectionStrings__Default"] = named,
                ["EcomErp__RunJobWorker"] = "false",
                ["Serilog__MinimumLevel__Default"] = "Warning",
            },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EcomErp.Server.dll"));
        var operationsKey = await TestKeys.OperationsAsync(connectionString);
        var server = new ServerProcess(Process.Start(start)!, address, operationsKey);
        server.CaptureOutput();
        try
        {
            await server.WaitUntilHealthyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(string path, object body)
    {
        using var response = await Client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    public async Task<JsonObject> GetAsync(string path) =>
        (await Client.GetFromJsonAsync<JsonObject>(new Uri(path, UriKind.Relative)))!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void CaptureOutput()
    {
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    private void Remember(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var health = await Client.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        lock (output)
        {
            throw new InvalidOperationException(
                $"The server process did not become healthy:\n{string.Join('\n', output.TakeLast(40))}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
