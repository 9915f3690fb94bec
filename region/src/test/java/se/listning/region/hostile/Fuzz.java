package se.listning.region.hostile;

import java.util.Random;
import java.util.function.Consumer;

/**
 * A small seeded property runner for the fuzz tests: runs a property on {@code tries} generated inputs, each
 * from its own {@link Random} (seed + try number), and names the seed on failure so the exact input can be
 * replayed with {@code -Dlistning.fuzz.seed=<seed>}. Without that property every run uses a new seed, so CI
 * keeps exploring. Prints how many inputs were tried.
 *
 * <p>We do not use jqwik here: since 1.10 its author asks that it not be used by AI coding agents and its output
 * carries text aimed at them; this project's code is partly written by such agents.
 */
public final class Fuzz {

    private Fuzz() {
    }

    /** Runs {@code property} {@code tries} times; returns the number of inputs tried. */
    public static int check(String name, int tries, Consumer<Random> property) {
        long seed = Long.getLong("listning.fuzz.seed", new Random().nextLong());
        for (int i = 0; i < tries; i++) {
            try {
                property.accept(new Random(seed + i));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("fuzz property '" + name + "' failed on input " + i + " of seed " + seed
                        + " (replay: -Dlistning.fuzz.seed=" + seed + "): " + e.getMessage(), e);
            }
        }
        System.out.println("Fuzz " + name + ": " + tries + " inputs tried, seed " + seed);
        return tries;
    }

    public static byte[] bytes(Random random, int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Text of up to {@code maxLength} characters drawn from {@code alphabet} (each entry one unit, may be several chars). */
    public static String text(Random random, int maxLength, String... alphabet) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.toString();
    }

    public static <T> T oneOf(Random random, java.util.List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
