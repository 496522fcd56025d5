namespace EcomErp.Server.Orders;

/// <summary>What to do with a shipment confirmation, decided before anything is sent to the workflow.</summary>
internal abstract record ShipmentVerdict
{
    /// <summary>Send it on to the order's workflow.</summary>
    public sealed record Proceed : ShipmentVerdict;

    /// <summary>This tracking number was already recorded with the same lines: answer as before.</summary>
    public sealed record AlreadyRecorded : ShipmentVerdict;

    /// <summary>Refuse it with this response.</summary>
    public sealed record Refused(IResult Response) : ShipmentVerdict;
}
