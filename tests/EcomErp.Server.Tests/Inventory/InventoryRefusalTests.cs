using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Tests.Inventory;

/// <summary>
/// Stock reports that must be refused with the field at fault, leaving the ledger as it was. Each test works on
/// SKUs of its own, created for it, so the tests share one database without seeing each other's stock.
/// </summary>
public sealed class InventoryRefusalTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Receipt_PastTheBound_IsRefusedNamingQuantityAndTheDriftCheckStillRuns()
    {
        var sku = await NewSkuAsync(onHandEast: 0);
        var before = await LedgerCountAsync();

        var (huge, hugeBody) = await PostAsync("/api/inventory/receipts", Lines(sku, "DC-EAST", int.MaxValue));
        var (full, _) = await PostAsync("/api/inventory/receipts", Lines(sku, "DC-EAST", 1_000_000_000));
        var (over, overBody) = await PostAsync("/api/inventory/receipts", Lines(sku, "DC-EAST", 1));
        var (checkStatus, check) = await PostAsync("/api/inventory/drift-checks", new { });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity),
            (huge, full, over));
        Assert.Equal(["lines[0].quantity"], Fields(hugeBody));
        Assert.Contains("past the limit", Reason(overBody, "lines[0].quantity"), StringComparison.Ordinal);
        Assert.Equal(before + 1, await LedgerCountAsync());
        Assert.Equal(1_000_000_000, await OnHandAsync(sku, "DC-EAST"));
        Assert.Equal(HttpStatusCode.OK, checkStatus);
        Assert.DoesNotContain(check["drifts"]!.AsArray(), d => (string)d!["sku"]! == sku);
    }

    [Fact]
    public async Task Transfer_MoreThanTheSenderSpares_IsRefusedAndNothingMoves()
    {
        var sku = await NewSkuAsync(onHandEast: 5);

        var (status, body) = await PostAsync("/api/inventory/transfers", Transfer(sku, "TO-BIG", quantity: 6));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("5 unit(s)", Reason(body, "quantity"), StringComparison.Ordinal);
        Assert.Equal([("DC-EAST", 5, 0), ("DC-WEST", 0, 0)], await NodesAsync(sku));
        Assert.Empty((await GetAsync($"/api/inventory/{sku}"))["inTransit"]!.AsArray());
    }

    [Fact]
    public async Task Transfer_ToItselfOrWithoutExpectedAt_IsRefusedNamingTheField()
    {
        var sku = await NewSkuAsync(onHandEast: 5);

        var (itself, itselfBody) = await PostAsync("/api/inventory/transfers", new
        {
            reference = "TO-SELF", sku, fromNode = "DC-EAST", toNode = "DC-EAST", quantity = 1,
            expectedAt = DateTimeOffset.UtcNow.AddDays(1),
        });
        var (undated, undatedBody) = await PostAsync("/api/inventory/transfers", new
        {
            reference = "TO-UNDATED", sku, fromNode = "DC-EAST", toNode = "DC-WEST", quantity = 1,
        });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity), (itself, undated));
        Assert.Equal(["toNode"], Fields(itselfBody));
        Assert.Equal(["expectedAt"], Fields(undatedBody));
        Assert.Equal([("DC-EAST", 5, 0), ("DC-WEST", 0, 0)], await NodesAsync(sku));
    }

    [Fact]
    public async Task Transfer_ReferenceAgain_SameBodyAnswersTheFirstAndAnotherBodyIsAConflict()
    {
        var sku = await NewSkuAsync(onHandEast: 5);
        var other = await NewSkuAsync(onHandEast: 5);
        var reference = $"TO-{sku}";
        var expectedAt = DateTimeOffset.UtcNow.AddDays(2);
        object Body(string s, int quantity, string? fromNode = "DC-EAST") =>
            new { reference, sku = s, fromNode, toNode = "DC-WEST", quantity, expectedAt };

        var (first, firstBody) = await PostAsync("/api/inventory/transfers", Body(sku, 3));
        var (again, againBody) = await PostAsync("/api/inventory/transfers", Body(sku, 3));
        var (more, moreBody) = await PostAsync("/api/inventory/transfers", Body(sku, 4));
        var (elsewhere, elsewhereBody) = await PostAsync("/api/inventory/transfers", Body(other, 3, fromNode: null));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first, again));
        Assert.Equal((false, true), ((bool)firstBody["duplicate"]!, (bool)againBody["duplicate"]!));
        Assert.Equal((long)firstBody["id"]!, (long)againBody["id"]!);
        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (more, elsewhere));
        Assert.Equal(["reference"], Fields(moreBody));
        Assert.Contains("different quantity;", Reason(moreBody, "reference"), StringComparison.Ordinal);
        Assert.Contains("different sku, fromNode;", Reason(elsewhereBody, "reference"), StringComparison.Ordinal);
        Assert.Equal([("DC-EAST", 2, 0), ("DC-WEST", 0, 3)], await NodesAsync(sku));
        Assert.Equal([("DC-EAST", 5, 0), ("DC-WEST", 0, 0)], await NodesAsync(other));
    }

    [Fact]
    public async Task Arrival_MoreThanIsOnItsWay_IsRefusedNamingQuantity()
    {
        var sku = await NewSkuAsync(onHandEast: 5);
        var (dispatched, _) = await PostAsync("/api/inventory/transfers", Transfer(sku, $"TO-{sku}", quantity: 3));

        var (status, body) = await PostAsync($"/api/inventory/transfers/TO-{sku}/arrivals", new { quantity = 4 });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity), (dispatched, status));
        Assert.Contains("3 unit(s)", Reason(body, "quantity"), StringComparison.Ordinal);
        Assert.Equal([("DC-EAST", 2, 0), ("DC-WEST", 0, 3)], await NodesAsync(sku));
    }

    [Fact]
    public async Task Inspection_MoreThanAwaitsIt_IsRefusedNamingTheLineAndBooksNoLine()
    {
        var sku = await NewSkuAsync(onHandEast: 0);
        var before = await LedgerCountAsync();

        var (status, body) = await PostAsync("/api/inventory/movements", new
        {
            movements = new object[]
            {
                new { kind = "ReturnReceipt", sku, node = "DC-EAST", quantity = 2 },
                new { kind = "InspectionRestocked", sku, node = "DC-EAST", quantity = 1 },
                new { kind = "InspectionDamaged", sku, node = "DC-EAST", quantity = 2 },
            },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["movements[2].quantity"], Fields(body));
        Assert.Contains("1 unit(s) awaiting inspection", Reason(body, "movements[2].quantity"),
            StringComparison.Ordinal);
        Assert.Equal(before, await LedgerCountAsync());
    }

    [Fact]
    public async Task Movements_NameTheNodeAsReceiptsDo_AndProblemsByTheirPath()
    {
        var sku = await NewSkuAsync(onHandEast: 0);

        var (posted, postedBody) = await PostAsync("/api/inventory/movements", new
        {
            movements = new[] { new { kind = "Receipt", sku, node = "DC-WEST", quantity = 4 } },
        });
        var (refused, refusedBody) = await PostAsync("/api/inventory/movements", new
        {
            movements = new object[]
            {
                new { kind = "Receipt", sku, nodeCode = "DC-WEST", quantity = 4 },
                new { sku, node = "DC-WEST", quantity = 4 },
                new { kind = "SafetyStock", sku, node = "DC-WEST" },
            },
        });

        Assert.Equal((HttpStatusCode.OK, 1), (posted, (int)postedBody["posted"]!));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        Assert.Equal(["movements[0].node", "movements[1].kind", "movements[2].quantity"], Fields(refusedBody));
        Assert.Equal(4, await OnHandAsync(sku, "DC-WEST"));
    }

    [Fact]
    public async Task Movements_UnknownOrInternalKind_IsRefusedListingOnlyTheKindsThatMayBeReported()
    {
        var sku = await NewSkuAsync(onHandEast: 0);
        var before = await LedgerCountAsync();
        string[] reportable =
            ["Receipt", "Adjustment", "SafetyStock", "ReturnReceipt", "InspectionRestocked", "InspectionDamaged"];

        var answers = new List<(HttpStatusCode, JsonObject)>();
        foreach (var kind in new object[] { "Bogus", "Reservation", "TransferIn", 99 })
        {
            answers.Add(await PostAsync("/api/inventory/movements", new
            {
                movements = new[] { new { kind, sku, node = "DC-EAST", quantity = 1 } },
            }));
        }

        Assert.All(answers, answer =>
        {
            Assert.True(answer.Item1 is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity);
            Assert.Equal(["movements[0].kind"], Fields(answer.Item2));
            var reason = Reason(answer.Item2, "movements[0].kind");
            Assert.Equal($"must be one of {string.Join(", ", reportable)}", reason);
        });
        Assert.Equal(before, await LedgerCountAsync());
    }

    [Theory]
    [InlineData("{\"lines\":[{\"sku\":\"S\",\"node\":\"DC-EAST\",\"quantity\":1},]}")]
    [InlineData("{\"lines\":[{\"sku\":\"S\" \"node\":\"DC-EAST\",\"quantity\":1}]}")]
    [InlineData("{\"lines\":[{\"sku\":\"S\",\"node\":\"DC-EAST\",\"quantity\":1}")]
    [InlineData("lines=1")]
    public async Task Receipt_NotJson_IsNamedAsTheWholeBodyWithWhereItBroke(string body)
    {
        var (status, problem) = await PostRawAsync("/api/inventory/receipts", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["$"], Fields(problem));
        Assert.StartsWith("is not valid JSON (line 1, byte ", Reason(problem, "$"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receipt_FractionOrTextQuantity_NamesTheLinesQuantityAsAWholeNumber()
    {
        var before = await LedgerCountAsync();

        var (fraction, fractionBody) = await PostRawAsync("/api/inventory/receipts",
            "{\"lines\":[{\"sku\":\"WS-MUG-STONE\",\"node\":\"DC-EAST\",\"quantity\":1.5}]}");
        var (snapshot, snapshotBody) = await PostRawAsync("/api/inventory/snapshots",
            "{\"source\":\"wms\",\"reference\":\"T\",\"lines\":[{\"sku\":\"WS-MUG-STONE\"," +
            "\"node\":\"DC-EAST\",\"onHand\":\"x\"}]}");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (fraction, snapshot));
        Assert.Equal(("lines[0].quantity", "must be a whole number"),
            (Fields(fractionBody).Single(), Reason(fractionBody, "lines[0].quantity")));
        Assert.Equal(("lines[0].onHand", "must be a whole number"),
            (Fields(snapshotBody).Single(), Reason(snapshotBody, "lines[0].onHand")));
        Assert.Equal(before, await LedgerCountAsync());
    }

    [Fact]
    public async Task Availability_UnknownSku_IsListedAsAFailureBesideTheKnownOnes()
    {
        var body = await GetAsync("/api/channels/webstore/availability?sku=NO-SUCH-SKU&sku=WS-MUG-STONE");

        Assert.Equal(["WS-MUG-STONE"], body["items"]!.AsArray().Select(i => (string)i!["sku"]!));
        var failure = Assert.Single(body["failures"]!.AsArray())!;
        Assert.Equal("NO-SUCH-SKU", (string)failure["sku"]!);
        Assert.StartsWith("unknown SKU", (string)failure["reason"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snapshot_InXml_IsAnsweredUnsupportedMediaTypeNamingJsonAndCsv()
    {
        using var content = new StringContent("<snapshot/>", Encoding.UTF8, "application/xml");

        using var response = await server.Client.PostAsync(Uri("/api/inventory/snapshots"), content);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var reason = Reason(body, "Content-Type");
        Assert.Contains("application/json", reason, StringComparison.Ordinal);
        Assert.Contains("text/csv", reason, StringComparison.Ordinal);
    }

    private async Task<string> NewSkuAsync(int onHandEast)
    {
        var sku = $"T-{Guid.NewGuid():N}"[..20];
        var (created, _) = await PostAsync("/api/skus", new { code = sku, name = sku });
        Assert.Equal(HttpStatusCode.Created, created);
        var (west, _) = await PostAsync("/api/inventory/adjustments", Lines(sku, "DC-WEST", 1));
        var (back, _) = await PostAsync("/api/inventory/adjustments", Lines(sku, "DC-WEST", -1));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (west, back));
        if (onHandEast > 0)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync("/api/inventory/receipts",
                Lines(sku, "DC-EAST", onHandEast))).Status);
        }

        return sku;
    }

    private static object Lines(string sku, string node, int quantity) =>
        new { lines = new[] { new { sku, node, quantity } } };

    private static object Transfer(string sku, string reference, int quantity) => new
    {
        reference, sku, fromNode = "DC-EAST", toNode = "DC-WEST", quantity,
        expectedAt = DateTimeOffset.UtcNow.AddDays(2),
    };

    private static List<string> Fields(JsonObject problem) =>
        [.. problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal)];

    private static string Reason(JsonObject problem, string field) => (string)problem["errors"]![field]![0]!;

    private async Task<List<(string, int, int)>> NodesAsync(string sku) =>
        [.. (await GetAsync($"/api/inventory/{sku}"))["nodes"]!.AsArray()
            .Select(n => ((string)n!["node"]!, (int)n["onHand"]!, (int)n["inTransit"]!))];

    private async Task<int> OnHandAsync(string sku, string node) =>
        (await NodesAsync(sku)).Single(n => n.Item1 == node).Item2;

    private async Task<int> LedgerCountAsync()
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(server.ConnectionString));
        return await db.InventoryLedger.CountAsync();
    }

    private async Task<JsonObject> GetAsync(string path) =>
        (await server.Client.GetFromJsonAsync<JsonObject>(Uri(path)))!;

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(string path, object body)
    {
        using var response = await server.Client.PostAsJsonAsync(Uri(path), body);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostRawAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync(Uri(path), content);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private static Uri Uri(string path) => new(path, UriKind.Relative);
}
