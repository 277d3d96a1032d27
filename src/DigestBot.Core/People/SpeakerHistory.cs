namespace DigestBot.Core.People;

/// <summary>
/// The speakers resolved so far in one article, most recent last: entities, and role or group phrases that no
/// entity fitted ("a board spokesman", "industry sources"), so a later "he" or "they" can refer back to them.
/// </summary>
internal sealed class SpeakerHistory
{
    private readonly List<ResolvedSpeaker> _speakers = [];

    /// <summary>Records <paramref name="speaker"/> as the most recent one.</summary>
    public void Add(ResolvedSpeaker speaker)
    {
        if (speaker.Name.Length == 0)
        {
            return;
        }

        _speakers.RemoveAll(s => s.Entity is not null ? s.Entity == speaker.Entity
            : speaker.Entity is null && s.Name.Equals(speaker.Name, StringComparison.OrdinalIgnoreCase));
        _speakers.Add(speaker);
    }

    /// <summary>The most recent speaker that <paramref name="fits"/>, or null.</summary>
    public ResolvedSpeaker? FindLast(Predicate<ResolvedSpeaker> fits) => _speakers.FindLast(fits);

    /// <summary>The most recent speaker that is an entity matching <paramref name="fits"/>, or null.</summary>
    public Entity? FindLastEntity(Predicate<Entity> fits) =>
        _speakers.FindLast(s => s.Entity is not null && fits(s.Entity))?.Entity;
}
