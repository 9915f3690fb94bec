package se.listning.region.staff.reports;

import java.util.Arrays;
import java.util.Optional;

/** The reports of the staff tool, by their URL key, with Swedish titles and descriptions. */
public enum ReportKind {
    LISTADE("listade", "Listade per vårdcentral och listningstyp",
            "Antal aktiva listningar per vårdcentral och listningstyp."),
    UTOMLANS("utomlans", "Utomlänslistningar",
            "Regionens invånare listade i andra regioner, och invånare i andra regioner listade hos oss."),
    OMLISTNINGAR("omlistningar", "Omlistningar per månad", "Omlistningar de senaste 24 månaderna."),
    KOER("koer", "Köer och väntetider",
            "Antal i kö, median och längsta väntan i dagar, och genomsnittlig väntan för dem som listats från kön det senaste året."),
    LAKARKONTAKT("lakarkontakt", "Andel med fast läkarkontakt",
            "Andel av de listade per vårdcentral som har en fast läkarkontakt.");

    private final String key;
    private final String title;
    private final String description;

    ReportKind(String key, String title, String description) {
        this.key = key;
        this.title = title;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public static Optional<ReportKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
