/**
 * Link cards, built at build time with no request to anyone:
 * - a bare URL alone in a paragraph (`https://example.com/post`);
 * - Zenn's embeds `@[youtube](id)`, `@[speakerdeck](id)`, `@[card](url)`, … (../notation-text.ts EMBED_SERVICES).
 *
 *   <div class="link-card"><a href="…">
 *     <span class="link-card-service">YouTube</span>          (embeds)
 *     <span class="link-card-title">title</span>
 *     <span class="link-card-url">host/path</span>
 *   </a></div>
 *
 * Titles come from `options.titles` (URL → title, the committed cache that
 * `npm run content:cards` fills); without one, the service's kind or the host.
 */
import type { Link, Paragraph, Root, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { embedTarget } from "../notation-text";

export interface LinkCardOptions {
  titles?: Readonly<Record<string, string>>;
}

const span = (className: string, value: string) => ({ type: "element", tagName: "span", properties: { className: [className] }, children: [{ type: "text", value }] });

/** `host/path?query`, for the card's second line. */
export function displayUrl(url: string): string {
  const u = new URL(url);
  const rest = decodeURISafe(u.pathname + u.search).replace(/^\/$/, "");
  return u.host + rest;
}

function decodeURISafe(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function card(url: string, title: string, service?: string): Paragraph {
  const link = {
    type: "element",
    tagName: "a",
    properties: { href: url },
    children: [...(service ? [span("link-card-service", service)] : []), span("link-card-title", title), span("link-card-url", displayUrl(url))],
  };
  return { type: "paragraph", children: [], data: { hName: "div", hProperties: { className: ["link-card"] }, hChildren: [link] } } as unknown as Paragraph;
}

/** The URL of a paragraph that is only a bare http(s) URL (an autolink whose text is the URL). */
function bareUrl(paragraph: Paragraph): string | undefined {
  const [only] = paragraph.children;
  if (paragraph.children.length !== 1 || only.type !== "link" || !/^https?:\/\//i.test(only.url)) return undefined;
  const text = toString(only);
  return text === only.url || `http://${text}` === only.url ? only.url : undefined;
}

/** `@[service](target)`: the paragraph's text `@` followed by a link whose text is the service name. */
function embed(paragraph: Paragraph): { service: string; target: string } | undefined {
  const [at, link] = paragraph.children as [Text, Link];
  if (paragraph.children.length !== 2 || at.type !== "text" || at.value !== "@" || link.type !== "link") return undefined;
  return { service: toString(link).toLowerCase(), target: link.url };
}

export function remarkLinkCards(options: LinkCardOptions = {}) {
  const titles = options.titles ?? {};
  const titleOf = (url: string) => (Object.hasOwn(titles, url) ? titles[url] : undefined);
  return (tree: Root) => {
    visit(tree, "paragraph", (node: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const url = bareUrl(node);
      if (url && URL.canParse(url)) {
        parent.children[index] = card(url, titleOf(url) ?? new URL(url).host);
        return;
      }
      const written = embed(node);
      const found = written && embedTarget(written.service, written.target);
      if (found) parent.children[index] = card(found.url, titleOf(found.url) ?? (found.service.kind || new URL(found.url).host), found.service.label || undefined);
    });
  };
}
