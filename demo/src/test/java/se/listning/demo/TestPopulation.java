package se.listning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Test residents of a running federation, registered the way a region learns of people: a population feed to
 * the home region (docs/population-register.md). Birth numbers 950–999, which the demo data never uses, so every
 * test gets persons nobody else touches. Also the demo data's unit ids and a wait-until helper for the
 * federation's asynchronous effects.
 */
public final class TestPopulation {

    public static final Duration CONVERGE = Duration.ofSeconds(90);
    private static final Set<String> USED = new HashSet<>();
    private static final Random RANDOM = new Random();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> COUNTIES = List.of("01", "03", "04", "05", "06", "07", "08", "09", "10", "12",
            "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25");

    private final Federation federation;

    public TestPopulation(Federation federation) {
        this.federation = federation;
    }

    /** A new adult resident of {@code county}. */
    public String resident(String county) {
        return resident(county, "Test", "Federationsson", LocalDate.of(1950, 1, 1), 40, "");
    }

    /** A new resident with the given names, born within {@code years} after {@code bornFrom}, with guardians. */
    public String resident(String county, String given, String family, LocalDate bornFrom, int years, String guardians) {
        String id = newId(bornFrom, years);
        feed(county, "NEW_RESIDENT;" + id + ";" + county + "80;" + given + ";" + family + ";Provgatan 1;11122;Provstad;"
                + guardians);
        return id;
    }

    /** A family in one feed: two guardians and a child (age 5–12) in the custody of both. */
    public Family family(String county, String familyName) {
        String first = newId(LocalDate.of(1975, 1, 1), 15);
        String second = newId(LocalDate.of(1975, 1, 1), 15);
        String child = newId(LocalDate.now().minusYears(12), 7);
        String address = ";Familjegatan 2;11122;Provstad;";
        feed(county,
                "NEW_RESIDENT;" + first + ";" + county + "80;Anja;" + familyName + address,
                "NEW_RESIDENT;" + second + ";" + county + "80;Pelle;" + familyName + address,
                "NEW_RESIDENT;" + child + ";" + county + "80;Lo;" + familyName + address + first + "," + second);
        return new Family(first, second, child);
    }

    /** Two guardians and their child. */
    public record Family(String firstGuardian, String secondGuardian, String child) {
    }

    /** Posts a one-feed delivery to a region's population feed endpoint and waits until it is applied. */
    public void feed(String county, String... lines) {
        String feedId = "FED-" + UUID.randomUUID();
        StringBuilder text = new StringBuilder("LISTNING-FOLKBOKFORING v1 " + county + " " + feedId + " "
                + LocalDateTime.now().withNano(0) + "\n");
        StringBuilder changes = new StringBuilder();
        for (String line : lines) {
            changes.append(line).append('\n');
        }
        text.append(changes).append("END ").append(lines.length).append(' ').append(sha256(changes.toString())).append('\n');
        String base = federation.config().regionUrl(county) + "/admin/population-feeds";
        try {
            HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(base))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(text.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        await("feed " + feedId + " applied in " + county, () -> {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/" + feedId)).build(),
                        HttpResponse.BodyHandlers.ofString()).body().contains("\"state\":\"DONE\"");
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, true);
    }

    /** Waits until {@code actual} equals {@code expected}, at most {@link #CONVERGE}. */
    public static <T> void await(String what, Supplier<T> actual, T expected) {
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = actual.get();
            if (expected.equals(last)) {
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(last).as(what + " (waited " + CONVERGE.toSeconds() + " s)").isEqualTo(expected);
    }

    /** Demo-data unit TKnn of a county: SE + organisation number (232100 + county ordinal + Luhn) + -TKnn. */
    public static String unit(String county, int number) {
        String nine = "232100" + String.format("%03d", COUNTIES.indexOf(county) + 1);
        return "SE" + nine + luhn(nine) + "-TK" + String.format("%02d", number);
    }

    public static String personnummer(LocalDate birth, int serial) {
        String nine = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), serial);
        return String.format("%02d", birth.getYear() / 100) + nine + luhn(nine);
    }

    static int luhn(String nine) {
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** A base port whose platform, citizen and region ports are all free now. */
    public static int freeBasePort(List<String> regions) {
        for (int attempt = 0; attempt < 50; attempt++) {
            // below the kernel's ephemeral range (32768+), where the embedded databases' free ports and
            // outgoing connections are picked: a port free now could otherwise be taken before a region binds it
            int base = 20000 + RANDOM.nextInt(120) * 100;
            if (free(base) && free(base + 1) && regions.stream().allMatch(c -> free(base + 100 + Integer.parseInt(c)))) {
                return base;
            }
        }
        throw new IllegalStateException("no free ports");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String newId(LocalDate from, int years) {
        synchronized (USED) {
            String id;
            do {
                LocalDate birth = from.plusDays(RANDOM.nextInt(years * 365));
                id = personnummer(birth, 950 + RANDOM.nextInt(50)); // birth numbers the demo data never uses
            } while (!USED.add(id));
            return id;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
