package se.listning.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our XSD/WSDL files must be wire-identical to the official carelisting 2.1 package: same elements, attributes,
 * namespaces, order, cardinalities, types, wildcards, SOAPActions and WSDL names. Only comments, documentation,
 * formatting, attribute order and namespace prefixes may differ (see {@link CanonicalXml}).
 *
 * <p>The official package is read from {@code shared/reference/carelisting-2.1} beside or above the repository.
 * CI has it; where it is absent (a bare clone) the test is skipped, not failed.
 */
class WireIdentityTest {

    private static final Optional<Path> OFFICIAL = ContractFiles.officialPackage();

    static Stream<String> files() {
        return ContractFiles.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void sameCanonicalFormAsTheOfficialFile(String path) throws Exception {
        assumeTrue(OFFICIAL.isPresent(), "official package shared/reference/carelisting-2.1 not found; skipped");
        Path official = OFFICIAL.get().resolve(path);
        assertThat(official).as("official file").isRegularFile();

        List<String> ours;
        try (InputStream in = ContractFiles.resource(path).openStream()) {
            ours = CanonicalXml.of(in, path);
        }
        List<String> theirs;
        try (InputStream in = Files.newInputStream(official)) {
            theirs = CanonicalXml.of(in, official.toString());
        }
        assertThat(ours).overridingErrorMessage(() -> diff(path, ours, theirs)).isEqualTo(theirs);
    }

    /** First differing line with some context, instead of two long lists. */
    private static String diff(String path, List<String> ours, List<String> theirs) {
        int i = 0;
        while (i < ours.size() && i < theirs.size() && ours.get(i).equals(theirs.get(i))) {
            i++;
        }
        StringBuilder sb = new StringBuilder(path).append(" differs from the official file at canonical line ")
                .append(i + 1).append('\n');
        for (int j = Math.max(0, i - 3); j < i; j++) {
            sb.append("    ").append(ours.get(j)).append('\n');
        }
        sb.append("  ours:     ").append(i < ours.size() ? ours.get(i) : "<end>").append('\n');
        sb.append("  official: ").append(i < theirs.size() ? theirs.get(i) : "<end>").append('\n');
        return sb.toString();
    }
}
