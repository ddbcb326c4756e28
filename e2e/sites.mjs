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

/**
 * Posts shaped like the sample posts in content/ (front matter, defects), in
 * wording of the tests' own: the seeds sites serve these, so editors can change
 * content/ without changing what the tests expect. Specs read the expected
 * titles, dates and text from this folder.
 */
export const seedsLikeDir = "e2e/fixtures/seeds-like";

/** A Zenn CLI repository and a Qiita CLI repository written for the tests. */
export const zennRepoDir = "e2e/fixtures/zenn-repo";
export const qiitaRepoDir = "e2e/fixtures/qiita-repo";

const definitions = {
  seedsStatic: { content: seedsLikeDir, mode: "static" },
  seedsServer: { content: seedsLikeDir, mode: "server" },
  corpusStatic: { content: corpusDir, mode: "static", generate: [corpusDir, "45"] },
  corpusServer: { content: corpusDir, mode: "server" },
  // Editors' fixtures: Jekyll files, drafts and scheduled posts, hostile front matter and bodies.
  editorsStatic: { content: "e2e/fixtures/editors", mode: "static" },
  // The export served under a sub-path, as on a project site (BASE_PATH at build time).
  seedsBasePath: { content: seedsLikeDir, mode: "static", basePath: "/blog" },
  // Reading features (e2e/reading*.spec.ts): long articles with and without a table of contents, a short one,
  // code, a table and an external link.
  readingStatic: { content: "e2e/fixtures/reading", mode: "static" },
  readingServer: { content: "e2e/fixtures/reading", mode: "server" },
  // The editors' fixtures under next start: the notation and images render as in the export.
  editorsServer: { content: "e2e/fixtures/editors", mode: "server" },
  // Series (e2e/series.spec.ts): posts with series:, and Zenn books (books/<slug>/config.yaml) beside them.
  seriesStatic: { content: "e2e/fixtures/series", mode: "static" },
  seriesServer: { content: "e2e/fixtures/series", mode: "server" },
  // Authors' repositories as they are (e2e/layouts.spec.ts): a Zenn CLI repository (with the author's user name
  // there, so that links to their own articles lead to this site) and a Qiita CLI repository.
  zennStatic: { content: zennRepoDir, mode: "static", env: { ZENN_USER: "yomu_fixture" } },
  zennServer: { content: zennRepoDir, mode: "server", env: { ZENN_USER: "yomu_fixture" } },
  qiitaStatic: { content: qiitaRepoDir, mode: "static" },
  qiitaServer: { content: qiitaRepoDir, mode: "server" },
};

/** E2E_SITES=seedsStatic,seedsServer builds and serves only those (ports stay the same). */
const only = process.env.E2E_SITES ? new Set(process.env.E2E_SITES.split(",").map((s) => s.trim())) : undefined;

export const sites = Object.fromEntries(
  Object.entries(definitions)
    .map(([name, site], i) => [name, { ...site, port: portBase + i }])
    .filter(([name]) => !only || only.has(name)),
);

export const urlOf = (name) => `http://127.0.0.1:${sites[name].port}${sites[name].basePath ?? ""}`;

/** The content folder a site is built from (also for a site this run does not build). */
export const contentOf = (name) => definitions[name].content;

/** Where a site is built: the static export itself, or `next build`'s distDir. */
export const outputOf = (name) => `${workDir}/${definitions[name].mode === "static" ? "static" : "next"}-${name}`;
