package se.listning.contracts;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The 18 schema/WSDL files of carelisting 2.1 as classpath-relative paths, and where the official copy is. */
final class ContractFiles {

    static final String NS = "urn:riv:supportprocess:logistics:carelisting";

    /** Contract name and version of its WSDL/responder schema. */
    record Contract(String name, String version) {
        String folder() { return "schemas/interactions/" + name + "Interaction/"; }
        String wsdl() { return folder() + name + "Interaction_" + version + "_RIVTABP21.wsdl"; }
        String responderXsd() { return folder() + name + "Responder_" + version + ".xsd"; }
        String responderNamespace() { return NS + ":" + name + "Responder:2"; }
        String wsdlNamespace() { return NS + ":" + name + ":2:rivtabp21"; }
        String javaPackage() { return "se.listning.contracts." + name.toLowerCase(); }
    }

    static final List<Contract> CONTRACTS = List.of(
            new Contract("GetListingTypes", "2.0"),
            new Contract("GetAvailableHealthcareFacilities", "2.1"),
            new Contract("GetAvailableHealthcarePersonnel", "2.0"),
            new Contract("GetListing", "2.1"),
            new Contract("CreateListing", "2.0"),
            new Contract("UpdateListing", "2.0"),
            new Contract("GetListingCounty", "2.0"));

    static final List<String> CORE = List.of(
            "schemas/core_components/itintegration_registry_1.0.xsd",
            "schemas/core_components/supportprocess_logistics_carelisting_2.0.xsd",
            "schemas/core_components/supportprocess_logistics_carelisting_2.1.xsd",
            "schemas/core_components/supportprocess_logistics_carelisting_2.1_ext.xsd");

    static List<String> xsds() {
        List<String> all = new ArrayList<>(CORE);
        CONTRACTS.forEach(c -> all.add(c.responderXsd()));
        return all;
    }

    static List<String> all() {
        List<String> all = new ArrayList<>(xsds());
        CONTRACTS.forEach(c -> all.add(c.wsdl()));
        return all;
    }

    static URL resource(String path) {
        URL url = ContractFiles.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException("not on the classpath: " + path);
        }
        return url;
    }

    /**
     * The official package (the folder that holds {@code schemas/}), {@code shared/reference/carelisting-2.1}.
     * Found by walking up from the working directory; as every ancestor is tried, this also covers CI, where
     * {@code shared/} is a sibling of the cloned repository ({@code <repo>/../shared}).
     */
    static Optional<Path> officialPackage() {
        Path rel = Path.of("shared", "reference", "carelisting-2.1");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(rel);
            if (Files.isDirectory(candidate.resolve("schemas"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private ContractFiles() {
    }
}
