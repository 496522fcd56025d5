using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Seeding;

/// <summary>A fulfilment node in a seed file.</summary>
/// <param name="Code">The node's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What kind of place it is.</param>
/// <param name="CountryCode">The ISO country it ships from.</param>
/// <param name="Region">The region it ships from.</param>
/// <param name="PerShipmentCost">What one parcel from it costs.</param>
/// <param name="PerUnitCost">What one unit picked there costs.</param>
/// <param name="OrderCutoff">The local time after which orders ship the next day; optional.</param>
/// <param name="TimeZone">The IANA time zone of the cut-off; optional.</param>
public sealed record SeedNode(
    string Code,
    string Name,
    NodeKind Kind,
    string CountryCode,
    string? Region,
    Money PerShipmentCost,
    Money PerUnitCost,
    TimeOnly? OrderCutoff = null,
    string? TimeZone = null);
