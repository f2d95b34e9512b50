package org.divide.io.fetch;

import java.io.IOException;

/**
 * The seam between {@link CachedFetcher} and the network: one exchange that may carry the validators
 * of a cached copy and may answer that the copy is still good (HTTP 304). {@link #of(Fetcher)} makes
 * one of {@link HttpFetcher}'s conditional exchange, or of a plain fetcher, which never sends
 * validators.
 */
interface Network {

    /**
     * Fetches a resource, conditionally when validators are given.
     *
     * @param request    the URL and accepted media types
     * @param validators the cached copy's validators, or {@link Validators#NONE}
     * @return the response: a whole body, or "not modified"
     * @throws IOException as {@link Fetcher#fetch(FetchRequest)}
     */
    Exchange exchange(FetchRequest request, Validators validators) throws IOException;

    /**
     * A network over a fetcher: {@link HttpFetcher}'s conditional exchange, or, over any other
     * fetcher, a full fetch every time.
     *
     * @param fetcher the fetcher
     * @return the network
     */
    static Network of(Fetcher fetcher) {
        if (fetcher instanceof HttpFetcher http) {
            return http::exchange;
        }
        return (request, validators) -> {
            Fetched f = fetcher.fetch(request);
            return Exchange.body(f.bytes(), f.contentType(), null, null, f.provenance().fetchedAt());
        };
    }
}
