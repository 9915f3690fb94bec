package se.listning.citizen.vardval;

import java.util.List;
import se.listning.domain.identity.CountyCode;

/**
 * A listable unit as the search result and the unit page show it. {@code hasQueue} is the contract's: the unit is
 * full and offers a queue; then {@code queueLength} and {@code estimatedWaitDays} may be known.
 */
public record UnitView(CountyCode county, String hsaId, String name, String address, String municipalityCode,
                       String municipalityName, boolean hasQueue, Integer queueLength, Integer estimatedWaitDays,
                       boolean supportsDoctorChoice, List<String> typeNames) {
}
