package se.listning.domain.identity;

import java.util.Locale;
import java.util.Objects;

/**
 * An HSA-id of a unit, care provider or person. The contracts demand case-insensitive comparison,
 * so equality uses the upper-case {@link #key()} while {@link #value()} keeps the spelling we hold.
 */
public final class HsaId {

    public static final String OID = "1.2.752.129.2.1.4.1";

    private final String value;
    private final String key;

    private HsaId(String value) {
        this.value = value;
        this.key = value.toUpperCase(Locale.ROOT);
    }

    public static HsaId of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentifierException("HSA-id saknas.");
        }
        return new HsaId(value.trim());
    }

    public String value() {
        return value;
    }

    /** Upper-case form used for comparison and as database key. */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HsaId other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return value;
    }
}
