/**
 * The sites the browser tests run against. Each is built once per test run
 * from its content folder and served either as a static export on a plain file
 * server or by `next start`.
 */
export const sites = {
  seedsStatic: { content: "content", mode: "static", port: 4321 },
  seedsServer: { content: "content", mode: "server", port: 4322 },
};

export const urlOf = (name) => `http://127.0.0.1:${sites[name].port}${sites[name].basePath ?? ""}`;
