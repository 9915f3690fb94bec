package se.listning.region.staff.reports;

import se.listning.region.staff.CsvCells;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import se.listning.region.audit.StaffAudit;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;

/**
 * Rapporter: aggregate reports as tables, SVG charts and CSV. A VC-chef sees their own units, a Vårdvalsbehörig
 * the region. CSV exports are audited as REPORT_EXPORT (aggregates, no person).
 */
@Controller
public class ReportsController {

    private final StaffAccess access;
    private final ReportQueries queries;
    private final StaffAudit audit;

    public ReportsController(StaffAccess access, ReportQueries queries, StaffAudit audit) {
        this.access = access;
        this.queries = queries;
        this.audit = audit;
    }

    @GetMapping("/staff/reports")
    public String index(Model model) {
        access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
        model.addAttribute("kinds", ReportKind.values());
        return "staff/reports/index";
    }

    @GetMapping("/staff/reports/{key}")
    public String report(@PathVariable String key, Model model) {
        StaffUser user = access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
        ReportKind kind = kind(key);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("tables", queries.report(kind, scope(user)));
        return "staff/reports/report";
    }

    @GetMapping("/staff/reports/{key}/csv")
    public void csv(@PathVariable String key, @RequestParam(name = "tabell", defaultValue = "0") int table,
                    HttpServletResponse response) throws IOException {
        StaffUser user = access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
        ReportKind kind = kind(key);
        ReportScope scope = scope(user);
        List<ReportTable> tables = queries.report(kind, scope);
        if (table < 0 || table >= tables.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Tabellen finns inte.");
        }
        audit.record(user, "REPORT_EXPORT", null, null, "Rapport: " + kind.title(),
                "report=" + kind.key() + ";table=" + table + ";scope=" + scope.describe());
        ReportTable t = tables.get(table);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + kind.key()
                + (tables.size() > 1 ? "-" + (table + 1) : "") + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvCells.write(out, t.columns(), t.rows());
    }

    private static ReportKind kind(String key) {
        return ReportKind.byKey(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Rapporten finns inte."));
    }

    private static ReportScope scope(StaffUser user) {
        return user.regionWide() ? ReportScope.region() : ReportScope.units(user.units());
    }
}
