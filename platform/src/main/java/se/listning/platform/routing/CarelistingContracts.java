package se.listning.platform.routing;

import java.util.List;
import java.util.Optional;

/** The seven carelisting v2 contracts the platform serves: contract name and responder namespace. */
public final class CarelistingContracts {

    public static final String NAMESPACE_PREFIX = "urn:riv:supportprocess:logistics:carelisting:";

    public static final List<String> NAMES = List.of(
            "GetListingTypes",
            "GetAvailableHealthcareFacilities",
            "GetAvailableHealthcarePersonnel",
            "GetListing",
            "CreateListing",
            "UpdateListing",
            "GetListingCounty");

    private CarelistingContracts() {
    }

    /** Responder namespace of a contract, e.g. {@code urn:riv:supportprocess:logistics:carelisting:GetListingResponder:2}. */
    public static String namespaceOf(String contractName) {
        return NAMESPACE_PREFIX + contractName + "Responder:2";
    }

    public static Optional<String> contractNameOf(String namespace) {
        return NAMES.stream().filter(name -> namespaceOf(name).equals(namespace)).findFirst();
    }

    public static boolean isContractName(String token) {
        return NAMES.contains(token);
    }
}
