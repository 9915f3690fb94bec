package se.listning.region.soap.security;

/** A SOAP call refused for who made it; the message is the Swedish text of the soap:Client fault. */
public class CallerRefusedException extends RuntimeException {

    private final String consumerId;

    public CallerRefusedException(String message, String consumerId) {
        super(message);
        this.consumerId = consumerId;
    }

    /** The best known id of the refused caller (for the audit), may be null. */
    public String consumerId() {
        return consumerId;
    }
}
