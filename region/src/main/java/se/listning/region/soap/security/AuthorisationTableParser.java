package se.listning.region.soap.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.listning.domain.identity.ActorType;
import se.listning.region.soap.CarelistingContract;

/**
 * Reads the authorisation table text: one row per line, {@code consumer ; contracts ; actor types}, {@code #}
 * comments and empty lines ignored. Contracts and actor types are comma-separated lists or {@code *}; the actor
 * column {@code -} means "contracts without an actor element". The text is validated as a whole and every problem
 * is reported with its line number.
 */
public final class AuthorisationTableParser {

    private static final Pattern CONSUMER = Pattern.compile("\\*|-|[A-Za-z0-9][A-Za-z0-9._:-]{0,99}\\*?");

    private AuthorisationTableParser() {
    }

    public static AuthorisationTable parse(String source, String text) {
        List<AuthorisationRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                rules.add(row(line, i + 1));
            } catch (IllegalArgumentException e) {
                problems.add("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (problems.isEmpty() && rules.isEmpty()) {
            problems.add("no rows: every call would be refused");
        }
        if (!problems.isEmpty()) {
            throw new AuthorisationTableException(source, problems);
        }
        return new AuthorisationTable(source, rules);
    }

    private static AuthorisationRule row(String line, int number) {
        String[] fields = line.split(";", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException("expected 'consumer ; contracts ; actor types' but found "
                    + fields.length + " field(s)");
        }
        String consumer = fields[0].strip();
        if (!CONSUMER.matcher(consumer).matches()) {
            throw new IllegalArgumentException("consumer '" + consumer
                    + "' is not an HSA-id, an HSA-id prefix ending in *, * or -");
        }
        Set<CarelistingContract> contracts = contracts(fields[1].strip());
        String actors = fields[2].strip();
        boolean anyWithActor = contracts.stream().anyMatch(RequestParts::hasActor);
        boolean anyWithout = contracts.stream().anyMatch(c -> !RequestParts.hasActor(c));
        if (actors.equals("*")) {
            return new AuthorisationRule(consumer, contracts, EnumSet.allOf(ActorType.class), true, number);
        }
        if (actors.equals("-")) {
            if (!anyWithout) {
                throw new IllegalArgumentException("actor types '-' (no actor) but every contract named carries an"
                        + " actor; name the actor types");
            }
            return new AuthorisationRule(consumer, contracts, Set.of(), true, number);
        }
        if (!anyWithActor) {
            throw new IllegalArgumentException("the contracts named carry no actor; write '-' (or '*') as actor types");
        }
        return new AuthorisationRule(consumer, contracts, actorTypes(actors), false, number);
    }

    private static Set<CarelistingContract> contracts(String column) {
        if (column.equals("*")) {
            return EnumSet.allOf(CarelistingContract.class);
        }
        Set<CarelistingContract> contracts = EnumSet.noneOf(CarelistingContract.class);
        for (String name : items(column, "contracts")) {
            contracts.add(Arrays.stream(CarelistingContract.values())
                    .filter(c -> c.contractName().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown contract '" + name + "'; expected * or "
                            + Arrays.stream(CarelistingContract.values()).map(CarelistingContract::contractName)
                            .collect(Collectors.joining(", ")))));
        }
        return contracts;
    }

    private static Set<ActorType> actorTypes(String column) {
        Set<ActorType> types = EnumSet.noneOf(ActorType.class);
        for (String name : items(column, "actor types")) {
            try {
                types.add(ActorType.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown actor type '" + name + "'; expected *, - or "
                        + Arrays.stream(ActorType.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return types;
    }

    private static List<String> items(String column, String what) {
        List<String> items = Arrays.stream(column.split(",", -1)).map(String::strip).toList();
        if (items.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("empty entry in " + what + " '" + column + "'");
        }
        return items;
    }
}
