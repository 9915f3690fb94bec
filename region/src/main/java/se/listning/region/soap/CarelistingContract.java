package se.listning.region.soap;

import javax.xml.namespace.QName;

/**
 * The seven contracts as published here: name, contract version (part of the WSDL file name), and
 * whether a schema error is a soap:Client fault. UpdateListing must answer schema errors with resultCode
 * ERROR and the validation report (national test case 3.2.2), so its errors are collected instead.
 */
public enum CarelistingContract {
    GET_LISTING_TYPES("GetListingTypes", "2.0", true),
    GET_AVAILABLE_HEALTHCARE_FACILITIES("GetAvailableHealthcareFacilities", "2.1", true),
    GET_AVAILABLE_HEALTHCARE_PERSONNEL("GetAvailableHealthcarePersonnel", "2.0", true),
    GET_LISTING_COUNTY("GetListingCounty", "2.0", true),
    GET_LISTING("GetListing", "2.1", true),
    CREATE_LISTING("CreateListing", "2.0", true),
    UPDATE_LISTING("UpdateListing", "2.0", false);

    private static final String NS = "urn:riv:supportprocess:logistics:carelisting:";

    private final String contractName;
    private final String version;
    private final boolean schemaErrorIsFault;

    CarelistingContract(String contractName, String version, boolean schemaErrorIsFault) {
        this.contractName = contractName;
        this.version = version;
        this.schemaErrorIsFault = schemaErrorIsFault;
    }

    public String contractName() {
        return contractName;
    }

    public boolean schemaErrorIsFault() {
        return schemaErrorIsFault;
    }

    /** Path below the CXF servlet (/services). */
    public String address() {
        return "/supportprocess/logistics/carelisting/" + contractName + "/2/rivtabp21";
    }

    /** Our WSDL inside the contracts jar. */
    public String wsdlResource() {
        return "schemas/interactions/" + contractName + "Interaction/" + contractName + "Interaction_" + version
                + "_RIVTABP21.wsdl";
    }

    public String wsdlNamespace() {
        return NS + contractName + ":2:rivtabp21";
    }

    public String responderNamespace() {
        return NS + contractName + "Responder:2";
    }

    public String soapAction() {
        return responderNamespace() + ":" + contractName;
    }

    public QName serviceName() {
        return new QName(wsdlNamespace(), contractName + "ResponderService");
    }

    public QName portName() {
        return new QName(wsdlNamespace(), contractName + "ResponderPort");
    }
}
