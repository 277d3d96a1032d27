using System.Collections.Frozen;

namespace DigestBot.Core.Language;

/// <summary>Verbs that introduce a statement, in every tense form ("say", "says", "said", "saying").</summary>
internal static class CueVerbs
{
    // Verbs that take the hearer as an object before the statement: "told reporters that".
    private static readonly string[] HearerVerbs = ["tell", "inform", "assure", "remind", "advise", "warn", "promise", "reassure", "urge"];

    private static readonly string[] SpeechVerbs =
    [
        "say", "add", "state", "claim", "assert", "announce", "explain", "note", "observe", "write", "stress",
        "conclude", "insist", "argue", "report", "confirm", "deny", "admit", "acknowledge", "comment", "suggest",
        "reveal", "tweet", "estimate", "rule", "predict", "allege", "maintain", "reply", "respond", "answer",
        "urge", "emphasize", "emphasise", "mention", "declare", "contend", "recall", "testify",
        "disclose", "reiterate", "remark", "continue", "believe", "think", "feel", "agree", "ask",
        "underline", "caution", "counter", "indicate", "recount", "speculate", "affirm", "proclaim", "elaborate",
    ];

    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>
    {
        ["said"] = "say",
        ["says"] = "say",
        ["saying"] = "say",
        ["told"] = "tell",
        ["tells"] = "tell",
        ["telling"] = "tell",
        ["wrote"] = "write",
        ["written"] = "write",
        ["writes"] = "write",
        ["writing"] = "write",
        ["thought"] = "think",
        ["thinks"] = "think",
        ["thinking"] = "think",
        ["felt"] = "feel",
        ["feels"] = "feel",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    internal static readonly FrozenDictionary<string, string> Forms = BuildForms();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FormLookup =
        Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Hearer = HearerVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Verbs that usually take a noun object ("announced the start", "denied the allegations"): reported speech
    // after them needs "that".
    private static readonly FrozenSet<string> NeedThat = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "announce", "reveal", "confirm", "deny", "report", "acknowledge", "disclose", "indicate", "mention",
        "answer", "counter", "recount", "specify", "elaborate", "continue", "post", "tweet", "proclaim", "declare");

    /// <summary>True when reported speech after the verb must start with "that".</summary>
    public static bool NeedsThat(string lemma) => NeedThat.Contains(lemma);

    /// <summary>Gives the lemma when <paramref name="word"/> is a form of a cue verb.</summary>
    public static bool TryGetLemma(ReadOnlySpan<char> word, out string lemma)
    {
        if (FormLookup.TryGetValue(word, out var found))
        {
            lemma = found;
            return true;
        }

        lemma = string.Empty;
        return false;
    }

    /// <summary>True when the verb names its hearer before the statement ("told reporters").</summary>
    public static bool TakesHearer(string lemma) => Hearer.Contains(lemma);

    /// <summary>True for "-ing" forms, which carry no tense ("saying").</summary>
    public static bool IsParticiple(ReadOnlySpan<char> word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static FrozenDictionary<string, string> BuildForms()
    {
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var verb in SpeechVerbs.Concat(HearerVerbs))
        {
            forms[verb] = verb;
            foreach (var form in Inflect(verb))
            {
                forms.TryAdd(form, verb);
            }
        }

        foreach (var (form, lemma) in Irregular)
        {
            forms[form] = lemma;
        }

        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Inflect(string verb)
    {
        var stem = verb.EndsWith('e') ? verb[..^1] : verb;
        var consonantY = verb.EndsWith('y') && verb.Length > 1 && !"aeiou".Contains(verb[^2], StringComparison.Ordinal);
        yield return consonantY ? verb[..^1] + "ies" : verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) ? verb + "es" : verb + "s";
        yield return consonantY ? verb[..^1] + "ied" : verb.EndsWith('e') ? verb + "d" : verb + "ed";
        yield return stem + "ing";
        if (verb.EndsWith("it", StringComparison.Ordinal) || verb.EndsWith("ur", StringComparison.Ordinal))
        {
            yield return verb + verb[^1] + "ed";
            yield return verb + verb[^1] + "ing";
        }
    }
}
