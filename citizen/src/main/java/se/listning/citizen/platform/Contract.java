package se.listning.citizen.platform;

import javax.xml.namespace.QName;

/** The six contracts the e-service consumes, with where their WSDL lives in the contracts jar. */
enum Contract {
    GET_LISTING_TYPES("GetListingTypes", "2.0"),
    GET_AVAILABLE_HEALTHCARE_FACILITIES("GetAvailableHealthcareFacilities", "2.1"),
    GET_AVAILABLE_HEALTHCARE_PERSONNEL("GetAvailableHealthcarePersonnel", "2.0"),
    GET_LISTING_COUNTY("GetListingCounty", "2.0"),
    GET_LISTING("GetListing", "2.1"),
    CREATE_LISTING("CreateListing", "2.0");

    private static final String NS = "urn:riv:supportprocess:logistics:carelisting:";

    final String contractName;
    private final String version;

    Contract(String contractName, String version) {
        this.contractName = contractName;
        this.version = version;
    }

    String path() {
        return "/services/supportprocess/logistics/carelisting/" + contractName + "/2/rivtabp21";
    }

    String wsdlResource() {
        return "classpath:schemas/interactions/" + contractName + "Interaction/" + contractName + "Interaction_"
                + version + "_RIVTABP21.wsdl";
    }

    QName serviceName() {
        return new QName(NS + contractName + ":2:rivtabp21", contractName + "ResponderService");
    }

    QName portName() {
        return new QName(NS + contractName + ":2:rivtabp21", contractName + "ResponderPort");
    }
}
