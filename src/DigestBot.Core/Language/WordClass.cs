namespace DigestBot.Core.Language;

/// <summary>The word lists and shapes a token belongs to, found once per token when a text is parsed.</summary>
[Flags]
internal enum WordClass
{
    /// <summary>In no list.</summary>
    None = 0,

    /// <summary>A personal title or a word of one ("President", "Mr").</summary>
    Title = 1 << 0,

    /// <summary>A noun naming one person by role ("chief", "coach").</summary>
    PersonRole = 1 << 1,

    /// <summary>A noun naming a group or organisation ("officials", "ministry").</summary>
    Group = 1 << 2,

    /// <summary>A subject pronoun ("he", "she", "they").</summary>
    Pronoun = 1 << 3,

    /// <summary>An article, demonstrative or possessive.</summary>
    Determiner = 1 << 4,

    /// <summary>A lower-case word that can sit inside a name ("al", "van").</summary>
    NameParticle = 1 << 5,

    /// <summary>A day, month or relative day name.</summary>
    Calendar = 1 << 6,

    /// <summary>A closed-class word capitalised only at a sentence start.</summary>
    FunctionWord = 1 << 7,

    /// <summary>A form of a cue verb ("said", "tells").</summary>
    Cue = 1 << 8,

    /// <summary>An auxiliary or adverb skipped between a subject and its cue ("has also said").</summary>
    SubjectSkippable = 1 << 9,

    /// <summary>A word that ends a subject phrase read backwards from its cue ("that", "and").</summary>
    SubjectBoundary = 1 << 10,

    /// <summary>A word that cannot open a reported clause ("in", "also", "nothing").</summary>
    NotClauseStart = 1 << 11,

    /// <summary>Shape: a word starting with an upper-case letter, or a particle joined to one ("al-Amr").</summary>
    Capitalized = 1 << 16,

    /// <summary>Shape: a word starting with a lower-case letter.</summary>
    LowerInitial = 1 << 17,

    /// <summary>Shape: a word ending in "ly".</summary>
    EndsInLy = 1 << 18,

    /// <summary>Shape: a word longer than four letters ending in "ly" (a likely adverb).</summary>
    Adverb = 1 << 19,
}
