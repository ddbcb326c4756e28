/**
 * content:cards' fetch against real servers on 127.0.0.1 (the only address
 * tests send traffic to): refused before any request, on the first hop and on
 * every redirect; redirects, size and time bounded. The "allowed" side is
 * tested through the decision (./public-address.test.ts) and a policy that
 * allows 127.0.0.1 for the test, never by a fetch outside.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { defaultFetchPolicy, fetchPublicPage, RefusedFetch, type FetchPolicy } from "./safe-fetch";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A server on 127.0.0.1 that records every request it gets. */
async function serve(handler: http.RequestListener) {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.headers.host} ${req.url}`);
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, requests };
}

const admin: http.RequestListener = (_req, res) => {
  res.writeHead(200, { "content-type": "text/html" });
  res.end("<title>INTERNAL ADMIN: db_password=hunter2</title>");
};

/** A test policy: 127.0.0.1 may be fetched `times` times, every address after that is refused. */
function allowLoopback(times: number, extra: Partial<FetchPolicy> = {}): FetchPolicy {
  let left = times;
  return {
    ...defaultFetchPolicy,
    refuse: (address) => (address === "127.0.0.1" && left-- > 0 ? undefined : `refused by the test (${address})`),
    resolve: async (host) => (host === "localhost" ? [{ address: "127.0.0.1", family: 4 }] : []),
    ...extra,
  };
}

describe("fetchPublicPage with the default policy", () => {
  it("refuses a server on 127.0.0.1 in every spelling of its address, before any request", async () => {
    const { port, requests } = await serve(admin);
    for (const url of [
      `http://127.0.0.1:${port}/admin/`,
      `http://localhost:${port}/admin/`,
      `http://[::ffff:127.0.0.1]:${port}/admin/`,
      `http://2130706433:${port}/admin/`,
      `http://0x7f.1:${port}/admin/`,
    ]) {
      await expect(fetchPublicPage(url), url).rejects.toThrow(RefusedFetch);
    }
    await expect(fetchPublicPage(`http://127.0.0.1:${port}/admin/`)).rejects.toThrow(/127\.0\.0\.1, a loopback address: not fetched/);
    expect(requests).toEqual([]);
  });

  it("fetches only http and https, without credentials in the address", async () => {
    await expect(fetchPublicPage("file:///etc/passwd")).rejects.toThrow(/only http and https/);
    await expect(fetchPublicPage("http://user:pw@127.0.0.1:1/")).rejects.toThrow(/user name or password/);
  });
});

describe("fetchPublicPage: hops, size and time", () => {
  it("connects to the address it checked, sending the host name it was given", async () => {
    const { port, requests } = await serve(admin);
    const page = await fetchPublicPage(`http://localhost:${port}/a`, allowLoopback(1));
    expect(page.text).toContain("INTERNAL ADMIN");
    expect(requests).toEqual([`localhost:${port} /a`]);
  });

  it("checks every redirect: a hop to a refused address is not requested", async () => {
    const target = await serve(admin);
    const first = await serve((_req, res) => {
      res.writeHead(302, { location: `http://localhost:${target.port}/admin/` });
      res.end();
    });
    await expect(fetchPublicPage(`http://127.0.0.1:${first.port}/`, allowLoopback(1))).rejects.toThrow(/refused by the test/);
    expect(first.requests).toHaveLength(1);
    expect(target.requests).toEqual([]);
  });

  it("follows at most maxRedirects redirects", async () => {
    const loop = await serve((req, res) => {
      res.writeHead(301, { location: `/again${req.url}` });
      res.end();
    });
    await expect(fetchPublicPage(`http://127.0.0.1:${loop.port}/`, allowLoopback(100))).rejects.toThrow(/more than 5 redirects/);
    expect(loop.requests).toHaveLength(6);
  });

  it("reads at most maxBytes of an endless body", async () => {
    const endless = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = "<p>" + "あ".repeat(4000) + "</p>";
      const more = () => {
        while (res.write(chunk));
        res.once("drain", more);
      };
      res.on("close", () => res.removeAllListeners("drain"));
      more();
    });
    const page = await fetchPublicPage(`http://127.0.0.1:${endless.port}/`, allowLoopback(1, { maxBytes: 64 * 1024 }));
    expect(Buffer.byteLength(page.text)).toBeLessThanOrEqual(64 * 1024);
    expect(page.text.startsWith("<p>あ")).toBe(true);
  });

  it("gives up on a server that never answers", async () => {
    const silent = await serve(() => undefined);
    await expect(fetchPublicPage(`http://127.0.0.1:${silent.port}/`, allowLoopback(1, { timeoutMs: 200 }))).rejects.toThrow(/no answer within/);
    expect(silent.requests).toHaveLength(1);
  });
});
