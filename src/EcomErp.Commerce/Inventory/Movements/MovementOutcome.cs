using System.Text.Json.Serialization;

namespace EcomErp.Commerce.Inventory.Movements;

/// <summary>What posting movements did.</summary>
/// <param name="Posted">Movements written to the ledger.</param>
/// <param name="Duplicates">Movements whose reference had been posted before, so they were skipped.</param>
public sealed record MovementOutcome(int Posted, int Duplicates)
{
    /// <summary>
    /// Movements refused, by their index in the list, with the reason their quantity cannot be taken. When there
    /// are any, nothing was posted.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<(int Index, string Reason)> Refused { get; init; } = [];
}
