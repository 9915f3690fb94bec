package se.listning.region.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.CountyCode;
import se.listning.domain.identity.PersonId;

/**
 * The checks that need the database: the feed is for our county, and every change finds the person
 * in the state it needs (known, resident, not deceased, a new id still free). The file is replayed in
 * order over what the database knows, so a person created earlier in the same feed counts as known.
 */
@Component
public class FeedValidator {

    private static final int CHUNK = 5_000;

    private enum State { UNKNOWN, RESIDENT, VISITOR, DECEASED }

    private final JdbcClient jdbc;

    public FeedValidator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FeedProblem> validate(PopulationFeed feed, CountyCode ownCounty) {
        List<FeedProblem> problems = new ArrayList<>();
        if (!feed.county().equals(ownCounty)) {
            problems.add(new FeedProblem(1, "leveransen gäller län " + feed.county().code() + ", detta är län " + ownCounty.code()));
            return problems;
        }
        Map<String, State> states = known(feed);
        for (FeedChange change : feed.changes()) {
            String id = change.person().value();
            State state = states.getOrDefault(id, State.UNKNOWN);
            String problem = problem(change, state, states);
            if (problem != null) {
                problems.add(new FeedProblem(change.line(), problem));
                continue;
            }
            switch (change.type()) {
                case NEW_RESIDENT, MOVED_IN -> states.put(id, State.RESIDENT);
                case MOVED_OUT -> states.put(id, State.VISITOR);
                case DECEASED -> states.put(id, State.DECEASED);
                case ID_REPLACED -> {
                    states.put(((FeedChange.IdReplaced) change).newId().value(), state);
                    states.put(id, State.UNKNOWN);
                }
                default -> { }
            }
        }
        return problems;
    }

    private static String problem(FeedChange change, State state, Map<String, State> states) {
        String who = "personen " + change.person().masked();
        return switch (change.type()) {
            case NEW_RESIDENT -> state == State.UNKNOWN ? null
                    : who + " finns redan (inflyttning från annat län anges med MOVED_IN)";
            case MOVED_IN -> state == State.RESIDENT ? who + " är redan folkbokförd i länet"
                    : state == State.DECEASED ? who + " är avliden" : null;
            case MOVED_WITHIN, GUARDIANS -> state == State.RESIDENT ? null : who + " är inte folkbokförd i länet";
            case MOVED_OUT, DECEASED, PROTECTED_IDENTITY -> known(state, who);
            case ID_REPLACED -> {
                PersonId newId = ((FeedChange.IdReplaced) change).newId();
                yield state == State.UNKNOWN ? who + " är okänd"
                        : states.getOrDefault(newId.value(), State.UNKNOWN) != State.UNKNOWN
                        ? "det nya id:t " + newId.masked() + " finns redan" : null;
            }
        };
    }

    private static String known(State state, String who) {
        return switch (state) {
            case UNKNOWN -> who + " är okänd";
            case DECEASED -> who + " är avliden";
            default -> null;
        };
    }

    private Map<String, State> known(PopulationFeed feed) {
        Set<String> ids = feed.changes().stream()
                .flatMap(c -> c instanceof FeedChange.IdReplaced r
                        ? java.util.stream.Stream.of(r.person().value(), r.newId().value())
                        : java.util.stream.Stream.of(c.person().value()))
                .collect(Collectors.toSet());
        Map<String, State> states = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbc.sql("select person_id, resident, deceased from person where person_id in (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        states.put(rs.getString(1), rs.getBoolean(3) ? State.DECEASED
                                : rs.getBoolean(2) ? State.RESIDENT : State.VISITOR);
                    });
        }
        return states;
    }

}
