package se.listning.region.soap;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.port.RegionSettings;

/**
 * Every contract is addressed to one region by its county code in the LogicalAddress header. The
 * platform routes on it, so a wrong value means a routing or configuration error on the caller's side:
 * a soap:Client fault, never a business answer.
 */
@Component
public class LogicalAddressGuard {

    private final CountyCode ownCounty;

    public LogicalAddressGuard(RegionSettings settings) {
        this.ownCounty = settings.county();
    }

    /** Returns this region's county when the header names it; otherwise throws a soap:Client fault. */
    public CountyCode check(String logicalAddress) {
        if (logicalAddress == null || logicalAddress.isBlank()) {
            throw clientFault("LogicalAddress saknas i SOAP-huvudet (itr:LogicalAddress). Ange länskoden för den"
                    + " region som anropas, för denna listningstjänst '" + ownCounty.code() + "'.");
        }
        String received = logicalAddress.trim();
        if (!received.equals(ownCounty.code())) {
            throw clientFault("Fel LogicalAddress: mottog '" + abbreviate(received) + "', men denna listningstjänst ("
                    + ownCounty.regionName() + ") har LogicalAddress '" + ownCounty.code() + "'.");
        }
        return ownCounty;
    }

    public CountyCode ownCounty() {
        return ownCounty;
    }

    static SoapFault clientFault(String message) {
        return new SoapFault(message, Soap11.getInstance().getSender());
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
