namespace DigestBot.Core.Quotes;

/// <summary>One statement found in a text and the person or organisation it is attributed to.</summary>
/// <param name="Text">The statement, verbatim from the text (without enclosing quotation marks for direct quotes).</param>
/// <param name="Speaker">Canonical name of the speaker ("Kaja Kallas").</param>
/// <param name="Kind">Direct, indirect or mixed.</param>
/// <param name="Start">Offset of the first character of <paramref name="Text"/> in the analysed text.</param>
/// <param name="End">Offset just past the last character (exclusive).</param>
/// <param name="Cue">The cue verb or phrase ("said", "according to"), if any.</param>
/// <param name="SpeakerMention">The form used at the cue ("she", "The EU foreign policy chief").</param>
public sealed record Quote(
    string Text,
    string Speaker,
    QuoteKind Kind,
    int Start,
    int End,
    string? Cue = null,
    string? SpeakerMention = null);
