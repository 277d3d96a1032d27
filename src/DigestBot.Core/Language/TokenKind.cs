namespace DigestBot.Core.Language;

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    /// <summary>Letters, possibly with inner dots, hyphens or apostrophes ("U.S", "al-Amr", "won't").</summary>
    Word,

    /// <summary>Starts with a digit ("19", "3.5", "6:00am").</summary>
    Number,

    /// <summary>A double quotation mark, straight or curly.</summary>
    QuoteMark,

    /// <summary>Any other single character.</summary>
    Punctuation,
}
