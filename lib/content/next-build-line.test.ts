/** `next build` says which content folder it reads, and as which layout, as build:static does. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";
import config from "../../next.config";
import { describeContent } from "./load";

beforeEach(() => {
  // On CI a site without an address stops next build before this line: this test is about the line.
  vi.stubEnv("SITE_URL", "https://blog.example.jp");
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  delete process.env.YOMU_CONTENT_SHOWN;
});

describe("next build's first line", () => {
  it("names the content folder and its layout, once per build", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    config(PHASE_PRODUCTION_BUILD);
    config(PHASE_PRODUCTION_BUILD);
    expect(log.mock.calls).toEqual([[`next build: ${describeContent()}`]]);
    expect(describeContent()).toMatch(/^content: .+ \(yomu content folder: every Markdown file is a post\)$/);
  });

  it("not for the dev server", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    config(PHASE_DEVELOPMENT_SERVER);
    expect(log).not.toHaveBeenCalled();
  });
});
