using System.Globalization;
using HeartSite.Engine.Templates;

namespace HeartSite.Tests.Engine.Modules;

// format_date keeps each parsed pattern for the next page; a page must still get its own language's names.
public class FormatDateTests
{
    static CultureInfo WithMonths(string first, bool readOnly)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var months = culture.DateTimeFormat.MonthNames.ToArray();
        months[0] = first;
        culture.DateTimeFormat.MonthNames = months;
        culture.DateTimeFormat.MonthGenitiveNames = months;
        return readOnly ? CultureInfo.ReadOnly(culture) : culture;
    }

    [Fact]
    public void Two_languages_with_the_same_culture_name_keep_their_own_month_names()
    {
        var date = new DateOnly(2022, 1, 5);
        var spanish = WithMonths("enero", readOnly: true);
        var portuguese = WithMonths("janeiro", readOnly: true);
        Assert.Equal(spanish.Name, portuguese.Name);
        Assert.Equal("5 enero 2022", TemplateFunctions.FormatDate(date, "d MMMM yyyy", spanish));
        Assert.Equal("5 janeiro 2022", TemplateFunctions.FormatDate(date, "d MMMM yyyy", portuguese));
        Assert.Equal("5 enero 2022", TemplateFunctions.FormatDate(date, "d MMMM yyyy", spanish));
    }

    [Fact]
    public void A_culture_changed_after_a_date_was_written_writes_the_next_date_with_its_new_names()
    {
        var date = new DateTime(2022, 1, 5);
        var culture = WithMonths("Before", readOnly: false);
        Assert.Equal("5 Before 2022", TemplateFunctions.FormatDate(date, "d MMMM yyyy", culture));
        var months = culture.DateTimeFormat.MonthNames.ToArray();
        months[0] = "After";
        culture.DateTimeFormat.MonthNames = months;
        culture.DateTimeFormat.MonthGenitiveNames = months;
        Assert.Equal("5 After 2022", TemplateFunctions.FormatDate(date, "d MMMM yyyy", culture));
    }
}
