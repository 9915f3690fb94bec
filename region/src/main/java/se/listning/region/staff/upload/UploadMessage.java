package se.listning.region.staff.upload;

/** The row-level refusals of a CSV upload, in Swedish, one per faulty row (grouped on the result page). */
public final class UploadMessage {

    public static final String WRONG_COLUMNS = "Fel antal kolumner";
    public static final String FORMULA = "Otillåtet tecken först i fält";
    public static final String TOO_LONG = "För långt fält (högst " + RowCheck.MAX_FIELD_LENGTH + " tecken)";
    public static final String INVALID_PERSON = "Ogiltigt personnummer";
    public static final String INVALID_DATE = "Ogiltigt datum (ska vara ÅÅÅÅ-MM-DD)";
    public static final String FUTURE_DATE = "Datum i framtiden";
    public static final String DUPLICATE = "Dubblett (personen finns på flera rader i filen)";
    public static final String UNKNOWN_UNIT = "Okänt HSA-id för vårdcentral";
    public static final String NOT_YOUR_UNIT = "Du saknar behörighet för vårdcentralen";
    public static final String UNKNOWN_PERSON = "Personnummer finns inte i folkbokföringen";
    public static final String NOT_LISTED = "Personnummer matchar inte vårdcentral vårdval";
    public static final String NO_DOCTOR = "HSA-id saknas för läkare hos vårdcentral";
    public static final String INACTIVE_DOCTOR = "Läkaren är inte aktiv";
    public static final String DOCTOR_AGE = "Patientens ålder är utanför läkarens åldersgräns";
    public static final String DOCTOR_FULL = "Läkarens patienttak överskrids";

    private UploadMessage() {
    }
}
