import { describe, expect, it } from "vitest";
import { deepFreeze } from "../immutable";
import { fingerprint } from "./fingerprint";

function Card({ title }: { title: string; href?: (n: number) => string }) {
  return <h2>{title}</h2>;
}
function Other({ title }: { title: string }) {
  return <h3>{title}</h3>;
}

describe("fingerprint", () => {
  const post = { slug: "a", title: "題", tags: ["AI"], date: "2025-12-10T00:00:00.000Z" };

  it("is stable for equal trees and changes with any prop, text, key or component", () => {
    const tree = (p: typeof post) => (
      <main>
        <Card title={p.title} />
        <ul>{p.tags.map((t) => <li key={t}>{t}</li>)}</ul>
        <div dangerouslySetInnerHTML={{ __html: "<p>本文</p>" }} />
      </main>
    );
    const base = fingerprint("build", "/posts/a/", tree(post));
    expect(fingerprint("build", "/posts/a/", tree({ ...post }))).toBe(base);
    expect(fingerprint("build", "/posts/a/", tree({ ...post, title: "題2" }))).not.toBe(base);
    expect(fingerprint("build", "/posts/a/", tree({ ...post, tags: ["AI", "LLM"] }))).not.toBe(base);
    expect(fingerprint("build2", "/posts/a/", tree(post))).not.toBe(base);
    expect(fingerprint("build", "/posts/b/", tree(post))).not.toBe(base);
    expect(fingerprint("build", "/posts/a/", <main><Other title={post.title} /></main>)).not.toBe(
      fingerprint("build", "/posts/a/", <main><Card title={post.title} /></main>),
    );
    const html = (s: string) => <div dangerouslySetInnerHTML={{ __html: s }} />;
    expect(fingerprint(html("<p>a</p>"))).not.toBe(fingerprint(html("<p>b</p>")));
  });

  it("tells apart values that print alike", () => {
    expect(fingerprint(["ab", "c"])).not.toBe(fingerprint(["a", "bc"]));
    expect(fingerprint([1])).not.toBe(fingerprint(["1"]));
    expect(fingerprint({ a: undefined })).toBe(fingerprint({})); // as in JSON (the parse cache)
    expect(fingerprint({ a: 1, b: 2 })).toBe(fingerprint({ b: 2, a: 1 }));
    expect(fingerprint({ a: null })).not.toBe(fingerprint({}));
    expect(fingerprint(null)).not.toBe(fingerprint(undefined));
    expect(fingerprint(new Date(0))).not.toBe(fingerprint(new Date(1)));
  });

  it("handles shared and cyclic objects", () => {
    const shared = { title: "x" };
    expect(fingerprint([shared, shared])).toBe(fingerprint([shared, shared]));
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(fingerprint(cyclic)).toMatch(/^[0-9a-f]{40}$/);
  });

  it("hashes immutable content by what it holds, once, wherever it appears", () => {
    const summary = () => ({ slug: "a", title: "題", tags: ["AI"], excerpt: { text: "抜粋", source: "first-paragraph" } });
    const list = (items: object[]) => <ul>{items.map((p, i) => <Card key={i} title={JSON.stringify(p)} />)}</ul>;
    const a = deepFreeze(summary());
    const b = deepFreeze(summary());
    // Equal content, different objects: the same fingerprint, in a page and in the props of another.
    expect(fingerprint("build", [a, list([a])])).toBe(fingerprint("build", [b, list([b])]));
    expect(fingerprint({ post: a })).toBe(fingerprint({ post: b }));
    // Any difference inside, however deep, shows.
    const c = deepFreeze({ ...summary(), excerpt: { text: "別の抜粋", source: "first-paragraph" } });
    expect(fingerprint({ post: c })).not.toBe(fingerprint({ post: a }));
    const d = deepFreeze({ ...summary(), tags: ["AI", "LLM"] });
    expect(fingerprint({ post: d })).not.toBe(fingerprint({ post: a }));
    // Frozen means frozen: the digest cannot go stale.
    expect(() => {
      (a.excerpt as { text: string }).text = "変更";
    }).toThrow(TypeError);
    expect(() => a.tags.push("x")).toThrow(TypeError);
  });

  it("ends on cycles through immutable objects", () => {
    const first: Record<string, unknown> = { name: "first" };
    const second: Record<string, unknown> = { name: "second", first };
    first.second = second;
    deepFreeze(first);
    expect(fingerprint({ first })).toMatch(/^[0-9a-f]{40}$/);
    expect(fingerprint({ first })).toBe(fingerprint({ first }));
  });
});
