package se.listning.region.staff.person;

/** The result of a staff action on a person, shown as a flash message (ok or error). */
public record ActionResult(boolean ok, String message) {

    public static ActionResult ok(String message) {
        return new ActionResult(true, message);
    }

    public static ActionResult refused(String message) {
        return new ActionResult(false, message);
    }
}
