using EcomErp.Commerce.Orders;

namespace EcomErp.Server.Intake;

/// <summary>
/// Orders a channel's versions of an order by its updated-at. PostgreSQL keeps microseconds, so versions are
/// compared at that precision.
/// </summary>
internal static class ChannelVersions
{
    private static readonly TimeSpan Precision = TimeSpan.FromMicroseconds(1);

    /// <summary>
    /// Below zero when <paramref name="canonical"/> is older than the stored order, zero when it is the same
    /// version, above zero when newer. A side without a version counts as newer, so that it is applied.
    /// </summary>
    public static int Compare(CanonicalOrder canonical, Order order)
    {
        if (canonical.UpdatedAt is not { } incoming || order.ChannelUpdatedAt is not { } stored)
        {
            return 1;
        }

        var difference = incoming.ToUniversalTime() - stored;
        return difference.Duration() < Precision ? 0 : Math.Sign(difference.Ticks);
    }
}
