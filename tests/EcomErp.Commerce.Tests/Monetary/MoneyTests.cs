using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Tests.Monetary;

public sealed class MoneyTests
{
    [Fact]
    public void Add_SameCurrency_AddsExactly()
    {
        var sum = new Money(0.1m, "USD") + new Money(0.2m, "USD");

        Assert.Equal(new Money(0.3m, "USD"), sum);
    }

    [Fact]
    public void Add_MixedCurrencies_ThrowsNamingBoth()
    {
        var exception = Assert.Throws<CurrencyMismatchException>(() => new Money(1m, "USD") + new Money(1m, "EUR"));

        Assert.Contains("USD", exception.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", exception.Message, StringComparison.Ordinal);
        Assert.Equal(("USD", "EUR"), (exception.Left, exception.Right));
    }

    [Fact]
    public void Compare_MixedCurrencies_Throws()
    {
        Assert.Throws<CurrencyMismatchException>(() => new Money(1m, "USD") < new Money(2m, "JPY"));
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("XYZ")]
    [InlineData("")]
    public void Constructor_UnknownOrLowerCaseCode_Throws(string code)
    {
        Assert.Throws<ArgumentException>(() => new Money(1m, code));
    }

    [Theory]
    [InlineData("JPY", 0)]
    [InlineData("KWD", 3)]
    [InlineData("BHD", 3)]
    [InlineData("USD", 2)]
    [InlineData("EUR", 2)]
    public void MinorUnit_KnownCurrency_ReturnsIsoDigits(string code, int digits)
    {
        Assert.Equal(digits, Currencies.MinorUnit(code));
    }

    [Fact]
    public void RoundToMinorUnit_Yen_RoundsToWholeYen()
    {
        Assert.Equal(new Money(1234m, "JPY"), new Money(1234.5m, "JPY").RoundToMinorUnit());
        Assert.False(new Money(1.005m, "USD").IsWholeMinorUnits);
        Assert.True(new Money(1.005m, "KWD").IsWholeMinorUnits);
    }

    [Fact]
    public void Multiply_ByQuantity_KeepsCurrency()
    {
        Assert.Equal(new Money(59.97m, "USD"), new Money(19.99m, "USD") * 3);
    }
}
