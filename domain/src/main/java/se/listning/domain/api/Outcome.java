package se.listning.domain.api;

import java.util.Objects;

/**
 * A business outcome as the contracts carry it: result code and a Swedish text fit to show a resident
 * (null text only with OK). Produced from {@code ListingRule}, never built ad hoc by adapters.
 */
public record Outcome(ResultCode code, String text) {

    public Outcome {
        Objects.requireNonNull(code, "code");
        if (code != ResultCode.OK && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("a " + code + " outcome needs a text");
        }
    }

    public static Outcome ok() {
        return new Outcome(ResultCode.OK, null);
    }

    public static Outcome ok(String text) {
        return new Outcome(ResultCode.OK, text);
    }

    public static Outcome error(String text) {
        return new Outcome(ResultCode.ERROR, text);
    }

    public boolean isOk() {
        return code == ResultCode.OK || code == ResultCode.INFO;
    }
}
