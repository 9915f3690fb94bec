package se.listning.region.soap;

import java.io.IOException;

/** Thrown by the size-limited request stream; the fault interceptor turns it into a soap:Client fault. */
public class RequestTooLargeException extends IOException {

    public RequestTooLargeException(long limit) {
        super(RequestSizeLimitFilter.message(limit));
    }
}
