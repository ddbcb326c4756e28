import { describe, expect, it } from "vitest";
import { slugFromPermalink } from "./slug";

describe("slugFromPermalink", () => {
  it("puts the file's slug for :title as written, $ patterns included", () => {
    expect(slugFromPermalink("/:year/:title/", "llama-4")).toBe("llama-4");
    expect(slugFromPermalink("/:year/:title/", "a$'b$&c")).toBe("a$'b$&c");
  });
});
