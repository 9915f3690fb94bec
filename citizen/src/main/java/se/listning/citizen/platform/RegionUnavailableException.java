package se.listning.citizen.platform;

import se.listning.domain.identity.CountyCode;

/**
 * A region could not be asked: down, slow (timeout), a SOAP fault from it or the platform, or a broken answer.
 * {@link #maybeApplied()} is true for a write whose request may have reached the region (a timeout after sending):
 * the resident must check before trying again.
 */
public class RegionUnavailableException extends RuntimeException {

    private final CountyCode county;
    private final boolean maybeApplied;

    public RegionUnavailableException(CountyCode county, String message, boolean maybeApplied, Throwable cause) {
        super(message, cause);
        this.county = county;
        this.maybeApplied = maybeApplied;
    }

    public CountyCode county() {
        return county;
    }

    public boolean maybeApplied() {
        return maybeApplied;
    }
}
