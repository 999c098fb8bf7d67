package org.tidings.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.builtin();

    @Test
    void knowsCountriesCapitalsAndCities() throws Exception {
        Set<String> countries = new HashSet<>();
        Set<String> withCapital = new HashSet<>();
        int cities = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Gazetteer.class.getResourceAsStream("places.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[1]) {
                    case "country" -> countries.add(f[2]);
                    case "capital" -> withCapital.add(f[2]);
                    case "city" -> cities++;
                    default -> { }
                }
            }
        }
        assertTrue(countries.size() >= 195, "countries: " + countries.size());
        assertTrue(cities >= 600, "cities: " + cities);
        Set<String> missing = new HashSet<>(countries);
        missing.removeAll(withCapital);
        // Territories listed as countries without a capital of their own in the file.
        missing.removeAll(Set.of("HKG", "MAC", "VAT", "SGP", "MCO"));
        assertEquals(Set.of(), missing, "countries without a capital");
    }

    @Test
    void looksUpNamesAliasesAndAccents() {
        Gazetteer.Entry seoul = gazetteer.lookup("Seoul").orElseThrow();
        assertEquals(new Gazetteer.Entry("Seoul", "capital", "KOR", 37.57, 126.98), seoul);
        assertEquals("Kyiv", gazetteer.lookup("Kiev").orElseThrow().name());
        assertEquals("Sao Paulo", gazetteer.lookup("são paulo").orElseThrow().name());
        assertEquals("UKR", gazetteer.lookup("the Donbas").orElseThrow().country());
        assertEquals("country", gazetteer.lookup("Georgia").orElseThrow().kind());
        assertEquals("PRK", gazetteer.lookup("DPRK").orElseThrow().country());
        assertEquals("Russia", gazetteer.country("RUS").orElseThrow().name());
        assertTrue(gazetteer.lookup("Atlantis").isEmpty());
    }

    @Test
    void aUserFileAddsAndOverridesPlaces(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-places.tsv");
        Files.writeString(file, "# mine\nSergeyevka\tcity\tRUS\t43.9\t131.6\t\nSeoul\tcapital\tKOR\t37.5\t127.0\tSoul\n");
        Gazetteer g = Gazetteer.withUserFile(file);
        assertEquals("RUS", g.lookup("Sergeyevka").orElseThrow().country());
        assertEquals(37.5, g.lookup("Soul").orElseThrow().latitude());
        assertEquals(37.5, g.lookup("Seoul").orElseThrow().latitude());
        assertEquals("Paris", g.lookup("Paris").orElseThrow().name());
    }

    @Test
    void aBadUserLineIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "Good\tcity\tFRA\t1\t2\t\nBad\tcity\tFRA\tnorth\t2\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.withUserFile(file));
        assertTrue(e.getMessage().contains("bad.tsv line 2"), e.getMessage());
    }
}
