package se.listning.region.staff.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an upload larger than the multipart limit before anything parses it: Spring Security reads the
 * CSRF parameter first, and on Tomcat an oversize multipart body then fails inside the filter chain
 * (a bare 413). Here the browser is sent back to the upload page, which shows a Swedish message.
 * Registered ahead of Spring Security for POST /staff/upload only ({@link UploadConfig}).
 */
final class UploadSizeLimit extends OncePerRequestFilter {

    static final String TOO_LARGE_PARAM = "for-stor";
    static final String MESSAGE = "Filen är för stor. Största tillåtna storlek är 100 MB. "
            + "Dela upp filen och ladda upp delarna var för sig.";

    private final long maxBytes;

    UploadSizeLimit(DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.sendRedirect(request.getContextPath() + "/staff/upload?" + TOO_LARGE_PARAM);
            return;
        }
        chain.doFilter(request, response);
    }
}
