package org.tidings.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tidings.nlp.Timex;

/** Each resolution rule on sentences of our own; the articles are dated Monday 21 October 2024. */
class TimeNormalizerTest {

    private static final LocalDate DCT = LocalDate.of(2024, 10, 21);

    private static String values(String text) {
        return values(text, DCT);
    }

    private static String values(String text, LocalDate dct) {
        List<Timex> ts = TimeNormalizer.annotate(text, dct);
        return ts.stream().map(t -> t.text() + "=" + t.value() + (t.mod() == null ? "" : "/" + t.mod()))
                .collect(Collectors.joining("; "));
    }

    @Test
    void lastWeekIsTheIsoWeekBeforeTheArticle() {
        assertEquals("Last week=2024-W42", values("Last week, the ministry said the border would stay closed."));
    }

    @Test
    void bareWeekdayFollowsTheTense() {
        assertEquals("Friday=2024-10-18", values("The minister met his Chinese counterpart on Friday."));
        assertEquals("Friday=2024-10-25", values("The minister will meet his Chinese counterpart on Friday."));
        assertEquals("Thursday=2024-10-24", values("The talks are expected to resume Thursday in Geneva."));
        // Without a verb that looks ahead, a weekday in a report is the one just past.
        assertEquals("Thursday=2024-10-17", values("Shares rose 4% over Thursday's closing price."));
        assertEquals("Monday=2024-10-21", values("The rally on Monday drew a large crowd, organisers said."));
    }

    @Test
    void monthNameAsFirstNameIsNoDate() {
        assertEquals("Tuesday=2024-10-15", values("Foreign Minister Jan Novak said on Tuesday that talks would go on."));
    }

    @Test
    void monthNameAsSurnameIsNoDate() {
        assertEquals("Tuesday=2024-10-15",
                values("On Tuesday the MP called Prime Minister Theresa May's deal lousy."));
        assertEquals("", values("Labour criticised Mrs May over the deal."));
        assertEquals("May=2024-05", values("The deal was signed in May."));
    }

    @Test
    void theQuarterEndedOnADateIsThatQuarter() {
        assertEquals("the quarter=2024-Q2; June 30=2024-06-30",
                values("The retailer said sales fell 3% in the quarter ended June 30."));
    }

    @Test
    void aYearEarlierAgainstNineMonthsIsTheYear() {
        assertEquals("the third quarter=2024-Q3; the first nine months=P9M; a year earlier=2023",
                values("Profit rose in the third quarter. Sales for the first nine months were $2 billion, up from $1.8 billion a year earlier."));
    }

    @Test
    void vagueCountAgoIsThePast() {
        assertEquals("several years ago=PAST_REF", values("The factory closed several years ago."));
    }

    @Test
    void thePastYearAsADateIsTheYearBefore() {
        assertEquals("the past year=2023", values("Exports to the region rose in the past year."));
    }

    @Test
    void weekdayWithPartOfDayIsThatDay() {
        assertEquals("Saturday night=2024-10-19", values("Protesters gathered outside the palace Saturday night."));
        assertEquals("Friday morning=2024-10-18", values("The ferry sank Friday morning off the coast."));
    }

    @Test
    void bareMonthIsTheLatestOneInPastTenseAndTheNextInFutureTense() {
        assertEquals("June=2024-06", values("In June, the parliament approved the new budget."));
        assertEquals("December=2023-12", values("The two leaders signed the accord in December."));
        assertEquals("December=2024-12", values("The two leaders will sign the accord in December."));
        assertEquals("January=2025-01", values("The bank announced an agreement to buy the regional lender in January."));
        assertEquals("early December=2024-12/START", values("He said new rules to be published in early December would apply."));
        assertEquals("last November=2023-11", values("The rebels seized the town last November."));
    }

    @Test
    void monthAndDayWithoutYear() {
        assertEquals("October 3=2024-10-03", values("On October 3, thousands marched through the capital."));
        assertEquals("Dec. 2=2024-12-02", values("The court will hear the case on Dec. 2."));
    }

