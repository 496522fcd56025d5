namespace EcomErp.Commerce.Monetary;

/// <summary>
/// An exact amount in one currency. Amounts are decimals, never binary floating point, and arithmetic refuses to
/// mix currencies. The default value has no currency and is not a valid amount.
/// </summary>
/// <param name="Amount">The amount in major units (dollars, not cents).</param>
/// <param name="Currency">An ISO 4217 code in upper case.</param>
public readonly record struct Money(decimal Amount, string Currency) : IComparable<Money>
{
    /// <summary>The currency code; checked against the ISO 4217 table on construction.</summary>
    public string Currency { get; init; } = RequireCurrency(Currency);

    /// <summary>Whether the amount is exactly zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Zero in <paramref name="currency"/>.</summary>
    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>
    /// Adds up <paramref name="amounts"/>; an empty sequence gives zero in <paramref name="currency"/>.
    /// </summary>
    public static Money Sum(IEnumerable<Money> amounts, string currency)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return amounts.Aggregate(Zero(currency), (total, next) => total + next);
    }

    /// <summary>The sum of two amounts in the same currency.</summary>
    public static Money operator +(Money left, Money right) =>
        new(left.Amount + right.Amount, SameCurrency(left, right));

    /// <summary>The difference of two amounts in the same currency.</summary>
    public static Money operator -(Money left, Money right) =>
        new(left.Amount - right.Amount, SameCurrency(left, right));

    /// <summary>The amount negated.</summary>
    public static Money operator -(Money value) => value with { Amount = -value.Amount };

    /// <summary>The amount times a whole quantity, such as a unit price times the units ordered.</summary>
    public static Money operator *(Money value, int quantity) => value with { Amount = value.Amount * quantity };

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public int CompareTo(Money other)
    {
        SameCurrency(this, other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>The amount rounded half to even at the currency's minor unit (cents for USD, yen for JPY).</summary>
    public Money RoundToMinorUnit() =>
        this with { Amount = Math.Round(Amount, Currencies.MinorUnit(Currency), MidpointRounding.ToEven) };

    /// <summary>Whether the amount has no digits below the currency's minor unit.</summary>
    public bool IsWholeMinorUnits => RoundToMinorUnit().Amount == Amount;

    /// <summary>The amount and currency as invariant text, such as <c>12.50 USD</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Amount} {Currency}");

    private static string RequireCurrency(string currency)
    {
        Currencies.EnsureKnown(currency);
        return currency;
    }

    private static string SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? left.Currency
            : throw new CurrencyMismatchException(left.Currency, right.Currency);
}
