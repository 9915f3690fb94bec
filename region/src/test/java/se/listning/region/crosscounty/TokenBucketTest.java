package se.listning.region.crosscounty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    /** A clock that only moves when the bucket sleeps (or the test advances it). */
    private long now = 1_000_000_000L;
    private final List<Long> sleeps = new ArrayList<>();
    private final TokenBucket.Sleeper sleeper = nanos -> {
        sleeps.add(nanos);
        now += nanos;
    };

    @Test
    void callsAreSpacedAtTheRate() throws InterruptedException {
        TokenBucket bucket = new TokenBucket(4, 4, () -> now, sleeper);
        long start = now;
        for (int i = 0; i < 9; i++) {
            bucket.acquire();
        }
        // the first call goes at once, the other eight wait a quarter second each
        assertThat(now - start).isEqualTo(2_000_000_000L);
        assertThat(sleeps).hasSize(8).allMatch(s -> s == 250_000_000L);
    }

    @Test
    void idleTimeAllowsABurstUpToTheCapacityOnly() throws InterruptedException {
        TokenBucket bucket = new TokenBucket(2, 2, () -> now, sleeper);
        now += 10_000_000_000L; // ten idle seconds
        bucket.acquire();
        bucket.acquire();
        assertThat(sleeps).isEmpty();
        bucket.acquire();
        assertThat(sleeps).containsExactly(500_000_000L);
    }
}
