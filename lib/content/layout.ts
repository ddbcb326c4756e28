/**
 * Content layouts: which files of the content folder are posts. yomu's own
 * folder (every Markdown file), a Zenn CLI repository (`articles/*.md`; `books/`
 * are series, `images/` are images) or a Qiita CLI repository (`public/**.md`;
 * `.remote/` and other dot folders are not posts). The layout only chooses files
 * and tells the one post schema which front-matter rules apply (./schema.ts).
 */
import fs from "node:fs";
import path from "node:path";

export const LAYOUTS = ["yomu", "zenn", "qiita"] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export type LayoutSetting = LayoutName | "auto";

export interface DetectedLayout {
  name: LayoutName;
  /** Why: "set by CONTENT_LAYOUT", "articles/ found", …, for the build's first line. */
  reason: string;
  /** The folders whose Markdown files are posts (absolute). */
  postDirs: string[];
  /** Only the files directly in the post folders (Zenn reads `articles/*.md`, not subfolders). */
  flat: boolean;
  /** File names that are posts in this layout. */
  postFile: RegExp;
}

export const LAYOUT_NAMES: Record<LayoutName, string> = {
  yomu: "yomu content folder",
  zenn: "Zenn CLI repository",
  qiita: "Qiita CLI repository",
};

const isDir = (p: string) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() === true;
const isFile = (p: string) => fs.statSync(p, { throwIfNoEntry: false })?.isFile() === true;

/** The layout `setting` names, or the one `dir` looks like. */
export function detectLayout(dir: string, setting: LayoutSetting = "auto", settingName = "the content layout setting"): DetectedLayout {
  const make = (name: LayoutName, reason: string): DetectedLayout => {
    if (name === "zenn") return { name, reason, postDirs: [path.join(dir, "articles")], flat: true, postFile: /\.md$/i };
    if (name === "qiita") return { name, reason, postDirs: [path.join(dir, "public")], flat: false, postFile: /\.md$/i };
    return { name, reason, postDirs: [dir], flat: false, postFile: /\.(md|mdx|markdown)$/i };
  };
  if (setting !== "auto") return make(setting, `set by ${settingName}`);
  if (isDir(path.join(dir, "articles"))) return make("zenn", isDir(path.join(dir, "books")) ? "articles/ and books/ found" : "articles/ found");
  if (isDir(path.join(dir, "books")) && !hasMarkdownAtTop(dir)) return make("zenn", "books/ found");
  if (isDir(path.join(dir, "public"))) {
    const sign = [".remote", "qiita.config.json"].find((name) => fs.existsSync(path.join(dir, name)));
    if (sign) return make("qiita", `public/ and ${sign} found`);
    if (hasMarkdownAtTop(path.join(dir, "public")) && !hasMarkdownAtTop(dir)) return make("qiita", "public/*.md found");
  }
  return make("yomu", "every Markdown file is a post");
}

function hasMarkdownAtTop(dir: string): boolean {
  try {
    return fs.readdirSync(dir).some((name) => /\.(md|mdx|markdown)$/i.test(name) && !/^readme\./i.test(name) && isFile(path.join(dir, name)));
  } catch {
    return false;
  }
}

/** The layout setting from CONTENT_LAYOUT or site.config.ts, checked. */
export function layoutSetting(env: string | undefined, configured: LayoutSetting | undefined): { setting: LayoutSetting; name: string } {
  if (env) {
    const value = env.trim().toLowerCase();
    if (value === "auto" || (LAYOUTS as readonly string[]).includes(value)) return { setting: value as LayoutSetting, name: "CONTENT_LAYOUT" };
    throw new Error(`CONTENT_LAYOUT="${env}" is not a content layout — write one of auto, ${LAYOUTS.join(", ")}`);
  }
  return { setting: configured ?? "auto", name: "content.layout in site.config.ts" };
}

/** One line for the build's output: `content: ../zenn (Zenn CLI repository: articles/ found)`. */
export function describeLayout(shownDir: string, layout: DetectedLayout): string {
  return `content: ${shownDir} (${LAYOUT_NAMES[layout.name]}: ${layout.reason})`;
}
