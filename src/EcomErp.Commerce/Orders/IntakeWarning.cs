namespace EcomErp.Commerce.Orders;

/// <summary>Something odd about an accepted payload that a person may want to look at.</summary>
/// <param name="Field">The JSON path of the field concerned, such as <c>line_items[2].id</c>.</param>
/// <param name="Text">What was odd and what the service did about it.</param>
public sealed record IntakeWarning(string Field, string Text);
