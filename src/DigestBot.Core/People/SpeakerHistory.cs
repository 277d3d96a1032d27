namespace DigestBot.Core.People;

/// <summary>
/// The speakers resolved so far in one article, most recent last: entities, and role or group phrases that no
/// entity fitted ("a board spokesman", "industry sources"), so a later "he" or "they" can refer back to them.
/// </summary>
internal sealed class SpeakerHistory
{
    private readonly List<ResolvedSpeaker> _speakers = new(8); // an article's few distinct speakers, without regrowing

    /// <summary>Number of speakers recorded.</summary>
    public int Count => _speakers.Count;

    /// <summary>The speaker at <paramref name="index"/>, oldest first.</summary>
    public ResolvedSpeaker this[int index] => _speakers[index];

    /// <summary>Records <paramref name="speaker"/> as the most recent one.</summary>
    public void Add(ResolvedSpeaker speaker)
    {
        if (speaker.Name.Length == 0)
        {
            return;
        }

        for (var i = _speakers.Count - 1; i >= 0; i--)
        {
            var s = _speakers[i];
            var same = s.Entity is not null ? s.Entity == speaker.Entity
                : speaker.Entity is null && s.Name.Equals(speaker.Name, StringComparison.OrdinalIgnoreCase);
            if (same)
            {
                _speakers.RemoveAt(i);
            }
        }

        _speakers.Add(speaker);
    }

    /// <summary>The most recent speaker that <paramref name="fits"/>, or null.</summary>
    public ResolvedSpeaker? FindLast(Predicate<ResolvedSpeaker> fits)
    {
        for (var i = _speakers.Count - 1; i >= 0; i--)
        {
            if (fits(_speakers[i]))
            {
                return _speakers[i];
            }
        }

        return null;
    }

    /// <summary>The most recent speaker that is an entity matching <paramref name="fits"/>, or null.</summary>
    public Entity? FindLastEntity(Predicate<Entity> fits)
    {
        for (var i = _speakers.Count - 1; i >= 0; i--)
        {
            if (_speakers[i].Entity is { } e && fits(e))
            {
                return e;
            }
        }

        return null;
    }
}
