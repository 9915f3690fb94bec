package se.listning.region.staff.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.listning.region.audit.StaffAudit;
import se.listning.region.audit.SystemActor;
import se.listning.region.soap.CarelistingContract;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;
import se.listning.region.staff.security.StaffUsers;

/**
 * The audit log viewer (Systemadministratör only): filter, newest first in keyset pages, CSV export.
 * Looking up a person's entries is itself a read of that person and is audited (purpose Loggkontroll).
 */
@Controller
public class AuditController {

    static final String PURPOSE = "Loggkontroll";
    static final int PAGE_SIZE = 50;
    static final int EXPORT_MAX = 100_000;
    /** Channels offered in the filter: staff, the SOAP contracts, the population register job. */
    static final List<String> CHANNELS = channels();

    private final StaffAccess access;
    private final AuditEntries entries;
    private final StaffAudit audit;
    private final StaffUsers users;

    public AuditController(StaffAccess access, AuditEntries entries, StaffAudit audit, StaffUsers users) {
        this.access = access;
        this.entries = entries;
        this.audit = audit;
        this.users = users;
    }

    @GetMapping("/staff/audit")
    public String view(AuditSearch search, @RequestParam(name = "efter", required = false) String after, Model model) {
        StaffUser admin = access.requireRole(StaffRole.SYSTEMADMINISTRATOR);
        form(search, model);
        AuditSearch.Result result = search.toFilter();
        if (result instanceof AuditSearch.Invalid invalid) {
            model.addAttribute("errors", invalid.errors());
            return "staff/audit/audit";
        }
        AuditFilter filter = byAuditId(((AuditSearch.Valid) result).filter());
        if (filter.person() != null) {
            audit.read(admin, filter.person(), null, PURPOSE);
        }
        List<AuditEntry> rows = entries.page(filter, AuditCursor.parse(after), PAGE_SIZE + 1);
        if (rows.size() > PAGE_SIZE) {
            rows = rows.subList(0, PAGE_SIZE);
            model.addAttribute("next", rows.get(PAGE_SIZE - 1).cursor().token());
        }
        model.addAttribute("entries", rows);
        model.addAttribute("paged", after != null && !after.isBlank());
        return "staff/audit/audit";
    }

    /** The current filter's entries as CSV, at most {@link #EXPORT_MAX} rows (then a closing note says so). */
    @GetMapping("/staff/audit/export")
    public String export(AuditSearch search, Model model, HttpServletResponse response) throws IOException {
        StaffUser admin = access.requireRole(StaffRole.SYSTEMADMINISTRATOR);
        AuditSearch.Result result = search.toFilter();
        if (result instanceof AuditSearch.Invalid invalid) {
            form(search, model);
            model.addAttribute("errors", invalid.errors());
            return "staff/audit/audit";
        }
        AuditFilter filter = byAuditId(((AuditSearch.Valid) result).filter());
        audit.record(admin, "AUDIT_EXPORT", filter.person(), null, PURPOSE, "CSV-export av " + filter.describeWithoutPerson());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"logg.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        AuditCsv csv = new AuditCsv(out);
        csv.header();
        int[] written = {0};
        int found = entries.stream(filter, EXPORT_MAX + 1, e -> {
            if (written[0]++ < EXPORT_MAX) {
                csv.row(e);
            }
        });
        if (found > EXPORT_MAX) {
            csv.note("Exporten är begränsad till " + EXPORT_MAX + " rader. Avgränsa filtret (t.ex. datum) för resten.");
        }
        out.flush();
        return null;
    }

    /** A staff username typed as user becomes the id their entries carry (their HSA-id when they have one). */
    private AuditFilter byAuditId(AuditFilter filter) {
        if (filter.actor() == null) {
            return filter;
        }
        return users.find(filter.actor()).map(a -> filter.withActor(a.user().auditId())).orElse(filter);
    }

    private static void form(AuditSearch search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("exportMax", EXPORT_MAX);
    }

    private static List<String> channels() {
        List<String> channels = new ArrayList<>(List.of(StaffAudit.CHANNEL));
        Arrays.stream(CarelistingContract.values()).map(CarelistingContract::contractName).forEach(channels::add);
        SystemActor.ALL.stream().map(SystemActor::channel).forEach(channels::add);
        return List.copyOf(channels);
    }
}
