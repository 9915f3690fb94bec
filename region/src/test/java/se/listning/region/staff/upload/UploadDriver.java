package se.listning.region.staff.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ApplicationContext;
import se.listning.region.staff.security.StaffUser;

/** Test-only entry to the upload job of a running application (as the upload page's background job runs it). */
public final class UploadDriver {

    private UploadDriver() {
    }

    /** Registers and runs an upload of {@code csv} (UTF-8) as {@code user}; returns the finished upload. */
    public static CsvUploads.Upload upload(ApplicationContext context, StaffUser user, String csv) throws IOException {
        CsvUploads uploads = context.getBean(CsvUploads.class);
        Path file = Files.createTempFile("it-upload", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        long id = uploads.create(user, "test.csv", Files.size(file));
        context.getBean(CsvUploadJob.class).run(id, user, file);
        return uploads.find(id).orElseThrow();
    }
}
