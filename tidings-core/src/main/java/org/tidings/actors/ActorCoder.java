package org.tidings.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.Token;

/**
 * Recognises and codes who acts in a document: countries, governments, armies, outlets, organisations and
 * people, each as a CAMEO country code plus sector ("KORGOV", "PRKMIL", "IGO").
 *
 * <p>Knowledge comes from three layers, in this order of precedence, name by name:
 * <ol>
 * <li>user files in our entry format ({@link #load});</li>
 * <li>our knowledge base, bundled as resources ({@code countries.tsv}, {@code sectors.tsv},
 *     {@code people.tsv}, {@code organisations.tsv});</li>
 * <li>PETRARCH/Phoenix dictionaries ({@code Phoenix.*.actors.txt}, {@code Phoenix.agents.txt}) when a
 *     directory is given.</li>
 * </ol>
 * A name defined in a higher layer hides all its entries in lower layers. Dated entries (people in office)
 * are chosen by the article's publication date. Instances are immutable and thread-safe.
 */
public final class ActorCoder {

    private static final Logger log = LoggerFactory.getLogger(ActorCoder.class);
    private static final String[] OWN_COUNTRIES = {"countries.tsv"};
    private static final String[] OWN_SECTORS = {"sectors.tsv"};
    private static final String[] OWN_ENTRIES = {"organisations.tsv", "media.tsv", "people.tsv", "places.tsv"};
    private static volatile ActorCoder defaults;

    private final KnowledgeBase kb;
    private final Resolver resolver;

    private ActorCoder(KnowledgeBase kb) {
        this.kb = kb;
        this.resolver = new Resolver(kb);
    }

    /** Our own knowledge base only; loaded once per process. */
    public static ActorCoder defaults() {
        ActorCoder d = defaults;
        if (d == null) {
            synchronized (ActorCoder.class) {
                d = defaults;
                if (d == null) {
                    d = load(List.of(), null);
                    defaults = d;
                }
            }
        }
        return d;
    }

    /**
     * Our knowledge base, plus user actor files (which override it) and, when {@code phoenixDictionaryDir}
     * is not null, the Phoenix actor and agent dictionaries found there (which it overrides). A user file
     * named {@code *.tsv} is in our entry format; any other is read as a PETRARCH/Phoenix dictionary
     * ({@code .actors.txt}, or agents when its name contains "agents"), with user precedence.
     *
     * @throws UncheckedIOException when a file cannot be read
     */
    public static ActorCoder load(List<Path> actorFiles, Path phoenixDictionaryDir) {
        long start = System.nanoTime();
        KnowledgeBase kb = new KnowledgeBase();
        for (String r : OWN_COUNTRIES) {
            readResource(r, in -> KbLoader.countries(in, r, kb, KnowledgeBase.OURS));
        }
        for (String r : OWN_SECTORS) {
            readResource(r, in -> KbLoader.sectors(in, r, kb, KnowledgeBase.OURS));
        }
        for (String r : OWN_ENTRIES) {
            readResource(r, in -> KbLoader.entries(in, r, kb, KnowledgeBase.OURS));
        }
        for (Path p : actorFiles) {
            String file = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (file.endsWith(".tsv")) {
                readFile(p, in -> KbLoader.entries(in, p.toString(), kb, KnowledgeBase.USER));
            } else if (file.contains("agents")) {
                readFile(p, in -> KbLoader.phoenixAgents(in, p.toString(), kb, KnowledgeBase.USER));
            } else {
                readFile(p, in -> KbLoader.phoenixActors(in, p.toString(), kb, KnowledgeBase.USER));
            }
        }
        if (phoenixDictionaryDir != null) {
            loadPhoenix(phoenixDictionaryDir, kb);
        }
        log.info("actor knowledge base: {} names, {} role nouns, loaded in {} ms", kb.size(), kb.roleCount(),
                (System.nanoTime() - start) / 1_000_000);
        return new ActorCoder(kb);
    }

    private static void loadPhoenix(Path dir, KnowledgeBase kb) {
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException(new IOException("not a directory: " + dir));
        }
        List<Path> actorFiles = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.actors.txt")) {
            ds.forEach(actorFiles::add);
        } catch (IOException e) {
            throw KbLoader.unchecked(dir.toString(), e);
        }
        actorFiles.sort(null);
        for (Path p : actorFiles) {
            readFile(p, in -> log.debug("{}: {} codes", p, KbLoader.phoenixActors(in, p.toString(), kb, KnowledgeBase.PHOENIX)));
        }
        Path agents = dir.resolve("Phoenix.agents.txt");
        if (Files.exists(agents)) {
            readFile(agents, in -> KbLoader.phoenixAgents(in, agents.toString(), kb, KnowledgeBase.PHOENIX));
        }
    }

    private interface ReaderBody {
        void read(BufferedReader in) throws IOException;
    }

    private static void readResource(String name, ReaderBody body) {
        try (InputStream in = ActorCoder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource org/tidings/actors/" + name));
            }
            body.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw KbLoader.unchecked(name, e);
        }
    }

    private static void readFile(Path p, ReaderBody body) {
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            body.read(in);
        } catch (IOException e) {
            throw KbLoader.unchecked(p.toString(), e);
        }
    }

    /** The actor mentions of a document, in text order; dated roles are resolved on its publication date. */
    public List<ActorMention> code(AnnotatedDocument doc) {
        Objects.requireNonNull(doc, "doc");
        return resolver.code(doc);
    }

    /** Whether the words [b, e) of a sentence are part of a sea's or a land's name ("the Sea of Japan"): no actor. */
    public static boolean inPlaceName(List<Token> tokens, int b, int e) {
        return Resolver.inPlaceName(tokens, b, e);
    }

    /**
     * What a name stands for on a day ("Putin", 2024-01-01 -> RUS GOV), by exact name or alias, ignoring
     * case and punctuation. A person named outside any of their periods is coded as a former office holder
     * (sector ELI). Empty when the name is unknown.
     */
    public Optional<ActorEntry> lookup(String name, LocalDate date) {
        Objects.requireNonNull(name, "name");
        String key = KnowledgeBase.key(KnowledgeBase.stripArticle(name.strip()));
        List<KnowledgeBase.NameRef> refs = kb.names(key);
        if (refs.isEmpty()) {
            KnowledgeBase.Role r = kb.role(key);
            if (r == null) {
                return Optional.empty();
            }
            return Optional.of(new ActorEntry("role:" + key, "role", r.term(), null, r.sector(), null, null, r.term(),
                    KbLoader.source(r.rank())));
        }
        List<KnowledgeBase.NameRef> names = refs.stream().filter(r -> r.form() == KnowledgeBase.Form.NAME).toList();
        return KnowledgeBase.choose(names.isEmpty() ? refs : names, date);
    }

    /** Number of names known (aliases included). */
    public int size() {
        return kb.size();
    }
}
