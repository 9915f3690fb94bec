package se.listning.platform.soap;

/** A call the platform refuses or cannot deliver; answered with a VP-style SOAP fault. */
public class VpException extends Exception {

    private final VpError error;
    private final String details;

    public VpException(VpError error, String details) {
        super(error.name() + " " + details);
        this.error = error;
        this.details = details;
    }

    public VpError error() {
        return error;
    }

    public String details() {
        return details;
    }
}
