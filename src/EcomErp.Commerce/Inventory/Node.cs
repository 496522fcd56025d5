using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Inventory;

/// <summary>A place that can fulfil orders.</summary>
public sealed class Node
{
    /// <summary>Creates a node.</summary>
    /// <param name="code">The node's short code.</param>
    /// <param name="name">The name shown to people.</param>
    /// <param name="kind">What kind of place it is.</param>
    /// <param name="location">The ISO country code and the region it ships from.</param>
    /// <param name="perShipmentCost">What one parcel from here costs.</param>
    /// <param name="perUnitCost">What picking and packing one unit here costs.</param>
    public Node(
        string code,
        string name,
        NodeKind kind,
        (string CountryCode, string? Region) location,
        Money perShipmentCost,
        Money perUnitCost)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Name = name;
        Kind = kind;
        (CountryCode, Region) = location;
        PerShipmentCost = perShipmentCost;
        PerUnitCost = perUnitCost;
    }

    private Node()
    {
        Code = Name = CountryCode = "";
    }

    /// <summary>The node's short code, such as DC-EAST.</summary>
    public string Code { get; private set; }

    /// <summary>The name shown to people.</summary>
    public string Name { get; private set; }

    /// <summary>What kind of place it is.</summary>
    public NodeKind Kind { get; private set; }

    /// <summary>The ISO 3166-1 alpha-2 country it ships from.</summary>
    public string CountryCode { get; private set; }

    /// <summary>The state or region it ships from.</summary>
    public string? Region { get; private set; }

    /// <summary>What one parcel from this node costs, whatever it holds.</summary>
    public Money PerShipmentCost { get; private set; }

    /// <summary>What picking and packing one unit costs here.</summary>
    public Money PerUnitCost { get; private set; }

    /// <summary>The local time of day after which an order ships the next working day, if the node has one.</summary>
    public TimeOnly? OrderCutoff { get; private set; }

    /// <summary>The IANA time zone <see cref="OrderCutoff"/> is in.</summary>
    public string? TimeZone { get; private set; }

    /// <summary>Sets the daily order cut-off and the time zone it is read in.</summary>
    public Node WithCutoff(TimeOnly? cutoff, string? timeZone)
    {
        (OrderCutoff, TimeZone) = (cutoff, timeZone);
        return this;
    }
}
