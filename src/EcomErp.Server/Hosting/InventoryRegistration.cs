using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Inventory.Movements;
using EcomErp.Commerce.Inventory.Reconciliation;
using EcomErp.Commerce.Inventory.SelfCheck;
using EcomErp.Server.Inventory;
using Microsoft.Extensions.Options;

namespace EcomErp.Server.Hosting;

internal static class InventoryRegistration
{
    /// <summary>
    /// The inbound stock services, the availability feed and its dispatcher, the ledger self-check, and (in
    /// processes that run background work, see <see cref="ServerOptions.RunJobWorker"/>) their schedule.
    /// </summary>
    public static IServiceCollection AddInventory(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InventoryOptions>(configuration.GetSection(InventoryOptions.Section));
        services.AddSingleton(sp => new AvailabilityFeed(sp.GetRequiredService<IOptions<InventoryOptions>>()
            .Value.FeedDebounce));
        services.AddSingleton<StockMovements>();
        services.AddSingleton<SnapshotReconciler>();
        services.AddSingleton<LedgerCheck>();
        services.AddSingleton<InventoryWork>();
        services.AddSingleton<InventoryQueries>();
        services.AddSingleton<InventoryJobs>();
        services.AddSingleton<AvailabilityDispatcher>();
        services.AddHttpClient(AvailabilityDispatcher.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        if (configuration.GetValue($"{ServerOptions.Section}:{nameof(ServerOptions.RunJobWorker)}", true))
        {
            services.AddHostedService<InventoryBackgroundService>();
        }

        return services;
    }
}
