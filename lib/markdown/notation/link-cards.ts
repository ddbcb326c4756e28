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
import type { Paragraph, Parent, PhrasingContent, Root } from "mdast";
import { toString } from "mdast-util-to-string";
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

/** A line that is only a bare URL (where `urls`) or only `@[service](target)`: the card it becomes. */
function cardLine(line: Line, source: string, urls: boolean, make: CardMaker): Paragraph | undefined {
  const nodes = line.nodes.filter((n) => !(n.type === "text" && n.value.trim() === ""));
  if (nodes.length === 1 && urls) {
    const url = literalUrl(nodes[0], source);
    return url ? make.bare(url) : undefined;
  }
  const [at, link] = nodes;
  if (nodes.length !== 2 || at.type !== "text" || at.value.trim() !== "@" || link.type !== "link") return undefined;
  return make.embed(toString(link).toLowerCase(), link.url);
}

interface CardMaker {
  bare: (url: string) => Paragraph;
  embed: (service: string, target: string) => Paragraph | undefined;
}

/**
 * As on Zenn: each line of a paragraph that is only a bare URL becomes a card, the
 * paragraph's other lines stay paragraphs around it. Undefined when no line is a card.
 */
function splitAtCards(paragraph: Paragraph, source: string, urls: boolean, make: CardMaker): Paragraph[] | undefined {
  const lines = linesOf(paragraph);
  const cards = lines.map((line) => cardLine(line, source, urls, make));
  if (!cards.some(Boolean)) return undefined;
  const out: Paragraph[] = [];
  let text: PhrasingContent[] = [];
  const flush = () => {
    while (text.length > 0 && isLineEnd(text[text.length - 1])) text.pop();
    if (text.some((n) => !(n.type === "text" && n.value.trim() === ""))) out.push({ type: "paragraph", children: text });
    text = [];
  };
  lines.forEach((line, i) => {
    const card = cards[i];
    if (card) {
      flush();
      out.push(card);
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
  const make: CardMaker = {
    bare: bareCard,
    embed: (service, target) => {
      const found = embedTarget(service, target);
      return found && card(found.url, titleOf(found.url) ?? (found.service.kind || new URL(found.url).host), found.service.label || undefined);
    },
  };
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? "");
    // Embed lines anywhere; bare URL lines in paragraphs of the body and of details, not in lists,
    // quotes, tables or message boxes (as on Zenn).
    const cardsIn = (parent: Parent, urls: boolean) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i];
        if (node.type === "paragraph") {
          const parts = splitAtCards(node, source, urls, make);
          if (parts) {
            parent.children.splice(i, 1, ...parts);
            i += parts.length - 1;
          }
        } else if ("children" in node) {
          const keeps = node.type === "notationContainer" ? node.name === "details" : (node.type as string) === "calloutBody";
          cardsIn(node as Parent, urls && keeps);
        }
      }
    };
    cardsIn(tree, true);
  };
}
