using System.Runtime.Intrinsics;
using DigestBot.Core.Language;

namespace DigestBot.Core.Tests.Language;

public sealed class LexiconSlotTests
{
    [Fact]
    public void HeadOf_ShortAsciiWord_IsItsFoldedCharactersAsBytes()
    {
        var head = LexiconSlot.HeadOf(Folded("said"), 4);

        Assert.Equal(0x6469_6173UL, head); // 's' 'a' 'i' 'd', the first in the low byte
    }

    [Fact]
    public void HeadOf_LongWord_HasTheLongBitAndDiffersFromItsFirstEightCharacters()
    {
        var eight = LexiconSlot.HeadOf(Folded("spokesma"), 8);

        var nine = LexiconSlot.HeadOf(Folded("spokesma"), 9);

        Assert.Equal(eight | LexiconSlot.Long, nine);
        Assert.NotEqual(eight, nine);
    }

    [Fact]
    public void HeadOf_CharacterPastAscii_BecomesAByteNoListedWordHas()
    {
        var chars = Vector128.Create((ushort)'s', 0x017F, 0x00E9, 0x0100, 0x0173, 0, 0, 0); // past ASCII, some whose low byte is a letter

        var head = LexiconSlot.HeadOf(chars, 5);

        Assert.Equal(0x0000_00FF_FFFF_FF73UL, head);
    }

    [Fact]
    public void ClassesIf_MatchingHeadAndLength_GivesTheClassesAndNothingOtherwise()
    {
        var slot = new LexiconSlot(LexiconSlot.HeadOf(Folded("said"), 4), 4, WordClass.Cue);

        var same = slot.ClassesIf(LexiconSlot.HeadOf(Folded("SAID"), 4), 4);
        var otherLength = slot.ClassesIf(LexiconSlot.HeadOf(Folded("said"), 4), 5);
        var otherWord = slot.ClassesIf(LexiconSlot.HeadOf(Folded("sad"), 3));

        Assert.Equal(WordClass.Cue, same);
        Assert.Equal(WordClass.None, otherLength);
        Assert.Equal(WordClass.None, otherWord);
    }

    private static Vector128<ushort> Folded(string word)
    {
        var chars = new ushort[8];
        for (var i = 0; i < Math.Min(word.Length, 8); i++)
        {
            chars[i] = CaseFold.Fold(word[i]);
        }

        return Vector128.Create(chars);
    }
}