    @Test
    void modsAndCoarserUnits() {
        assertEquals("earlier this month=2024-10", values("Food prices rose sharply earlier this month."));
        assertEquals("late last year=2023/END", values("The drought began late last year."));
        assertEquals("last summer=2024-SU", values("The floods hit the region last summer."));
        assertEquals("last winter=2023-WI", values("The floods hit the region last winter."));
        assertEquals("next spring=2025-SP", values("The new line opens next spring."));
        assertEquals("the 1990s=199", values("Such attacks were common in the 1990s."));
        assertEquals("the nineties=199", values("The city grew quickly through the nineties."));
        assertEquals("two weeks ago=2024-W41", values("The envoy left the country two weeks ago."));
        assertEquals("three months ago=2024-07", values("The plant closed three months ago."));
    }

    @Test
    void anaphoraFollowTheLastDateOfTheText() {
        assertEquals("October 3=2024-10-03; That same day=2024-10-03; The following day=2024-10-04;"
                        + " Two days later=2024-10-06",
                values("Protesters gathered on October 3. That same day, police arrested forty people. "
                        + "The following day, the mayor resigned. Two days later, a new mayor was sworn in."));
        assertEquals("March 4, 2024=2024-03-04; The next week=2024-W11",
                values("The talks opened on March 4, 2024. The next week, the delegations went home."));
    }

    @Test
    void quartersInEarningsNews() {
        assertEquals("the third quarter=2024-Q3; a year earlier=2023-Q3",
                values("The bank earned $5 million in the third quarter, compared with $3 million a year earlier."));
    }

    @Test
    void agesAndAdverbsAreNotTimeExpressions() {
        assertEquals("", values("A 6-year-old boy was found by fishermen."));
        assertEquals("", values("The factory once made tractors and previously employed 900 people."));
    }

    @Test
    void presentReferenceStays() {
        assertEquals("now=PRESENT_REF", values("The army now controls the airport."));
    }
    @Test
    void clockTimeTakesInItsNamedDay() {
        assertEquals("9 p.m. Saturday=2024-10-19T21:00", values("The ferry left the harbour at 9 p.m. Saturday, the coast guard said."));
        assertEquals("noon Thursday=2024-10-24T12:00", values("The ultimatum will expire at noon Thursday."));
        assertEquals("5 p.m. Nov. 4=2024-11-04T17:00", values("Bids must be filed by 5 p.m. Nov. 4."));
    }

    @Test
    void weekdayWithItsDateInAppositionTakesThatDate() {
        String v = values("The envoy flew home on the night of Friday, Sept. 27, officials said.");
        assertTrue(v.contains("Friday=2024-09-27") || v.contains("Friday, Sept. 27=2024-09-27"), v);
    }

    @Test
    void lastWithMonthAndDayIsThePastOne() {
        assertEquals("last Nov. 12=2023-11-12", values("The minister was arrested last Nov. 12 at his home."));
    }

    @Test
    void limitsLookAheadUnlessThePastPerfectTellsOtherwise() {
        assertEquals("Thursday=2024-10-24", values("The agency postponed until Thursday any decision on the permit."));
        assertEquals("Thursday=2024-10-17", values("Until Thursday, the police had not named a suspect."));
        assertEquals("Saturday=2024-10-26", values("Opposition groups planned a march on Saturday."));
        assertEquals("Feb. 1=2025-02-01", values("The board named a new chairman, effective Feb. 1."));
    }

    @Test
    void halvesAndMoreInDurations() {
        assertEquals("3 1/2 hours=PT3H30M", values("The minister spent 3 1/2 hours in the capital."));
        assertEquals("10 more years=P10Y", values("The navy may stay at the port for at least 10 more years."));
    }
    @Test
    void decadesAgoAreAYear() {
        assertEquals("four decades ago=1984", values("The dam was built four decades ago."));
    }

