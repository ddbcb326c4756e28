import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkOutputFolder, markOutputFolder, MARKERS, outputRefusal, projectFolders, type OutputFacts } from "./output-folder.mjs";

const root = "/home/editor/blog";
const facts = (folder: string, more: Partial<OutputFacts> = {}): OutputFacts => ({
  folder,
  root,
  protect: [...projectFolders(root), ["/data/posts", "the content folder"]],
  exists: false,
  isDirectory: false,
  empty: true,
  marked: false,
  marker: MARKERS.site,
  ...more,
});

describe("outputRefusal", () => {
  it("refuses the project folder and every folder holding it", () => {
    expect(outputRefusal(facts(root, { exists: true, isDirectory: true, empty: false, marked: true }))).toBe("it is the project folder");
    expect(outputRefusal(facts("/home/editor"))).toBe("it contains the project folder");
    expect(outputRefusal(facts("/"))).toBe("it contains the project folder");
  });

  it("refuses each of the project's own folders, what lies inside them and what holds them", () => {
    for (const name of ["content", "app", "public", ".git", "node_modules", "components", "lib", "scripts"]) {
      expect(outputRefusal(facts(`${root}/${name}`, { exists: true, isDirectory: true, empty: true }))).toBe(`it is the project's ${name}/ folder`);
      expect(outputRefusal(facts(`${root}/${name}/out`))).toBe(`it lies inside the project's ${name}/ folder`);
    }
    expect(outputRefusal(facts("/data/posts", { exists: true, isDirectory: true, marked: true }))).toBe("it is the content folder");
    expect(outputRefusal(facts("/data/posts/2025"))).toBe("it lies inside the content folder");
    expect(outputRefusal(facts("/data"))).toBe("it contains the content folder");
  });

  it("refuses a file, and a non-empty folder that carries no marker", () => {
    expect(outputRefusal(facts(`${root}/README.md`, { exists: true, isDirectory: false }))).toBe("it is a file, not a folder");
    expect(outputRefusal(facts(`${root}/drafts`, { exists: true, isDirectory: true, empty: false }))).toBe(
      "it is not empty and has no .yomu-site file, so yomu did not write it",
    );
  });

  it("accepts a new folder, an empty one and one a previous run marked, inside the project or not", () => {
    expect(outputRefusal(facts(`${root}/out`))).toBeUndefined();
    expect(outputRefusal(facts(`${root}/.e2e/static-seeds`, { exists: true, isDirectory: true, empty: true }))).toBeUndefined();
    expect(outputRefusal(facts(`${root}/out`, { exists: true, isDirectory: true, empty: false, marked: true }))).toBeUndefined();
    expect(outputRefusal(facts("/srv/www/blog", { exists: true, isDirectory: true, empty: false, marked: true }))).toBeUndefined();
  });

  it("does not take a sibling whose name starts with a protected folder's for that folder", () => {
    expect(outputRefusal(facts(`${root}/content-site`))).toBeUndefined();
    expect(outputRefusal(facts(`${root}/lib2`))).toBeUndefined();
  });
});

describe("checkOutputFolder", () => {
  let work: string;
  const make = () => {
    work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "yomu-guard-")));
    for (const name of ["content", "app", "lib"]) fs.mkdirSync(path.join(work, name));
    fs.writeFileSync(path.join(work, "content", "post.md"), "# post\n");
    return { root: work, protect: projectFolders(work), marker: MARKERS.site };
  };
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it("accepts a folder that does not exist yet, even below missing parents", () => {
    const options = make();
    expect(checkOutputFolder(path.join(work, "out"), options)).toBeUndefined();
    expect(checkOutputFolder(path.join(work, "build", "site", "out"), options)).toBeUndefined();
  });

  it("accepts an empty folder and one carrying the marker", () => {
    const options = make();
    fs.mkdirSync(path.join(work, "empty"));
    expect(checkOutputFolder(path.join(work, "empty"), options)).toBeUndefined();
    fs.mkdirSync(path.join(work, "out"));
    fs.writeFileSync(path.join(work, "out", "index.html"), "<p>old site</p>");
    markOutputFolder(path.join(work, "out"), MARKERS.site);
    expect(checkOutputFolder(path.join(work, "out"), options)).toBeUndefined();
  });

  it("refuses a folder with another output's marker", () => {
    const options = make();
    fs.mkdirSync(path.join(work, "corpus"));
    fs.writeFileSync(path.join(work, "corpus", "post-00001.md"), "# post\n");
    markOutputFolder(path.join(work, "corpus"), MARKERS.corpus);
    expect(checkOutputFolder(path.join(work, "corpus"), options)).toMatch(/has no \.yomu-site file/);
  });

  it("refuses the project, its folders and what holds it, however the path is written", () => {
    const options = make();
    expect(checkOutputFolder(work, options)).toBe("it is the project folder");
    expect(checkOutputFolder(path.join(work, "content", ".."), options)).toBe("it is the project folder");
    expect(checkOutputFolder(path.dirname(work), options)).toBe("it contains the project folder");
    expect(checkOutputFolder(path.join(work, "content"), options)).toBe("it is the project's content/ folder");
    expect(checkOutputFolder(path.join(work, "lib", "out"), options)).toBe("it lies inside the project's lib/ folder");
  });

  it("refuses a symbolic link to a protected folder, and a new folder below one", () => {
    const options = make();
    fs.symlinkSync(path.join(work, "content"), path.join(work, "site"));
    expect(checkOutputFolder(path.join(work, "site"), options)).toBe("it is the project's content/ folder");
    expect(checkOutputFolder(path.join(work, "site", "new", "out"), options)).toBe("it lies inside the project's content/ folder");
  });

  it("refuses a non-empty folder without the marker, unless the caller vouches for it", () => {
    const options = make();
    fs.mkdirSync(path.join(work, "mine"));
    fs.writeFileSync(path.join(work, "mine", "notes.txt"), "mine");
    expect(checkOutputFolder(path.join(work, "mine"), options)).toBe("it is not empty and has no .yomu-site file, so yomu did not write it");
    expect(fs.readdirSync(path.join(work, "mine"))).toEqual(["notes.txt"]);
    expect(checkOutputFolder(path.join(work, "mine"), { ...options, writtenBefore: (entries) => entries.includes("notes.txt") })).toBeUndefined();
  });

  it("refuses a file", () => {
    const options = make();
    fs.writeFileSync(path.join(work, "site.html"), "");
    expect(checkOutputFolder(path.join(work, "site.html"), options)).toBe("it is a file, not a folder");
  });
});
