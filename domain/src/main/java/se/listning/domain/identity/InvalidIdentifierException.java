package se.listning.domain.identity;

/** An identifier in a request is malformed; the message is Swedish and fit to show a person. */
public class InvalidIdentifierException extends IllegalArgumentException {
    public InvalidIdentifierException(String message) {
        super(message);
    }
}
