/**
 * Fetching a page for `npm run content:cards` without reaching what the
 * editor's machine can reach but the public cannot. A URL in a post is the
 * author's choice, so every hop (the first request and each redirect) is
 * resolved once, refused unless every address is a public unicast one
 * (./public-address.ts), and connected to exactly the address that was
 * checked: no second lookup a changing DNS answer could redirect. Redirects
 * are followed here, at most `maxRedirects`; the body is read up to
 * `maxBytes` within `timeoutMs` for the whole chain.
 */
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { refusedAddress } from "./public-address";

export interface FetchPolicy {
  /** Why an address may not be fetched, or undefined when it may. */
  refuse: (address: string) => string | undefined;
  /** Every address of a host name. */
  resolve: (host: string) => Promise<{ address: string; family: number }[]>;
  maxRedirects: number;
  maxBytes: number;
  timeoutMs: number;
}

export const defaultFetchPolicy: FetchPolicy = {
  refuse: refusedAddress,
  resolve: (host) => dns.promises.lookup(host, { all: true, verbatim: true }),
  maxRedirects: 5,
  maxBytes: 512 * 1024,
  timeoutMs: 10_000,
};

/** A URL content:cards does not fetch, and why (an editor's message). */
export class RefusedFetch extends Error {}

export interface FetchedPage {
  /** The URL of the last hop. */
  url: string;
  status: number;
  contentType: string;
  /** At most `maxBytes` of the body, as UTF-8 (a character cut at the limit left out). */
  text: string;
}

/** The `lookup` of a connection to a host already resolved and checked: answers with that address, every time. */
function pinnedLookup(address: string, family: number): net.LookupFunction {
  return ((_host: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as net.LookupFunction;
}

/** The one address a hop connects to, after every address of its host passed `policy.refuse`. */
async function checkedAddress(url: URL, policy: FetchPolicy): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const family = net.isIP(host);
  const addresses = family ? [{ address: host, family }] : await policy.resolve(host);
  if (addresses.length === 0) throw new RefusedFetch(`${url.host} has no address`);
  for (const { address } of addresses) {
    const reason = policy.refuse(address);
    if (reason) throw new RefusedFetch(`${url.host} is ${address}, ${reason}: not fetched`);
  }
  return addresses[0];
}

function request(url: URL, target: { address: string; family: number }, policy: FetchPolicy, signal: AbortSignal): Promise<FetchedPage & { location?: string }> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: "GET",
        agent: false,
        lookup: pinnedLookup(target.address, target.family),
        signal,
        headers: { accept: "text/html", "accept-encoding": "identity", "user-agent": "yomu content:cards" },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const location = status >= 300 && status < 400 ? res.headers.location : undefined;
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => {
          res.destroy();
          resolve({ url: url.href, status, location, contentType: String(res.headers["content-type"] ?? ""), text: new TextDecoder().decode(Buffer.concat(chunks), { stream: true }) });
        };
        if (location || status < 200 || status >= 300) return done();
        res.on("data", (chunk: Buffer) => {
          const room = policy.maxBytes - size;
          chunks.push(chunk.subarray(0, room));
          size += Math.min(chunk.length, room);
          if (size >= policy.maxBytes) done();
        });
        res.on("end", done);
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** The page at `url`, following redirects; rejects with RefusedFetch for an address or scheme it will not reach. */
export async function fetchPublicPage(url: string, policy: FetchPolicy = defaultFetchPolicy): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(policy.timeoutMs);
  const timedOut = new Promise<never>((_, reject) => {
    signal.addEventListener("abort", () => reject(new Error(`no answer within ${policy.timeoutMs / 1000} s`)), { once: true });
  });
  timedOut.catch(() => undefined);
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    if (current.protocol !== "http:" && current.protocol !== "https:") throw new RefusedFetch(`${current.href}: only http and https addresses are fetched`);
    if (current.username || current.password) throw new RefusedFetch(`${current.host}: an address with a user name or password is not fetched`);
    const target = await Promise.race([checkedAddress(current, policy), timedOut]);
    const page = await Promise.race([request(current, target, policy, signal), timedOut]);
    if (!page.location) return page;
    if (hop >= policy.maxRedirects) throw new RefusedFetch(`more than ${policy.maxRedirects} redirects`);
    current = new URL(page.location, current);
  }
}
