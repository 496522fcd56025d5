namespace EcomErp.Workflows.Tests.Corpus;

/// <summary>
/// What publishing a corpus file that the engine cannot run must report: exactly <see cref="Count"/> problems,
/// among them one for each element id with the given text.
/// </summary>
internal sealed record CorpusRefusal(string File, int Count, params (string ElementId, string Text)[] Mentions);
