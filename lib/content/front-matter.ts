/**
 * Splits a post into front matter and body, Jekyll's way, and parses the YAML
 * keeping every node's position, so that any problem can be reported as
 * `line:column` of the file (not of the YAML block). Pure.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Pair } from "yaml";
import { said, t, verbatim, type IssueText, type Phrase } from "../messages";

export interface Position {
  /** 1-based line in the file. */
  line: number;
  /** 1-based column (UTF-16 code units, as editors count them). */
  column: number;
}

export interface FrontMatterProblem extends Position {
  severity: "error" | "warning";
  message: string;
  fix: string;
  text: IssueText;
}

export interface FrontMatterBlock {
  /** `false` when the file has no front matter block at all. */
  present: boolean;
  /** The mapping, or `undefined` when the block could not be read. */
  data: Record<string, unknown> | undefined;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  problems: FrontMatterProblem[];
  /** Where the value at `path` starts (falls back to its key, then to the block). */
  positionOf(path: readonly PropertyKey[]): Position;
  /** Where `key:` is written, if it is. */
  keyPosition(key: string): Position | undefined;
}

/** YAML errors described one by one; a block with more gets one line counting the rest. */
const MAX_YAML_PROBLEMS = 20;

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const TOP: Position = { line: 1, column: 1 };

/** Removes a UTF-8 byte-order mark and turns CRLF/CR line endings into LF. */
export function normalizeSource(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** `source` must already be normalized (LF line endings, no BOM). */
export function readFrontMatter(source: string): FrontMatterBlock {
  const lines = source.split("\n");
  const noBlock = (problems: FrontMatterProblem[] = []): FrontMatterBlock => ({
    present: false,
    data: problems.length ? undefined : {},
    body: source,
    bodyLine: 1,
    problems,
    positionOf: () => TOP,
    keyPosition: () => undefined,
  });
  if (!OPEN.test(lines[0] ?? "")) return noBlock();

  const close = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
  if (close < 0) {
    return noBlock([
      {
        ...TOP,
        severity: "error",
        ...said(t("fm.unclosed"), t("fm.unclosed.fix")),
      },
    ]);
  }

  // The YAML text starts on file line 2; line numbers of the block map to file lines by +1.
  const yamlText = lines.slice(1, close).join("\n") + "\n";
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, schema: "core", uniqueKeys: false, prettyErrors: false });
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(Math.min(offset, Math.max(0, yamlText.length - 1)));
    return { line: p.line + 1, column: p.col };
  };
  const body = lines.slice(close + 1).join("\n");
  const bodyLine = close + 2;
  const problems: FrontMatterProblem[] = [];
  const seenLines = new Set<number>();

  for (const e of doc.errors) {
    // Describing an error reads the text before it: past a screenful, count the rest instead.
    if (problems.length === MAX_YAML_PROBLEMS) {
      problems.push({
        ...at(e.pos[0]),
        severity: "error",
        ...said(t("fm.more-errors", { count: doc.errors.length - MAX_YAML_PROBLEMS }), t("fm.more-errors.fix")),
      });
      break;
    }
    const described = describeYamlError(e.code, e.message, yamlText, e.pos[0]);
    const pos = described.offset !== undefined ? at(described.offset) : at(e.pos[0]);
    if (seenLines.has(pos.line)) continue;
    seenLines.add(pos.line);
    problems.push({ ...pos, severity: "error", ...said(described.message, described.fix) });
  }

  let keyPositions: Map<string, Position> | undefined;
  const keyPosition = (key: string): Position | undefined => {
    if (!keyPositions) {
      keyPositions = new Map();
      for (const pair of topPairs(doc)) {
        const range = (pair.key as { range?: [number, number, number] } | undefined)?.range;
        const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (name !== undefined && range && !keyPositions.has(name)) keyPositions.set(name, at(range[0]));
      }
    }
    return keyPositions.get(key);
  };
  const positionOf = (path: readonly PropertyKey[]): Position => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === "object" && node.range && node.range[1] > node.range[0]) return at(node.range[0]);
      if (n === 1) {
        const key = keyPosition(String(path[0]));
        if (key) return key;
      }
    }
    return TOP;
  };

  if (problems.length > 0) {
    return { present: true, data: undefined, body, bodyLine, problems, positionOf, keyPosition };
  }

  if (doc.contents !== null && !isMap(doc.contents)) {
    problems.push({
      ...at(0),
      severity: "error",
      ...said(t("fm.not-mapping"), t("fm.not-mapping.fix")),
    });
    return { present: true, data: undefined, body, bodyLine, problems, positionOf, keyPosition };
  }

  const seenKeys = new Map<string, Position>();
  for (const pair of topPairs(doc)) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const range = (pair.key as { range?: [number, number, number] }).range;
    const pos = range ? at(range[0]) : TOP;
    const first = seenKeys.get(key);
    if (first) {
      problems.push({
        ...pos,
        severity: "warning",
        ...said(t("fm.duplicate-key", { key, line: first.line }), t("fm.duplicate-key.fix", { key })),
      });
    } else {
      seenKeys.set(key, pos);
    }
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    problems.push({
      ...TOP,
      severity: "error",
      ...said(t("fm.unreadable", { detail: verbatim((e as Error).message) }), t("fm.unreadable.fix")),
    });
    return { present: true, data: undefined, body, bodyLine, problems, positionOf, keyPosition };
  }
  return {
    present: true,
    data: (data ?? {}) as Record<string, unknown>,
    body,
    bodyLine,
    problems,
    positionOf,
    keyPosition,
  };
}

