package se.listning.region.registers;

/** A listable unit as the unit directory (HSA-katalogen) stand-in answers for it. */
public record RegisterUnit(String hsaId, String name, String municipalityCode, String municipalityName,
                           String streetAddress, String postalCode, String city, String phone) {
}
