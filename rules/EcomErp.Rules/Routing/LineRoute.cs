namespace EcomErp.Rules.Routing;

/// <summary>
/// The node chosen for one line when no node ships the whole order: for the whole line, or for
/// <paramref name="Quantity"/> units of it when the line ships in parts from several nodes.
/// </summary>
internal sealed record LineRoute(int LineNo, string NodeCode, decimal UnitsCost, int? Quantity = null);
