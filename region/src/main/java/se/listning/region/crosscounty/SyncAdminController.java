package se.listning.region.crosscounty;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' endpoints of the synchronisation job: {@code POST /admin/sync} starts it (or resumes an
 * interrupted one), {@code GET /admin/sync} shows progress and the report (masked personnummer only). /admin
 * must stay behind the network boundary.
 */
@RestController
public class SyncAdminController {

    private final SyncJob job;

    public SyncAdminController(SyncJob job) {
        this.job = job;
    }

    @PostMapping(path = "/admin/sync", produces = "application/json")
    public ResponseEntity<Map<String, Object>> start() {
        boolean started = job.start();
        Map<String, Object> status = job.status();
        status.put("started", started);
        return ResponseEntity.accepted().body(status);
    }

    @GetMapping(path = "/admin/sync", produces = "application/json")
    public Map<String, Object> progress() {
        return job.status();
    }
}
