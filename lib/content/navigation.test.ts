import { describe, expect, it } from "vitest";
import { groupByMonth } from "./archive";
import { extraPageNumbers, paginate, parsePageParam } from "./paginate";
import { createRelated } from "./related";
import type { PostSummary } from "./types";

const post = (slug: string, date: string, tags: string[] = []) => ({ slug, date, tags }) as unknown as PostSummary;

describe("paginate", () => {
  const items = Array.from({ length: 23 }, (_, i) => i);
  it("splits into pages of the given size", () => {
    expect(paginate(items, 1, 10)).toEqual({ items: items.slice(0, 10), page: 1, totalPages: 3 });
    expect(paginate(items, 3, 10)!.items).toEqual([20, 21, 22]);
    expect(paginate(items, 4, 10)).toBeUndefined();
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, totalPages: 1 });
  });
  it("lists the extra page numbers and parses page params strictly", () => {
    expect(extraPageNumbers(23, 10)).toEqual(["2", "3"]);
    expect(extraPageNumbers(10, 10)).toEqual([]);
    expect(["2", "10", "1", "02", "x", "-1"].map(parsePageParam)).toEqual([2, 10, undefined, undefined, undefined, undefined]);
  });
});

describe("groupByMonth", () => {
  it("groups newest-first posts by year and month in the site time zone", () => {
    const posts = [
      post("a", "2025-12-10T20:44:31.000Z"),
      post("b", "2025-11-30T16:00:00.000Z"), // 2025-12-01 in Tokyo
      post("c", "2025-11-30T14:00:00.000Z"),
      post("d", "2024-01-01T00:00:00.000Z"),
    ];
    const years = groupByMonth(posts, "Asia/Tokyo");
    expect(years.map((y) => [y.year, y.count, y.months.map((m) => [m.month, m.posts.map((p) => p.slug)])])).toEqual([
      [2025, 3, [[12, ["a", "b"]], [11, ["c"]]]],
      [2024, 1, [[1, ["d"]]]],
    ]);
  });
});

describe("createRelated", () => {
  it("ranks by shared tags, then recency, without the post itself", () => {
    const me = post("me", "2025-06-01", ["AI", "Meta", "投資"]);
    const a = post("a", "2025-01-01", ["ai", "meta"]);
    const b = post("b", "2025-05-01", ["AI"]);
    const c = post("c", "2025-04-01", ["投資"]);
    const d = post("d", "2025-07-01", ["other"]);
    const byTag = new Map([
      ["ai", [me, b, a]],
      ["meta", [me, a]],
      ["投資", [me, c]],
      ["other", [d]],
    ]);
    const related = createRelated([d, me, b, c, a], byTag);
    expect(related(me, 5).map((p) => p.slug)).toEqual(["a", "b", "c"]);
    expect(related(me, 2).map((p) => p.slug)).toEqual(["a", "b"]);
    // The counts start from zero again for the next post.
    expect(related(a, 5).map((p) => p.slug)).toEqual(["me", "b"]);
    expect(related(d, 5)).toEqual([]);
  });
});
