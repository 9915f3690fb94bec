package se.listning.region.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import se.listning.region.soap.CarelistingContract;

/**
 * Valid request envelopes for each contract, written as text, with every text field of CreateListing and
 * UpdateListing addressable by a name so that one field at a time can carry hostile content.
 */
public final class HostileRequests {

    public static final String PNR_ROOT = "1.2.752.129.2.1.3.1";
    public static final String COUNTY_ROOT = "1.2.752.129.2.2.1.18";
    public static final String NATIONAL = "1.2.752.129.5.1.27";

    /** The text fields of CreateListing, in schema order. */
    public static final java.util.List<String> CREATE_LISTING_FIELDS = java.util.List.of(
            "actor/actorId/root", "actor/actorId/extension", "actor/actorType", "personId/root", "personId/extension",
            "healthcareFacilityHSAId", "listingType/code", "listingType/codeSystem", "listingType/codeSystemName",
            "listingType/displayName", "listingType/originalText", "healthcarePersonnel", "addToQueue",
            "homeCounty/root", "homeCounty/extension", "newListingCounty/root", "newListingCounty/extension");

    /** The text fields of UpdateListing, in schema order. */
    public static final java.util.List<String> UPDATE_LISTING_FIELDS = java.util.List.of(
            "personId/root", "personId/extension", "newListingCounty/root", "newListingCounty/extension",
            "homeCounty/root", "homeCounty/extension", "listingType/code", "listingType/codeSystem",
            "listingType/displayName");

    /** Fields the service reads as information only: any text is accepted and not stored. */
    public static final java.util.Set<String> INFORMATIONAL = java.util.Set.of(
            "listingType/codeSystemName", "listingType/displayName", "listingType/originalText");

    private HostileRequests() {
    }

    /** SOAP 1.1 envelope with the LogicalAddress header; the payload element in the contract's namespace. */
    public static String envelope(CarelistingContract contract, String logicalAddress, String payload) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:itr=\"urn:riv:itintegration:registry:1\""
                + " xmlns:core=\"urn:riv:supportprocess:logistics:carelisting:2\""
                + " xmlns:r=\"" + contract.responderNamespace() + "\">"
                + "<soapenv:Header><itr:LogicalAddress>" + logicalAddress + "</itr:LogicalAddress></soapenv:Header>"
                + "<soapenv:Body><r:" + contract.contractName() + ">" + payload + "</r:" + contract.contractName() + ">"
                + "</soapenv:Body></soapenv:Envelope>";
    }

    /** A schema-valid request of any contract about this person and unit. */
    public static String valid(CarelistingContract contract, String pnr, String unit) {
        String body = switch (contract) {
            case GET_LISTING_TYPES, GET_AVAILABLE_HEALTHCARE_FACILITIES -> "";
            case GET_AVAILABLE_HEALTHCARE_PERSONNEL -> ii("personId", PNR_ROOT, pnr) + el("healthcareFacilityHSAId", unit);
            case GET_LISTING_COUNTY, GET_LISTING -> actor(PNR_ROOT, pnr, "CITIZEN") + ii("personId", PNR_ROOT, pnr);
            case CREATE_LISTING -> createListingPayload(pnr, unit, Map.of());
            case UPDATE_LISTING -> updateListingPayload(pnr, Map.of());
        };
        return envelope(contract, "01", body);
    }

    /** CreateListing with the named fields replaced by raw (already escaped) text; optional ones appear when named. */
    public static String createListing(String pnr, String unit, Map<String, String> raw) {
        return envelope(CarelistingContract.CREATE_LISTING, "01", createListingPayload(pnr, unit, raw));
    }

    public static String updateListing(String pnr, Map<String, String> raw) {
        return envelope(CarelistingContract.UPDATE_LISTING, "01", updateListingPayload(pnr, raw));
    }

    private static String createListingPayload(String pnr, String unit, Map<String, String> raw) {
        Map<String, String> f = new LinkedHashMap<>(raw);
        StringBuilder xml = new StringBuilder()
                .append(actor(f.getOrDefault("actor/actorId/root", PNR_ROOT), f.getOrDefault("actor/actorId/extension", pnr),
                        f.getOrDefault("actor/actorType", "CITIZEN")))
                .append(ii("personId", f.getOrDefault("personId/root", PNR_ROOT), f.getOrDefault("personId/extension", pnr)))
                .append(el("healthcareFacilityHSAId", f.getOrDefault("healthcareFacilityHSAId", unit)))
                .append(listingType(f));
        optional(xml, f, "healthcarePersonnel");
        optional(xml, f, "addToQueue");
        optionalCounty(xml, f, "homeCounty", "01");
        optionalCounty(xml, f, "newListingCounty", "01");
        return xml.toString();
    }

    private static String updateListingPayload(String pnr, Map<String, String> raw) {
        Map<String, String> f = new LinkedHashMap<>(raw);
        StringBuilder xml = new StringBuilder()
                .append(ii("personId", f.getOrDefault("personId/root", PNR_ROOT), f.getOrDefault("personId/extension", pnr)))
                .append(ii("newListingCounty", f.getOrDefault("newListingCounty/root", COUNTY_ROOT),
                        f.getOrDefault("newListingCounty/extension", "13")))
                .append(ii("homeCounty", f.getOrDefault("homeCounty/root", COUNTY_ROOT),
                        f.getOrDefault("homeCounty/extension", "01")));
        if (f.keySet().stream().anyMatch(k -> k.startsWith("listingType/"))) {
            xml.append(listingType(f));
        }
        return xml.toString();
    }

    private static String listingType(Map<String, String> f) {
        StringBuilder cv = new StringBuilder("<r:listingType>")
                .append(core("code", f.getOrDefault("listingType/code", "PV")))
                .append(core("codeSystem", f.getOrDefault("listingType/codeSystem", NATIONAL)));
        for (String optional : new String[] {"codeSystemName", "displayName", "originalText"}) {
            if (f.containsKey("listingType/" + optional)) {
                cv.append(core(optional, f.get("listingType/" + optional)));
            }
        }
        return cv.append("</r:listingType>").toString();
    }

    private static void optional(StringBuilder xml, Map<String, String> f, String name) {
        if (f.containsKey(name)) {
            xml.append(el(name, f.get(name)));
        }
    }

    private static void optionalCounty(StringBuilder xml, Map<String, String> f, String name, String code) {
        if (f.containsKey(name + "/root") || f.containsKey(name + "/extension")) {
            xml.append(ii(name, f.getOrDefault(name + "/root", COUNTY_ROOT), f.getOrDefault(name + "/extension", code)));
        }
    }

    static String actor(String root, String extension, String type) {
        return "<r:actor><core:actorId>" + core("root", root) + core("extension", extension) + "</core:actorId>"
                + core("actorType", type) + "</r:actor>";
    }

    static String ii(String element, String root, String extension) {
        return "<r:" + element + ">" + core("root", root) + core("extension", extension) + "</r:" + element + ">";
    }

    static String el(String element, String value) {
        return "<r:" + element + ">" + value + "</r:" + element + ">";
    }

    private static String core(String element, String value) {
        return "<core:" + element + ">" + value + "</core:" + element + ">";
    }

    /** Text content escaped for XML. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
