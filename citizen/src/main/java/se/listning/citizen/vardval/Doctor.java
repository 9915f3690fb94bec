package se.listning.citizen.vardval;

/** A doctor the person may choose as fast läkarkontakt at a unit. */
public record Doctor(String hsaId, String name, String title) {
}
