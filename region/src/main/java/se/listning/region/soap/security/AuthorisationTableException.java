package se.listning.region.soap.security;

import java.util.List;

/** An authorisation table that cannot be used, with every problem and its line number. */
public class AuthorisationTableException extends RuntimeException {

    private final List<String> problems;

    public AuthorisationTableException(String source, List<String> problems) {
        super("authorisation table " + source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
