package se.listning.citizen.vardval;

import se.listning.contracts.carelisting.v2.CVType;

/**
 * A listing type as code + codeSystem (the pair the contracts compare), written in forms and links as
 * {@code code|codeSystem}.
 */
public record ListingTypeKey(String code, String codeSystem) {

    public static final ListingTypeKey PV = new ListingTypeKey("PV", "1.2.752.129.5.1.27");

    public ListingTypeKey {
        if (code == null || code.isBlank() || codeSystem == null || codeSystem.isBlank()
                || code.contains("|") || code.length() > 64 || codeSystem.length() > 200) {
            throw new IllegalArgumentException("Ogiltig typ av vårdval.");
        }
    }

    public static ListingTypeKey of(CVType type) {
        return new ListingTypeKey(type.getCode(), type.getCodeSystem());
    }

    /** Parses {@code code|codeSystem}; throws IllegalArgumentException with a Swedish message. */
    public static ListingTypeKey parse(String text) {
        int bar = text == null ? -1 : text.indexOf('|');
        if (bar < 1) {
            throw new IllegalArgumentException("Ogiltig typ av vårdval.");
        }
        return new ListingTypeKey(text.substring(0, bar), text.substring(bar + 1));
    }

    public boolean matches(CVType type) {
        return type != null && code.equals(type.getCode()) && codeSystem.equals(type.getCodeSystem());
    }

    public CVType toCv() {
        CVType cv = new CVType();
        cv.setCode(code);
        cv.setCodeSystem(codeSystem);
        return cv;
    }

    public String key() {
        return code + "|" + codeSystem;
    }

    @Override
    public String toString() {
        return key();
    }
}
