using System.Collections.Frozen;
using DigestBot.Core.Language;

namespace DigestBot.Core.People;

/// <summary>General English word lists for speakers: titles, role nouns, group nouns, pronouns. No names.</summary>
internal static class SpeakerLexicon
{
    internal static readonly string[] TitleWords =
    [
        "president", "minister", "secretary", "chancellor", "mr", "mrs", "ms", "miss", "dr", "prof", "professor",
        "sir", "dame", "lord", "lady", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
        "governor", "gov", "mayor", "king", "queen", "prince", "princess", "pope", "general", "gen", "colonel",
        "captain", "capt", "judge", "justice", "chief", "director", "chairman", "chairwoman", "chair", "ceo",
        "ambassador", "commissioner", "undersecretary", "premier", "spokesman", "spokeswoman", "spokesperson",
        "coach", "manager", "sheriff", "detective", "officer", "inspector", "sergeant", "lieutenant", "admiral",
        "bishop", "archbishop", "cardinal", "rabbi", "imam", "emeritus", "mp", "mep", "senior", "deputy", "vice",
        "envoy", "diplomat", "leader", "head", "founder", "co-founder", "chairperson", "dean", "sultan", "emir",
        "sheikh", "marshal", "superintendent", "attorney", "prosecutor", "curator", "editor", "columnist",
    ];

    internal static readonly string[] PersonRoleNouns =
    [
        "chief", "leader", "president", "minister", "secretary", "chancellor", "spokesman", "spokeswoman",
        "spokesperson", "director", "chairman", "chairwoman", "chair", "coach", "captain", "teacher", "father",
        "mother", "son", "daughter", "wife", "husband", "brother", "sister", "official", "diplomat", "envoy",
        "ambassador", "governor", "mayor", "senator", "lawyer", "attorney", "prosecutor", "judge", "author",
        "researcher", "scientist", "professor", "analyst", "expert", "founder", "co-founder", "owner", "manager",
        "ceo", "head", "commander", "general", "officer", "detective", "sheriff", "representative", "curator",
        "student", "witness", "resident", "premier", "king", "queen", "pope", "monarch", "boss", "executive",
        "economist", "doctor", "nurse", "activist", "campaigner", "lawmaker", "legislator", "mp", "candidate",
        "spokesperson", "source", "organizer", "organiser", "player", "striker", "goalkeeper", "defender",
        "midfielder", "referee", "woman", "man", "girl", "boy", "journalist", "reporter", "editor", "writer",
        "historian", "academic", "priest", "bishop", "victim", "survivor", "neighbour", "neighbor", "friend",
        "colleague", "partner", "singer", "actor", "actress", "artist", "politician", "aide", "adviser", "advisor",
        "musician", "photographer", "designer", "athlete", "instructor", "major", "novelist", "poet", "director",
        "producer", "filmmaker", "entrepreneur", "businessman", "businesswoman", "engineer", "pilot", "soldier",
        "observer", "banker", "trader", "dealer", "broker", "investor", "delegate", "negotiator",
    ];

    internal static readonly string[] GroupNouns =
    [
        "officials", "police", "ministry", "government", "department", "court", "company", "firm", "agency",
        "council", "committee", "commission", "authority", "authorities", "party", "union", "church", "group",
        "organisation", "organization", "office", "administration", "army", "military", "researchers",
        "scientists", "experts", "analysts", "media", "residents", "witnesses", "organisers", "organizers",
        "prosecutors", "lawmakers", "campaigners", "activists", "club", "team", "association", "board", "bank",
        "newspaper", "network", "kremlin", "spokespeople", "sources", "critics", "protesters", "doctors",
        "investigators", "leaders", "ministers", "lawyers", "teachers", "students", "parents", "people", "staff",
        "feds", "regulators", "prosecution", "defence", "defense", "opposition", "coalition", "federation",
        "foundation", "institute", "university", "school", "district", "corporation", "inc", "ltd", "news",
        "times", "herald", "press", "post", "journal", "tribune", "guardian", "telegraph", "broadcaster",
        "cabinet", "parliament", "senate", "congress", "assembly", "secretariat", "bureau", "service", "force",
        "navy", "police", "relations", "fund", "trust", "alliance", "movement", "network", "paper", "channel",
        "bankers", "traders", "dealers", "economists", "diplomats", "observers", "investors", "executives",
        "watchdog", "regulator", "magazine", "charity", "concern", "airline", "insurer", "lender", "carmaker",
        "brokers", "negotiators", "delegates", "unions", "farmers", "workers", "officers", "spokesmen", "managers",
        "directors", "members", "representatives", "producers", "exporters", "importers", "buyers", "corp",
        "plc", "co", "llc",
    ];

