package se.listning.region.demodata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Sweden's 290 municipalities (SCB kommunkod, first two digits = county), read from the bundled
 * {@code demodata/kommuner.csv} (public SCB reference data).
 */
public final class Municipalities {

    public record Municipality(String code, String countyCode, String name, String countyName) {
    }

    private static final String RESOURCE = "/demodata/kommuner.csv";

    private final List<Municipality> all;

    private Municipalities(List<Municipality> all) {
        this.all = List.copyOf(all);
    }

    public static Municipalities load() {
        try (InputStream in = Municipalities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Municipality> rows = new ArrayList<>();
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                rows.add(new Municipality(f[2].trim(), f[0].trim(), f[3].trim(), f[1].trim()));
            }
            return new Municipalities(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Municipality> all() {
        return all;
    }

    /** The county's municipalities in kommunkod order; the first is the county's "main" one for the catalogue. */
    public List<Municipality> ofCounty(String countyCode) {
        List<Municipality> result = all.stream().filter(m -> m.countyCode().equals(countyCode)).toList();
        if (result.isEmpty()) {
            throw new IllegalArgumentException("no municipalities for county " + countyCode);
        }
        return result;
    }
}
