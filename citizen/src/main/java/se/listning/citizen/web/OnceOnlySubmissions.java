package se.listning.citizen.web;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;
import se.listning.citizen.vardval.Receipt;

/**
 * Makes every change form idempotent: the page carries a one-time token; the first POST with it sends the
 * request, any further POST with the same token (a double click, a reload, a back-and-resubmit) waits for and
 * shows the first one's receipt instead of sending again. Tokens live in the session (the latest
 * {@value #KEPT} per session).
 */
@Component
public class OnceOnlySubmissions {

    static final int KEPT = 50;
    private static final String ATTRIBUTE = "listning.submissions";

    /** One token: whether a submit has started, and its receipt when done. */
    private static final class Submission {
        final CompletableFuture<Receipt> receipt = new CompletableFuture<>();
        boolean started;
    }

    /** A fresh token for a form about to be shown. */
    public String issue(HttpSession session) {
        String token = UUID.randomUUID().toString();
        synchronized (WebUtils.getSessionMutex(session)) {
            submissions(session).put(token, new Submission());
        }
        return token;
    }

    /**
     * Runs {@code work} if this is the first submit of the token, else waits for the first one's receipt. Empty
     * when the token was never issued in this session (forged, or from an expired session).
     */
    public Optional<Receipt> submit(HttpSession session, String token, Supplier<Receipt> work) {
        Submission submission;
        boolean first;
        synchronized (WebUtils.getSessionMutex(session)) {
            submission = token == null ? null : submissions(session).get(token);
            if (submission == null) {
                return Optional.empty();
            }
            first = !submission.started;
            submission.started = true;
        }
        if (first) {
            try {
                submission.receipt.complete(work.get());
            } catch (RuntimeException e) {
                submission.receipt.completeExceptionally(e);
                throw e;
            }
        }
        return Optional.of(submission.receipt.join());
    }

    /** The receipt of a finished submit. */
    public Optional<Receipt> receipt(HttpSession session, String token) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Submission submission = token == null ? null : submissions(session).get(token);
            return submission != null && submission.receipt.isDone() && !submission.receipt.isCompletedExceptionally()
                    ? Optional.of(submission.receipt.join()) : Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Submission> submissions(HttpSession session) {
        Object existing = session.getAttribute(ATTRIBUTE);
        if (existing == null) {
            existing = new LinkedHashMap<String, Submission>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Submission> eldest) {
                    return size() > KEPT;
                }
            };
            session.setAttribute(ATTRIBUTE, existing);
        }
        return (Map<String, Submission>) existing;
    }
}
