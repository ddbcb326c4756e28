/**
 * Images: Zenn's width notation (`![](x.png =250x)`), captions (the image's
 * title, or Zenn's `*caption*` line right under it) as `<figure>`, and a
 * post's own image files (`./images/a.png`, resolved against the post file's
 * folder) served under content-hashed names with their size, AVIF/WebP
 * variants in a `<picture>`, and a link to the full-size file.
 *
 * The remark half runs before sanitizing (the post's text becomes figure,
 * figcaption and img attributes the allowlist checks); the rehype half after
 * it (the picture and the loading hints are ours, not the post's).
 */
import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Definition, Emphasis, Image, ImageReference, Paragraph, Parent, PhrasingContent, Root, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { ContentError, type ContentIssue } from "../../content/issues";
import type { ImageAsset } from "../../images/asset";
import { locateImage } from "../../images/locate";
import { isLocalImageSrc, parseSizedImage } from "../../images/resolve";
import { prefixRootRelative } from "../base-path";

/** What the compile knows about the post: set on the VFile by lib/markdown (render-md.ts, index.tsx). */
export interface ImageFileData {
  sourcePath?: string;
  bodyLine?: number;
  /** Filled by remarkImages: `/images/<file>` → the asset behind it. */
  images?: Map<string, ImageAsset>;
  /** The error remarkImages threw, for a caller whose compiler rewraps errors (next-mdx-remote). */
  imageError?: ContentError;
}

export const IMAGE_URL_PREFIX = "/images/";

const SIZED_IMAGE = /!\[([^\]\n]*)\]\(([^()\n]*?=\d*x\d*[^()\n]*?)\)/g;

/** `![alt](x.png =250x)` in text → an image node with its width (CommonMark reads it as text). */
function splitSizedImages(node: Text): PhrasingContent[] | undefined {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const m of node.value.matchAll(SIZED_IMAGE)) {
    const sized = parseSizedImage(m[2]);
    if (!sized) continue;
    if (m.index > last) parts.push({ type: "text", value: node.value.slice(last, m.index) });
    const before = node.value.slice(0, m.index);
    const line = (node.position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0);
    const column = before.includes("\n") ? before.length - before.lastIndexOf("\n") : (node.position?.start.column ?? 1) + m.index;
    const hProperties: Record<string, number> = {};
    if (sized.width) hProperties.width = sized.width;
    if (sized.height) hProperties.height = sized.height;
    parts.push({
      type: "image",
      url: sized.src,
      alt: m[1],
      title: sized.title ?? null,
      data: { hProperties },
      position: { start: { line, column }, end: { line, column: column + m[0].length } },
    });
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
  return parts;
}

const isBlank = (n: PhrasingContent) => n.type === "text" && n.value.trim() === "";

/** A paragraph that is one image and its caption (title, or `*caption*` on the next line) becomes a figure. */
function toFigure(paragraph: Paragraph) {
  const kids = paragraph.children;
  const image = kids[0];
  if (image?.type !== "image") return;
  const rest = kids.slice(1);
  let caption: PhrasingContent[] | undefined;
  if (rest.every(isBlank) && image.title) {
    caption = [{ type: "text", value: image.title }];
    image.title = null;
  } else if (rest.length === 2 && rest[0].type === "text" && /^\s*\n\s*$/.test(rest[0].value) && rest[1].type === "emphasis") {
    caption = (rest[1] as Emphasis).children;
  }
  if (!caption) return;
  const figcaption = { type: "emphasis", children: caption, data: { hName: "figcaption" } } as Emphasis;
  paragraph.children = [image, figcaption];
  paragraph.data = { ...paragraph.data, hName: "figure" };
}

const isLineBreak = (n: PhrasingContent | undefined) => n?.type === "text" && /^[ \t]*\n[ \t]*$/.test(n.value);

/**
 * Zenn's caption line under an image that shares its paragraph with other lines
 * (`文\n![](a.png)\n*キャプション*\n文`): the paragraph is split around the figure.
 */
function splitCaptionedImages(paragraph: Paragraph, index: number | undefined, parent: Parent | undefined) {
  if (!parent || index === undefined) return;
  const kids = paragraph.children;
  const at = kids.findIndex((n, i) => n.type === "image" && isLineBreak(kids[i + 1]) && kids[i + 2]?.type === "emphasis" && (i > 0 || i + 3 < kids.length));
  if (at < 0) return;
  const trimEnd = (nodes: PhrasingContent[]) => {
    const last = nodes[nodes.length - 1];
    if (last?.type === "text") last.value = last.value.replace(/\n[ \t]*$/, "");
    return nodes.filter((n) => !(n.type === "text" && n.value === ""));
  };
  const trimStart = (nodes: PhrasingContent[]) => {
    const first = nodes[0];
    if (first?.type === "text") first.value = first.value.replace(/^[ \t]*\n/, "");
    return nodes.filter((n) => !(n.type === "text" && n.value === ""));
  };
  const before = trimEnd(kids.slice(0, at));
  const after = trimStart(kids.slice(at + 3));
  const figure: Paragraph = { type: "paragraph", children: kids.slice(at, at + 3) };
  const parts: Paragraph[] = [...(before.length ? [{ type: "paragraph", children: before } as Paragraph] : []), figure, ...(after.length ? [{ type: "paragraph", children: after } as Paragraph] : [])];
  parent.children.splice(index, 1, ...(parts as Parent["children"]));
  return index + 1;
}

/**
 * GFM reads the URL of `![](https://example.com/x.png =250x)` as an autolink:
 * text `![](`, a link, text ` =250x)`. Joined back into one text node here.
 */
