using NRules;

namespace EcomErp.Rules;

/// <summary>Runs one evaluation in a fresh session and records which rules fired.</summary>
internal static class RuleEvaluation
{
    public static RuleDecision<T> Run<T>(ISessionFactory rules, IEnumerable<object> facts, Func<ISession, T> read)
    {
        var session = rules.CreateSession();
        var fired = new List<string>();
        session.Events.RuleFiredEvent += (_, fire) => fired.Add(fire.Rule.Name);
        session.InsertAll(facts);
        session.Fire();
        return new RuleDecision<T>(read(session), fired);
    }
}
