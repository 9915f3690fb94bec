package se.listning.citizen.signin;

import java.io.Serializable;
import java.security.Principal;
import se.listning.citizen.registers.Resident;

/** The principal of a signed-in resident, whichever way they signed in: the population register's record. */
public interface SignedInCitizen extends Principal, Serializable {

    Resident resident();

    /** How they signed in, for the log and the page footer ("Testinloggning", "E-legitimation"). */
    String method();

    @Override
    default String getName() {
        return resident().personId().masked();
    }
}
