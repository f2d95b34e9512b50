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
 * <p>The clients: {@link org.divide.io.fetch.WorldBankClient} (World Bank API v2, paged, with
 * {@link org.divide.io.fetch.WorldBankQuery}), {@link org.divide.io.fetch.SdmxClient} (SDMX REST 2.1
 * and 3.0 services, {@link org.divide.io.fetch.SdmxEndpoint} presets, {@link org.divide.io.fetch.SdmxQuery},
 * the flow's {@link org.divide.io.fetch.DataStructure} read first), {@link org.divide.io.fetch.ImfDataMapperClient}
 * (IMF DataMapper, {@link org.divide.io.fetch.ImfQuery}) and {@link org.divide.io.fetch.OwidClient}
 * (Our World in Data charts). See {@code docs/fetch.md}.
 *
 * <p>{@link org.divide.io.fetch.Fetchers#create} builds the fetcher divide uses from
 * {@link org.divide.io.fetch.FetchSettings}: an {@link org.divide.io.fetch.HttpFetcher} (retries, checked
 * redirects, size limits, no credentials in messages: {@link org.divide.io.fetch.Redaction}) behind a
 * {@link org.divide.io.fetch.CachedFetcher} that keeps responses in an on-disk
 * {@link org.divide.io.fetch.FetchCache}, revalidates them when stale and serves them offline.
 */
package org.divide.io.fetch;
