using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.Text;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HeartSite.Engine.Templates;

/// <summary>
/// What a theme template can call: Scriban's standard functions (<c>string</c>, <c>array</c>,
/// <c>math</c>, <c>html</c>, …) without the ones that break the sandbox or the build's
/// determinism, plus the site's own:
/// <c>{{ url "/news/" }}</c> puts a site path under the base path;
/// <c>{{ format_date value "MMMM d, yyyy" }}</c> formats a date with a NodaTime pattern in the build's
/// culture for the page's language (never the machine's);
/// <c>{{ include "name" }}</c> renders <c>theme/partials/name.sbn-html</c>;
/// <c>{{ wrap layout "base" }}…{{ end }}</c> renders a layout around the block, which it sees as <c>body</c>.
/// </summary>
public static class TemplateFunctions
{
    public static ScriptObject Create(BuildSettings settings, IReadOnlyDictionary<string, Template> layouts, CultureInfo culture)
    {
        var builtins = new ScriptObject(StringComparer.Ordinal);
        foreach (var (name, value) in Standard.Value) builtins.SetValue(name, value, true);
        builtins.SetValue("include", new TrustedInclude(new IncludeFunction()), true);
        builtins.SetValue("layout", new LayoutFunction(layouts), true);
        builtins.Import("url", new Func<string?, string>(path => settings.Urls.Relative(path ?? "")));
        builtins.Import("format_date", new Func<object?, string?, string>((value, format) => FormatDate(value, format ?? "MMMM d, yyyy", culture)));
        Freeze(builtins);
        return builtins;
    }

    /// <summary>
    /// Scriban's standard functions as every theme may call them, made once per process and shared,
    /// frozen, by every language's templates: Scriban builds them by reflection, which costs more
    /// than rendering a page. The modules are named one by one, so a function Scriban adds does
    /// not reach themes unread, and the ones left out are never built: <c>date</c> reads the wall
    /// clock (the build's time is --now); <c>include_join</c> would bypass the trusted include, and
    /// <c>include</c> is each library's own. <c>object.eval</c> and <c>object.eval_template</c>
    /// would run a content value as a template.
    /// </summary>
    static readonly Lazy<ScriptObject> Standard = new(() =>
    {
        var builtins = new ScriptObject
        {
            ["array"] = new BuiltOnFirstUse(() => new ArrayFunctions()),
            ["empty"] = EmptyScriptObject.Default,
            ["blank"] = EmptyScriptObject.Default,
            ["html"] = new BuiltOnFirstUse(() => new HtmlFunctions()),
            ["math"] = new BuiltOnFirstUse(() => new MathFunctions()),
            ["object"] = new BuiltOnFirstUse(() =>
            {
                var objects = new ObjectFunctions();
                objects.Remove("eval");
                objects.Remove("eval_template");
                return objects;
            }),
            ["regex"] = new BuiltOnFirstUse(() => new RegexFunctions()),
            ["string"] = new BuiltOnFirstUse(() => new StringFunctions()),
            ["timespan"] = new BuiltOnFirstUse(() => new TimeSpanFunctions()),
        };
        Freeze(builtins);
        return builtins;
    });

    /// <summary>
    /// One of Scriban's standard modules, built (by reflection over its methods) and frozen the first
    /// time a template uses it: a theme uses one or two of the seven, and building them all was most
    /// of the time it took to read a theme.
    /// </summary>
    sealed class BuiltOnFirstUse(Func<ScriptObject> build) : IScriptObject
    {
        readonly Lazy<ScriptObject> _module = new(() =>
        {
            var module = build();
            Freeze(module);
            return module;
        });

        ScriptObject Module => _module.Value;

        public int Count => Module.Count;

        public IEnumerable<string> GetMembers() => Module.GetMembers();

        public bool Contains(string member) => Module.Contains(member);

        public bool IsReadOnly { get => Module.IsReadOnly; set => Module.IsReadOnly = value; }

        public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
            Module.TryGetValue(context, span, member, out value);

        public bool CanWrite(string member) => Module.CanWrite(member);

        public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) =>
            Module.TrySetValue(context, span, member, value, readOnly);

        public bool Remove(string member) => Module.Remove(member);

        public void SetReadOnly(string member, bool readOnly) => Module.SetReadOnly(member, readOnly);

