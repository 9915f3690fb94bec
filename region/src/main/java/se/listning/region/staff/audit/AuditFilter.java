package se.listning.region.staff.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import se.listning.domain.identity.PersonId;

/**
 * Which audit entries to show; every criterion is optional (null = any). Dates are whole days,
 * {@code to} inclusive.
 */
public record AuditFilter(PersonId person, String actor, String action, String channel, LocalDate from, LocalDate to,
                          String unit) {

    /** This filter with another actor id. */
    AuditFilter withActor(String actorId) {
        return new AuditFilter(person, actorId, action, channel, from, to, unit);
    }

    /** The SQL conditions (without "where") for this filter, with their values put in {@code params}. */
    List<String> conditions(Map<String, Object> params) {
        return conditions(params, UnaryOperator.identity());
    }

    /**
     * The same, with every column written as {@code column} names it (e.g. {@code at} as {@code p.at} when the
     * entries are audit_event_person rows joined to their event).
     */
    List<String> conditions(Map<String, Object> params, UnaryOperator<String> column) {
        List<String> where = new ArrayList<>();
        if (person != null) {
            where.add(column.apply("person_id") + " = :person");
            params.put("person", person.value());
        }
        equal(where, params, column.apply("actor_id"), "actor", actor);
        equal(where, params, column.apply("action"), "action", action);
        equal(where, params, column.apply("channel"), "channel", channel);
        equal(where, params, column.apply("unit"), "unit", unit);
        if (from != null) {
            where.add(column.apply("at") + " >= :from");
            params.put("from", from.atStartOfDay());
        }
        if (to != null) {
            where.add(column.apply("at") + " < :to");
            params.put("to", to.plusDays(1).atStartOfDay());
        }
        return where;
    }

    /** The filter as shown in an export's detail: criteria without the person (never personal data in detail). */
    String describeWithoutPerson() {
        List<String> parts = new ArrayList<>();
        if (person != null) {
            parts.add("person=(angiven)");
        }
        add(parts, "användare", actor);
        add(parts, "åtgärd", action);
        add(parts, "kanal", channel);
        add(parts, "enhet", unit);
        add(parts, "från", from == null ? null : from.toString());
        add(parts, "till", to == null ? null : to.toString());
        return parts.isEmpty() ? "hela loggen" : String.join(", ", parts);
    }

    private static void equal(List<String> where, Map<String, Object> params, String column, String name, String value) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }
}