    @Test
    void fractionsRatesAndTitlesAreNoTime() {
        assertEquals("", values("The island imports about three-quarters of its food."));
        assertEquals("", values("The two blasts came minutes apart."));
        assertEquals("", values("Guards watch the border 24 hours a day."));
        assertEquals("Sunday=2024-10-20", values("Thousands joined the annual march on Sunday."));
    }

    @Test
    void yearEndIsTheEndOfThisYearOrSinceTheLastOne() {
        assertEquals("year-end=2024/END", values("The merger should close by year-end."));
        assertEquals("year-end=2023/END", values("The index has gained 12% since year-end."));
    }

    @Test
    void aYearsQuarterInEarningsNews() {
        assertEquals("the third quarter=2024-Q3; the 2023 quarter=2023-Q3",
                values("The chain earned $3 million in the third quarter, against $2 million in the 2023 quarter."));
        assertEquals("the past two quarters=P2Q", values("The unit has lost money in the past two quarters."));
    }

    @Test
    void vagueSpansAndOrdinalDays() {
        assertEquals("the next several days=PXD", values("Rain is expected over the next several days."));
        assertEquals("Today=2024-10-21; the fifth day=2024-10-21", values("Today is the fifth day of the strike."));
    }
    @Test
    void reportedPlansWithWouldLookAhead() {
        assertEquals("Thursday=2024-10-24", values("The envoy said he would fly to Cairo on Thursday."));
        assertEquals("Wednesday=2024-10-16", values("Lawyers said they would appeal against Wednesday's ruling."));
    }

    @Test
    void namedDaysLengthsAndTheNextMorning() {
        assertEquals("Election Day=2024-11-05", values("Both parties will campaign hard until Election Day."));
        assertEquals("Easter week=2025-W16", values("Pilgrims will crowd the city in Easter week."));
        assertEquals("day-long=P1D", values("The sides ended a day-long meeting without a deal."));
        assertEquals("October 3=2024-10-03; the next morning=2024-10-04",
                values("The envoy landed on October 3 and met the king the next morning."));
    }

    @Test
    void ordinalsNamesPossessivesAndGenericTodayAreNoTime() {
        assertEquals("", values("Losing the case would be a second defeat for the party."));
        assertEquals("", values("Thousands joined the Spring of Hope rallies."));
        assertEquals("", values("It has not been the company's year."));
        assertEquals("", values("Such tools matter to today's youth."));
        assertEquals("", values("The residents fear the long dark nights."));
    }
    @Test
    void secondDaysWeeksOfDatesYearPrefixesAndLoneEarly() {
        assertEquals("Nov. 14=2024-11-14; 15=2024-11-15", values("The summit will be held on Nov. 14 and 15."));
        assertEquals("the week of Nov. 11=2024-W46", values("A hearing is set for the week of Nov. 11."));
        assertEquals("post-1990=1990", values("The post-1990 reforms changed the country."));
    }

    @Test
    void aHistoricDayIsTheDayToldOf() {
        assertEquals("October 3=2024-10-03; day=2024-10-03",
                values("The treaty was signed on October 3. The president called it a historic day for the region."));
        assertEquals("Today=2024-10-21", values("Today is a sad day for the city."));
    }

    @Test
    void hoursLaterAreALength() {
        assertEquals("an hour later=PT1H", values("Just over an hour later, the fire was out."));
    }
    @Test
    void theDayAfterOfInAJoinedPhrase() {
        String v = values("Police arrested him in the early hours of Saturday at the airport.");
        assertTrue(v.contains("Saturday=2024-10-19"), v);
    }
    @Test
    void dayNextToADayAndComingYears() {
        assertEquals("The day before last Thursday=2024-10-16",
                values("The day before last Thursday's vote, the party split."));
        assertEquals("the coming years=PXY", values("The army will buy new tanks in the coming years."));
    }
}
