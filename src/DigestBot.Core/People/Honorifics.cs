namespace DigestBot.Core.People;

/// <summary>Courtesy titles ("Mr", "Dr", "Dame"): not roles, and some tell a person's gender.</summary>
internal static class Honorifics
{
    /// <summary>True when <paramref name="role"/> is only a courtesy title, not a role worth keeping.</summary>
    public static bool IsHonorific(string role) => IsAny(role, "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof");

    /// <summary>The gender a title tells ("Mr", "Mrs", "Ms", "Miss"), or null.</summary>
    public static Gender? GenderOf(string title) =>
        IsAny(title, "mr") ? Gender.Male : IsAny(title, "mrs", "ms", "miss") ? Gender.Female : null;

    private static bool IsAny(string word, params ReadOnlySpan<string> forms)
    {
        foreach (var form in forms)
        {
            if (word.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
