namespace EcomErp.Commerce.Finance;

/// <summary>The two sides of a journal line.</summary>
public enum EntrySide
{
    /// <summary>Debit: assets and expenses grow, liabilities and revenue shrink.</summary>
    Debit,

    /// <summary>Credit: liabilities and revenue grow, assets and expenses shrink.</summary>
    Credit,
}
