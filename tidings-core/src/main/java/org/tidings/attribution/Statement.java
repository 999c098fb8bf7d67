package org.tidings.attribution;

import java.util.List;

/**
 * What a party says, or will not say, about the events of an article: "There has been no comment from
 * Moscow" (no_comment), "Zinoviev confirmed the meeting" (confirmed), "Moscow denied ..." (denied),
 * "... withheld details" (withheld), "officials would not confirm ..." (not_confirmed).
 *
 * @param kind     no_comment, confirmed, not_confirmed, denied or withheld
 * @param sentence sentence index
 * @param parties  who (one or more)
 * @param about    what it is about, as written ("the meeting"), or null
 * @param cue      the words that say it ("no comment", "confirmed", "withheld")
 */
public record Statement(String kind, int sentence, List<Party> parties, String about, String cue) {

    public static final String NO_COMMENT = "no_comment";
    public static final String CONFIRMED = "confirmed";
    public static final String NOT_CONFIRMED = "not_confirmed";
    public static final String DENIED = "denied";
    public static final String WITHHELD = "withheld";

    public Statement {
        parties = List.copyOf(parties);
    }

    /**
     * A party to a statement.
     *
     * @param text    as written ("Moscow", "the ministry")
     * @param name    canonical name: the coded actor's, the country a capital stands for ("Russia"), or the text
     * @param country CAMEO/ISO alpha-3 country code, or null
     */
    public record Party(String text, String name, String country) {
    }
}
