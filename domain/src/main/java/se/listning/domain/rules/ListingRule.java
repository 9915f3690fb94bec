package se.listning.domain.rules;

import java.util.Locale;
import se.listning.domain.api.Outcome;
import se.listning.domain.api.ResultCode;

/**
 * Every business outcome of the listing contracts, with its result code and the Swedish text shown
 * to the resident. Texts with {@code %s}/{@code %d} placeholders take arguments through
 * {@link #outcome(Object...)}. Responders and the staff UI take texts from here, never invent them.
 */
public enum ListingRule {

    // --- CreateListing: carried out ---
    LISTED(ResultCode.OK, "Du är nu listad på %s."),
    LISTED_WITH_DOCTOR(ResultCode.OK, "Du är nu listad på %s med %s som fast läkarkontakt."),
    QUEUED(ResultCode.OK, "%s har inga lediga platser just nu. Du står i kö för listning och har plats %d i kön."),
    DOCTOR_CHANGED(ResultCode.OK, "Din fasta läkarkontakt på %s är nu %s. Ändringen räknas inte som en omlistning."),
    LEFT_QUEUE(ResultCode.OK, "Du har lämnat kön till %s. Det räknas inte som en omlistning."),
    ALREADY_LISTED(ResultCode.INFO, "Du är redan listad på %s. Ingen ändring har gjorts."),
    ALREADY_QUEUED(ResultCode.INFO, "Du står redan i kö till %s och har plats %d i kön. Ingen ändring har gjorts."),

    // --- CreateListing: refused ---
    ACTOR_NOT_ALLOWED(ResultCode.ERROR,
            "Aktörstypen %s får inte göra listningar. Listning görs av invånaren själv eller av en vårdnadshavare."),
    CITIZEN_NOT_SELF(ResultCode.ERROR,
            "Som invånare kan du bara lista dig själv. För ett barn gör vårdnadshavaren listningen."),
    NOT_A_GUARDIAN(ResultCode.ERROR, "Du är inte registrerad som vårdnadshavare för barnet."),
    MINOR_NEEDS_GUARDIAN(ResultCode.ERROR_GUARDIAN_CONSENT_NEEDED,
            "Du är under 18 år. Dina vårdnadshavare behöver göra listningen åt dig."),
    GUARDIAN_CONSENT_NEEDED(ResultCode.ERROR_GUARDIAN_CONSENT_NEEDED,
            "Båda vårdnadshavarna behöver godkänna listningen av barnet. Din begäran är sparad; den andra vårdnadshavaren behöver göra samma val inom %d dagar."),
    UNKNOWN_FACILITY(ResultCode.ERROR, "Vårdcentralen %s finns inte eller går inte att lista sig på i %s."),
    FACILITY_DOES_NOT_OFFER_TYPE(ResultCode.ERROR, "%s erbjuder inte listningstypen %s."),
    UNKNOWN_LISTING_TYPE(ResultCode.ERROR, "Listningstypen %s finns inte i %s."),
    LISTING_TYPE_NOT_OFFERED(ResultCode.ERROR,
            "Listningstypen %s erbjuds inte till dig i %s. Utomlänsinvånare kan lista sig med Primärvårdslistning."),
    WRONG_LISTING_COUNTY(ResultCode.ERROR,
            "Begäran gäller listning i län %s men skickades till %s (län %s). Skicka begäran till den region där vårdcentralen finns."),
    HOME_COUNTY_MISSING(ResultCode.ERROR,
            "Personen är inte folkbokförd i %s. Vid utomlänslistning måste hemlän (homeCounty) anges."),
    UNKNOWN_PERSON(ResultCode.ERROR,
            "Personen är inte folkbokförd i %s och inget hemlän har angetts. Vid utomlänslistning måste hemlän (homeCounty) anges."),
    PERSON_DECEASED(ResultCode.ERROR, "Personen är avliden. Listning kan inte göras."),
    AGE_LIMIT(ResultCode.ERROR_AGE_LIMIT, "Listningstypen %s gäller bara personer %s."),
    DOCTOR_AGE_LIMIT(ResultCode.ERROR_AGE_LIMIT, "%s tar bara emot patienter %s som fast läkarkontakt."),
    DOCTOR_CHOICE_NOT_OFFERED(ResultCode.ERROR, "%s erbjuder inte val av fast läkarkontakt."),
    DOCTOR_NOT_CHOOSABLE(ResultCode.ERROR, "Den valda läkaren går inte att välja som fast läkarkontakt på %s."),
    DOCTOR_FULL(ResultCode.ERROR,
            "%s har inte plats för fler patienter som fast läkarkontakt. Välj en annan läkare eller lista dig utan läkarval."),
    RELISTING_CAP_REACHED(ResultCode.ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED,
            "Du har redan gjort det högsta tillåtna antalet omlistningar (%d) under de senaste %d månaderna."),
    FACILITY_FULL(ResultCode.ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT,
            "%s har nått sitt högsta antal listade och tar inte emot fler just nu."),
    FACILITY_FULL_QUEUE_OFFERED(ResultCode.ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT,
            "%s har nått sitt högsta antal listade. Du kan välja att ställa dig i kö för listning."),
    FACILITY_FULL_NO_QUEUE(ResultCode.ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT,
            "%s har nått sitt högsta antal listade och har ingen kö för listning."),

