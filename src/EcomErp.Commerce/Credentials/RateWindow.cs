namespace EcomErp.Commerce.Credentials;

/// <summary>
/// How many requests one caller made in one fixed window. Counting in a row that every server process updates
/// keeps the limit right however many processes serve the API.
/// </summary>
public sealed class RateWindow
{
    private RateWindow()
    {
    }

    /// <summary>Whose requests: a key id, or a channel's signed webhooks.</summary>
    public string Caller { get; private set; } = "";

    /// <summary>When the window began.</summary>
    public DateTimeOffset WindowStart { get; private set; }

    /// <summary>Requests counted so far.</summary>
    public int Count { get; private set; }
}
