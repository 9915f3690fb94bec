package se.listning.region.staff.security;

/**
 * The staff tool's roles, as regions name them (VGR's regional listing service). A role is one
 * Spring authority {@code ROLE_<name>}; what each may do is decided in {@link StaffAccess}.
 */
public enum StaffRole {
    /** Manages the doctors, patient links and queues of their own unit(s) only. */
    VC_CHEF("VC-chef"),
    /** Region-wide vårdval administration: persons, units, exemptions, closing units, reports. */
    VARDVALSBEHORIG("Vårdvalsbehörig"),
    /** Runs the system: audit log and staff accounts; no listing administration. */
    SYSTEMADMINISTRATOR("Systemadministratör");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    /** The Swedish name shown to staff. */
    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
