package org.tidings.spark;

import java.util.List;

/**
 * What a run did, from the job's counters.
 *
 * @param files          input files listed
 * @param articlesRead   articles read (copies of one text included)
 * @param duplicates     copies of an article already read, skipped
 * @param failed         places that could not be read, and articles that could not be coded
 * @param coded          articles coded
 * @param mentions       event mentions
 * @param events         resolved events
 * @param links          pairwise decisions kept (linked or scored)
 * @param nearDuplicates pairs of near-duplicate articles
 * @param tasks          articles per coding task, in task order
 * @param seconds        wall-clock time of the run
 */
public record JobReport(long files, long articlesRead, long duplicates, long failed, long coded, long mentions,
                        long events, long links, long nearDuplicates, List<Long> tasks, double seconds) {

    public JobReport {
        tasks = List.copyOf(tasks);
    }

    public String summary() {
        return String.format("%d files, %d articles read (%d copies skipped), %d coded, %d failed; %d event mentions, "
                + "%d events, %d decisions, %d near-duplicate pairs; %d coding tasks; %.1f s (%.2f articles/s)",
                files, articlesRead, duplicates, coded, failed, mentions, events, links, nearDuplicates, tasks.size(),
                seconds, seconds > 0 ? coded / seconds : 0.0);
    }
}
