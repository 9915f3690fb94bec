package se.listning.domain.api;

import se.listning.domain.identity.HsaId;

/** A choosable doctor (fast läkarkontakt): HealthcarePersonnelType. Title may be null. */
public record PersonnelView(HsaId id, String name, String title) {
}
