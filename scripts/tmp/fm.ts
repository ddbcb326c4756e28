import fs from "node:fs";
import { readFrontMatter, normalizeSource } from "../../lib/content/front-matter";
const dir = "/tmp/corp1k";
const srcs = fs.readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => normalizeSource(fs.readFileSync(`${dir}/${f}`, "utf8")));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let r = 0; r < 4; r++) { const t = cpu(); for (const s of srcs) readFrontMatter(s); console.log("per post ms", ((cpu() - t) / srcs.length).toFixed(3)); }
