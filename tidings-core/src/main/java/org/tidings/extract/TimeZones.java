package org.tidings.extract;

import java.util.Map;

/** Time zones of country domains and of languages spoken mostly in one zone: where a UTC time is read as a day. */
final class TimeZones {

    private static final Map<String, String> DOMAINS = Map.ofEntries(
            Map.entry("it", "Europe/Rome"), Map.entry("de", "Europe/Berlin"), Map.entry("fr", "Europe/Paris"),
            Map.entry("es", "Europe/Madrid"), Map.entry("nl", "Europe/Amsterdam"), Map.entry("be", "Europe/Brussels"),
            Map.entry("at", "Europe/Vienna"), Map.entry("ch", "Europe/Zurich"), Map.entry("pl", "Europe/Warsaw"),
            Map.entry("hu", "Europe/Budapest"), Map.entry("cz", "Europe/Prague"), Map.entry("sk", "Europe/Bratislava"),
            Map.entry("dk", "Europe/Copenhagen"), Map.entry("se", "Europe/Stockholm"), Map.entry("no", "Europe/Oslo"),
            Map.entry("fi", "Europe/Helsinki"), Map.entry("pt", "Europe/Lisbon"), Map.entry("uk", "Europe/London"),
            Map.entry("ie", "Europe/Dublin"), Map.entry("ru", "Europe/Moscow"), Map.entry("ua", "Europe/Kiev"),
            Map.entry("ro", "Europe/Bucharest"), Map.entry("md", "Europe/Chisinau"), Map.entry("gr", "Europe/Athens"),
            Map.entry("tr", "Europe/Istanbul"), Map.entry("bg", "Europe/Sofia"), Map.entry("rs", "Europe/Belgrade"),
            Map.entry("hr", "Europe/Zagreb"), Map.entry("si", "Europe/Ljubljana"), Map.entry("lt", "Europe/Vilnius"),
            Map.entry("lv", "Europe/Riga"), Map.entry("ee", "Europe/Tallinn"), Map.entry("ca", "America/Toronto"),
            Map.entry("us", "America/New_York"), Map.entry("mx", "America/Mexico_City"),
            Map.entry("br", "America/Sao_Paulo"), Map.entry("ar", "America/Argentina/Buenos_Aires"),
            Map.entry("cl", "America/Santiago"), Map.entry("co", "America/Bogota"), Map.entry("pe", "America/Lima"),
            Map.entry("ve", "America/Caracas"), Map.entry("cu", "America/Havana"), Map.entry("jp", "Asia/Tokyo"),
            Map.entry("cn", "Asia/Shanghai"), Map.entry("kr", "Asia/Seoul"), Map.entry("in", "Asia/Kolkata"),
            Map.entry("ir", "Asia/Tehran"), Map.entry("au", "Australia/Sydney"), Map.entry("nz", "Pacific/Auckland"),
            Map.entry("za", "Africa/Johannesburg"), Map.entry("ng", "Africa/Lagos"), Map.entry("eg", "Africa/Cairo"),
            Map.entry("ke", "Africa/Nairobi"), Map.entry("il", "Asia/Jerusalem"), Map.entry("ae", "Asia/Dubai"),
            Map.entry("sa", "Asia/Riyadh"), Map.entry("pk", "Asia/Karachi"), Map.entry("id", "Asia/Jakarta"),
            Map.entry("ph", "Asia/Manila"), Map.entry("sg", "Asia/Singapore"), Map.entry("my", "Asia/Kuala_Lumpur"),
            Map.entry("th", "Asia/Bangkok"), Map.entry("vn", "Asia/Ho_Chi_Minh"), Map.entry("tw", "Asia/Taipei"),
            Map.entry("hk", "Asia/Hong_Kong"));
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("de", "Europe/Berlin"), Map.entry("it", "Europe/Rome"), Map.entry("ja", "Asia/Tokyo"),
            Map.entry("hu", "Europe/Budapest"), Map.entry("pl", "Europe/Warsaw"), Map.entry("da", "Europe/Copenhagen"),
            Map.entry("sv", "Europe/Stockholm"), Map.entry("nl", "Europe/Amsterdam"), Map.entry("ko", "Asia/Seoul"),
            Map.entry("fa", "Asia/Tehran"), Map.entry("tr", "Europe/Istanbul"), Map.entry("ru", "Europe/Moscow"),
            Map.entry("uk", "Europe/Kiev"), Map.entry("ro", "Europe/Bucharest"), Map.entry("el", "Europe/Athens"),
            Map.entry("cs", "Europe/Prague"), Map.entry("fi", "Europe/Helsinki"), Map.entry("zh", "Asia/Shanghai"),
            Map.entry("hi", "Asia/Kolkata"), Map.entry("nb", "Europe/Oslo"), Map.entry("no", "Europe/Oslo"));

    private TimeZones() {
    }

    static String byDomain(String tld) {
        return DOMAINS.get(tld);
    }

    static String byLanguage(String language) {
        return LANGUAGES.get(language);
    }
}
