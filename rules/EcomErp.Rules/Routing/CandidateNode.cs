namespace EcomErp.Rules.Routing;

/// <summary>A node that may ship, with its costs in the order's currency.</summary>
/// <param name="NodeCode">The node.</param>
/// <param name="ShipmentCost">What one parcel from it costs.</param>
/// <param name="UnitCost">What one unit picked there costs.</param>
public sealed record CandidateNode(string NodeCode, decimal ShipmentCost, decimal UnitCost);