function topPairs(doc: Document): Pair[] {
  return isMap(doc.contents) ? (doc.contents.items as Pair[]) : [];
}

/** Turns the YAML library's wording into what an editor needs, and where to look. */
function describeYamlError(
  code: string,
  message: string,
  yamlText: string,
  offset: number,
): { message: Phrase; fix: Phrase; offset?: number } {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  if (code === "MISSING_CHAR" && /quote/.test(first)) {
    const quote = first.includes("'") ? "'" : '"';
    return {
      message: t("yaml.unclosed-quote", { quote }),
      fix: quote === '"' ? t("yaml.unclosed-quote.fix.double") : t("yaml.unclosed-quote.fix.single"),
      offset: openingQuote(yamlText, quote, offset),
    };
  }
  if (code === "BLOCK_AS_IMPLICIT_KEY" || /compact mappings|Implicit map keys/.test(first)) {
    return {
      message: t("yaml.colon-in-value"),
      fix: t("yaml.colon-in-value.fix"),
    };
  }
  if (code === "TAB_AS_INDENT") {
    return { message: t("yaml.tab"), fix: t("yaml.tab.fix") };
  }
  if (code === "DUPLICATE_KEY") {
    return { message: t("yaml.duplicate-key"), fix: t("yaml.duplicate-key.fix") };
  }
  if (/flow (sequence|collection|mapping)|end with a [\]}]/i.test(first)) {
    return {
      message: t("yaml.unclosed-bracket"),
      fix: t("yaml.unclosed-bracket.fix"),
      offset: openingBracket(yamlText, offset),
    };
  }
  return {
    message: t("yaml.invalid", { detail: verbatim(first) }),
    fix: t("yaml.invalid.fix"),
  };
}

/** The start of the last value before `offset` that opens `quote` and does not close it. */
function openingQuote(yamlText: string, quote: string, offset: number): number | undefined {
  const lines = yamlText.slice(0, offset).split("\n");
  let start = 0;
  let found: number | undefined;
  for (const line of lines) {
    const m = new RegExp(`:\\s+${quote}`).exec(line);
    if (m) {
      const rest = line.slice(m.index + m[0].length);
      const closed = quote === '"' ? /(^|[^\\])"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ""));
      if (!closed) found = start + m.index + m[0].length - 1;
    }
    start += line.length + 1;
  }
  return found;
}

function openingBracket(yamlText: string, offset: number): number | undefined {
  const lines = yamlText.slice(0, offset).split("\n");
  let start = 0;
  let found: number | undefined;
  for (const line of lines) {
    const m = /:\s+([[{])/.exec(line);
    if (m) {
      const open = m[1];
      const closeChar = open === "[" ? "]" : "}";
      if (!line.includes(closeChar, m.index)) found = start + m.index + m[0].length - 1;
    }
    start += line.length + 1;
  }
  return found;
}
