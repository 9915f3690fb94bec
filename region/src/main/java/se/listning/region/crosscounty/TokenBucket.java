package se.listning.region.crosscounty;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code rate} tokens per second, holding at most {@code capacity}; {@link #acquire()} takes one
 * token, waiting until one is there. Time and waiting are passed in so the arithmetic is testable.
 */
public final class TokenBucket {

    /** Waits the given number of nanoseconds. */
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final double ratePerNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private double tokens;
    private long last;

    public TokenBucket(double ratePerSecond, double capacity, LongSupplier nanoTime, Sleeper sleeper) {
        if (ratePerSecond <= 0 || capacity < 1) {
            throw new IllegalArgumentException("rate must be > 0 and capacity >= 1");
        }
        this.ratePerNano = ratePerSecond / 1e9;
        this.capacity = capacity;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.tokens = 1; // the first call goes at once, bursts build up only while idle
        this.last = nanoTime.getAsLong();
    }

    /** A bucket on the real clock with room for one second's worth of calls. */
    public static TokenBucket perSecond(double rate) {
        return new TokenBucket(rate, Math.max(1, rate), System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000,
                (int) (nanos % 1_000_000)));
    }

    public synchronized void acquire() throws InterruptedException {
        refill();
        while (tokens < 1) {
            long wait = (long) Math.ceil((1 - tokens) / ratePerNano);
            sleeper.sleep(wait);
            refill();
        }
        tokens -= 1;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * ratePerNano);
        last = now;
    }
}
