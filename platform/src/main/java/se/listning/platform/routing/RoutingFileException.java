package se.listning.platform.routing;

import java.util.List;

/** A routing file that cannot be used; lists every problem found, each with its line number. */
public class RoutingFileException extends RuntimeException {

    private final List<String> problems;

    public RoutingFileException(String source, List<String> problems) {
        super("Invalid routing file " + source + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
