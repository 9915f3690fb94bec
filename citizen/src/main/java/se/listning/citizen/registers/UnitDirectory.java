package se.listning.citizen.registers;

import java.util.Map;
import se.listning.domain.identity.CountyCode;

/**
 * The unit directory (HSA-katalogen / Hitta vård): visiting address and municipality of a region's units, which
 * the carelisting contracts do not carry. A port: the demo adapter is {@link StandInRegisters}.
 */
public interface UnitDirectory {

    /** The region's units by upper-case HSA-id; empty when the directory cannot answer (the e-service works on). */
    Map<String, UnitInfo> units(CountyCode county);
}
