package se.listning.region.population;

/**
 * The change types of feed format v1 and how many {@code ;}-separated fields a line of each type has
 * (the type itself included).
 */
public enum ChangeType {
    /** Newborn or immigrant: person;municipality;given;family;street;postal;city;guardians. */
    NEW_RESIDENT(9),
    /** New municipality/address in our county: person;municipality;street;postal;city. */
    MOVED_WITHIN(6),
    /** Moved to another county: person;county. */
    MOVED_OUT(3),
    /** Moved here from another county: person;fromCounty;municipality;given;family;street;postal;city;guardians. */
    MOVED_IN(10),
    /** person;date (yyyy-MM-dd). */
    DECEASED(3),
    /** person;ON|OFF. */
    PROTECTED_IDENTITY(3),
    /** Replaces the guardian list: person;guardians (comma-separated, may be empty). */
    GUARDIANS(3),
    /** Samordningsnummer replaced by personnummer: oldId;newId. */
    ID_REPLACED(3);

    private final int fields;

    ChangeType(int fields) {
        this.fields = fields;
    }

    public int fields() {
        return fields;
    }
}
