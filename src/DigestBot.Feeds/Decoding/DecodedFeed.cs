namespace DigestBot.Feeds.Decoding;

/// <summary>Feed bytes turned into text, with the encoding that was used and how it was chosen.</summary>
/// <param name="Text">The decoded text, BOM removed.</param>
/// <param name="Encoding">The encoding's lower-case web name, such as "utf-8" or "iso-8859-1".</param>
/// <param name="Source">How the encoding was chosen: "bom", "declaration", "default", "detected" or "sniffed".</param>
public sealed record DecodedFeed(string Text, string Encoding, string Source);
