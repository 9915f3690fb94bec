package se.listning.region.crosscounty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffScheduleTest {

    private final BackoffSchedule defaults = new BackoffSchedule(Duration.ofMinutes(5), Duration.ofHours(6),
            Duration.ofDays(7));

    @Test
    void neverMoreOftenThanEveryFiveMinutesAndEverLessOftenUpToTheCap() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(defaults::delayAfter).map(Duration::toMinutes))
                .containsExactly(5L, 10L, 20L, 40L, 80L, 160L, 320L, 360L, 360L);
        assertThat(defaults.delayAfter(10_000)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void theNextAttemptIsCountedFromTheFailedOne() {
        LocalDateTime failedAt = LocalDateTime.of(2026, 3, 10, 23, 58);
        assertThat(defaults.nextAttempt(2, failedAt)).isEqualTo(LocalDateTime.of(2026, 3, 11, 0, 8));
    }

    @Test
    void aNoticeIsGivenUpOnceItIsOlderThanTheMaximumAge() {
        LocalDateTime written = LocalDateTime.of(2026, 3, 1, 12, 0);
        assertThat(defaults.givesUp(written, written.plusDays(7).minusSeconds(1))).isFalse();
        assertThat(defaults.givesUp(written, written.plusDays(7))).isTrue();
    }

    @Test
    void aCapBelowTheFirstWaitIsAConfigurationError() {
        assertThatThrownBy(() -> new BackoffSchedule(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