function joinAutolinkedSizedImages(paragraph: Paragraph) {
  const kids = paragraph.children;
  for (let i = kids.length - 3; i >= 0; i--) {
    const [open, link, close] = kids.slice(i, i + 3);
    if (open.type !== "text" || link.type !== "link" || close.type !== "text") continue;
    const linkText = link.children.length === 1 && link.children[0].type === "text" ? link.children[0].value : undefined;
    if (!/!\[[^\]\n]*\]\($/.test(open.value) || !linkText || !/^\s+=\d*x\d*/.test(close.value)) continue;
    kids.splice(i, 3, { type: "text", value: open.value + linkText + close.value, position: open.position && close.position && { start: open.position.start, end: close.position.end } });
  }
}

/**
 * `![alt][ref]` with `[ref]: ./images/a.png` → an image node, so a post's own
 * file is found the same way whichever form names it.
 */
function inlineLocalImageReferences(tree: Root) {
  const definitions = new Map<string, Definition>();
  visit(tree, "definition", (d: Definition) => void (definitions.has(d.identifier) || definitions.set(d.identifier, d)));
  if (definitions.size === 0) return;
  visit(tree, "imageReference", (node: ImageReference, index, parent: Parent | undefined) => {
    const definition = definitions.get(node.identifier);
    if (!parent || index === undefined || !definition || !isLocalImageSrc(definition.url)) return;
    parent.children[index] = { type: "image", url: definition.url, title: definition.title ?? null, alt: node.alt, position: node.position };
  });
}

/**
 * Zenn's `![](x.png =250x)` and reference images of local files → image nodes;
 * also for the content check (../image-check.ts).
 */
export function remarkSizedImages() {
  return (tree: Root) => {
    inlineLocalImageReferences(tree);
    visit(tree, "paragraph", joinAutolinkedSizedImages);
    visit(tree, "text", (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !node.value.includes("![")) return;
      const parts = splitSizedImages(node);
      if (!parts) return;
      parent.children.splice(index, 1, ...(parts as Parent["children"]));
      return [SKIP, index + parts.length];
    });
  };
}

const readSizedImages = remarkSizedImages();

/** `contentDir`: the folder a post's own images must lie inside. */
export function remarkImages(options: { contentDir: string }) {
  return (tree: Root, file: VFile) => {
    readSizedImages(tree);
    visit(tree, "paragraph", splitCaptionedImages);
    visit(tree, "paragraph", toFigure);
    resolveLocalImages(tree, file, options.contentDir);
  };
}

/** The post's own images → `/images/<hashed name>` with width and height; a missing file stops the build. */
function resolveLocalImages(tree: Root, file: VFile, root: string) {
  const data = file.data as ImageFileData;
  if (!data.sourcePath) return;
  const sourcePath = data.sourcePath;
  const images = (data.images = new Map());
  const issues: ContentIssue[] = [];
  visit(tree, "image", (node: Image) => {
    if (!isLocalImageSrc(node.url)) return;
    const at = { line: (data.bodyLine ?? 1) - 1 + (node.position?.start.line ?? 1), column: node.position?.start.column ?? 1 };
    const located = locateImage(node.url, sourcePath, root);
    if (!("asset" in located)) {
      issues.push({ file: sourcePath, ...at, message: located.message, fix: located.fix, text: located.text, severity: "error", rule: "image" });
      return;
    }
    const asset = located.asset;
    const url = IMAGE_URL_PREFIX + asset.original;
    images.set(url, asset);
    node.url = url;
    const props = ((node.data ??= {}).hProperties ??= {}) as Record<string, unknown>;
    const size = displaySize(asset, props.width as number | undefined, props.height as number | undefined);
    if (size) Object.assign(props, size);
  });
  if (issues.length > 0) throw (data.imageError = new ContentError(issues));
}

/** The size to reserve: the file's own, or the one the post asks for (`=250x`), keeping the aspect ratio. */
function displaySize(asset: ImageAsset, width?: number, height?: number): { width: number; height: number } | undefined {
  if (!asset.width || !asset.height) return width && height ? { width, height } : undefined;
  if (width && height) return { width, height };
  if (width) return { width, height: Math.round((asset.height * width) / asset.width) };
  if (height) return { width: Math.round((asset.width * height) / asset.height), height };
  return { width: asset.width, height: asset.height };
}

const element = (tagName: string, properties: Element["properties"], children: ElementContent[] = []): Element => ({ type: "element", tagName, properties, children });

/**
 * After sanitizing, in a post's body: every image decodes off the main thread; the first loads
 * at once, the others when scrolled near. A post's own image is offered as
 * AVIF and WebP and links to its full-size file (a larger view without script).
 */
export function rehypeImages(options: { basePath: string }) {
  return (tree: HastRoot, file: VFile) => {
    // A post's page, not an excerpt or a test's snippet: only the post's body has a file.
    if (!(file.data as ImageFileData).sourcePath) return;
    const images = (file.data as ImageFileData).images;
    let first = true;
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "img") return;
      Object.assign(node.properties, first ? { loading: "eager", fetchpriority: "high" } : { loading: "lazy" }, { decoding: "async" });
      first = false;
      const asset = typeof node.properties.src === "string" ? images?.get(node.properties.src) : undefined;
      if (!asset || !parent || index === undefined) return;
      const sources = asset.variants.map((v) => element("source", { type: v.type, srcSet: prefixRootRelative(IMAGE_URL_PREFIX + v.file, options.basePath) }));
      const picture = element("picture", {}, [...sources, node]);
      const inLink = parent.type === "element" && parent.tagName === "a";
      parent.children[index] = inLink ? picture : element("a", { href: IMAGE_URL_PREFIX + asset.original }, [picture]);
      return SKIP;
    });
  };
}
