/**
 * Link cards, built at build time with no request to anyone:
 * - a line that is only a bare URL (`https://example.com/post`), in the body or a details box,
 *   also among other lines of its paragraph (as on Zenn; in a list, quote or message box it stays
 *   a link, and so do `<https://…>` and `[https://…](https://…)`); a tweet, YouTube or GitHub file
 *   URL's card names its service;
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
import type { Link, Paragraph, Parent, PhrasingContent, Root, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { bareUrlService, embedTarget } from "../notation-text";

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

/** `@[service](target)`: the paragraph's text `@` followed by a link whose text is the service name. */
function embed(paragraph: Paragraph): { service: string; target: string } | undefined {
  const [at, link] = paragraph.children as [Text, Link];
  if (paragraph.children.length !== 2 || at.type !== "text" || at.value !== "@" || link.type !== "link") return undefined;
  return { service: toString(link).toLowerCase(), target: link.url };
}

/**
 * A URL written bare in the text (GFM's autolink literal, `https://…` only), not `<https://…>` nor
 * `[https://…](https://…)`: the source at the link's start says which.
 */
function literalUrl(node: PhrasingContent, source: string): string | undefined {
  if (node.type !== "link" || !/^https?:\/\//i.test(node.url) || toString(node) !== node.url) return undefined;
  const offset = node.position?.start.offset;
  if (offset === undefined || !/^https?:\/\//i.test(source.slice(offset, offset + 8))) return undefined;
  return URL.canParse(node.url) ? node.url : undefined;
}

type Line = { nodes: PhrasingContent[]; end?: PhrasingContent };

/** A paragraph's lines: split at line endings in its text and at hard breaks; `end` is what ended the line. */
function linesOf(paragraph: Paragraph): Line[] {
  const lines: Line[] = [{ nodes: [] }];
  for (const node of paragraph.children) {
    if (node.type === "break") {
      lines[lines.length - 1].end = node;
      lines.push({ nodes: [] });
    } else if (node.type === "text" && node.value.includes("\n")) {
      node.value.split("\n").forEach((part, i) => {
        if (i > 0) {
          lines[lines.length - 1].end = { type: "text", value: "\n" };
          lines.push({ nodes: [] });
        }
        if (part) lines[lines.length - 1].nodes.push({ type: "text", value: part });
      });
    } else lines[lines.length - 1].nodes.push(node);
  }
  return lines;
}

/** The URL of a line that is only a bare URL (spaces around it allowed). */
function cardLine(line: Line, source: string): string | undefined {
  const nodes = line.nodes.filter((n) => !(n.type === "text" && n.value.trim() === ""));
  return nodes.length === 1 ? literalUrl(nodes[0], source) : undefined;
}

/**
 * As on Zenn: each line of a paragraph that is only a bare URL becomes a card, the
 * paragraph's other lines stay paragraphs around it. Undefined when no line is a card.
 */
function splitAtCards(paragraph: Paragraph, source: string, card: (url: string) => Paragraph): Paragraph[] | undefined {
  const lines = linesOf(paragraph);
  const urls = lines.map((line) => cardLine(line, source));
  if (!urls.some(Boolean)) return undefined;
  const out: Paragraph[] = [];
  let text: PhrasingContent[] = [];
  const flush = () => {
    while (text.length > 0 && isLineEnd(text[text.length - 1])) text.pop();
    if (text.some((n) => !(n.type === "text" && n.value.trim() === ""))) out.push({ type: "paragraph", children: text });
    text = [];
  };
  lines.forEach((line, i) => {
    const url = urls[i];
    if (url) {
      flush();
      out.push(card(url));
      return;
    }
    text.push(...line.nodes);
    if (line.end) text.push(line.end);
  });
  flush();
  return out;
}

const isLineEnd = (node: PhrasingContent) => node.type === "break" || (node.type === "text" && node.value === "\n");

export function remarkLinkCards(options: LinkCardOptions = {}) {
  const titles = options.titles ?? {};
  const titleOf = (url: string) => (Object.hasOwn(titles, url) ? titles[url] : undefined);
  const bareCard = (url: string) => {
    const service = bareUrlService(url);
    return card(url, titleOf(url) ?? (service?.kind || new URL(url).host), service?.label || undefined);
  };
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? "");
    // Bare URLs: in paragraphs of the body and of details, not in lists, quotes, tables or message boxes (as on Zenn).
    const cardsIn = (parent: Parent) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i];
        if (node.type === "paragraph") {
          const parts = splitAtCards(node, source, bareCard);
          if (parts) {
            parent.children.splice(i, 1, ...parts);
            i += parts.length - 1;
          }
        } else if (node.type === "notationContainer" ? node.name === "details" : (node.type as string) === "calloutBody") {
          cardsIn(node as Parent);
        }
      }
    };
    cardsIn(tree);
    visit(tree, "paragraph", (node: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const written = embed(node);
      const found = written && embedTarget(written.service, written.target);
      if (found) parent.children[index] = card(found.url, titleOf(found.url) ?? (found.service.kind || new URL(found.url).host), found.service.label || undefined);
    });
  };
}
