package se.listning.citizen.vardval;

import java.io.Serializable;
import java.util.Optional;
import se.listning.domain.identity.CountyCode;

/**
 * What the resident asked for, as one CreateListing: a new or changed vårdval (possibly a queue place), a new
 * fast läkarkontakt at the current unit, or leaving a queue (flow 6: {@code addToQueue} false for a unit where the
 * person is queued).
 */
public record ListingRequest(Intent intent, CountyCode region, String unitHsaId, String unitName,
                             ListingTypeKey type, Optional<String> doctorHsaId, String doctorName, boolean addToQueue)
        implements Serializable {

    /** What the resident meant, which decides how an OK is told. */
    public enum Intent { CHOOSE, CHANGE_DOCTOR, LEAVE_QUEUE }
}
