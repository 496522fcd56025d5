namespace EcomErp.Commerce.Orders;

/// <summary>Who placed the order, as far as the channel told us.</summary>
/// <param name="Email">The address order mail goes to.</param>
/// <param name="Name">The customer's full name.</param>
/// <param name="Phone">A phone number in the channel's own format.</param>
public sealed record CustomerContact(string? Email, string? Name, string? Phone)
{
    /// <summary>A customer the channel said nothing about.</summary>
    public static CustomerContact Unknown { get; } = new(null, null, null);

    /// <summary>The part of the e-mail address after the last '@', in lower case, or null without one.</summary>
    public string? EmailDomain
    {
        get
        {
            var at = Email?.LastIndexOf('@') ?? -1;
            return at < 0 ? null : Email![(at + 1)..].ToLowerInvariant();
        }
    }
}
