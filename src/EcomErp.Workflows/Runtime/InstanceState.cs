using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcomErp.Workflows.Runtime;

/// <summary>The tokens and scopes of one instance, stored as JSON on the instance row.</summary>
internal sealed class InstanceState
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public List<ScopeState> Scopes { get; set; } = [];

    public List<TokenState> Tokens { get; set; } = [];

    public static InstanceState Deserialize(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json, Json) ?? new InstanceState();

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    [JsonIgnore]
    public ScopeState Root => Scopes.First(s => s.ParentId is null);

    public ScopeState Scope(Guid id) => Scopes.First(s => s.Id == id);

    public TokenState? FindToken(Guid id) => Tokens.Find(t => t.Id == id);

    public IEnumerable<TokenState> TokensIn(Guid scopeId) => Tokens.Where(t => t.ScopeId == scopeId);

    public IEnumerable<ScopeState> ChildrenOf(Guid scopeId) => Scopes.Where(s => s.ParentId == scopeId);

    /// <summary>The scope and every scope nested in it, innermost last.</summary>
    public IEnumerable<ScopeState> ScopeTree(ScopeState scope) =>
        new[] { scope }.Concat(ChildrenOf(scope.Id).ToList().SelectMany(ScopeTree));
}
