package se.listning.citizen.web;

/** A link or form value that cannot be right (edited by hand or stale); shown as a Swedish 400 page. */
class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }
}
