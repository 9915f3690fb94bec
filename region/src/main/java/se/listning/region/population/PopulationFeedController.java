package se.listning.region.population;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff/operations interface of the population feed. POST a feed as the request body
 * ({@code text/plain}) or name a file on the server ({@code application/json {"path": "..."}});
 * 202 while it is applied in the background (or when that feed id was applied before), 422 with the
 * full problem list when it is rejected. GET shows progress; {@code /problems} is the printable list.
 */
@RestController
@RequestMapping("/admin/population-feeds")
public class PopulationFeedController {

    private final PopulationFeeds feeds;

    public PopulationFeedController(PopulationFeeds feeds) {
        this.feeds = feeds;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> submitPath(@RequestBody Map<String, String> request) {
        String path = request.get("path");
        if (path == null || path.isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "ange sökvägen till leveransfilen i fältet path"));
        }
        return answer(feeds.submit(Path.of(path), true));
    }

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    public ResponseEntity<Map<String, Object>> upload(InputStream body) {
        return answer(feeds.upload(body, true));
    }

    @GetMapping
    public List<Map<String, Object>> recent() {
        return feeds.recent().stream().map(PopulationFeedController::view).toList();
    }

    @GetMapping("/{feedId}")
    public ResponseEntity<Map<String, Object>> progress(@PathVariable String feedId) {
        return feeds.find(feedId).map(job -> ResponseEntity.ok(view(job)))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/{feedId}/problems", produces = "text/plain;charset=UTF-8")
    public ResponseEntity<String> problems(@PathVariable String feedId) {
        return feeds.find(feedId).map(job -> ResponseEntity.ok()
                        .header("Content-Disposition", "inline; filename=\"" + feedId + "-fel.txt\"")
                        .body(job.state() == FeedJob.State.REJECTED ? job.problemReport()
                                : "Folkbokföringsleverans " + feedId + ": inga fel (" + job.state() + ").\n"))
                .orElse(ResponseEntity.notFound().build());
    }

    @ExceptionHandler(PopulationFeeds.UnreadableFeedException.class)
    public ResponseEntity<Map<String, Object>> unreadable(PopulationFeeds.UnreadableFeedException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of(
                "state", "REJECTED",
                "problems", e.problems().stream().map(FeedProblem::toString).toList()));
    }

    private static ResponseEntity<Map<String, Object>> answer(FeedJob job) {
        HttpStatus status = job.state() == FeedJob.State.REJECTED ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status)
                .header("Location", "/admin/population-feeds/" + job.feedId())
                .body(view(job));
    }

    static Map<String, Object> view(FeedJob job) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("feedId", job.feedId());
        view.put("county", job.county());
        view.put("state", job.state().name());
        view.put("totalChanges", job.totalChanges());
        view.put("appliedChanges", job.appliedChanges());
        view.put("lastAppliedLine", job.lastAppliedLine());
        view.put("passiveListings", job.passiveListings());
        view.put("submittedAt", String.valueOf(job.submittedAt()));
        view.put("finishedAt", job.finishedAt() == null ? null : job.finishedAt().toString());
        view.put("lastError", job.lastError());
        view.put("problems", job.problems().stream().map(FeedProblem::toString).toList());
        return view;
    }

}
