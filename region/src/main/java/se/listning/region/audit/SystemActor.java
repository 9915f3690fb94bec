package se.listning.region.audit;

import java.util.List;

/**
 * The region's own systems as actors in the audit log (actor_type {@value #ACTOR_TYPE}, role {@value #ROLE}):
 * the channel their rows carry, the name shown as "who", and the purpose of what they do.
 */
public record SystemActor(String channel, String name, String purpose) {

    public static final String ACTOR_TYPE = "SYSTEM";
    public static final String ROLE = "SYSTEM";

    /** Population register feed (folkbokföringsaviseringar). */
    public static final SystemActor POPULATION_REGISTER =
            new SystemActor("folkbokföring", "Folkbokföring", "Folkbokföringsavisering");
    /** The queue advancer: a queued person gets a freed place. */
    public static final SystemActor QUEUE = new SystemActor("kö", "Köhantering", "Ledig plats till den som står först i kö");
    /** Operators' /admin endpoints (behind the network boundary, no personal sign-in). */
    public static final SystemActor OPERATOR = new SystemActor("admin", "Drift (/admin)", "Stänga vårdcentral");
    /** Outgoing UpdateListing notices and what the home region's answer does here. */
    public static final SystemActor CROSS_COUNTY =
            new SystemActor("utomlänslistning", "Utomlänslistning", "Underrätta hemregionen om listning");
    /** The synchronisation job asking home regions (GetListingCounty) and queueing repairs. */
    public static final SystemActor SYNCHRONISATION =
            new SystemActor("synkronisering", "Synkroniseringsjobb", "Kontroll av utomlänslistning");
    /** The registers stand-in read by the demo e-service (demo only). */
    public static final SystemActor REGISTERS_STAND_IN =
            new SystemActor("register-demo", "Invånartjänst (demo)", "Inloggning i e-tjänsten (demo)");

    /** Every system actor, e.g. for the audit viewer's channel filter. */
    public static final List<SystemActor> ALL = List.of(POPULATION_REGISTER, QUEUE, OPERATOR, CROSS_COUNTY,
            SYNCHRONISATION, REGISTERS_STAND_IN);
}
