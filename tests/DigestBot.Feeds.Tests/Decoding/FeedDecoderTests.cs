using System.Text;
using DigestBot.Feeds.Decoding;

namespace DigestBot.Feeds.Tests.Decoding;

public sealed class FeedDecoderTests
{
    private const string Feed = "<?xml version=\"1.0\"?><rss><channel><title>Größe – ünïcode</title></channel></rss>";

    static FeedDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-16BE")]
    [InlineData("utf-16LE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public void Decode_WideUnicodeWithoutBom_SniffsTheEncoding(string encodingName)
    {
        var bytes = Encoding.GetEncoding(encodingName).GetBytes(Feed);

        var decoded = FeedDecoder.Decode(bytes);

        Assert.Equal(Feed, decoded.Text);
        Assert.Equal(encodingName.ToLowerInvariant(), decoded.Encoding);
    }

    [Fact]
    public void Decode_Utf8Bom_StripsTheBomAndReportsUtf8()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Feed)).ToArray();

        var decoded = FeedDecoder.Decode(bytes);

        Assert.Equal(Feed, decoded.Text);
        Assert.Equal("bom", decoded.Source);
    }

    [Fact]
    public void Decode_DeclaredLatin1_UsesTheDeclaration()
    {
        var text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><title>Expansão de Parâmetros</title></rss>";
        var bytes = Encoding.Latin1.GetBytes(text);

        var decoded = FeedDecoder.Decode(bytes);

        Assert.Equal(text, decoded.Text);
        Assert.Equal("iso-8859-1", decoded.Encoding);
    }

    [Fact]
    public void Decode_BogusUtf16DeclarationOnSingleByteText_FallsBackToUtf8()
    {
        var text = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss><title>café</title></rss>";

        var decoded = FeedDecoder.Decode(Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void Decode_UndeclaredKoi8r_DetectsTheCharset()
    {
        var text = "<rss><channel><item><title>Как пережить новогоднюю ночь</title><description>Наверное, единственное, во что сегодня можно верить безоговорочно, так это в то, что Новый год обязательно наступит.</description></item></channel></rss>";
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes(text);

        var decoded = FeedDecoder.Decode(bytes);

        Assert.Equal("koi8-r", decoded.Encoding);
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Decode_UnknownDeclaredEncoding_FallsBackWithoutThrowing()
    {
        var text = "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss/>";

        var decoded = FeedDecoder.Decode(Encoding.ASCII.GetBytes(text));

        Assert.Equal(text, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Theory]
    [InlineData("<rss><channel><item><title>Notícias: São Paulo é a maior cidade</title><description>A ação do governo na educação e na informação pública começou após a votação.</description></item></channel></rss>")]
    [InlineData("<rss><channel><item><title>Größere Förderung für Glasfaser</title><description>Ab April soll es wieder Förderung für den Ausbau geben; das Ministerium will es diesmal besser machen.</description></item></channel></rss>")]
    [InlineData("<rss><channel><item><title>Le président a annoncé une réforme</title><description>Les élèves étudient à l'école près de la forêt, où l'été est très chaud.</description></item></channel></rss>")]
    public void Decode_UndeclaredLatin1_DecodesAccentsCorrectly(string text)
    {
        var decoded = FeedDecoder.Decode(Encoding.Latin1.GetBytes(text));

        Assert.Equal(text, decoded.Text);
    }
}
