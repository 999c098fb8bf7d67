package org.tidings.ingest;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed layout: a first line {@code date YYYY-MM-DD <title> <Weekday, Month D, YYYY h:mm:ss AM|PM>} (the
 * time stamp may be missing; a leading space is common), then the body.
 */
final class SeedTextReader implements ArticleReader {

    /** How a seed file starts; also used for sniffing. */
    static final Pattern FIRST_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b(.*)$");
    private static final Pattern STAMP = Pattern.compile("^(.*?)\\s*(" + Dates.WEEKDAY + ",\\s+" + Dates.MONTH
            + "\\s+\\d{1,2},\\s+\\d{4}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[AaPp][Mm])?)\\s*$");

    @Override
    public void read(Source source, Emitter out) throws IOException {
        String text = Decoding.decode(source.readAll(source.limits().maxArticleBytes()), null);
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        String rest = nl < 0 ? "" : text.substring(nl + 1);
        Matcher m = FIRST_LINE.matcher(first.strip());
        if (!m.matches()) {
            out.at("line 1");
            out.failure("not a seed file: the first line does not start with 'date YYYY-MM-DD'");
            return;
        }
        String published = m.group(1);
        String title = m.group(2).strip();
        Matcher stamp = STAMP.matcher(title);
        if (stamp.matches()) {
            title = stamp.group(1);
            String time = Dates.normalise(stamp.group(2));
            // keep the stamp's time of day only when it agrees with the date field
            if (time != null && time.startsWith(published)) {
                published = time;
            }
        }
        out.article(new Draft(null, null, title, published, rest, null, List.of()));
    }
}
