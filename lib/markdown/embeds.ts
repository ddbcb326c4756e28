/**
 * `<iframe>` embeds: kept only when their `src` is https on a host listed in
 * the site's `embedHosts`, and then with a fixed, minimal set of attributes
 * (sandboxed, lazy, no `srcdoc`, no editor-chosen permissions). Every other
 * iframe is removed. Shared by the `.md` (after rehype-sanitize) and `.mdx` paths.
 */
import type { Element, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";

/** Attributes an allowed iframe gets, whatever the post wrote. */
export const EMBED_ATTRIBUTES = {
  sandbox: "allow-scripts allow-same-origin allow-presentation allow-popups",
  allow: "encrypted-media; picture-in-picture; fullscreen",
  referrerPolicy: "strict-origin-when-cross-origin",
  loading: "lazy",
} as const;

/**
 * An allowlist entry as `URL.host` spells it: lower case, punycode, and the
 * port only when it is not 443 ("www.youtube.com:443" is "www.youtube.com").
 * An entry that is more than `host[:port]` (a path, credentials) matches nothing.
 */
function entryHost(entry: string): string | undefined {
  if (/[/?#@\\\s]/.test(entry.trim())) return undefined;
  try {
    return new URL(`https://${entry.trim()}`).host;
  } catch {
    return undefined;
  }
}

/**
 * The embed URL when it is allowed, else undefined. Host and port must both
 * match an entry: an entry without a port allows only the default port.
 */
export function allowedEmbedSrc(src: unknown, hosts: readonly string[]): string | undefined {
  if (typeof src !== "string" || hosts.length === 0) return undefined;
  let url: URL;
  try {
    url = new URL(src.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" || url.username || url.password) return undefined;
  return hosts.some((h) => entryHost(h) === url.host) ? url.href : undefined;
}

function dimension(value: unknown): string | undefined {
  const s = String(value ?? "");
  return /^\d{1,4}%?$/.test(s) ? s : undefined;
}

/** The safe attribute set for an allowed iframe (hast property names). */
export function embedProperties(src: string, props: Record<string, unknown>): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = { src, ...EMBED_ATTRIBUTES, allowFullScreen: true };
  const width = dimension(props.width);
  const height = dimension(props.height);
  if (width) out.width = width;
  if (height) out.height = height;
  if (typeof props.title === "string" && props.title.trim()) out.title = props.title.trim();
  else out.title = "埋め込みコンテンツ";
  return out;
}

/** rehype plugin, run after rehype-sanitize; `hosts` is the embed allowlist. */
export function rehypeEmbeds(options: { hosts: readonly string[] }) {
  const { hosts } = options;
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "iframe" || !parent || index === undefined) return;
      const src = allowedEmbedSrc(node.properties?.src, hosts);
      if (!src) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      node.properties = embedProperties(src, node.properties ?? {});
      node.children = [];
      return SKIP;
    });
  };
}
