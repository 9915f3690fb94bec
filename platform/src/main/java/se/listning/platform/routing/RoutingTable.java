package se.listning.platform.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** An immutable, validated routing and authorisation table (our TAK). */
public final class RoutingTable {

    record RouteKey(String serviceNamespace, String logicalAddress) {
    }

    private final String source;
    private final Instant loadedAt;
    private final Map<RouteKey, Route> routes;
    private final List<AllowRule> allowRules;

    RoutingTable(String source, Instant loadedAt, Map<RouteKey, Route> routes, List<AllowRule> allowRules) {
        this.source = source;
        this.loadedAt = loadedAt;
        this.routes = Map.copyOf(routes);
        this.allowRules = List.copyOf(allowRules);
    }

    /** A route for exactly this namespace wins over a {@code *} route for the same logical address. */
    public Optional<Route> routeFor(String serviceNamespace, String logicalAddress) {
        Route exact = routes.get(new RouteKey(serviceNamespace, logicalAddress));
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(routes.get(new RouteKey(AllowRule.ANY, logicalAddress)));
    }

    /** The logical addresses with a route for this namespace (its own or a {@code *} route), sorted. */
    public SortedSet<String> routedLogicalAddresses(String serviceNamespace) {
        SortedSet<String> addresses = new TreeSet<>();
        for (RouteKey key : routes.keySet()) {
            if (key.serviceNamespace().equals(serviceNamespace) || key.serviceNamespace().equals(AllowRule.ANY)) {
                addresses.add(key.logicalAddress());
            }
        }
        return addresses;
    }

    public boolean isAuthorised(String consumerHsaId, String serviceNamespace, String logicalAddress) {
        return allowRules.stream().anyMatch(rule -> rule.permits(consumerHsaId, serviceNamespace, logicalAddress));
    }

    public String source() {
        return source;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public int routeCount() {
        return routes.size();
    }

    public int allowRuleCount() {
        return allowRules.size();
    }

    public String summary() {
        return routeCount() + " routes and " + allowRuleCount() + " allow rules from " + source;
    }
}
