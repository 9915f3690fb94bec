package se.listning.region.population;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The population_feed table. */
@Repository
public class FeedJobs {

    private final JdbcClient jdbc;

    public FeedJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FeedJob> find(String feedId) {
        return jdbc.sql("select * from population_feed where feed_id = :id").param("id", feedId).query(FeedJobs::job).optional();
    }

    public List<FeedJob> unfinished() {
        return jdbc.sql("select * from population_feed where state = 'APPLYING' order by submitted_at")
                .query(FeedJobs::job).list();
    }

    public List<FeedJob> all() {
        return jdbc.sql("select * from population_feed order by submitted_at desc limit 100").query(FeedJobs::job).list();
    }

    /** Records a new (or re-delivered, previously rejected) feed; an applying or done one is left alone. */
    public void save(PopulationFeed feed, String path, List<FeedProblem> problems) {
        jdbc.sql("""
                        insert into population_feed (feed_id, county, file_path, checksum, created, state, total_changes, problems)
                        values (:id, :county, :path, :checksum, :created, :state, :total, :problems)
                        on conflict (feed_id) do update set county = excluded.county, file_path = excluded.file_path,
                            checksum = excluded.checksum, created = excluded.created, state = excluded.state,
                            total_changes = excluded.total_changes, problems = excluded.problems,
                            submitted_at = localtimestamp, last_error = null
                        where population_feed.state = 'REJECTED'""")
                .param("id", feed.feedId())
                .param("county", feed.county().code())
                .param("path", path)
                .param("checksum", feed.checksum())
                .param("created", feed.created())
                .param("state", problems.isEmpty() ? "APPLYING" : "REJECTED")
                .param("total", feed.changes().size())
                .param("problems", problems.isEmpty() ? null : text(problems), Types.VARCHAR)
                .update();
    }

    /**
     * Moves the progress mark from {@code fromLine} to {@code toLine} in the batch's transaction. False
     * when someone else moved it first (another node applying the same feed): the batch must roll back.
     */
    public boolean advance(String feedId, int fromLine, int toLine, int changes, int passive) {
        return jdbc.sql("""
                        update population_feed set last_applied_line = :to, applied_changes = applied_changes + :changes,
                               passive_listings = passive_listings + :passive
                        where feed_id = :id and state = 'APPLYING' and last_applied_line = :from""")
                .param("id", feedId)
                .param("from", fromLine)
                .param("to", toLine)
                .param("changes", changes)
                .param("passive", passive)
                .update() == 1;
    }

    public void finish(String feedId) {
        jdbc.sql("update population_feed set state = 'DONE', finished_at = localtimestamp, last_error = null where feed_id = :id")
                .param("id", feedId).update();
    }

    public void failed(String feedId, String error) {
        jdbc.sql("update population_feed set last_error = :error where feed_id = :id")
                .param("id", feedId).param("error", error).update();
    }

    static String text(List<FeedProblem> problems) {
        StringBuilder text = new StringBuilder();
        problems.forEach(p -> text.append(p.line()).append('\t').append(p.reason()).append('\n'));
        return text.toString();
    }

    private static List<FeedProblem> problems(String text) {
        List<FeedProblem> list = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    list.add(new FeedProblem(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1)));
                }
            }
        }
        return list;
    }

    private static FeedJob job(ResultSet rs, int n) throws SQLException {
        return new FeedJob(rs.getString("feed_id"), rs.getString("county"), rs.getString("file_path"),
                rs.getString("checksum"), rs.getObject("created", java.time.LocalDateTime.class),
                FeedJob.State.valueOf(rs.getString("state")), rs.getInt("total_changes"), rs.getInt("applied_changes"),
                rs.getInt("last_applied_line"), rs.getInt("passive_listings"), problems(rs.getString("problems")),
                rs.getString("last_error"), rs.getObject("submitted_at", java.time.LocalDateTime.class),
                rs.getObject("finished_at", java.time.LocalDateTime.class));
    }
}
