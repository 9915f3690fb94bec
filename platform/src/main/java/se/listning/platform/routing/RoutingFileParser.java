package se.listning.platform.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the routing file. Format (one directive per line, tokens separated by spaces or tabs, {@code #} starts a
 * comment line):
 *
 * <pre>
 * route &lt;namespace|contract name|*&gt; &lt;logicalAddress&gt; &lt;producer-url&gt;
 * allow &lt;consumer-hsa-id&gt; &lt;namespace|contract name|*&gt; &lt;logicalAddress|*&gt;
 * </pre>
 *
 * The whole file is checked and every problem is reported with its line number; a file with any problem is
 * rejected as a whole.
 */
public final class RoutingFileParser {

    private static final Pattern RIVTA_RESPONDER_NAMESPACE =
            Pattern.compile("urn:riv:[A-Za-z0-9._:-]+Responder:\\d+");
    private static final Pattern LOGICAL_ADDRESS = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern HSA_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Clock clock;

    public RoutingFileParser(Clock clock) {
        this.clock = clock;
    }

    public RoutingTable parse(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RoutingFileException(file.toString(), List.of("cannot read file: " + e));
        } catch (UncheckedIOException e) {
            throw new RoutingFileException(file.toString(), List.of("cannot read file: " + e.getCause()));
        }
        return parse(lines, file.toAbsolutePath().normalize().toString());
    }

    public RoutingTable parse(List<String> lines, String source) {
        List<String> problems = new ArrayList<>();
        Map<RoutingTable.RouteKey, Route> routes = new HashMap<>();
        Map<AllowRule, Integer> allowLines = new HashMap<>();
        List<AllowRule> allowRules = new ArrayList<>();

        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] tokens = line.split("[ \\t]+");
            String directive = tokens[0].toLowerCase(Locale.ROOT);
            switch (directive) {
                case "route" -> parseRoute(tokens, lineNo, problems, routes);
                case "allow" -> parseAllow(tokens, lineNo, problems, allowRules, allowLines);
                default -> problems.add("line " + lineNo + ": unknown directive '" + tokens[0]
                        + "' (expected 'route' or 'allow')");
            }
        }
        if (!problems.isEmpty()) {
            throw new RoutingFileException(source, problems);
        }
        return new RoutingTable(source, clock.instant(), routes, allowRules);
    }

    private void parseRoute(String[] tokens, int lineNo, List<String> problems,
                            Map<RoutingTable.RouteKey, Route> routes) {
        if (tokens.length != 4) {
            problems.add("line " + lineNo + ": expected 'route <namespace|contract|*> <logicalAddress> <producer-url>'"
                    + " but found " + (tokens.length - 1) + " arguments");
            return;
        }
        int before = problems.size();
        String namespace = namespace(tokens[1], lineNo, problems);
        String address = tokens[2];
        if (AllowRule.ANY.equals(address) || !LOGICAL_ADDRESS.matcher(address).matches()) {
            problems.add("line " + lineNo + ": invalid logical address '" + address
                    + "' (letters, digits, '.', '_', ':', '-'; no wildcard in a route)");
        }
        URI producer = producerUrl(tokens[3], lineNo, problems);
        if (problems.size() > before) {
            return;
        }
        Route route = new Route(namespace, address, producer, lineNo);
        Route previous = routes.putIfAbsent(new RoutingTable.RouteKey(namespace, address), route);
        if (previous != null) {
            problems.add("line " + lineNo + ": a second producer for namespace " + namespace + " and logical address "
                    + address + " (first on line " + previous.line() + ")");
        }
    }

    private void parseAllow(String[] tokens, int lineNo, List<String> problems, List<AllowRule> allowRules,
                            Map<AllowRule, Integer> allowLines) {
        if (tokens.length != 4) {
            problems.add("line " + lineNo + ": expected 'allow <consumer-hsa-id> <namespace|contract|*>"
                    + " <logicalAddress|*>' but found " + (tokens.length - 1) + " arguments");
            return;
        }
        int before = problems.size();
        String consumer = tokens[1];
        if (!HSA_ID.matcher(consumer).matches()) {
            problems.add("line " + lineNo + ": invalid consumer HSA-id '" + consumer + "'");
        }
        String namespace = namespace(tokens[2], lineNo, problems);
        String address = tokens[3];
        if (!AllowRule.ANY.equals(address) && !LOGICAL_ADDRESS.matcher(address).matches()) {
            problems.add("line " + lineNo + ": invalid logical address '" + address + "'");
        }
        if (problems.size() > before) {
            return;
        }
        AllowRule rule = new AllowRule(consumer, namespace, address, 0);
        Integer first = allowLines.putIfAbsent(rule, lineNo);
        if (first != null) {
            problems.add("line " + lineNo + ": duplicate of the allow rule on line " + first);
            return;
        }
        allowRules.add(new AllowRule(consumer, namespace, address, lineNo));
    }

    private static String namespace(String token, int lineNo, List<String> problems) {
        if (AllowRule.ANY.equals(token)) {
            return token;
        }
        if (CarelistingContracts.isContractName(token)) {
            return CarelistingContracts.namespaceOf(token);
        }
        if (token.startsWith(CarelistingContracts.NAMESPACE_PREFIX)
                && CarelistingContracts.contractNameOf(token).isEmpty()) {
            problems.add("line " + lineNo + ": unknown carelisting namespace '" + token + "' (known: "
                    + String.join(", ", CarelistingContracts.NAMES.stream()
                    .map(CarelistingContracts::namespaceOf).toList()) + ")");
            return token;
        }
        if (!RIVTA_RESPONDER_NAMESPACE.matcher(token).matches()) {
            problems.add("line " + lineNo + ": '" + token + "' is neither '*', a contract name ("
                    + String.join(", ", CarelistingContracts.NAMES) + ") nor a RIVTA responder namespace"
                    + " (urn:riv:...Responder:<major>)");
        }
        return token;
    }

    private static URI producerUrl(String token, int lineNo, List<String> problems) {
        try {
            URI uri = new URI(token);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                problems.add("line " + lineNo + ": producer URL '" + token + "' must start with http:// or https://");
            } else if (uri.getHost() == null) {
                problems.add("line " + lineNo + ": producer URL '" + token + "' has no host");
            } else if (uri.getQuery() != null || uri.getFragment() != null) {
                problems.add("line " + lineNo + ": producer URL '" + token + "' must not have a query or fragment");
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add("line " + lineNo + ": producer URL '" + token + "' is not a valid URL: " + e.getReason());
            return null;
        }
    }
}
