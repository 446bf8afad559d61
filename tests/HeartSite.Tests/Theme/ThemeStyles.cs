using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using HeartSite.Tests.Support;

namespace HeartSite.Tests.Theme;

/// <summary>The theme's stylesheet as the browser gets it: every <c>theme/css/*.css</c> in name order, parsed by AngleSharp.Css.</summary>
public static class ThemeStyles
{
    public static ICssStyleSheet Parse() => new CssParser().ParseStyleSheet(Source());

    public static string Source() =>
        string.Concat(Directory.GetFiles(Path.Combine(Repo.Theme, "css"), "*.css").Order(StringComparer.Ordinal).Select(File.ReadAllText));

    /// <summary>The custom properties set on <c>:root</c> outside any media rule, then those inside media rules matching <paramref name="media"/>.</summary>
    public static IReadOnlyDictionary<string, string> RootProperties(ICssStyleSheet sheet, Func<string, bool>? media = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Take(ICssRuleList rules)
        {
            foreach (var rule in rules.OfType<ICssStyleRule>().Where(r => r.SelectorText == ":root"))
                foreach (var property in rule.Style.Where(p => p.Name.StartsWith("--", StringComparison.Ordinal)))
                    values[property.Name] = property.Value.Trim();
        }
        Take(sheet.Rules);
        if (media is not null)
            foreach (var rule in sheet.Rules.OfType<ICssMediaRule>().Where(m => media(m.ConditionText)))
                Take(rule.Rules);
        return values;
    }
}