        public IScriptObject Clone(bool deep) => Module.Clone(deep);
    }

    /// <summary>A date written with a NodaTime pattern (<c>MMMM d, yyyy</c>) in <paramref name="culture"/>'s month and day names.</summary>
    public static string FormatDate(object? value, string format, CultureInfo culture) => value switch
    {
        DateOnly d => DatePattern(format, culture).Format(LocalDate.FromDateOnly(d)),
        DateTime d => DateTimePattern(format, culture).Format(LocalDateTime.FromDateTime(d)),
        DateTimeOffset d => DateTimePattern(format, culture).Format(LocalDateTime.FromDateTime(d.DateTime)),
        LocalDate d => DatePattern(format, culture).Format(d),
        null => "",
        _ => value.ToString() ?? "",
    };

    // Parsing a pattern costs far more than formatting with it, and a theme uses a handful of
    // patterns on every page (a list of 10,000 posts formats 10,000 dates): each is parsed once per
    // culture object. Cultures are told apart by reference, not by name: a site's languages are
    // read-only copies of one culture with their own month names, all with the same name. A culture
    // that can still change is not cached, as NodaTime does for its own format data.
    static readonly ConditionalWeakTable<CultureInfo, Patterns> PatternCache = new();

    sealed class Patterns
    {
        public readonly ConcurrentDictionary<string, LocalDatePattern> Date = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, LocalDateTimePattern> DateTime = new(StringComparer.Ordinal);
    }

    static LocalDatePattern DatePattern(string format, CultureInfo culture) => culture.IsReadOnly
        ? PatternCache.GetValue(culture, _ => new Patterns()).Date.GetOrAdd(format, static (f, c) => LocalDatePattern.Create(f, c), culture)
        : LocalDatePattern.Create(format, culture);

    static LocalDateTimePattern DateTimePattern(string format, CultureInfo culture) => culture.IsReadOnly
        ? PatternCache.GetValue(culture, _ => new Patterns()).DateTime.GetOrAdd(format, static (f, c) => LocalDateTimePattern.Create(f, c), culture)
        : LocalDateTimePattern.Create(format, culture);

    // The builtins are shared by every render of a build, on many threads: no template may change them.
    static void Freeze(ScriptObject scriptObject)
    {
        foreach (var child in scriptObject.Values.OfType<ScriptObject>()) Freeze(child);
        scriptObject.IsReadOnly = true;
    }

    /// <summary>Scriban's include, its output marked as trusted: it is template output, escaped as it was written.</summary>
    sealed class TrustedInclude(IncludeFunction include) : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            TrustedHtml.FromSafeSource(include.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => include.RequiredParameterCount;
        public int ParameterCount => include.ParameterCount;
        public ScriptVarParamKind VarParamKind => include.VarParamKind;
        public Type ReturnType => typeof(TrustedHtml);
        public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);
    }

    /// <summary>
    /// <c>{{ wrap layout "base" }}…{{ end }}</c>: renders the block, then the named layout with the
    /// block's output as <c>body</c>, so every page layout shares one outer page.
    /// </summary>
    sealed class LayoutFunction(IReadOnlyDictionary<string, Template> layouts) : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? context.CurrentSpan;
            var name = context.ObjectToString(arguments[0]) ?? "";
            if (!layouts.TryGetValue(name, out var layout))
                throw new ScriptRuntimeException(span, $"there is no layout named '{name}' in theme/layouts/");
            if (blockStatement is null)
                throw new ScriptRuntimeException(span, $"use layout with wrap: {{{{ wrap layout \"{name}\" }}}}…{{{{ end }}}}");
            // The block renders into a builder the context keeps between pages, and the layout straight
            // into the caller's output: a page's HTML is copied twice on its way through wrap instead of
            // four times (each copy as large as the page, ~30 KB of UTF-16 for a bench post).
            var builder = context is ThemeTemplateContext theme ? theme.RentBuilder() : new System.Text.StringBuilder();
            context.PushOutput(new StringBuilderOutput(builder));
            string body;
            try { blockStatement.Evaluate(context); }
            finally
            {
                context.PopOutput();
                body = builder.ToString();
                (context as ThemeTemplateContext)?.ReturnBuilder(builder);
            }
            context.SetValue(ScriptVariable.Create("body", ScriptVariableScope.Global), TrustedHtml.FromSafeSource(body));
            // An indented wrap indents every line of the layout's output as Scriban writes it: that
            // case keeps Scriban's own render to a string. (An unindented one has the empty indent.)
            if (!string.IsNullOrEmpty(context.CurrentIndent))
                return TrustedHtml.FromSafeSource(context.RenderTemplate(layout, new ScriptArray(), callerContext));
            RenderInto(context, layout, callerContext);
            return null;
        }

        // What TemplateContext.RenderTemplate does (a recursion guard, a local scope, no arguments),
        // with the caller's output as the layout's, so its text is never gathered into a string of its own.
        static void RenderInto(TemplateContext context, Template layout, ScriptNode? callerContext)
        {
            context.EnterRecursive(callerContext);
            var indent = context.CurrentIndent;
            context.CurrentIndent = null;
            context.PushOutput(new ForwardingOutput(context.Output));
            context.PushLocal();
            try
            {
                context.SetValue(ScriptVariable.Arguments, new ScriptArray(), true, true);
                layout.Render(context);
            }
            finally
            {
                context.PopLocal();
                context.PopOutput();
                context.CurrentIndent = indent;
                context.ExitRecursive(callerContext);
            }
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => 1;
        public int ParameterCount => 1;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(TrustedHtml);
        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");
    }

    /// <summary>Passes a layout's text on to the page's output; <c>Template.Render</c> then finds nothing here to return.</summary>
    sealed class ForwardingOutput(IScriptOutput target) : IScriptOutput
    {
        public void Write(string text, int offset, int count) => target.Write(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) =>
            target.WriteAsync(text, offset, count, cancellationToken);

        public override string ToString() => "";
    }
}
