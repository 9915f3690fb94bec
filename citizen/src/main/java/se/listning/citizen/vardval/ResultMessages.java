package se.listning.citizen.vardval;

import java.util.Optional;
import se.listning.citizen.vardval.Receipt.Kind;
import se.listning.contracts.carelisting.v2.ResultCodeEnum;

/**
 * Every CreateListing result code as a clear Swedish message for the resident (consumer checklist 5: show the
 * region's text or our own, and always show INFO). Our text explains what happened and what to do; the region's
 * resultText is shown beside it because only the region knows the detail (which unit, which date).
 */
public final class ResultMessages {

    private ResultMessages() {
    }

    public static Receipt receipt(ResultCodeEnum code, String regionText, ListingRequest request, Acting acting,
                                  boolean queued) {
        String unit = request.unitName();
        String region = request.region().regionName();
        String who = acting.forChild() ? acting.person().givenName() : "Du";
        Optional<String> text = Optional.ofNullable(regionText).map(String::trim).filter(t -> !t.isEmpty());
        return switch (code) {
            case OK -> switch (request.intent()) {
                case CHANGE_DOCTOR -> done(Kind.DONE, "Din fasta läkarkontakt har ändrats",
                        (acting.forChild() ? who + "s" : "Din") + " fasta läkarkontakt på " + unit + " är nu "
                                + request.doctorName() + ".", text, request, acting);
                case LEAVE_QUEUE -> done(Kind.DONE, "Du har lämnat kön",
                        who + " står inte längre i kö till " + unit + ". Inget byte har räknats.", text, request, acting);
                case CHOOSE -> queued
                        ? done(Kind.QUEUED, "Du står i kö",
                        who + " står nu i kö till " + unit + " i " + region + ". När det blir en plats listas "
                                + (acting.forChild() ? "barnet" : "du") + " där automatiskt.", text, request, acting)
                        : done(Kind.DONE, "Ditt vårdval har ändrats",
                        who + " är nu listad på " + unit + " i " + region + ".", text, request, acting);
            };
            case INFO -> done(Kind.INFO, "Observera", text.orElse("Regionen lämnade ett meddelande utan text."),
                    Optional.empty(), request, acting);
            case ERROR_MAXIMUM_ANNUAL_UPDATES_EXCEEDED -> done(Kind.REFUSED, "Ditt vårdval har inte ändrats",
                    "Du har redan bytt vårdcentral så många gånger som är tillåtet under de senaste tolv månaderna. "
                            + "Du kan byta igen när det har gått tolv månader sedan ett tidigare byte. Att byta "
                            + "fast läkarkontakt eller lämna en kö räknas inte som ett byte.", text, request, acting);
            case ERROR_MAXIMUM_CITIZEN_REACHED_ON_CAREUNIT -> done(Kind.REFUSED, "Ditt vårdval har inte ändrats",
                    unit + " tar inte emot fler patienter just nu. " + (request.addToQueue()
                            ? "Mottagningen erbjuder ingen kö. Välj en annan mottagning."
                            : "Välj en annan mottagning, eller ställ dig i kö om mottagningen erbjuder det."),
                    text, request, acting);
            case ERROR_GUARDIAN_CONSENT_NEEDED -> done(Kind.REFUSED, "Båda vårdnadshavarna behöver godkänna",
                    acting.forChild()
                            ? "Ändringen för " + acting.person().givenName() + " är inte genomförd än. Ditt "
                            + "godkännande är sparat hos regionen. Den andra vårdnadshavaren behöver logga in och "
                            + "göra samma val. Då genomförs ändringen."
                            : "Du kan inte ändra ditt vårdval själv. Din vårdnadshavare behöver göra valet åt dig.",
                    text, request, acting);
            case ERROR_AGE_LIMIT -> done(Kind.REFUSED, "Valet gäller inte för din ålder",
                    (acting.forChild() ? acting.person().givenName() + "s" : "Din") + " ålder är utanför den "
                            + "ålder som gäller för det här valet (typen av vårdval eller läkaren). Välj en annan "
                            + "typ av vårdval eller en annan läkare.", text, request, acting);
            case ERROR -> done(Kind.REFUSED, "Ditt vårdval har inte ändrats",
                    region + " kunde inte genomföra ändringen.", text, request, acting);
        };
    }

    /** The region could not be reached, or did not answer in time. */
    public static Receipt unavailable(ListingRequest request, Acting acting, boolean maybeApplied) {
        String region = request.region().regionName();
        return maybeApplied
                ? done(Kind.UNCERTAIN, "Vi fick inget svar",
                region + " svarade inte i tid. Det är oklart om ändringen hann genomföras. Titta under Vårdval "
                        + "innan du försöker igen.", Optional.empty(), request, acting)
                : done(Kind.FAILED, "Tekniskt fel",
                "Vi kunde inte nå " + region + " just nu. Ingenting har ändrats. Försök igen om en stund.",
                Optional.empty(), request, acting);
    }

    private static Receipt done(Kind kind, String heading, String message, Optional<String> regionText,
                                ListingRequest request, Acting acting) {
        return new Receipt(kind, heading, message, regionText, request, acting.person().name(), acting.forChild());
    }
}
