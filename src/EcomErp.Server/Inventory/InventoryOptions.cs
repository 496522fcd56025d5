namespace EcomErp.Server.Inventory;

/// <summary>The <c>EcomErp:Inventory</c> configuration section.</summary>
public sealed class InventoryOptions
{
    public const string Section = "EcomErp:Inventory";

    /// <summary>A SKU whose figure changes again within this window is told to channels once per window.</summary>
    public TimeSpan FeedDebounce { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the dispatcher looks for due availability events.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most events claimed in one dispatch.</summary>
    public int DispatchBatchSize { get; set; } = 200;

    /// <summary>Where each channel's availability events are posted, by channel code; others are sent none.</summary>
    public Dictionary<string, Uri> ChannelWebhooks { get; set; } = [];

    /// <summary>How often every channel gets a full snapshot of its available-to-sell.</summary>
    public TimeSpan SnapshotInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the positions are rebuilt from the ledger and compared.</summary>
    public TimeSpan LedgerCheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the scheduler asks whether a recurring job is due.</summary>
    public TimeSpan SchedulerTick { get; set; } = TimeSpan.FromSeconds(30);
}
