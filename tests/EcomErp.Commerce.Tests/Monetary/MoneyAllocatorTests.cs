using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Tests.Monetary;

public sealed class MoneyAllocatorTests
{
    [Fact]
    public void Allocate_ThreeEqualWeights_PartsSumExactlyAndEarlierIndexGetsTheCent()
    {
        var parts = MoneyAllocator.Allocate(new Money(100m, "USD"), [1m, 1m, 1m]);

        Assert.Equal([33.34m, 33.33m, 33.33m], parts.Select(part => part.Amount));
        Assert.Equal(100m, parts.Sum(part => part.Amount));
    }

    [Fact]
    public void Allocate_ShopifySampleLineGross_GivesLargestRemainderCents()
    {
        var parts = MoneyAllocator.Allocate(new Money(20m, "USD"), [89.99m, 19.99m, 24.99m, 159.99m, 119.99m]);

        Assert.Equal([4.34m, 0.96m, 1.21m, 7.71m, 5.78m], parts.Select(part => part.Amount));
    }

    [Fact]
    public void Allocate_SameInputTwice_GivesSameParts()
    {
        decimal[] weights = [3.3m, 1.1m, 7.7m, 2.2m, 0m, 5.5m];

        var first = MoneyAllocator.Allocate(new Money(99.99m, "EUR"), weights);
        var second = MoneyAllocator.Allocate(new Money(99.99m, "EUR"), weights);

        Assert.Equal(first, second);
        Assert.Equal(99.99m, first.Sum(part => part.Amount));
        Assert.Equal(0m, first[4].Amount);
    }

    [Fact]
    public void Allocate_Yen_GivesWholeYen()
    {
        var parts = MoneyAllocator.Allocate(new Money(1000m, "JPY"), [1m, 1m, 1m]);

        Assert.Equal([334m, 333m, 333m], parts.Select(part => part.Amount));
        Assert.All(parts, part => Assert.Equal("JPY", part.Currency));
    }

    [Fact]
    public void Allocate_Dinar_GivesFils()
    {
        var parts = MoneyAllocator.Allocate(new Money(1m, "KWD"), [1m, 2m]);

        Assert.Equal([0.333m, 0.667m], parts.Select(part => part.Amount));
    }

    [Fact]
    public void Allocate_NegativeTotal_PartsSumToTotal()
    {
        var parts = MoneyAllocator.Allocate(new Money(-10m, "USD"), [1m, 1m, 1m]);

        Assert.Equal([-3.34m, -3.33m, -3.33m], parts.Select(part => part.Amount));
    }

    [Fact]
    public void Allocate_NegativeWeight_Throws()
    {
        Assert.Throws<ArgumentException>(() => MoneyAllocator.Allocate(new Money(10m, "USD"), [1m, -1m]));
    }

    [Fact]
    public void Allocate_AllWeightsZero_Throws()
    {
        Assert.Throws<ArgumentException>(() => MoneyAllocator.Allocate(new Money(10m, "USD"), [0m, 0m]));
    }

    [Fact]
    public void Allocate_NoWeights_Throws()
    {
        Assert.Throws<ArgumentException>(() => MoneyAllocator.Allocate(new Money(10m, "USD"), []));
    }

    [Fact]
    public void Allocate_TotalWithSubCentDigits_Throws()
    {
        Assert.Throws<ArgumentException>(() => MoneyAllocator.Allocate(new Money(10.005m, "USD"), [1m]));
    }
}
