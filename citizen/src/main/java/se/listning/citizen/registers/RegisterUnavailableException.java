package se.listning.citizen.registers;

/** The population register could not be asked (down or slow). */
public class RegisterUnavailableException extends RuntimeException {
    public RegisterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
