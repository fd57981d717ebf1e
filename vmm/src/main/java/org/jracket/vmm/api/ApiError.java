package org.jracket.vmm.api;

/** A request the API refuses, with its HTTP status; the body is {"fault_message": ...}. */
final class ApiError extends Exception {
    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }
}
