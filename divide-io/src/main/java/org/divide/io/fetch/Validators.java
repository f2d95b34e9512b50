package org.divide.io.fetch;

/**
 * The validators of a cached copy.
 *
 * @param etag         the {@code ETag} it was sent with, or {@code null}
 * @param lastModified the {@code Last-Modified} it was sent with, or {@code null}
 */
record Validators(String etag, String lastModified) {

    /** No validators: an unconditional request. */
    static final Validators NONE = new Validators(null, null);

    /**
     * Whether there is any validator to send.
     *
     * @return true when the request would be conditional
     */
    boolean any() {
        return etag != null || lastModified != null;
    }
}
