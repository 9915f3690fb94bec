package se.listning.region.staff.users;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.listning.domain.identity.HsaId;
import se.listning.region.staff.HsaIdInput;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;

/**
 * The account form as typed (all strings, so a bad value can be shown again) and its checks.
 * Units are HSA-ids, one per line or separated by commas or spaces. {@code active} is null when the
 * checkbox was left unticked (a browser sends nothing then).
 */
public record StaffUserForm(String username, String displayName, String hsaId, String role, String units,
                            Boolean active, String password) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    static final int MIN_PASSWORD = 8;

    /** The checked form: the account it describes, or the Swedish messages of what is wrong. */
    public record Checked(StaffUser user, List<String> errors) {
    }

    public static StaffUserForm blank() {
        return new StaffUserForm("", "", "", "", "", true, "");
    }

    public static StaffUserForm of(StaffUser user, boolean active) {
        return new StaffUserForm(user.username(), user.displayName(), user.hsaId() == null ? "" : user.hsaId().value(),
                user.role().name(), String.join("\n", user.units().stream().map(HsaId::value).sorted().toList()), active, "");
    }

    public boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    /** Checks the fields that need no database; unit existence is checked by the caller. */
    public Checked check() {
        List<String> errors = new ArrayList<>();
        String name = trim(username).toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            errors.add("Användarnamnet ska vara 2–64 tecken: små bokstäver a–z, siffror och . _ @ -.");
        }
        String display = trim(displayName);
        if (display.isEmpty() || display.length() > 200) {
            errors.add("Ange namnet (högst 200 tecken).");
        }
        HsaId hsa = null;
        if (!trim(hsaId).isEmpty()) {
            hsa = HsaIdInput.parse(hsaId).orElse(null);
            if (hsa == null) {
                errors.add("HSA-id: " + HsaIdInput.invalid(hsaId));
            }
        }
        StaffRole staffRole = null;
        try {
            staffRole = StaffRole.valueOf(trim(role));
        } catch (IllegalArgumentException e) {
            errors.add("Välj en roll.");
        }
        Set<HsaId> unitIds = new LinkedHashSet<>();
        for (String token : trim(units).split("[\\s,;]+")) {
            if (token.isBlank()) {
                continue;
            }
            HsaIdInput.parse(token).ifPresentOrElse(unitIds::add,
                    () -> errors.add("Vårdcentral: " + HsaIdInput.invalid(token)));
        }
        if (staffRole == StaffRole.VC_CHEF && unitIds.isEmpty()) {
            errors.add("En VC-chef ska ha minst en vårdcentral.");
        }
        if (staffRole != null && staffRole != StaffRole.VC_CHEF && !unitIds.isEmpty()) {
            errors.add("Bara en VC-chef har egna vårdcentraler; rollen " + staffRole.label() + " gäller hela regionen.");
        }
        if (!trim(password).isEmpty() && trim(password).length() < MIN_PASSWORD) {
            errors.add("Lösenordet ska ha minst " + MIN_PASSWORD + " tecken.");
        }
        if (!errors.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new StaffUser(name, display, hsa, staffRole, unitIds), List.of());
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
