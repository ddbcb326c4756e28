/**
 * What every reader of post Markdown must know about the notation of Zenn,
 * Qiita, note, Hatena Blog, Aozora Bunko and GitHub, in one pure module: the
 * renderer's plugins (./notation/) and the plain-text readers (excerpt, reading
 * time, search text, content check) recognise the same lines and inlines.
 *
 * Inline: `notationText` turns notation into the text a reader sees
 * (ruby → its base text, `$E=mc^2$` → its TeX source `E=mc^2`).
 * Blocks: one recogniser per line kind (container fences, `$$` fences,
 * `@[service](target)` embeds, `> [!NOTE]` alert markers, bare-URL card lines)
 * and `codeInfo` for a fenced code block's info string.
 */

// --- containers ---------------------------------------------------------------

/** The `:::name` containers posts may use; `message` takes an optional `alert`, Qiita's `note` `info`, `warn` or `alert`. */
export const CONTAINER_NAMES = ["message", "details", "note"] as const;
export type ContainerName = (typeof CONTAINER_NAMES)[number];

export const isContainerName = (name: string): name is ContainerName => (CONTAINER_NAMES as readonly string[]).includes(name);

export interface ContainerOpen {
  /** Number of colons; a closing line needs at least as many. */
  colons: number;
  name: string;
  /** The rest of the line, trimmed: `alert`, or a details title. */
  args: string;
}

/**
 * Whether a fence line's name and args open a container: `message` takes
 * nothing or `alert` (as on Zenn, where `:::message 見出し` stays text).
 */
export const opensContainer = (name: string, args: string) => name !== "message" || args === "" || args === "alert";

/** `:::message alert`, `::: message`, `::::details タイトル` (up to three spaces of indent). */
export function containerOpen(line: string): ContainerOpen | undefined {
  const m = /^ {0,3}(:{3,})[ \t]*([A-Za-z0-9_-]+)(?:[ \t]+(.*?))?[ \t]*$/.exec(line);
  if (!m) return undefined;
  const open = { colons: m[1].length, name: m[2], args: (m[3] ?? "").trim() };
  return opensContainer(open.name, open.args) ? open : undefined;
}

/** A line written as a `:::message` fence that opens nothing (`:::message 見出し`): its args. */
export function messageFenceArgs(line: string): string | undefined {
  const m = /^ {0,3}:{3,}[ \t]*message[ \t]+(.*?)[ \t]*$/.exec(line);
  return m && !opensContainer("message", m[1]) ? m[1] : undefined;
}

/** A closing line `:::` (or more colons): the number of colons. It closes an open container with at most as many. */
export function containerClose(line: string): number | undefined {
  const m = /^ {0,3}(:{3,})[ \t]*$/.exec(line);
  return m ? m[1].length : undefined;
}

// --- GitHub alerts ------------------------------------------------------------

export const ALERT_LABELS = { note: "注記", tip: "ヒント", important: "重要", warning: "警告", caution: "注意" } as const;
export type AlertKind = keyof typeof ALERT_LABELS;

/** Qiita's `:::note info|warn|alert` (info when none is given), shown as the GitHub alert of that colour with a Japanese label. */
export function qiitaNote(args: string): { kind: AlertKind; label: string } {
  const kind = args.split(/\s+/)[0];
  if (kind === "warn") return { kind: "warning", label: "注意" };
  if (kind === "alert") return { kind: "caution", label: "警告" };
  return { kind: "note", label: "補足" };
}

/** The marker `[!NOTE]` that opens a GitHub alert: alone on the first line of a blockquote, any case. */
export function alertKind(markerText: string): AlertKind | undefined {
  const m = /^\[!(note|tip|important|warning|caution)\][ \t]*$/i.exec(markerText);
  return m ? (m[1].toLowerCase() as AlertKind) : undefined;
}

