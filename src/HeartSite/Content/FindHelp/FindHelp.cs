using HeartSite.Engine.FrontMatter;

namespace HeartSite.Content.FindHelp;

/// <summary>
/// The Find help page: crisis lines, helplines and the organisations behind the campaign, one record
/// each in <c>input/data/help.yml</c>. Adding a resource is one record there; this file is the whole type.
/// </summary>
public static class FindHelp
{
    /// <summary>One way to reach a resource: a call, a text, a chat, a web page, a video call or a TTY line.</summary>
    public static readonly Schema Way = new Schema("way to reach help",
        Field.OneOf("how", "what the reader does", ["call", "text", "chat", "web", "video", "tty"], required: true),
        Field.Text("label", "the link's words, like 'Call 988'", required: true),
        Field.Phone("phone", "the number to call or text (for call, text and tty)"),
        Field.Url("url", "the web address (for chat, web and video)"),
        Field.Text("note", "a short extra step, like 'then press 2'"))
        .Require("phone", "how", "call", "text", "tty")
        .Require("url", "how", "chat", "web", "video");

    public static readonly Schema Resource = new("help resource",
        Field.Text("name", "the resource's name", required: true),
        Field.OneOf("kind", "where the page lists it", ["crisis", "support", "organisation"], required: true),
        Field.Text("for", "who it is for, in a few words", required: true),
        Field.Text("description", "one plain sentence on what it does", required: true),
        Field.Records("reach", "the ways to reach it", Way, required: true),
        Field.Text("hours", "when it can be reached, if its own page says"),
        Field.TextList("languages", "the languages it answers in, if its own page says"),
        Field.Url("source_url", "the page where its details can be checked", required: true));

    public static readonly DataPage Type = new("find-help", "data/help.yml", Resource, "find-help", "/find-help/",
        "Find help", "Where to call, text or chat for help with mental health, any time.");
}
