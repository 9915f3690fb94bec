package se.listning.region.registers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import se.listning.region.demodata.TestDataCatalogue.Role;

/** The catalogue roles worth signing in as in the citizen e-service, in the order the demo page shows them. */
public final class SignInPersonas {

    private static final Map<Role, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put(Role.STANDARD, "Listad med fast läkarkontakt, står i kö till en full vårdcentral");
        DESCRIPTIONS.put(Role.GUARDIAN, "Ensam vårdnadshavare för ett barn");
        DESCRIPTIONS.put(Role.FIRST_OF_TWO_GUARDIANS, "En av två vårdnadshavare för två barn: båda måste godkänna ett byte");
        DESCRIPTIONS.put(Role.SECOND_OF_TWO_GUARDIANS, "Den andra vårdnadshavaren för samma två barn");
        DESCRIPTIONS.put(Role.RELISTING_CAP_REACHED, "Har redan bytt vårdcentral två gånger det senaste året");
        DESCRIPTIONS.put(Role.CREATE, "Inte listad, kan välja vårdcentral fritt");
        DESCRIPTIONS.put(Role.UNLISTED, "Inte listad någonstans");
        DESCRIPTIONS.put(Role.CROSS_COUNTY_LISTED, "Listad i en annan region (utomlänslistning)");
        DESCRIPTIONS.put(Role.TWO_REGIONS, "Listad i två regioner: ungdomsmottagning här, vårdcentral i en annan region");
        DESCRIPTIONS.put(Role.MINOR, "Under 18 år med två vårdnadshavare: kan inte byta själv");
        DESCRIPTIONS.put(Role.YOUNG_ADULT, "Ung vuxen, listad både på vårdcentral och ungdomsmottagning");
        DESCRIPTIONS.put(Role.OTHER_COUNTY_CANDIDATE, "Inte listad, vill lista sig i en annan region");
        DESCRIPTIONS.put(Role.FULL_REFUSED, "Listad, vill byta till en vårdcentral som är full och saknar kö");
        DESCRIPTIONS.put(Role.QUEUE_AHEAD, "Listad, står först i kön till en full vårdcentral");
        DESCRIPTIONS.put(Role.INFO, "Listad på en vårdcentral utan val av läkare");
        DESCRIPTIONS.put(Role.AGE_LIMIT, "Äldre person: utanför åldersgränsen för barnavårdscentral");
        DESCRIPTIONS.put(Role.COORDINATION, "Har samordningsnummer i stället för personnummer");
    }

    private SignInPersonas() {
    }

    /** Role → Swedish one-line description, in display order. */
    public static Map<Role, String> descriptions() {
        return Collections.unmodifiableMap(DESCRIPTIONS);
    }
}
