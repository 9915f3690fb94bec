package se.listning.citizen.registers;

import java.util.List;
import java.util.Optional;
import se.listning.domain.identity.PersonId;

/**
 * The population register (folkbokföringen, Skatteverket's PU service) as the e-service needs it: who a
 * signed-in person is, their home region, and the children in their custody. A port: the demo adapter is
 * {@link StandInRegisters}; production would call the PU service.
 */
public interface PopulationRegister {

    /** The person if registered (folkbokförd) and alive; empty when unknown. Throws {@link RegisterUnavailableException}. */
    Optional<Resident> lookUp(PersonId person);

    /** Synthetic persons offered on the test sign-in page (demo only; empty in production). */
    List<Persona> personas();
}
