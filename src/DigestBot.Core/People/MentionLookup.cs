namespace DigestBot.Core.People;

/// <summary>Finds the name mention covering a token.</summary>
internal static class MentionLookup
{
    /// <summary>The mention holding <paramref name="token"/>, or null.</summary>
    public static NameMention? At(IReadOnlyList<NameMention> mentions, int token)
    {
        foreach (var m in mentions)
        {
            if (m.First <= token && token < m.End)
            {
                return m;
            }
        }

        return null;
    }
}
