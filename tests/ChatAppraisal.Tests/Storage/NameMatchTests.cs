using ChatAppraisal.Appraisal;

namespace ChatAppraisal.Tests.Storage;

public class NameMatchTests
{
    static readonly string[] Villages = ["新庄村", "新华村", "庙台村", "新庄"];

    [Fact]
    public void ExactNameWinsOverAPartThatOccursTwice() =>
        Assert.Equal("新庄", NameMatch.Find(Villages, v => v, "新庄").Match);

    [Fact]
    public void UniquePartFindsTheName() =>
        Assert.Equal("庙台村", NameMatch.Find(Villages, v => v, "庙台").Match);

    [Fact]
    public void PartOfSeveralNamesIsAmbiguousAndListsThem()
    {
        var result = NameMatch.Find(Villages, v => v, "新");
        Assert.Equal(MatchKind.Ambiguous, result.Kind);
        Assert.Equal(["新庄村", "新华村", "新庄"], result.Candidates);
    }

    [Fact]
    public void UnknownNameMatchesNothing() =>
        Assert.Equal(MatchKind.None, NameMatch.Find(Villages, v => v, "东湾").Kind);
}
