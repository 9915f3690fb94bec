package se.listning.citizen.vardval;

import java.time.LocalDate;
import se.listning.domain.identity.CountyCode;

/**
 * One listing or queue place as the start page shows it.
 *
 * @param supportsDoctorChoice the unit lets residents choose a fast läkarkontakt (GetAvailableHealthcarePersonnel)
 */
public record ListingView(CountyCode county, String unitHsaId, String unitName, String address, ListingTypeKey type,
                          String typeName, LocalDate validFrom, LocalDate validTo, String doctorName,
                          String doctorTitle, boolean inQueue, Integer queuePosition, Integer estimatedWaitDays,
                          Integer remainingChanges, boolean supportsDoctorChoice) {
}
