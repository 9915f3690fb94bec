package se.listning.region.staff.reports;

import java.util.Set;
import se.listning.domain.identity.HsaId;

/** Whose numbers a report shows: the whole region (Vårdvalsbehörig) or a VC-chef's own units. */
public record ReportScope(Set<HsaId> units) {

    public static ReportScope region() {
        return new ReportScope(null);
    }

    public static ReportScope units(Set<HsaId> units) {
        return new ReportScope(Set.copyOf(units));
    }

    public boolean regionWide() {
        return units == null;
    }

    /** An SQL condition limiting {@code column} to the scope's units (bind {@code :ids} with {@link #ids()}). */
    public String condition(String column) {
        return regionWide() ? "true" : column + " = any(:ids)";
    }

    public String[] ids() {
        return regionWide() ? new String[0] : units.stream().map(HsaId::value).toArray(String[]::new);
    }

    /** For the audit log: "region" or the unit ids. */
    public String describe() {
        return regionWide() ? "region" : String.join(",", units.stream().map(HsaId::value).sorted().toList());
    }
}
