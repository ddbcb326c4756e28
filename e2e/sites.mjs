/**
 * The sites the browser tests run against. Each is built once per test run
 * from its content folder and served either as a static export on a plain file
 * server or by `next start`.
 * E2E_PORT_BASE and E2E_WORKDIR let two test runs share a machine.
 */
const portBase = Number(process.env.E2E_PORT_BASE ?? 4321);

export const workDir = process.env.E2E_WORKDIR ?? ".e2e";

/** A generated corpus (scripts/generate-corpus.mjs) for navigation tests. */
export const corpusDir = `${workDir}/corpus-45`;

const definitions = {
  seedsStatic: { content: "content", mode: "static" },
  seedsServer: { content: "content", mode: "server" },
  corpusStatic: { content: corpusDir, mode: "static", generate: [corpusDir, "45"] },
  corpusServer: { content: corpusDir, mode: "server" },
  // Editors' fixtures: Jekyll files, drafts and scheduled posts, hostile front matter and bodies.
  editorsStatic: { content: "e2e/fixtures/editors", mode: "static" },
  // The export served under a sub-path, as on a project site (BASE_PATH at build time).
  seedsBasePath: { content: "content", mode: "static", basePath: "/blog" },
  // Reading features (e2e/reading*.spec.ts): long articles with and without a table of contents, a short one,
  // code, a table and an external link.
  readingStatic: { content: "e2e/fixtures/reading", mode: "static" },
};

/** E2E_SITES=seedsStatic,seedsServer builds and serves only those (ports stay the same). */
const only = process.env.E2E_SITES ? new Set(process.env.E2E_SITES.split(",").map((s) => s.trim())) : undefined;

export const sites = Object.fromEntries(
  Object.entries(definitions)
    .map(([name, site], i) => [name, { ...site, port: portBase + i }])
    .filter(([name]) => !only || only.has(name)),
);

export const urlOf = (name) => `http://127.0.0.1:${sites[name].port}${sites[name].basePath ?? ""}`;
