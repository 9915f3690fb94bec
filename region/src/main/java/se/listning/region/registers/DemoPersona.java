package se.listning.region.registers;

/** A test-data catalogue persona offered on the citizen e-service's demo sign-in page. */
public record DemoPersona(String role, String personId, String name, String description) {
}
