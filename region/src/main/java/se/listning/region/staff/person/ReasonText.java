package se.listning.region.staff.person;

import se.listning.domain.api.CreateListingCommand;
import se.listning.domain.model.ListingReason;

/** Why a listing started or ended, in the Swedish of the staff tool's history table. */
public final class ReasonText {

    private ReasonText() {
    }

    /** A start reason; staff registrations from a paper form say so. */
    public static String start(String reason, String source) {
        if (ListingReason.STAFF_REGISTRATION.name().equals(reason)) {
            return CreateListingCommand.PAPER_FORM_SOURCE.equals(source)
                    ? "Registrerad av personal (blankett)" : "Registrerad av personal";
        }
        return of(reason);
    }

    public static String of(String reason) {
        if (reason == null) {
            return "";
        }
        return switch (ListingReason.valueOf(reason)) {
            case ACTIVE_CHOICE -> "Aktivt val";
            case STAFF_REGISTRATION -> "Registrerad av personal";
            case GEOGRAPHIC_ASSIGNMENT -> "Geografisk listning";
            case FROM_QUEUE -> "Från kö";
            case LISTED_IN_OTHER_REGION -> "Listad i annan region";
            case RELISTED -> "Nytt val av vårdcentral";
            case CROSS_COUNTY_ENDED -> "Utomlänslistningen avslutad";
            case MOVED -> "Flyttat från länet";
            case DECEASED -> "Avliden";
            case UNIT_CLOSED -> "Vårdcentralen stängd";
            case STAFF_ENDED -> "Avslutad av personal";
            case REFUSED_BY_HOME_REGION -> "Nekad av hemregionen (omlistningstak)";
        };
    }
}
