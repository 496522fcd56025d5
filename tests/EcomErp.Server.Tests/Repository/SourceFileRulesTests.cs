using System.Text.RegularExpressions;

namespace EcomErp.Server.Tests.Repository;

/// <summary>
/// House rules the compiler cannot check, checked over every C# file of the repository so that the build, not
/// a reviewer, catches a slip: lines fit in 120 characters, and no unfinished-work marks are left behind.
/// Generated migrations are exempt.
/// </summary>
public sealed partial class SourceFileRulesTests
{
    private const int MaxLineLength = 120;

    [Fact]
    public void SourceFiles_EveryLine_FitsIn120Characters()
    {
        var tooLong = SourceLines().Where(l => l.Text.Length > MaxLineLength).Select(l => l.Where).ToList();

        Assert.True(tooLong.Count == 0, "Lines over 120 characters:\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void SourceFiles_NoUnfinishedWorkMarks()
    {
        var marks = SourceLines().Where(l => Marker().IsMatch(l.Text)).Select(l => l.Where).ToList();

        Assert.True(marks.Count == 0, "Unfinished-work marks:\n" + string.Join("\n", marks));
    }

    private static IEnumerable<(string Where, string Text)> SourceLines()
    {
        var root = RepositoryRoot();
        var files = new[] { "src", "rules", "tests", "bench" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(file => !IsGeneratedOrBuildOutput(file));
        return files.SelectMany(file => File.ReadLines(file).Select((text, index) =>
            ($"{Path.GetRelativePath(root, file)}:{index + 1}", text)));
    }

    private static bool IsGeneratedOrBuildOutput(string file)
    {
        var parts = file.Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj") || parts.Contains("Migrations");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EcomErp.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests do not run inside the repository: EcomErp.sln not found.");
    }

    [GeneratedRegex(@"//.*\b(TO[D]O|FIX[M]E|HA[C]K|X[X]X)\b")]
    private static partial Regex Marker();
}
