package se.listning.region.staff.upload;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffRole;
import se.listning.region.staff.security.StaffUser;

/** Ladda upp via fil: the upload form, the progress and result page, and the faulty rows as CSV. */
@Controller
@RequestMapping("/staff/upload")
class CsvUploadController {

    private final StaffAccess access;
    private final CsvUploads uploads;
    private final CsvUploadService service;
    private final UploadProgress progress;
    private final Duration waitForOutcome;

    CsvUploadController(StaffAccess access, CsvUploads uploads, CsvUploadService service, UploadProgress progress,
                        @Value("${listning.upload.wait-for-outcome:PT2S}") Duration waitForOutcome) {
        this.access = access;
        this.waitForOutcome = waitForOutcome;
        this.uploads = uploads;
        this.service = service;
        this.progress = progress;
    }

    @GetMapping
    String page(@RequestParam(name = UploadSizeLimit.TOO_LARGE_PARAM, required = false) String tooLarge,
                @RequestParam(name = UploadPartRefusal.INVALID_PARAM, required = false) String invalid, Model model) {
        StaffUser user = uploader();
        if (tooLarge != null) {
            model.addAttribute("error", UploadSizeLimit.MESSAGE);
        } else if (invalid != null) {
            model.addAttribute("error", UploadPartRefusal.MESSAGE);
        }
        model.addAttribute("uploads", uploads.recent(user, 10));
        return "staff/upload/index";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
            throws IOException {
        StaffUser user = uploader();
        if (file == null || file.isEmpty()) {
            flash.addFlashAttribute("error", "Välj en CSV-fil att ladda upp. Filen får inte vara tom.");
            return "redirect:/staff/upload";
        }
        // a file done within the wait (22,000 rows on 2.5 M residents: 0.4-2.4 s, docs/BENCHMARKS.md) answers with
        // its result page at once; a longer one with the progress page, which htmx polls every second
        CsvUploadService.Started started = service.start(user, file);
        started.awaitOutcome(waitForOutcome);
        return "redirect:/staff/upload/" + started.id();
    }

    @GetMapping("/{id}")
    String result(@PathVariable long id, Model model) {
        CsvUploads.Upload upload = visible(id);
        model.addAttribute("upload", upload);
        model.addAttribute("progress", progress.get(id));
        if (!upload.running()) {
            model.addAttribute("units", uploads.units(id));
            model.addAttribute("errorGroups", uploads.errorGroups(id));
        }
        return "staff/upload/result";
    }

    /** htmx polls this every second while the upload runs; when it has finished the whole page reloads. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        CsvUploads.Upload upload = visible(id);
        if (!upload.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("upload", upload);
        model.addAttribute("progress", progress.get(id));
        return "staff/upload/result :: progress";
    }

    @GetMapping("/{id}/felaktiga-poster.csv")
    void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        StaffUser user = uploader();
        CsvUploads.Upload upload = visible(id);
        uploads.auditErrorDownload(id, user);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"felaktiga-poster-" + upload.id() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        uploads.writeErrors(id, out);
        out.flush();
    }

    private StaffUser uploader() {
        return access.requireRole(StaffRole.VC_CHEF, StaffRole.VARDVALSBEHORIG);
    }

    /** The uploader sees their own uploads; a Vårdvalsbehörig sees all. */
    private CsvUploads.Upload visible(long id) {
        StaffUser user = uploader();
        CsvUploads.Upload upload = uploads.find(id).orElseThrow(() -> new AccessDeniedException("Uppladdningen finns inte."));
        if (!user.regionWide() && !upload.uploadedBy().equals(user.username())) {
            throw new AccessDeniedException("Uppladdningen gjordes av någon annan.");
        }
        return upload;
    }
}
