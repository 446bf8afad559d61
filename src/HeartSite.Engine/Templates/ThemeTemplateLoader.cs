using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HeartSite.Engine.Templates;

/// <summary>
/// Resolves <c>{{ include "name" }}</c> to <c>theme/partials/name.sbn-html</c> and nothing else: the
/// name must be a plain file name (no folders, no dots), and only partials parsed when the library
/// was built can be loaded, so a template cannot read any other file.
/// </summary>
sealed partial class ThemeTemplateLoader(IReadOnlyDictionary<string, (string Path, string Text)> partials) : ITemplateLoader
{
    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!PlainName().IsMatch(templateName))
            throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is not a partial name; write the file name in theme/partials/ without '{TemplateLibrary.Extension}'");
        return partials.TryGetValue(templateName, out var partial)
            ? partial.Path
            : throw new ScriptRuntimeException(callerSpan, $"there is no partial named '{templateName}' in theme/partials/");
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        partials.Values.FirstOrDefault(p => p.Path == templatePath).Text;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex PlainName();
}
