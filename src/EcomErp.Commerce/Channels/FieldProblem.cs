namespace EcomErp.Commerce.Channels;

/// <summary>Why one field of a payload was refused.</summary>
/// <param name="Field">
/// A JSON path such as <c>line_items[2].quantity</c>; <c>$</c> stands for the whole payload.
/// </param>
/// <param name="Reason">What is wrong with it, in words a channel developer can act on.</param>
public sealed record FieldProblem(string Field, string Reason);
