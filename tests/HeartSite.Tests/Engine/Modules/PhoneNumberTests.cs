using HeartSite.Engine.FrontMatter;

namespace HeartSite.Tests.Engine.Modules;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("988", "988", "tel:988", "sms:988")]
    [InlineData("911", "911", "tel:911", "sms:911")]
    [InlineData("711", "711", "tel:711", "sms:711")]
    [InlineData("741741", "741741", "tel:741741", "sms:741741")]
    [InlineData("1-800-662-4357", "1-800-662-4357", "tel:+18006624357", "sms:+18006624357")]
    [InlineData("800.662.4357", "1-800-662-4357", "tel:+18006624357", "sms:+18006624357")]
    [InlineData("(617) 555-0123", "617-555-0123", "tel:+16175550123", "sms:+16175550123")]
    [InlineData("+1 617 555 0123", "617-555-0123", "tel:+16175550123", "sms:+16175550123")]
    public void Numbers_and_short_codes_are_formatted_and_linked(string written, string display, string tel, string sms)
    {
        var phone = PhoneNumber.Parse(written, out var problem);
        Assert.Equal("", problem);
        Assert.Equal((display, tel, sms), (phone!.Display, phone.Tel, phone.Sms));
    }

    [Theory]
    [InlineData("1-800-662-HELP")]
    [InlineData("12")]
    [InlineData("411-1")]
    [InlineData("123")]
    [InlineData("123-456-7890")]
    [InlineData("617-155-0123")]
    [InlineData("+44 20 7946 0000")]
    [InlineData("tel:988")]
    [InlineData("06123")]
    public void Anything_else_is_refused_with_a_reason(string written)
    {
        Assert.Null(PhoneNumber.Parse(written, out var problem));
        Assert.NotEqual("", problem);
    }

    [Fact]
    public void A_bad_number_in_front_matter_is_HS0112_at_its_line()
    {
        var schema = new Schema("thing", Field.Phone("phone", ""));
        var document = new HeartSite.Engine.Document
        {
            Metadata = System.Collections.Immutable.ImmutableDictionary<string, object?>.Empty.Add("phone", "1-800-HELP"),
            Map = new HeartSite.Engine.SourceMap(System.Collections.Immutable.ImmutableDictionary<string, HeartSite.Engine.SourcePosition>.Empty
                .Add("phone", new(4, 1)), 5),
        };
        var diagnostics = new List<HeartSite.Engine.Diagnostics.Diagnostic>();
        Assert.Null(schema.Validate(document, diagnostics.Add));
        Assert.Equal(("HS0112", 4), (diagnostics.Single().Code, diagnostics.Single().Line));
    }
}
