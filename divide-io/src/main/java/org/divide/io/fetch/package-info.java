/**
 * Fetching from the data providers: the contract between the network and the readers.
 *
 * <p>A {@link org.divide.io.fetch.Fetcher} turns a {@link org.divide.io.fetch.FetchRequest} (a URL and
 * the media types wanted) into a {@link org.divide.io.fetch.Fetched} response: the body, its content
 * type, where it came from (the network or the on-disk cache) and its
 * {@link org.divide.io.fetch.Provenance} (URL, time fetched, SHA-256 of the body). The provider clients
 * build the URLs of an API, fetch through any fetcher and hand the bodies to the existing readers,
 * returning a {@link org.divide.io.fetch.FetchedPanel}: the panel with the provenance of every response
 * it was read from. Tests put a fetcher over a loopback server or over recorded files; the internet is
 * never needed to test a client.
 *
 * <p>{@link org.divide.io.fetch.Fetchers#create} builds the fetcher divide uses from
 * {@link org.divide.io.fetch.FetchSettings}: an {@link org.divide.io.fetch.HttpFetcher} (retries, checked
 * redirects, size limits, no credentials in messages: {@link org.divide.io.fetch.Redaction}) behind a
 * {@link org.divide.io.fetch.CachedFetcher} that keeps responses in an on-disk
 * {@link org.divide.io.fetch.FetchCache}, revalidates them when stale and serves them offline.
 */
package org.divide.io.fetch;
