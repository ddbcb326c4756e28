/**
 * Where a thread's CPU went, from a V8 `.cpuprofile` (`node --cpu-prof`): self
 * time by area of the build (Markdown parsing, search index, feeds, …) and by
 * the yomu function that asked for it. The static exporter runs a bundle
 * (scripts/export/bundle.mjs) whose `// node_modules/…` and `// lib/…` region
 * comments tell which package or file a function of it came from.
 */
import fs from "node:fs";

/** Areas by package or file: the first pattern that matches a frame's module names its area. */
export const AREAS = [
  ["Markdown parse (micromark)", /^(micromark|mdast-util-from-markdown|remark-parse|decode-named-character-reference|character-entities)/],
  ["syntax highlighting", /^(lowlight|highlight\.js|rehype-highlight)/],
  ["KaTeX", /^katex/],
  ["diagrams (beautiful-mermaid)", /^beautiful-mermaid/],
  ["HTML re-parse (parse5)", /^(parse5|hast-util-raw|hast-util-from-parse5)/],
  ["sanitizing", /^(hast-util-sanitize|rehype-sanitize)/],
  ["Markdown → HTML transforms", /^(unist-|mdast-|hast-|remark-|rehype-|unified|trough|vfile|hastscript|property-information|github-slugger|zwitch|lib\/markdown|lib\/reading|lib\/text)/],
  ["MDX", /^(@mdx-js|next-mdx-remote|acorn|estree-|astring|micromark-extension-mdx)/],
  ["search index", /^lib\/search/],
  ["feeds", /^lib\/feed/],
  ["share images (satori, sharp)", /^(satori|sharp|@resvg|yoga|lib\/share-image|parseCmapTable)/],
  ["front matter, checks (yaml, zod, lib/content)", /^(yaml|zod|lib\/content|lib\/check|lib\/config)/],
  ["React rendering", /^(react|react-dom|scheduler|components\/|app\/)/],
  ["page fingerprints, export", /^(lib\/export|scripts\/export\/render|lib\/build-cache)/],
  ["loading code", /^(node:vm|runInContext|compileFunction|scripts\/export\/load-renderer|node:internal\/modules|compileForInternalLoader|node:internal\/bootstrap)/],
  ["hashing", /^node:internal\/crypto/],
  ["gzip", /^node:zlib|^(processChunk|zlib)/],
  ["files (read, write, mkdir)", /^(node:fs|node:internal\/fs|readFileUtf8|writeFileUtf8|writeBuffer|read|open|openFileHandle|close|mkdir|rename|lstat|stat|realpath|writeSync|readSync)$|^node:fs|^node:internal\/fs/],
  ["garbage collection", /^\(garbage collector\)$/],
  ["idle (waiting)", /^\(idle\)$/],
];

/** Region comments of a bundle: [line, module] sorted by line. */
function regionsOf(file) {
  const regions = [];
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return regions;
  }
  let line = 0;
  for (const l of text.split("\n")) {
    const m = /^\/\/ ([a-zA-Z@._-]+\/\S+)$/.exec(l);
    if (m) regions.push([line, m[1]]);
    line++;
  }
  return regions;
}

/** The module a frame belongs to: `node_modules/x/…` → `x…`, `/repo/lib/a.ts` → `lib/a.ts`, or the native name. */
export function makeModuleOf(root) {
  const bundles = new Map();
  return (callFrame) => {
    const url = callFrame.url;
    if (!url) return callFrame.functionName || "(native)";
    let name = url;
    if (/\/renderer-[^/]*\.cjs$/.test(url)) {
      const file = url.replace(/^file:\/\//, "");
      let regions = bundles.get(file);
      if (!regions) bundles.set(file, (regions = regionsOf(file)));
      name = "scripts/export/bundle";
      let lo = 0;
      let hi = regions.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (regions[mid][0] <= callFrame.lineNumber) {
          name = regions[mid][1];
          lo = mid + 1;
        } else hi = mid - 1;
      }
    } else {
      name = url.replace(/^file:\/\//, "");
      if (name.startsWith(root + "/")) name = name.slice(root.length + 1);
    }
    return name.replace(/^(?:.*\/)?node_modules\//, "");
  };
}

export function areaOf(module) {
  for (const [area, pattern] of AREAS) if (pattern.test(module)) return area;
  return "other";
}

/**
 * One profile's summary: total sampled ms, self ms by area, and ms by the innermost
 * yomu function (`lib/…`, `app/…`, `components/…`, `scripts/…`) on the stack, the
 * library code it called included: what of yomu's own asks for the time.
 */
export function summarize(profile, { root = process.cwd() } = {}) {
  const moduleOf = makeModuleOf(root);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
    totalUs += dt;
  });
  const areas = new Map();
  const owners = new Map();
  const add = (map, key, us) => map.set(key, (map.get(key) ?? 0) + us);
  for (const [id, us] of selfUs) {
    const area = areaOf(moduleOf(byId.get(id).callFrame));
    add(areas, area, us);
    let owner = `(no yomu function: ${area})`;
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur).callFrame;
      const module = moduleOf(frame);
      if (/^(lib|app|components|scripts)\//.test(module) && module !== "scripts/export/bundle") {
        owner = `${module}: ${frame.functionName || "(anonymous)"}`;
        break;
      }
    }
    add(owners, owner, us);
  }
  const ms = (us) => Math.round(us / 1000);
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, ms: ms(us) }));
  return { totalMs: ms(totalUs), areas: sorted(areas), owners: sorted(owners) };
}
