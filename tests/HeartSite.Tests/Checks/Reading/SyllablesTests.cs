using HeartSite.Checks.Reading;

namespace HeartSite.Tests.Checks.Reading;

/// <summary>The syllable counter against dictionary syllable counts (Merriam-Webster's division), mostly words from this site.</summary>
public class SyllablesTests
{
    public static readonly TheoryData<string, int> Words = new()
    {
        { "the", 1 }, { "school", 1 }, { "schools", 1 }, { "health", 1 }, { "youth", 1 }, { "care", 1 }, { "whole", 1 },
        { "while", 1 }, { "free", 1 }, { "guide", 1 }, { "trained", 1 }, { "makes", 1 }, { "types", 1 }, { "based", 1 },
        { "used", 1 }, { "year", 1 }, { "young", 1 }, { "heart", 1 },
        { "mental", 2 }, { "trauma", 2 }, { "student", 2 }, { "teacher", 2 }, { "support", 2 }, { "center", 2 },
        { "practice", 2 }, { "program", 2 }, { "people", 2 }, { "crisis", 2 }, { "lifeline", 2 }, { "being", 2 },
        { "wanted", 2 }, { "boxes", 2 }, { "changes", 2 }, { "table", 2 }, { "little", 2 }, { "beyond", 2 },
        { "language", 2 }, { "lonely", 2 }, { "statement", 2 }, { "careful", 2 }, { "hopeless", 2 }, { "create", 2 },
        { "screening", 2 }, { "wellness", 2 }, { "learning", 2 }, { "danger", 2 }, { "quiet", 2 }, { "doing", 2 },
        { "seeing", 2 }, { "going", 2 }, { "saying", 2 }, { "science", 2 }, { "client", 2 }, { "patient", 2 },
        { "social", 2 }, { "special", 2 }, { "trusted", 2 }, { "agreed", 2 }, { "needed", 2 }, { "uses", 2 },
        { "places", 2 }, { "able", 2 }, { "movie", 2 }, { "value", 2 }, { "issue", 2 }, { "question", 2 },
        { "someone", 2 }, { "access", 2 }, { "treatment", 2 }, { "illness", 2 }, { "network", 2 }, { "region", 2 },
        { "resource", 2 }, { "healthcare", 2 }, { "every", 2 },
        { "family", 3 }, { "families", 3 }, { "partnership", 3 }, { "prevention", 3 }, { "resilience", 3 }, { "services", 3 },
        { "suicide", 3 }, { "usual", 3 }, { "period", 3 }, { "barrier", 3 }, { "barriers", 3 }, { "quality", 3 },
        { "created", 3 }, { "clinician", 3 }, { "medicaid", 3 }, { "insurance", 3 }, { "equity", 3 }, { "collective", 3 },
        { "leadership", 3 }, { "webinar", 3 }, { "newsletter", 3 }, { "awareness", 3 }, { "violence", 3 }, { "audience", 3 },
        { "media", 3 }, { "various", 3 }, { "serious", 3 }, { "previous", 3 }, { "easier", 3 }, { "influence", 3 },
        { "continue", 3 }, { "anyone", 3 }, { "everyone", 3 }, { "resources", 3 }, { "policy", 3 }, { "disorder", 3 },
        { "depression", 3 }, { "national", 3 }, { "primary", 3 }, { "qualified", 3 }, { "certified", 3 }, { "assistance", 3 },
        { "technical", 3 },
        { "community", 4 }, { "collaborate", 4 }, { "educator", 4 }, { "resiliency", 4 }, { "compassionate", 4 },
        { "anxiety", 4 }, { "coordinate", 4 }, { "education", 4 }, { "information", 4 }, { "technology", 4 },
        { "behavioral", 4 }, { "academy", 4 }, { "emergency", 4 }, { "immediate", 4 }, { "experience", 4 },
        { "society", 4 }, { "situation", 4 }, { "evaluate", 4 }, { "affordable", 4 }, { "apprehension", 4 },
        { "federally", 4 }, { "continuing", 4 },
        { "collaboration", 5 }, { "individual", 5 },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Counts_match_the_dictionary(string word, int syllables) => Assert.Equal(syllables, Syllables.Count(word));

    [Fact]
    public void The_table_is_large_enough_to_mean_something() => Assert.True(Words.Count >= 60);

    [Theory]
    [InlineData("Trauma-skilled", 3)]
    [InlineData("(families),", 3)]
    [InlineData("988", 3)]
    [InlineData("—", 0)]
    public void Hyphens_punctuation_and_digits(string token, int syllables) => Assert.Equal(syllables, Syllables.Count(token));
}
