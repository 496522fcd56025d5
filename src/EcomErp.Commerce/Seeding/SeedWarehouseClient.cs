namespace EcomErp.Commerce.Seeding;

/// <summary>A warehouse client in a seed file.</summary>
/// <param name="Code">The client's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Nodes">The node codes it ships from.</param>
public sealed record SeedWarehouseClient(string Code, string Name, IReadOnlyList<string> Nodes);