    // --- UpdateListing (this region as receiver) ---
    CROSS_COUNTY_RECORDED(ResultCode.OK, "Utomlänslistningen i län %s är registrerad i hemregionen."),
    CROSS_COUNTY_ALREADY_RECORDED(ResultCode.OK, "Utomlänslistningen i län %s var redan registrerad. Ingen ändring har gjorts."),
    CROSS_COUNTY_ENDED(ResultCode.OK, "Utomlänslistningen är avslutad och hemregionen ansvarar åter för listningen."),
    LISTING_ENDED_LISTED_ELSEWHERE(ResultCode.OK, "Listningen i %s är avslutad eftersom personen har listat sig i län %s."),
    NOTHING_TO_UPDATE(ResultCode.OK, "Det fanns ingen aktiv listning att ändra. Ingen ändring har gjorts."),
    UPDATE_UNKNOWN_LISTING_TYPE(ResultCode.ERROR, "Listningstypen %s är okänd i %s."),
    UPDATE_HOME_COUNTY_MISSING(ResultCode.ERROR, "Hemlän (homeCounty) saknas. Uppgiften krävs i UpdateListing."),
    UPDATE_UNKNOWN_RESIDENT(ResultCode.ERROR,
            "Personen är inte folkbokförd i %s, så utomlänslistningen kan inte registreras här."),
    UPDATE_STALE_NOTICE(ResultCode.ERROR,
            "Meddelandet är inaktuellt: personen är inte listad i %s (län %s). Hemregionen har en nyare uppgift och ingen ändring har gjorts."),
    UPDATE_RELISTING_CAP_REACHED(ResultCode.ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED,
            "Personen har redan gjort det högsta tillåtna antalet omlistningar (%d) under de senaste %d månaderna. Omlistningen godkänns inte av hemregionen."),

    // --- Cross-county listing refused by the visitor's home region (flows 11a, 11b) ---
    HOME_REGION_REFUSED_RELISTING(ResultCode.ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED,
            "Listningen på %s kunde inte genomföras eftersom din hemregion (%s) inte godkänner fler omlistningar: du har redan gjort det högsta tillåtna antalet omlistningar under de senaste 12 månaderna."),
    CROSS_COUNTY_LISTING_REFUSED(ResultCode.INFO,
            "Din listning på %s kunde inte genomföras eftersom din hemregion (%s) inte godkände fler omlistningar under de senaste 12 månaderna. Du är inte listad på %s."),

    // --- Read contracts ---
    PERSONNEL_UNKNOWN_FACILITY(ResultCode.ERROR, "Vårdcentralen %s finns inte eller går inte att lista sig på i %s."),
    PERSONNEL_NOT_OFFERED(ResultCode.OK, "%s erbjuder inte val av fast läkarkontakt."),

    // --- Any contract: a request that cannot be understood (the detail is a Swedish validation text) ---
    INVALID_REQUEST(ResultCode.ERROR, "Begäran är ofullständig eller felaktig: %s");

    private final ResultCode code;
    private final String text;

    ListingRule(ResultCode code, String text) {
        this.code = code;
        this.text = text;
    }

    public ResultCode code() {
        return code;
    }

    /** The text template, with placeholders. */
    public String template() {
        return text;
    }

    /** The text with its arguments filled in; a missing argument fails loudly rather than leak "%s". */
    public String text(Object... args) {
        return String.format(Locale.ROOT, text, args);
    }

    public Outcome outcome(Object... args) {
        return new Outcome(code, text(args));
    }

    /** True for outcomes that carried out the request (OK or INFO). */
    public boolean carriedOut() {
        return code == ResultCode.OK || code == ResultCode.INFO;
    }
}
