using EcomErp.Bench;
using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

var options = BenchOptions.Parse(args);
var database = $"ecomerp_bench_{Environment.ProcessId}";
await ExecuteAsync(options.ConnectionString, $"CREATE DATABASE {database}");
try
{
    var connectionString = new NpgsqlConnectionStringBuilder(options.ConnectionString)
    {
        Database = database,
        MaxPoolSize = options.Concurrency + 8,
        NoResetOnClose = true,
    }.ConnectionString;
    await using (var db = new WorkflowDbContext(WorkflowDbContext.OptionsFor(connectionString)))
    {
        await db.Database.MigrateAsync();
    }

    await using var dataSource = NpgsqlDataSource.Create(connectionString);
    await RunAsync(dataSource, options);
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await ExecuteAsync(options.ConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
}

static async Task RunAsync(NpgsqlDataSource dataSource, BenchOptions options)
{
    var bench = new EngineBenchmark(dataSource, options);
    await bench.PublishAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "order.bpmn")));
    Console.WriteLine($"Warming up with {options.Concurrency * 10} instances...");
    await bench.RunAsync("warm", options.Concurrency * 10, report: false);
    Console.WriteLine($"Engine: {options.Instances} instances from {options.Concurrency} callers");
    var engine = await bench.RunAsync("run", options.Instances, report: true);
    Console.WriteLine($"PostgreSQL: single-row INSERT commits from 16 connections for {options.InsertSeconds} s...");
    var inserts = await InsertBenchmark.RunAsync(dataSource, TimeSpan.FromSeconds(options.InsertSeconds));
    Report(engine, inserts);
}

static void Report(EngineResult engine, double insertsPerSecond)
{
    Console.WriteLine();
    Console.WriteLine($"instances/s             {engine.InstancesPerSecond,10:F1}");
    Console.WriteLine($"steps/s                 {engine.StepsPerSecond,10:F1}   ({engine.Steps} element entries)");
    Console.WriteLine($"commits per instance    {engine.CommitsPerInstance,10:F2}");
    Console.WriteLine($"step latency p50        {engine.P50Milliseconds,10:F2} ms   (engine call = transaction)");
    Console.WriteLine($"step latency p99        {engine.P99Milliseconds,10:F2} ms");
    Console.WriteLine($"engine commits/s        {engine.CommitsPerSecond,10:F1}");
    Console.WriteLine($"insert commits/s (16)   {insertsPerSecond,10:F1}");
    var ratio = engine.CommitsPerSecond / insertsPerSecond;
    Console.WriteLine($"engine / insert ratio   {ratio,10:P1} of the commit ceiling");
}

static async Task ExecuteAsync(string connectionString, string sql)
{
    var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
    await using var connection = new NpgsqlConnection(builder.ConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}
