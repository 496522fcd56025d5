namespace EcomErp.Rules.Routing;

/// <summary>The node chosen to ship the whole order.</summary>
internal sealed record ChosenNode(string NodeCode, decimal Cost);