/** A blockquote line `> [!WARNING]` → `{ kind: "warning", label: "警告" }`. */
export function alertMarkerLine(line: string): { kind: AlertKind; label: string } | undefined {
  const m = /^ {0,3}>[ \t]?(.*)$/.exec(line);
  const kind = m ? alertKind(m[1].trim()) : undefined;
  return kind ? { kind, label: ALERT_LABELS[kind] } : undefined;
}

// --- math -----------------------------------------------------------------------

/** A `$$` line that opens or closes display math. */
export function isMathFence(line: string): boolean {
  return /^ {0,3}\${2,}[ \t]*$/.test(line);
}

export interface InlineMath {
  /** Offsets of the opening and (one past) the closing `$` in the text. */
  start: number;
  end: number;
  /** The TeX source between the dollars. */
  tex: string;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * Inline math in one line of text, by the rule ./notation/math-syntax.ts
 * applies (Pandoc's): the opening `$` has a non-space right after it, the
 * closing `$` a non-space right before it and no digit right after it; the
 * formula ends at its first `$` that is not escaped, so `$5 and $10` is prose.
 * `$$x$$` in a sentence follows the same rule with two dollars.
 */
export function findInlineMath(text: string): InlineMath[] {
  if (!text.includes("$")) return [];
  const found: InlineMath[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    // `$$x$$` in a sentence: the same rule with two dollars (display math, ./notation/math.ts).
    const size = c === "$" && text[i + 1] === "$" ? 2 : 1;
    if (c !== "$" || text[i + size] === "$" || isSpace(text[i + size]) || text[i - 1] === "$") {
      i++;
      continue;
    }
    let j = i + size;
    let end = -1;
    while (j < text.length && text[j] !== "\n") {
      if (text[j] === "\\") {
        j += 2;
        continue;
      }
      if (text[j] === "$") {
        const closes = size === 1 || text[j + 1] === "$";
        if (closes && !isSpace(text[j - 1]) && !/[0-9]/.test(text[j + size] ?? "")) end = j;
        break;
      }
      j++;
    }
    if (end < 0) {
      i += size;
      continue;
    }
    found.push({ start: i, end: end + size, tex: text.slice(i + size, end) });
    i = end + size;
  }
  return found;
}

// --- ruby -----------------------------------------------------------------------

/** Characters that form a ruby base without `｜`: kanji and the marks written with them. */
const KANJI = "\\p{Script=Han}々〆〇ヶ";

/**
 * `｜東京《とうきょう》` (base from the bar, full- or half-width, to `《`) or
 * `漢字《かんじ》` (base: the run of kanji right before `《`), as in Aozora
 * Bunko, Kakuyomu and Narou. A reading is 1–50 characters without `《》`.
 */
export const RUBY = new RegExp(`[｜|]([^｜|《》\\n]{1,50})《([^《》\\n]{1,50})》|([${KANJI}]{1,50})《([^《》\\n]{1,50})》`, "gu");

export type RubyPart = string | { base: string; reading: string };

/** Text split into plain runs and ruby. */
export function splitRuby(text: string): RubyPart[] {
  // Most text has no ruby: the expression's kanji runs would be tried at every kanji.
  if (!text.includes("《")) return text ? [text] : [];
  const parts: RubyPart[] = [];
  let last = 0;
  for (const m of text.matchAll(new RegExp(RUBY))) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ base: m[1] ?? m[3], reading: m[2] ?? m[4] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

// --- embeds and link cards --------------------------------------------------------

/** `@[youtube](id)` alone on a line: the service and what follows it. */
export function embedLine(line: string): { service: string; target: string } | undefined {
  const m = /^ {0,3}@\[([A-Za-z]+)\]\(([^()\s]+)\)[ \t]*$/.exec(line);
  return m ? { service: m[1].toLowerCase(), target: m[2] } : undefined;
}

/** A bare http(s) URL alone on a line (a link card). */
export function cardUrlLine(line: string): string | undefined {
  const m = /^ {0,3}<?(https?:\/\/[^\s<>]+?)>?[ \t]*$/.exec(line);
  return m ? m[1] : undefined;
}

// --- code blocks ------------------------------------------------------------------

export interface CodeInfo {
  /** The language for highlighting, or "" for none. */
  lang: string;
  /** `ts:path/to/file.ts` → `path/to/file.ts`. */
  filename?: string;
  /** `diff ts` / `diff_ts`: lines starting with + and - are added and removed lines. */
  diff: boolean;
}

/**
 * A fenced code block's info string, as Zenn and Qiita read it:
 * `ts`, `ts:path/to/file.ts`, `:file.txt`, `diff`, `diff ts`, `diff ts:file.ts`, `diff_ts`.
 * Everything after the first colon is the file name, spaces included (`bash:nest g コマンド一覧`).
 * `diff` alone is a diff without another language.
 */
export function codeInfo(info: string): CodeInfo {
  const trimmed = info.trim();
  const colon = trimmed.indexOf(":");
  const filename = colon >= 0 ? trimmed.slice(colon + 1).trim() : "";
  const words = (colon >= 0 ? trimmed.slice(0, colon) : trimmed).split(/\s+/).filter(Boolean);
  let diff = words.includes("diff");
  let lang = diff ? (words.find((w) => w !== "diff") ?? "") : (words[0] ?? "");
  if (!diff && /^diff_./.test(lang)) {
    diff = true;
    lang = lang.slice(5);
  }
  if (diff && !lang) return { lang: "diff", ...(filename ? { filename } : {}), diff: false };
  return { lang, ...(filename ? { filename } : {}), diff };
}

// --- diagrams ---------------------------------------------------------------------

/** Fence languages drawn as diagrams at build time (./notation/diagrams.ts). */
export function isDiagramLang(lang: string | null | undefined): boolean {
  return lang === "mermaid";
}

/** The opening fence of a diagram: ```` ```mermaid ````. */
export function isDiagramFence(line: string): boolean {
  const m = /^ {0,3}(?:`{3,}|~{3,})[ \t]*([^\s`]*)/.exec(line);
  return m !== null && isDiagramLang(m[1]);
}

const DIAGRAM_WORDS = new Set(
  ("graph flowchart TD TB BT LR RL subgraph end direction participant actor as note Note over left right of loop alt else opt par and critical break rect " +
    "autonumber activate deactivate state class classDiagram sequenceDiagram stateDiagram stateDiagram-v2 erDiagram PK FK UK").split(" "),
);
/** Lines that style or link a diagram, with no words of their own. */
const DIAGRAM_STYLE_LINE = /^\s*(?:style|classDef|linkStyle|click|%%)/;

/**
 * The words a reader sees in a diagram, for search: its labels and names,
 * without arrows, brackets and keywords.
 */
export function diagramText(source: string): string {
  return source
    .split(/\r?\n/)
    .filter((line) => !DIAGRAM_STYLE_LINE.test(line) && !/^\s*---\s*$/.test(line))
    .map((line) =>
      line
        .replace(/^\s*(?:title|accTitle|accDescr)\s*:/, " ")
        .replace(/:::\w+/g, " ")
        .replace(/<br\s*\/?>/gi, " ")
        .replace(/\[\*\]|[-=.ox]*[-=.]{2,}[>xo)]*|-{1,2}>>?|<[-=.|]+|[|{}()[\]"<>:;]|\b[|}o][|o]--|--[|o][|{o]/g, " ")
        .split(/\s+/)
        .filter((w) => w !== "" && !DIAGRAM_WORDS.has(w))
        .join(" "),
    )
    .filter(Boolean)
    .join(" ");
}

// --- plain text -------------------------------------------------------------------

/**
 * The text a reader sees for a run of inline Markdown text: ruby → its base,
 * inline math → its TeX source, an embed line → nothing.
 */
export function notationText(text: string): string {
  if (embedLine(text)) return "";
  let out = "";
  let last = 0;
  for (const m of findInlineMath(text)) {
    out += text.slice(last, m.start) + m.tex;
    last = m.end;
  }
  out += text.slice(last);
  return splitRuby(out)
    .map((p) => (typeof p === "string" ? p : p.base))
    .join("");
}

// --- embed services -----------------------------------------------------------------

interface EmbedService {
  /** Shown on the card. */
  label: string;
  /** The card's title when no title is known. */
  kind: string;
  /** The page the card links to, from the id or URL after the service name; undefined when invalid. */
  url: (target: string) => string | undefined;
}

const httpUrl = (target: string) => (/^https?:\/\/[^\s]+$/i.test(target) && URL.canParse(target) ? new URL(target).href : undefined);
const byId = (pattern: RegExp, make: (id: string) => string) => (target: string) => (pattern.test(target) ? make(target) : undefined);

/** Zenn's `@[service](…)` embeds yomu renders, each as a link card (no third-party request until a reader follows it). */
export const EMBED_SERVICES: Record<string, EmbedService> = {
  youtube: {
    label: "YouTube",
    kind: "YouTube の動画",
    url: (t) => byId(/^[\w-]{6,20}$/, (id) => `https://www.youtube.com/watch?v=${id}`)(t) ?? httpUrl(t),
  },
  speakerdeck: { label: "Speaker Deck", kind: "Speaker Deck のスライド", url: (t) => byId(/^[\w-]{1,64}$/, (id) => `https://speakerdeck.com/player/${id}`)(t) ?? httpUrl(t) },
  slideshare: {
    label: "SlideShare",
    kind: "SlideShare のスライド",
    url: (t) => byId(/^[\w-]{1,64}$/, (key) => `https://www.slideshare.net/slideshow/embed_code/key/${key}`)(t) ?? httpUrl(t),
  },
  docswell: { label: "Docswell", kind: "Docswell のスライド", url: httpUrl },
  figma: { label: "Figma", kind: "Figma のデザイン", url: httpUrl },
  codepen: { label: "CodePen", kind: "CodePen のデモ", url: httpUrl },
  codesandbox: { label: "CodeSandbox", kind: "CodeSandbox のデモ", url: httpUrl },
  stackblitz: { label: "StackBlitz", kind: "StackBlitz のデモ", url: httpUrl },
  jsfiddle: { label: "JSFiddle", kind: "JSFiddle のデモ", url: httpUrl },
  gist: { label: "GitHub Gist", kind: "GitHub Gist", url: httpUrl },
  github: { label: "GitHub", kind: "GitHub", url: httpUrl },
  tweet: { label: "X (Twitter)", kind: "X (Twitter) の投稿", url: httpUrl },
  x: { label: "X (Twitter)", kind: "X (Twitter) の投稿", url: httpUrl },
  blueprintue: { label: "blueprintUE", kind: "blueprintUE のブループリント", url: httpUrl },
  card: { label: "", kind: "", url: httpUrl },
};

/** The service of a bare URL whose card Zenn shows as that service's embed: a tweet, a YouTube video, a GitHub file. */
export function bareUrlService(url: string): EmbedService | undefined {
  if (/^https:\/\/(twitter|x)\.com\/[\w-]+\/status\/[\w?=&-]+$/.test(url)) return EMBED_SERVICES.tweet;
  if (/^https?:\/\/youtu\.be\/[\w-]+(?:\?[\w=&-]+)?$/.test(url) || /^https?:\/\/(?:www\.)?youtube\.com\/watch\?[\w=&-]+$/.test(url)) return EMBED_SERVICES.youtube;
  if (/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[^\s#?]+(?:#L\d+(?:-L\d+)?)?$/.test(url)) return EMBED_SERVICES.github;
  return undefined;
}

/** `@[youtube](id)` → the service and the URL its card links to; undefined for an unknown service or a bad target. */
export function embedTarget(service: string, target: string): { service: EmbedService; url: string } | undefined {
  const known = Object.hasOwn(EMBED_SERVICES, service) ? EMBED_SERVICES[service] : undefined;
  const url = known?.url(target);
  return known && url ? { service: known, url } : undefined;
}
