namespace EcomErp.Commerce.Monetary;

/// <summary>Thrown when an operation combines amounts in two different currencies.</summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>
    /// Creates the exception for an operation that met <paramref name="left"/> and <paramref name="right"/>.
    /// </summary>
    public CurrencyMismatchException(string left, string right)
        : base($"Cannot combine amounts in {left} and {right}; convert one of them first.")
    {
        Left = left;
        Right = right;
    }

    /// <summary>The currency of the first operand.</summary>
    public string Left { get; }

    /// <summary>The currency of the second operand.</summary>
    public string Right { get; }
}
