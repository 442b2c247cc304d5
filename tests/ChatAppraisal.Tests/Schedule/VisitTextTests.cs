using ChatAppraisal.Schedule;

namespace ChatAppraisal.Tests.Schedule;

public sealed class VisitTextTests
{
    static readonly DateOnly Today = new(2017, 12, 20);

    [Theory]
    [InlineData("1月15日 9:00 村委会议室", "2018-01-15", "09:00", "村委会议室")]
    [InlineData("1/15 9:00", "2018-01-15", "09:00", null)]
    [InlineData("2018-01-15 09:00", "2018-01-15", "09:00", null)]
    [InlineData("2018-01-15T09:00", "2018-01-15", "09:00", null)]
    [InlineData("１月１５日　９：００　村部", "2018-01-15", "09:00", "村部")]
    [InlineData("1月15日9点", "2018-01-15", "09:00", null)]
    [InlineData("1月15日 9点半 村部", "2018-01-15", "09:30", "村部")]
    [InlineData("1月15日 下午3点 村部", "2018-01-15", "15:00", "村部")]
    [InlineData("1月15日（星期一） 14:30", "2018-01-15", "14:30", null)]
    [InlineData("2018年1月16日 9时30分", "2018-01-16", "09:30", null)]
    [InlineData("12月28日 9:00", "2017-12-28", "09:00", null)]
    public void DatesAndTimesAreReadInTheirUsualForms(string text, string date, string time, string? note)
    {
        var when = VisitText.Parse(text, "2017年度", Today);

        Assert.True(when.Ok, when.Problem.ToString());
        Assert.Equal((date, time, note), (when.Date.ToString("yyyy-MM-dd"), when.Time.ToString("HH:mm"), when.Note));
    }

    [Theory]
    [InlineData("2017年度", 1, 2018)]
    [InlineData("2017年度", 6, 2018)]
    [InlineData("2017年度", 7, 2017)]
    [InlineData("2018 年度", 1, 2019)]
    [InlineData("第一期考核", 1, 2017)]
    public void AYearlessDateTakesItsYearFromThePeriodsName(string period, int month, int year) =>
        Assert.Equal(year, VisitText.YearFor(month, period, Today));

    [Theory]
    [InlineData("", VisitTextProblem.MissingDate)]
    [InlineData("下周一 9:00", VisitTextProblem.DateNotUnderstood)]
    [InlineData("13月1日 9:00", VisitTextProblem.NoSuchDay)]
    [InlineData("2月30日 9:00", VisitTextProblem.NoSuchDay)]
    [InlineData("1月15日", VisitTextProblem.MissingTime)]
    [InlineData("1月15日 早", VisitTextProblem.TimeNotUnderstood)]
    [InlineData("1月15日 9:75", VisitTextProblem.NoSuchTime)]
    [InlineData("1月15日 24:00", VisitTextProblem.NoSuchTime)]
    public void WhatCannotBeReadIsNamed(string text, VisitTextProblem problem) =>
        Assert.Equal(problem, VisitText.Parse(text, "2017年度", Today).Problem);

    [Fact]
    public void ANoteLongerThanAHundredCharactersIsRefused() =>
        Assert.Equal(VisitTextProblem.NoteTooLong, VisitText.Parse("1月15日 9:00 " + new string('会', 101), "2017年度", Today).Problem);
}
