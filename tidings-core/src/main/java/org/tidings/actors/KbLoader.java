package org.tidings.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the knowledge base files: our own tab-separated formats and the PETRARCH/Phoenix dictionaries.
 *
 * <p>Our formats (UTF-8, {@code #} starts a comment line, lists separated by {@code |}):
 * <ul>
 * <li>countries: {@code CODE  name  aliases  demonyms  capitals}</li>
 * <li>sectors: {@code SECTOR  role|role|...}; a role ending in {@code *} is generic ("official*")</li>
 * <li>entries (people, organisations, outlets, places; also user files):
 *     {@code kind  name  aliases  country  sector  from  to  office}, kind one of person, org, media,
 *     place, country, demonym, capital, role; dates as yyyy, yyyy-mm or yyyy-mm-dd, empty for open.
 *     A person with several offices has one line per office.</li>
 * </ul>
 * A bad line is logged with its file and line number and skipped.
 */
final class KbLoader {

    private static final Logger log = LoggerFactory.getLogger(KbLoader.class);

    private KbLoader() {
    }

    static void countries(BufferedReader in, String file, KnowledgeBase kb, int rank) throws IOException {
        String line;
        int no = 0;
        while ((line = in.readLine()) != null) {
            no++;
            if (skip(line)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[0].strip().isEmpty()) {
                log.warn("{}:{}: expected CODE<tab>name..., skipped", file, no);
                continue;
            }
            String code = f[0].strip();
            String name = f[1].strip();
            kb.addCountryName(code, name);
            ActorEntry entry = new ActorEntry("country:" + code, "country", name, code, null, null, null, null,
                    source(rank));
            kb.addName(name, entry, KnowledgeBase.Form.NAME, rank);
            for (String a : list(f, 2)) {
                kb.addName(a, entry, KnowledgeBase.Form.NAME, rank);
            }
            for (String d : list(f, 3)) {
                addDemonym(kb, d, entry, rank);
            }
            for (String c : list(f, 4)) {
                kb.addName(c, entry, KnowledgeBase.Form.CAPITAL, rank);
            }
        }
    }

    /** A demonym, with its plural for people ("Ukrainians", "Israelis"; not "Chineses"). */
    private static void addDemonym(KnowledgeBase kb, String d, ActorEntry entry, int rank) {
        kb.addName(d, entry, KnowledgeBase.Form.DEMONYM, rank);
        String lower = d.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith("ese") || lower.endsWith("sh") || lower.endsWith("ch") || lower.endsWith("s")
                || lower.endsWith("i") && lower.length() < 4)) {
            kb.addName(d + "s", entry, KnowledgeBase.Form.DEMONYM, rank);
        } else if (lower.endsWith("i")) {
            kb.addName(d + "s", entry, KnowledgeBase.Form.DEMONYM, rank);
        }
    }

    static void sectors(BufferedReader in, String file, KnowledgeBase kb, int rank) throws IOException {
        String line;
        int no = 0;
        while ((line = in.readLine()) != null) {
            no++;
            if (skip(line)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                log.warn("{}:{}: expected SECTOR<tab>roles, skipped", file, no);
                continue;
            }
            String sector = f[0].strip();
            for (String term : list(f, 1)) {
                boolean generic = term.endsWith("*");
                addRole(kb, generic ? term.substring(0, term.length() - 1) : term, sector, generic, rank);
            }
        }
    }

    /** A role noun with its plural forms, so that word forms match when the lemmatiser keeps a plural. */
    static void addRole(KnowledgeBase kb, String term, String sector, boolean generic, int rank) {
        kb.addRole(term, sector, generic, rank);
        String t = term.strip();
        if (t.endsWith("y") && !t.endsWith("ay") && !t.endsWith("ey")) {
            kb.addRole(t.substring(0, t.length() - 1) + "ies", sector, generic, rank);
        } else if (t.endsWith("s") || t.endsWith("sh") || t.endsWith("ch")) {
            kb.addRole(t + "es", sector, generic, rank);
        } else if (t.endsWith("man")) {
            kb.addRole(t.substring(0, t.length() - 3) + "men", sector, generic, rank);
        } else {
            kb.addRole(t + "s", sector, generic, rank);
        }
    }

    static void entries(BufferedReader in, String file, KnowledgeBase kb, int rank) throws IOException {
        String line;
        int no = 0;
        Map<String, Integer> seen = new HashMap<>();
        while ((line = in.readLine()) != null) {
            no++;
            if (skip(line)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                entry(f, file, no, kb, rank, seen);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                log.warn("{}:{}: {}, skipped", file, no, e.getMessage());
            }
        }
    }

    private static void entry(String[] f, String file, int no, KnowledgeBase kb, int rank, Map<String, Integer> seen) {
        if (f.length < 4) {
            throw new IllegalArgumentException("expected kind<tab>name<tab>aliases<tab>country[<tab>sector<tab>from<tab>to<tab>office]");
        }
        String kind = f[0].strip().toLowerCase(Locale.ROOT);
        String name = f[1].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
        String country = emptyToNull(f[3]);
        String sector = f.length > 4 ? emptyToNull(f[4]) : null;
        LocalDate from = f.length > 5 ? date(f[5], false) : null;
        LocalDate to = f.length > 6 ? date(f[6], true) : null;
        String office = f.length > 7 ? emptyToNull(f[7]) : null;
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        switch (kind) {
            case "role" -> {
                addRole(kb, name, sector, false, rank);
                return;
            }
            case "country", "demonym", "capital" -> {
                if (country == null) {
                    throw new IllegalArgumentException("a " + kind + " needs a country code");
                }
                ActorEntry e = new ActorEntry("country:" + country, "country", kb.countryName(country), country, sector,
                        null, null, office, source(rank));
                KnowledgeBase.Form form = kind.equals("country") ? KnowledgeBase.Form.NAME
                        : kind.equals("demonym") ? KnowledgeBase.Form.DEMONYM : KnowledgeBase.Form.CAPITAL;
                if (kind.equals("country")) {
                    kb.addCountryName(country, name);
                }
                kb.addName(name, e, form, rank);
                for (String a : list(f, 2)) {
                    kb.addName(a, e, form, rank);
                }
                return;
            }
            case "person", "org", "media", "place" -> {
            }
            default -> throw new IllegalArgumentException("unknown kind '" + kind + "'");
        }
        String id = kind + ":" + slug(name);
        ActorEntry e = new ActorEntry(id, kind, name, country, sector, from, to, office, source(rank));
        kb.addName(name, e, KnowledgeBase.Form.NAME, rank);
        for (String a : list(f, 2)) {
            kb.addName(a, e, KnowledgeBase.Form.NAME, rank);
        }
        seen.merge(id, 1, Integer::sum);
    }

    static String slug(String name) {
        return KnowledgeBase.key(name.replace(' ', '_')).isEmpty() ? name
                : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "");
    }

    static LocalDate date(String s, boolean end) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("\\d{4}")) {
            int y = Integer.parseInt(t);
            return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
        }
        if (t.matches("\\d{4}-\\d{2}")) {
            YearMonth ym = YearMonth.parse(t);
            return end ? ym.atEndOfMonth() : ym.atDay(1);
        }
        return LocalDate.parse(t);
    }

    // ---------------------------------------------------------------- Phoenix / PETRARCH

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * A PETRARCH .actors file: a name line ({@code NAME_ [CODE]} or {@code NAME_}), synonym lines
     * ({@code +ALIAS_}), and code lines ({@code [CODE yymmdd-yymmdd]}, {@code [CODE >yymmdd]},
     * {@code [CODE <yymmdd]}, {@code [CODE]}). Underscores join words.
     */
    static int phoenixActors(BufferedReader in, String file, KnowledgeBase kb, int rank) throws IOException {
        String line;
        int no = 0;
        List<String> aliases = new ArrayList<>();
        List<String[]> codes = new ArrayList<>();
        int count = 0;
        while ((line = in.readLine()) != null) {
            no++;
            String body = stripComment(line);
            if (body.isBlank()) {
                continue;
            }
            String t = body.strip();
            if (t.startsWith("+")) {
                if (!aliases.isEmpty()) {
                    aliases.add(phoenixName(t.substring(1)));
                }
                continue;
            }
            if (t.startsWith("[")) {
                if (aliases.isEmpty()) {
                    log.warn("{}:{}: a code with no name before it, skipped", file, no);
                    continue;
                }
                codesOf(t, codes);
                continue;
            }
            // A new name: store the previous one first.
            count += flushPhoenix(aliases, codes, file, kb, rank);
            int bracket = t.indexOf('[');
            String name = bracket >= 0 ? t.substring(0, bracket) : t;
            aliases.add(phoenixName(name));
            if (bracket >= 0) {
                codesOf(t.substring(bracket), codes);
            }
        }
        count += flushPhoenix(aliases, codes, file, kb, rank);
        return count;
    }

    private static String stripComment(String line) {
        if (line.startsWith("<!--") || line.startsWith("-->") || line.startsWith("<")) {
            return "";
        }
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static String phoenixName(String raw) {
        return raw.strip().replace('_', ' ').strip();
    }

    private static void codesOf(String t, List<String[]> codes) {
        Matcher m = CODE.matcher(t);
        while (m.find()) {
            String inner = m.group(1).strip();
            if (inner.isEmpty()) {
                continue;
            }
            String[] parts = SPACES.split(inner, 2);
            codes.add(new String[]{parts[0], parts.length > 1 ? parts[1].strip() : ""});
        }
    }

    private static int flushPhoenix(List<String> aliases, List<String[]> codes, String file, KnowledgeBase kb, int rank) {
        int n = 0;
        if (!aliases.isEmpty() && !codes.isEmpty()) {
            String name = aliases.get(0);
            List<String> keys = new ArrayList<>(aliases.size());
            int tokens = 1;
            for (String a : aliases) {
                keys.add(KnowledgeBase.key(KnowledgeBase.stripArticle(a)));
                tokens = Math.max(tokens, KnowledgeBase.tokenCount(a));
            }
            for (String[] c : codes) {
                String code = c[0].toUpperCase(Locale.ROOT);
                if (code.length() < 3 || code.startsWith("~") || code.startsWith("-")) {
                    continue;
                }
                LocalDate from = null;
                LocalDate to = null;
                String range = c[1];
                try {
                    if (range.startsWith(">")) {
                        from = phoenixDate(range.substring(1), false);
                    } else if (range.startsWith("<")) {
                        to = phoenixDate(range.substring(1), true);
                    } else if (range.contains("-")) {
                        String[] ft = range.split("-", 2);
                        from = phoenixDate(ft[0], false);
                        to = phoenixDate(ft[1], true);
                    }
                } catch (RuntimeException e) {
                    log.debug("{}: bad date range '{}' for {}, taken as undated", file, range, name);
                    from = null;
                    to = null;
                }
                String country = code.substring(0, 3);
                String sector = code.length() >= 6 ? code.substring(3, 6) : null;
                String kind = isPerson(codes, aliases) ? "person" : "org";
                ActorEntry e = new ActorEntry("phoenix:" + name.replace(' ', '_'), kind, titleCase(name), country,
                        sector, from, to, code, source(rank));
                for (String k : keys) {
                    kb.addKey(k, tokens, e, KnowledgeBase.Form.NAME, rank, KnowledgeBase.CaseRule.CAPITALISED);
                }
                n++;
            }
        }
        aliases.clear();
        codes.clear();
        return n;
    }

    // Dated codes are people in office; organisations are undated.
    private static boolean isPerson(List<String[]> codes, List<String> aliases) {
        return codes.stream().anyMatch(c -> !c[1].isEmpty());
    }

    private static boolean digits(String t, int n) {
        if (t.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static LocalDate phoenixDate(String s, boolean end) {
        String t = s.strip();
        if (digits(t, 8)) {
            return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                    Integer.parseInt(t.substring(6, 8)));
        }
        if (digits(t, 6)) {
            int yy = Integer.parseInt(t.substring(0, 2));
            int year = yy < 30 ? 2000 + yy : 1900 + yy;
            return LocalDate.of(year, Integer.parseInt(t.substring(2, 4)), Integer.parseInt(t.substring(4, 6)));
        }
        throw new IllegalArgumentException("bad date " + s);
    }

    private static String titleCase(String upper) {
        StringBuilder b = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /** Phoenix.agents.txt: role nouns with {@code [~SEC]} codes and {@code !MACRO! = a, b} substitutions. */
    static int phoenixAgents(BufferedReader in, String file, KnowledgeBase kb, int rank) throws IOException {
        Map<String, List<String>> macros = new HashMap<>();
        String line;
        int no = 0;
        int n = 0;
        while ((line = in.readLine()) != null) {
            no++;
            String t = stripComment(line).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("!") && t.contains("=")) {
                String[] kv = t.split("=", 2);
                List<String> vals = new ArrayList<>();
                for (String v : kv[1].split(",")) {
                    if (!v.isBlank()) {
                        vals.add(v.strip());
                    }
                }
                macros.put(kv[0].strip(), vals);
                continue;
            }
            Matcher m = CODE.matcher(t);
            if (!m.find()) {
                continue;
            }
            String code = m.group(1).strip().split("\\s+")[0];
            String sector = code.replace("~", "");
            if (sector.length() < 3) {
                log.debug("{}:{}: agent code '{}' skipped", file, no, code);
                continue;
            }
            sector = sector.substring(0, 3);
            String term = t.substring(0, t.indexOf('[')).strip();
            for (String expanded : expand(term, macros)) {
                kb.addRole(phoenixName(expanded).toLowerCase(Locale.ROOT), sector, false, rank);
                n++;
            }
        }
        return n;
    }

    private static List<String> expand(String term, Map<String, List<String>> macros) {
        int a = term.indexOf('!');
        int b = a < 0 ? -1 : term.indexOf('!', a + 1);
        if (b < 0) {
            return List.of(term);
        }
        String macro = term.substring(a, b + 1);
        List<String> vals = macros.getOrDefault(macro, List.of(""));
        List<String> out = new ArrayList<>();
        for (String v : vals) {
            out.addAll(expand(term.substring(0, a) + v + term.substring(b + 1), macros));
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private static boolean skip(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#");
    }

    private static List<String> list(String[] f, int i) {
        if (f.length <= i || f[i].isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : f[i].split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static String emptyToNull(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? null : t;
    }

    static String source(int rank) {
        return switch (rank) {
            case KnowledgeBase.USER -> "user";
            case KnowledgeBase.OURS -> "kb";
            default -> "phoenix";
        };
    }

    static UncheckedIOException unchecked(String file, IOException e) {
        return new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
}
