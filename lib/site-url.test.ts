import { describe, expect, it } from "vitest";
import { PLACEHOLDER_SITE_URL, siteUrlFromEnv, siteUrlProblem } from "./site-url.mjs";

describe("the site's address", () => {
  it("is SITE_URL, else on Vercel the production domain or the preview deployment's own address", () => {
    expect(siteUrlFromEnv({ SITE_URL: "https://blog.example.jp", VERCEL: "1", VERCEL_URL: "x.vercel.app" })).toBe("https://blog.example.jp");
    const vercel = { VERCEL: "1", VERCEL_URL: "yomu-abc123.vercel.app", VERCEL_PROJECT_PRODUCTION_URL: "blog.example.jp" };
    expect(siteUrlFromEnv({ ...vercel, VERCEL_ENV: "production" })).toBe("https://blog.example.jp");
    expect(siteUrlFromEnv({ ...vercel, VERCEL_ENV: "preview" })).toBe("https://yomu-abc123.vercel.app");
    expect(siteUrlFromEnv({ VERCEL: "1", VERCEL_ENV: "production", VERCEL_URL: "yomu-abc123.vercel.app" })).toBe("https://yomu-abc123.vercel.app");
    expect(siteUrlFromEnv({})).toBeUndefined();
    expect(siteUrlFromEnv({ SITE_URL: "" })).toBeUndefined();
  });

  it("missing is a warning on a workstation and an error on CI and Vercel", () => {
    expect(siteUrlProblem("https://blog.example.jp", { CI: "true" })).toBeUndefined();
    expect(siteUrlProblem(PLACEHOLDER_SITE_URL, { SITE_URL: PLACEHOLDER_SITE_URL, CI: "true" })).toBeUndefined();
    const local = siteUrlProblem(PLACEHOLDER_SITE_URL, {});
    expect(local).toEqual({ fatal: false, message: expect.stringContaining("set SITE_URL") });
    expect(local?.message).toContain(PLACEHOLDER_SITE_URL);
    expect(siteUrlProblem(PLACEHOLDER_SITE_URL + "/", { CI: "true" })?.fatal).toBe(true);
    expect(siteUrlProblem(PLACEHOLDER_SITE_URL, { CI: "1" })?.fatal).toBe(true);
    expect(siteUrlProblem(PLACEHOLDER_SITE_URL, { CI: "false" })?.fatal).toBe(false);
    expect(siteUrlProblem(PLACEHOLDER_SITE_URL, { VERCEL: "1" })?.fatal).toBe(true);
  });
});
