namespace DigestBot.Core.Language;

/// <summary>What the lexicon knows of one word.</summary>
/// <param name="Classes">The lists the word is in.</param>
/// <param name="Lemma">The cue verb's lemma when the word is a form of one ("said" gives "say").</param>
internal readonly record struct LexiconEntry(WordClass Classes, string? Lemma);
