using System.Collections.Concurrent;
using System.Reflection;
using HeartSite.Engine.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HeartSite.Engine.Templates;

/// <summary>
/// The theme's Scriban templates, each parsed once per build: every <c>layouts/*.sbn-html</c> is a
/// layout (one layout wraps another with <c>{{ wrap layout "base" }}…{{ end }}</c>), every
/// <c>partials/*.sbn-html</c> a partial for <c>{{ include "name" }}</c>. Rendering escapes every
/// value (see <see cref="ThemeTemplateContext"/>) and runs in a sandbox: templates see only the
/// model they are given, only its HeartSite types' properties, no file but the theme's partials,
/// and bounded loops and recursion.
/// </summary>
public sealed class TemplateLibrary
{
    public const string Extension = ".sbn-html";

    /// <summary>Generous for any real page (the bench's home lists 4,000 posts); stops a runaway loop.</summary>
    public const int LoopLimit = 100_000;

    /// <summary>How deep includes and layouts may nest.</summary>
    public const int RecursiveLimit = 20;

    // Parsed once and shared with each language's library (see ForLanguage): a parsed template is only read.
    readonly Dictionary<string, Template> _layouts = new(StringComparer.Ordinal);
    readonly Dictionary<string, (string Path, string Text)> _partialSources = new(StringComparer.Ordinal);
    readonly Dictionary<string, Template> _partials = new(StringComparer.Ordinal);
    readonly List<Diagnostic> _problems = [];
    readonly ConcurrentDictionary<Diagnostic, bool> _reported = new();
    readonly ScriptObject _functions;
    readonly ThemeTemplateLoader _loader;
    // Contexts between renders: making one (with its stacks and the cached partials) costs more than
    // a small page's render, and reusing one keeps its cache of how to read each model type.
    readonly ConcurrentBag<TemplateContext> _contexts = [];

    /// <param name="culture">What <c>format_date</c> writes dates in (month and day names); the invariant culture when null.</param>
    public TemplateLibrary(string themeRoot, BuildSettings settings, System.Globalization.CultureInfo? culture = null)
    {
        foreach (var (name, path) in Files(themeRoot, "partials"))
        {
            var text = ReadTemplate(path);
            _partialSources[name] = (path, text);
            if (Parse(text, path, _problems.Add) is { } partial) _partials[path] = partial;
        }
        foreach (var (name, path) in Files(themeRoot, "layouts"))
            if (ParseFile(path, _problems.Add) is { } layout) _layouts[name] = layout;
        _functions = TemplateFunctions.Create(settings, _layouts, culture ?? System.Globalization.CultureInfo.InvariantCulture);
        _loader = new ThemeTemplateLoader(_partialSources);
    }

    TemplateLibrary(TemplateLibrary parsed, BuildSettings settings, System.Globalization.CultureInfo? culture)
    {
        (_layouts, _partialSources, _partials, _problems, _loader) = (parsed._layouts, parsed._partialSources, parsed._partials, parsed._problems, parsed._loader);
        _functions = TemplateFunctions.Create(settings, _layouts, culture ?? System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The same templates, not parsed again, for another language's build: its addresses
    /// (<paramref name="settings"/>' URLs) and its culture's month and day names.
    /// </summary>
    public TemplateLibrary ForLanguage(BuildSettings settings, System.Globalization.CultureInfo? culture) => new(this, settings, culture);

    /// <summary>Templates that do not parse, as HS0301 diagnostics at the file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems;

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    /// <summary>Renders a layout; null, after reporting HS0303 at the template's line, when rendering fails.</summary>
    public string? Render(string layout, IReadOnlyDictionary<string, object?> model, Action<Diagnostic> report) =>
        Render(_layouts[layout], model, report);

    /// <summary>Renders a parsed template (a layout, or one from <see cref="ParseFile"/>) with <paramref name="model"/> as its only variables.</summary>
    public string? Render(Template template, IReadOnlyDictionary<string, object?> model, Action<Diagnostic> report)
    {
        var context = _contexts.TryTake(out var idle) ? idle : NewContext();
        var globals = new ScriptObject(StringComparer.Ordinal);
        foreach (var (key, value) in model) globals.SetValue(key, value, false);
        context.PushGlobal(globals);
        try
        {
            var html = template.Render(context);
            // A render that ends normally leaves the context as it found it (its output emptied, every
            // scope it opened closed), so it goes back for the next page; a failed one is dropped.
            context.PopGlobal();
            _contexts.Add(context);
            return html;
        }
        catch (ScriptRuntimeException e)
        {
            var (file, line, column) = Where(e.Span);
            var problem = new Diagnostic(Severity.Error, "HS0303", $"template failed: {e.OriginalMessage}",
                "fix the template at this line; every {{ … }} may use only the page's values and the functions listed in the theme guide",
                file, line, column);
            // A broken template fails on every page that uses it: report it once.
            if (_reported.TryAdd(problem, true)) report(problem);
            return null;
        }
    }

    /// <summary>Parses one template file (for templates outside <c>layouts/</c>, such as the email theme); null, with HS0301, when it does not parse.</summary>
    public Template? ParseFile(string path, Action<Diagnostic> report) => Parse(ReadTemplate(path), path, report);

    TemplateContext NewContext()
    {
        var context = new ThemeTemplateContext(_functions)
        {
            TemplateLoader = _loader,
            MemberRenamer = member => member.Name,
            MemberFilter = IsModelProperty,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            // Scriban cuts longer output short with "..." by default; a page must never be truncated silently.
            LimitToString = 0,
            NewLine = "\n",
        };
        // Every partial was parsed once when the library was built; includes reuse those trees.
        foreach (var (path, partial) in _partials) context.CachedTemplates[path] = partial;
        return context;
    }

    // Templates read the properties of the site's own model types, and nothing else of .NET
    // (no fields, no methods, no members of framework types).
    static bool IsModelProperty(MemberInfo member) =>
        member is PropertyInfo { GetMethod.IsPublic: true } property
        && property.GetIndexParameters().Length == 0
        && property.DeclaringType?.Namespace?.StartsWith("HeartSite", StringComparison.Ordinal) == true;

    static Template? Parse(string text, string path, Action<Diagnostic> report)
    {
        var template = Template.Parse(text, path);
        if (!template.HasErrors) return template;
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            var (file, line, column) = Where(message.Span);
            report(new Diagnostic(Severity.Error, "HS0301", $"template does not parse: {message.Message}",
                "check that every {{ if }}, {{ for }} and {{ wrap }} has its {{ end }} and every {{ its }}", file ?? path, line, column));
        }
        return null;
    }

    static (string? File, int Line, int Column) Where(SourceSpan span) =>
        (string.IsNullOrEmpty(span.FileName) ? null : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    static string ReadTemplate(string path) => File.ReadAllText(path).Replace("\r\n", "\n");

    static IEnumerable<(string Name, string Path)> Files(string themeRoot, string folder)
    {
        var dir = Path.Combine(themeRoot, folder);
        if (!Directory.Exists(dir)) return [];
        return Directory.GetFiles(dir, "*" + Extension).Order(StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p)[..^Extension.Length], Path.GetFullPath(p)));
    }
}
