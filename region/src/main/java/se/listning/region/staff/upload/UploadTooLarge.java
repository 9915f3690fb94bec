package se.listning.region.staff.upload;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file over the multipart limit (100 MB, application.yml) fails before any controller is chosen, so
 * this advice is global: on the upload page it redirects back with a Swedish message; elsewhere the
 * exception goes on to the container's error handling.
 */
@ControllerAdvice
class UploadTooLarge {

    static final String MESSAGE = "Filen är för stor. Största tillåtna storlek är 100 MB. "
            + "Dela upp filen och ladda upp delarna var för sig.";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, MaxUploadSizeExceededException e) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/staff/upload")) {
            throw e;
        }
        RequestContextUtils.getOutputFlashMap(request).put("error", MESSAGE);
        return new ModelAndView("redirect:/staff/upload");
    }
}
