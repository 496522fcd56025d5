namespace EcomErp.Commerce.Credentials;

/// <summary>Who an API key speaks for, which decides what it may do.</summary>
public enum PrincipalKind
{
    /// <summary>Operations and administration: every endpoint, every channel.</summary>
    Operations,

    /// <summary>One sales channel: its own orders, intake and SKU mappings only.</summary>
    Channel,

    /// <summary>One warehouse client: shipment confirmations and stock reports for its own nodes only.</summary>
    Warehouse,
}
