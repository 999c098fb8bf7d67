package org.tidings.search;

import java.time.LocalDate;

/**
 * Restricts a search. Every filter is optional (null = any).
 *
 * @param outlet the outlet, compared case-insensitively
 * @param from   first publication day (inclusive); undated articles are then left out
 * @param to     last publication day (inclusive)
 */
public record SearchFilters(String outlet, LocalDate from, LocalDate to) {

    public static SearchFilters none() {
        return new SearchFilters(null, null, null);
    }
}
