using System.Globalization;
using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Persistence;
using EcomErp.InventoryBench;
using Npgsql;

var settings = BenchSettings.Parse(args);
var lines = OrderLines.Load(settings.Dataset, settings.Skus);
var skus = lines.TopSkus(settings.Skus);
var hot = skus[0];
var hotLines = lines.Lines.Where(line => line.Sku == hot).ToArray();
var spread = lines.Lines.Where(line => skus.Contains(line.Sku)).ToArray();
Console.WriteLine($"{lines.Lines.Count} order lines, {skus.Count} SKUs; hot SKU {hot} ({hotLines.Length} lines); " +
    $"{settings.Clients} clients, {settings.PhaseLength.TotalSeconds:0}s per phase");

var connectionString = await BenchDatabase.CreateAsync(settings.Server, skus);
await using var pool = NpgsqlDataSource.Create(connectionString);
var reservations = new StockReservations(TimeProvider.System);
try
{
    var hotRate = await Phase.RunAsync("hot SKU", settings.Clients, settings.PhaseLength,
        (client, i) => ReserveAsync(hotLines[(int)((client * 7919 + i) % hotLines.Length)]));
    var spreadRate = await Phase.RunAsync($"{skus.Count} SKUs", settings.Clients, settings.PhaseLength,
        (client, i) => ReserveAsync(spread[(int)((client * 104729 + i * 31) % spread.Length)]));
    await CreateScratchAsync();
    var insertRate = await Phase.RunAsync("single-row insert", settings.Clients, settings.PhaseLength,
        (_, _) => InsertAsync());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        reservations/s, 1 hot SKU:         {hotRate,10:0}
        reservations/s, {skus.Count,4} SKUs:        {spreadRate,10:0}
        single-row inserts/s (database):   {insertRate,10:0}
        """));
}
finally
{
    await pool.DisposeAsync();
    await BenchDatabase.DropAsync(settings.Server, connectionString);
}

async Task<bool> ReserveAsync((string Sku, int Quantity) line)
{
    await using var connection = await pool.OpenConnectionAsync();
    await using var transaction = await connection.BeginTransactionAsync();
    await using var db = await CommerceDatabase.OpenAsync(connection, transaction);
    var outcome = await reservations.ReserveOrderAsync(db,
        new ReservationRequest(Guid.NewGuid(), BenchDatabase.Channel, [new(1, line.Sku, line.Quantity)]));
    await transaction.CommitAsync();
    return outcome.Succeeded;
}

async Task CreateScratchAsync()
{
    await using var command = pool.CreateCommand("CREATE TABLE bench_rows (id bigserial PRIMARY KEY, note text)");
    await command.ExecuteNonQueryAsync();
}

async Task<bool> InsertAsync()
{
    await using var command = pool.CreateCommand("INSERT INTO bench_rows (note) VALUES ('row')");
    return await command.ExecuteNonQueryAsync() == 1;
}
