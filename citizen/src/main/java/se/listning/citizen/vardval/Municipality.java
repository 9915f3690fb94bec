package se.listning.citizen.vardval;

/** A municipality (kommun) with units in the region, for the search filter. */
public record Municipality(String code, String name) {
}