    // Nouns by which a business story refers back to the company it is about ("the company said").
    private static readonly FrozenSet<string> CompanyNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "company", "firm", "group", "concern", "corporation", "corp", "inc", "ltd", "plc", "co", "bank", "airline",
        "insurer", "lender", "carmaker", "retailer", "maker", "producer", "operator", "supplier", "chain", "brewer",
        "publisher", "utility", "exchange", "bourse");

    internal static readonly string[] PronounWords =
    ["he", "she", "they"];

    internal static readonly string[] Determiners =
    [
        "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "one", "another",
    ];

    internal static readonly string[] NameParticles =
    [
        "de", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "da", "di", "du", "dos",
        "das", "ter", "ten", "of",
    ];

    internal static readonly string[] CalendarWords =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "today", "yesterday", "tomorrow", "tonight",
    ];

    internal static readonly string[] FunctionWords =
    [
        "the", "a", "an", "in", "on", "at", "after", "before", "according", "during", "for", "from", "with", "by",
        "but", "and", "or", "as", "when", "while", "if", "since", "although", "though", "because", "this", "that",
        "these", "those", "his", "her", "their", "its", "our", "my", "your", "he", "she", "they", "it", "we", "i",
        "you", "there", "here", "then", "so", "yet", "also", "meanwhile", "however", "now", "of", "to", "both",
        "all", "some", "many", "most", "other", "each", "every", "no", "not", "what", "who", "which", "where",
        "how", "why", "more", "even", "just", "only", "image", "photo", "video", "audio", "credit", "source",
        "later", "earlier", "last", "next", "first", "still", "instead", "thus", "moreover", "furthermore",
        "nevertheless", "nonetheless", "indeed", "overall", "previously", "recently", "currently", "finally",
        "eventually", "separately", "similarly", "additionally", "elsewhere", "today", "yesterday", "tomorrow",
    ];

    /// <summary>A sentence adverb or closed-class word: "-ly" words and the function word list.</summary>
    public static bool IsAdverbOrFunctionWord(ReadOnlySpan<char> word) =>
        IsFunctionWord(word) || word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);

    /// <summary>A personal title or a word of one ("President", "Minister", "Mr").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Has(word, WordClass.Title);

    /// <summary>A noun naming one person by role ("chief", "leader", "coach").</summary>
    public static bool IsPersonRole(ReadOnlySpan<char> word) => Has(word, WordClass.PersonRole);

    /// <summary>A noun naming a group or organisation ("officials", "ministry", "police").</summary>
    public static bool IsGroup(ReadOnlySpan<char> word) => Has(word, WordClass.Group);

    /// <summary>A noun naming a company ("company", "firm", "bank") or ending a company's name ("Corp", "Plc").</summary>
    public static bool IsCompanyNoun(string word) => CompanyNouns.Contains(word);

    /// <summary>A subject pronoun.</summary>
    public static bool IsPronoun(ReadOnlySpan<char> word) => Has(word, WordClass.Pronoun);

    /// <summary>An article, demonstrative or possessive.</summary>
    public static bool IsDeterminer(ReadOnlySpan<char> word) => Has(word, WordClass.Determiner);

    /// <summary>A lower-case word that can sit inside a name ("al", "van", "de").</summary>
    public static bool IsNameParticle(ReadOnlySpan<char> word) => Has(word, WordClass.NameParticle);

    /// <summary>A day, month or relative day name.</summary>
    public static bool IsCalendar(ReadOnlySpan<char> word) => Has(word, WordClass.Calendar);

    /// <summary>A closed-class word that is capitalised only at a sentence start.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word) => Has(word, WordClass.FunctionWord);

    private static bool Has(ReadOnlySpan<char> word, WordClass wordClass) => (Lexicon.Find(word).Classes & wordClass) != 0;
}
