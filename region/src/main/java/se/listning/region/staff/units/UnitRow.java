package se.listning.region.staff.units;

/** A unit in the unit list: identity, place and its PV numbers. {@code cap} null = no cap. */
public record UnitRow(String hsaId, String name, String municipality, boolean listable, long listedPv, Integer cap,
                      long queued) {
}
