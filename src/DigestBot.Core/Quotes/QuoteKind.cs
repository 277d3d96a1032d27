namespace DigestBot.Core.Quotes;

/// <summary>How a statement is reported.</summary>
public enum QuoteKind
{
    /// <summary>Verbatim, inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech, paraphrased ("X said that ...").</summary>
    Indirect,

    /// <summary>Reported speech containing a quoted fragment (is "vital").</summary>
    Mixed,
}
