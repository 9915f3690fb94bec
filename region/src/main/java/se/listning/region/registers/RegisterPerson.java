package se.listning.region.registers;

import java.util.List;

/**
 * A resident as the population register stand-in answers for them. {@code municipalityCode} is null for a
 * protected identity (no address information at all); names are given, since the person signs in as themself.
 */
public record RegisterPerson(String personId, String givenName, String familyName, String homeCounty,
                             String municipalityCode, boolean protectedIdentity, boolean deceased, String birthDate,
                             List<String> guardians, List<Child> children) {

    /** A child under 18 in the person's custody. */
    public record Child(String personId, String givenName, String familyName, String birthDate) {
    }
}
