using DigestBot.Core.Language;
using DigestBot.Core.Quotes;

namespace DigestBot.Core.Tests.Quotes;

public sealed class AppositivesTests
{
    [Theory]
    [InlineData("Lena Dahl, an analyst at Hanse Bank told the radio it.", "Lena Dahl")]
    [InlineData("Omar Haddad, the head of the port authority said it.", "Omar Haddad")]
    [InlineData("The union, which represents 4,000 drivers, said it.", "The union")]
    public void Before_NameOrGroupBeforeAppositive_IsTheSpeaker(string text, string expected)
    {
        using var parsed = ParsedText.Parse(text);
        var cue = Enumerable.Range(0, parsed.Count).First(i => parsed.Is(i, "said") || parsed.Is(i, "told"));

        var range = SubjectFinder.Before(parsed, cue, 0);

        Assert.Equal(expected, parsed.Slice(range.First, range.End));
    }

    [Fact]
    public void NameBeforeOpenRole_RoleWithoutName_IsEmpty()
    {
        using var parsed = ParsedText.Parse("In the end, an analyst at Hanse Bank said it.");
        var cue = Enumerable.Range(0, parsed.Count).First(i => parsed.Is(i, "said"));
        var role = SubjectFinder.Before(parsed, cue, 0);

        var name = Appositives.NameBeforeOpenRole(parsed, role, 0);

        Assert.True(name.IsEmpty);
    }
}
