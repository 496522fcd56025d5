namespace EcomErp.Commerce.Channels.Intake;

/// <summary>What became of one payload a channel sent.</summary>
public enum IntakeStatus
{
    /// <summary>Stored, not yet processed; a payload left here was interrupted and can be replayed.</summary>
    Received,

    /// <summary>It created an order.</summary>
    Created,

    /// <summary>It changed an existing order.</summary>
    Updated,

    /// <summary>The order already held this version; nothing changed.</summary>
    Unchanged,

    /// <summary>Its event id was handled before; nothing was done again.</summary>
    Duplicate,

    /// <summary>It is older than the version stored; ignored.</summary>
    Stale,

    /// <summary>An update that came before its order was created; kept until the create comes.</summary>
    Parked,

    /// <summary>A parked update, applied once its order was created.</summary>
    Applied,

    /// <summary>It cancelled the order.</summary>
    Cancelled,

    /// <summary>It asked for a change the order's state no longer allows; a person was given a task.</summary>
    ChangeRefused,

    /// <summary>A topic the service does not act on.</summary>
    Ignored,

    /// <summary>Its content was refused; the problems say why.</summary>
    Refused,

    /// <summary>Its signature was missing or wrong; only this line was kept.</summary>
    Unauthorized,

    /// <summary>It was larger than the body limit; only this line was kept.</summary>
    TooLarge,

    /// <summary>Its key had used up its requests for the minute.</summary>
    RateLimited,

    /// <summary>Processing failed on the server; the channel was told to retry.</summary>
    Failed,
}
