package se.listning.citizen.vardval;

import java.io.Serializable;
import java.util.Optional;

/**
 * The outcome of one submitted request, as the receipt page tells it: a heading, a Swedish explanation, and the
 * region's own text when it said something beyond the code.
 */
public record Receipt(Kind kind, String heading, String message, Optional<String> regionText, ListingRequest request,
                      String personName, boolean forChild) implements Serializable {

    /** DONE: changed as asked; QUEUED: in the queue; INFO: nothing changed but a notice; the rest: not changed/unknown. */
    public enum Kind { DONE, QUEUED, INFO, REFUSED, FAILED, UNCERTAIN }

    public boolean success() {
        return kind == Kind.DONE || kind == Kind.QUEUED;
    }
}
