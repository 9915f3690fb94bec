package se.listning.region.soap;

/**
 * Request XML written as text, the way SoapUI and the national suites send it. The Responder namespace
 * gets prefix "r", the domain namespace "core".
 */
final class Requests {

    static final String PNR = "1.2.752.129.2.1.3.1";
    static final String SAMORDNING = "1.2.752.129.2.1.3.3";
    static final String HSA = "1.2.752.129.2.1.4.1";
    static final String COUNTY = "1.2.752.129.2.2.1.18";
    static final String NATIONAL = "1.2.752.129.5.1.27";

    private Requests() {
    }

    /** Envelope with a LogicalAddress header; null logicalAddress omits the header element. */
    static String envelope(CarelistingContract contract, String logicalAddress, String body) {
        String header = logicalAddress == null ? "<soapenv:Header/>"
                : "<soapenv:Header><itr:LogicalAddress>" + logicalAddress + "</itr:LogicalAddress></soapenv:Header>";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" \
                xmlns:itr="urn:riv:itintegration:registry:1" \
                xmlns:core="urn:riv:supportprocess:logistics:carelisting:2" \
                xmlns:r="%s">
                  %s
                  <soapenv:Body>
                    <r:%s>%s</r:%s>
                  </soapenv:Body>
                </soapenv:Envelope>
                """.formatted(contract.responderNamespace(), header, contract.contractName(), body,
                contract.contractName());
    }

    static String ii(String element, String root, String extension) {
        return "<r:" + element + "><core:root>" + root + "</core:root>"
                + (extension == null ? "" : "<core:extension>" + extension + "</core:extension>") + "</r:" + element + ">";
    }

    static String person(String pnr) {
        return ii("personId", root(pnr), pnr);
    }

    static String county(String element, String code) {
        return ii(element, COUNTY, code);
    }

    static String cv(String element, String code, String codeSystem) {
        return "<r:" + element + "><core:code>" + code + "</core:code><core:codeSystem>" + codeSystem
                + "</core:codeSystem></r:" + element + ">";
    }

    static String pv(String element) {
        return cv(element, "PV", NATIONAL);
    }

    static String actor(String type, String root, String extension) {
        return "<r:actor><core:actorId><core:root>" + root + "</core:root><core:extension>" + extension
                + "</core:extension></core:actorId><core:actorType>" + type + "</core:actorType></r:actor>";
    }

    static String citizen(String pnr) {
        return actor("CITIZEN", root(pnr), pnr);
    }

    static String guardian(String pnr) {
        return actor("GUARDIAN", root(pnr), pnr);
    }

    static String element(String element, String value) {
        return "<r:" + element + ">" + value + "</r:" + element + ">";
    }

    /** personnummer or samordningsnummer root, from the day of birth. */
    static String root(String pnr) {
        return Integer.parseInt(pnr.substring(6, 8)) > 60 ? SAMORDNING : PNR;
    }
}
