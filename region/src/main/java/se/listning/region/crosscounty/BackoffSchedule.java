package se.listning.region.crosscounty;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * When a notice that could not be delivered is tried again: {@code first} after the first failed attempt,
 * doubled after each further one, never more than {@code max} (SjD TK 2.1: not more often than every 5
 * minutes, with decreasing frequency). A notice that is still failing {@code maxAge} after it was written is
 * given up (FAILED, visible in /actuator/outbox for operators).
 */
public record BackoffSchedule(Duration first, Duration max, Duration maxAge) {

    public BackoffSchedule {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first-retry <= max-retry, got " + first + " and " + max);
        }
    }

    /** The wait after {@code failedAttempts} (≥ 1) failed attempts. */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    public LocalDateTime nextAttempt(int failedAttempts, LocalDateTime now) {
        return now.plus(delayAfter(failedAttempts));
    }

    /** True when a notice written at {@code createdAt} that failed again at {@code now} is to be given up. */
    public boolean givesUp(LocalDateTime createdAt, LocalDateTime now) {
        return !now.isBefore(createdAt.plus(maxAge));
    }
}
