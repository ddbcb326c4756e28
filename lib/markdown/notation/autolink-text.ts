/**
 * A URL written as a link of itself (`https://…` bare, `<https://…>`) shows its
 * percent-encoded letters decoded, as Zenn (markdown-it's normalizeLinkText)
 * and browsers' address bars show them: `…/wiki/%E8%AA%8D%E8%A8%BC` reads
 * `…/wiki/認証`. The href stays as written. Escapes that would change what the
 * URL means when read back (`%2F`, `%23`, `%25`, …) stay encoded.
 */
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

/** Kept encoded, as markdown-it keeps them (mdurl.decode.defaultChars and `%`). */
const RESERVED = new Set([...";/?:@&=+$,#%"].map((c) => c.charCodeAt(0)));
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
const sequenceLength = (byte: number) => (byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0);

/** Decodes a run of `%XX` escapes; what is not valid UTF-8 or is reserved stays as written. */
function decodeRun(run: string): string {
  const bytes = run.match(/%[0-9a-f]{2}/gi)!.map((e) => parseInt(e.slice(1), 16));
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes[i]);
    const slice = bytes.slice(i, i + length);
    let text: string | undefined;
    if (length === 1) text = RESERVED.has(bytes[i]) || bytes[i] < 0x20 || bytes[i] === 0x7f ? undefined : String.fromCharCode(bytes[i]);
    else if (length > 1 && slice.length === length) {
      try {
        text = utf8.decode(new Uint8Array(slice));
      } catch {
        text = undefined;
      }
    }
    if (text === undefined) {
      out += run.slice(i * 3, i * 3 + 3);
      i++;
    } else {
      out += text;
      i += length;
    }
  }
  return out;
}

export function decodeLinkText(url: string): string {
  return url.includes("%") ? url.replace(/(?:%[0-9a-f]{2})+/gi, decodeRun) : url;
}

export function remarkAutolinkText() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? "");
    visit(tree, "link", (node) => {
      const text = node.children[0];
      if (node.children.length !== 1 || text.type !== "text" || !text.value.includes("%")) return;
      // A link written `[text](url)` shows its text as written; an autolink starts with `<` or the URL.
      const offset = node.position?.start.offset;
      if (offset === undefined || source[offset] === "[" || toString(node) !== text.value) return;
      text.value = decodeLinkText(text.value);
    });
  };
}
