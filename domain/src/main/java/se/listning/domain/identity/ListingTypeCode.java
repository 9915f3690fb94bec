package se.listning.domain.identity;

import java.util.Objects;

/** A listing type as code + code system; display names are the producer's and never part of identity. */
public record ListingTypeCode(String code, String codeSystem) {

    public static final String NATIONAL_CODE_SYSTEM = "1.2.752.129.5.1.27";
    public static final ListingTypeCode PV = new ListingTypeCode("PV", NATIONAL_CODE_SYSTEM);
    public static final String PV_DISPLAY_NAME = "Primärvårdslistning";

    public ListingTypeCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(codeSystem, "codeSystem");
        code = code.trim();
        codeSystem = codeSystem.trim();
        if (code.isEmpty() || codeSystem.isEmpty()) {
            throw new InvalidIdentifierException("Listningstyp måste ha både kod och kodsystem.");
        }
    }

    public boolean isNational() {
        return NATIONAL_CODE_SYSTEM.equals(codeSystem);
    }

    @Override
    public String toString() {
        return code + "@" + codeSystem;
    }
}
