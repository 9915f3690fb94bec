package se.listning.citizen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import se.listning.citizen.vardval.ListingRequest;
import se.listning.citizen.vardval.ListingTypeKey;
import se.listning.citizen.vardval.Receipt;
import se.listning.domain.identity.CountyCode;

class OnceOnlySubmissionsTest {

    final OnceOnlySubmissions submissions = new OnceOnlySubmissions();
    final MockHttpSession session = new MockHttpSession();

    static Receipt receipt(String heading) {
        ListingRequest request = new ListingRequest(ListingRequest.Intent.CHOOSE, CountyCode.of("01"), "X-1", "Enhet",
                ListingTypeKey.PV, Optional.empty(), null, false);
        return new Receipt(Receipt.Kind.DONE, heading, "m", Optional.empty(), request, "Namn", false);
    }

    @Test
    void aDoubleClickSendsOnceAndBothRequestsGetTheSameReceipt() throws Exception {
        String token = submissions.issue(session);
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch firstIsSending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Optional<Receipt>>> clicks = new ArrayList<>();
        clicks.add(pool.submit(() -> submissions.submit(session, token, () -> {
            sent.incrementAndGet();
            firstIsSending.countDown();
            await(release);
            return receipt("first");
        })));
        firstIsSending.await();
        for (int i = 0; i < 3; i++) {
            clicks.add(pool.submit(() -> submissions.submit(session, token, () -> {
                sent.incrementAndGet();
                return receipt("again");
            })));
        }
        release.countDown();
        for (Future<Optional<Receipt>> click : clicks) {
            assertThat(click.get().orElseThrow().heading()).isEqualTo("first");
        }
        pool.shutdown();
        assertThat(sent).hasValue(1);
        assertThat(submissions.receipt(session, token)).map(Receipt::heading).contains("first");
    }

    @Test
    void aTokenNotIssuedInThisSessionSendsNothing() {
        AtomicInteger sent = new AtomicInteger();
        String foreign = submissions.issue(new MockHttpSession());

        assertThat(submissions.submit(session, foreign, () -> receipt("x" + sent.incrementAndGet()))).isEmpty();
        assertThat(submissions.submit(session, null, () -> receipt("x" + sent.incrementAndGet()))).isEmpty();
        assertThat(sent).hasValue(0);
        assertThat(submissions.receipt(session, foreign)).isEmpty();
    }

    @Test
    void onlyTheLatestTokensAreKept() {
        String oldest = submissions.issue(session);
        for (int i = 0; i < OnceOnlySubmissions.KEPT; i++) {
            submissions.issue(session);
        }
        assertThat(submissions.submit(session, oldest, () -> receipt("late"))).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
