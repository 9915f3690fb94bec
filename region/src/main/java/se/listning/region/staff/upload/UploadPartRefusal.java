package se.listning.region.staff.upload;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload whose multipart body Tomcat refuses (a NUL in the file name, a broken part) fails before any
 * controller is chosen, so this advice cannot be scoped to a package: it answers only POST /staff/upload, by
 * sending the browser back to the upload page with a Swedish message instead of an error page, and rethrows
 * everywhere else.
 */
@ControllerAdvice
class UploadPartRefusal {

    static final String INVALID_PARAM = "ogiltig-fil";
    static final String MESSAGE = "Filen kunde inte tas emot: filnamnet innehåller otillåtna tecken eller så skickades"
            + " filen inte fullständigt. Byt namn på filen (bokstäver, siffror, - och _) och försök igen.";

    @ExceptionHandler(MultipartException.class)
    String refused(MultipartException e, HttpServletRequest request) throws MultipartException {
        if (!"/staff/upload".equals(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))) {
            throw e;
        }
        return "redirect:/staff/upload?" + (e instanceof MaxUploadSizeExceededException
                ? UploadSizeLimit.TOO_LARGE_PARAM : INVALID_PARAM);
    }
}
