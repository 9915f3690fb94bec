package se.listning.citizen.registers;

import se.listning.domain.identity.CountyCode;

/** A synthetic person offered on the test sign-in page, with a Swedish line saying what they are good for. */
public record Persona(CountyCode county, String role, String personId, String name, String description) {
}
