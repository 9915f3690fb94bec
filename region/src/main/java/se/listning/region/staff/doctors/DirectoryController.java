package se.listning.region.staff.doctors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.listning.region.staff.security.StaffAccess;
import se.listning.region.staff.security.StaffRole;

/** The doctor directory's file import (Systemadministratör, Vårdvalsbehörig). */
@Controller
public class DirectoryController {

    private final StaffAccess access;
    private final DoctorDirectory directory;
    private final DoctorAdministration admin;

    public DirectoryController(StaffAccess access, DoctorDirectory directory, DoctorAdministration admin) {
        this.access = access;
        this.directory = directory;
        this.admin = admin;
    }

    @GetMapping("/staff/doctors/directory")
    public String page(Model model) {
        access.requireRole(StaffRole.SYSTEMADMINISTRATOR, StaffRole.VARDVALSBEHORIG);
        model.addAttribute("size", directory.size());
        model.addAttribute("header", DirectoryCsv.HEADER);
        return "staff/doctors/directory";
    }

    @PostMapping("/staff/doctors/directory")
    public String upload(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes flash)
            throws IOException {
        access.requireRole(StaffRole.SYSTEMADMINISTRATOR, StaffRole.VARDVALSBEHORIG);
        List<String> errors;
        if (file == null || file.isEmpty()) {
            errors = List.of("Välj en fil att läsa in.");
        } else {
            try {
                String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(file.getBytes())).toString();
                int count = admin.importDirectory(content, file.getOriginalFilename());
                flash.addFlashAttribute("ok", "Läkarkatalogen är inläst: " + count + " läkare.");
                return "redirect:/staff/doctors/directory";
            } catch (CharacterCodingException e) {
                errors = List.of("Filen är inte kodad i UTF-8.");
            } catch (DoctorAdministration.Refused refused) {
                errors = List.of(refused.getMessage().split("\n"));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("size", directory.size());
        model.addAttribute("header", DirectoryCsv.HEADER);
        return "staff/doctors/directory";
    }
}
