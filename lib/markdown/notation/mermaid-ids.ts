/**
 * Flowchart node ids in any script (`入力 --> 処理`), as Mermaid reads them,
 * for a renderer that reads ASCII ids only (beautiful-mermaid's flowchart
 * parser): each id with a non-ASCII letter becomes `u1`, `u2`, … and a node
 * never given a label of its own is labelled with its id, as Mermaid shows it.
 * Labels (`[…]`, `(…)`, `{…}`, `>…]`, `|…|`, `"…"`, `-- text -->`) are left as
 * they are.
 */

const ID = /[\p{L}\p{N}_]/u;
const OPEN: Record<string, string> = { "[": "]", "(": ")", "{": "}" };
/** Text on a link written inside it: `-- text -->`, `== text ==>`, `-. text .->`. */
const LINK_TEXT = /^(?:--|==|-\.)[ \t]+[^\n]*?[ \t]+(?:-->|==>|\.->|---|===|--[xo])/;

interface Pending {
  alias: string;
  original: string;
}

export function asciiFlowchartIds(statements: string[]): string[] {
  const aliases = new Map<string, string>();
  const shaped = new Set<string>();
  const bare: Pending[] = [];
  const aliasOf = (id: string) => {
    let alias = aliases.get(id);
    if (!alias) aliases.set(id, (alias = `u${aliases.size + 1}`));
    return alias;
  };

  const rewrite = (statement: string): string => {
    // Lists of ids and class names, no labels: `style 処理 fill:#fcc`, `class 入力,出力 強調`.
    if (/^\s*(?:style|class|classDef|linkStyle)\s/.test(statement)) {
      return statement.replace(/[\p{L}\p{N}_]+/gu, (id) => (/[^\x00-\x7f]/.test(id) ? aliasOf(id) : id));
    }
    const sub = /^(\s*subgraph\s+)(.*)$/.exec(statement);
    // `subgraph 処理層` names the group by its title: it gets an id and keeps the title.
    if (sub && !sub[2].includes("[") && /[^\x00-\x7f]/.test(sub[2])) return `${sub[1]}${aliasOf(sub[2].trim())} [${sub[2].trim()}]`;
    let out = "";
    let i = 0;
    while (i < statement.length) {
      const c = statement[i];
      const linkText = c === "-" || c === "=" ? LINK_TEXT.exec(statement.slice(i)) : null;
      if (linkText) {
        out += linkText[0];
        i += linkText[0].length;
      } else if (c === '"' || c === "|") {
        const end = statement.indexOf(c, i + 1);
        const stop = end < 0 ? statement.length : end + 1;
        out += statement.slice(i, stop);
        i = stop;
      } else if (ID.test(c)) {
        let j = i;
        while (j < statement.length && ID.test(statement[j])) j++;
        const id = statement.slice(i, j);
        const next = statement[j];
        const isShaped = next !== undefined && (next in OPEN || next === ">");
        if (/[^\x00-\x7f]/.test(id)) {
          const alias = aliasOf(id);
          if (isShaped) shaped.add(alias);
          else bare.push({ alias, original: id });
          out += isShaped ? alias : `\u0000${bare.length - 1}\u0000`;
        } else out += id;
        i = j;
        if (isShaped) {
          // The label: to its closing bracket, brackets inside quotes not counted.
          const close = next === ">" ? "]" : OPEN[next];
          let depth = 0;
          let k = j;
          let quoted = false;
          for (; k < statement.length; k++) {
            const d = statement[k];
            if (d === '"') quoted = !quoted;
            if (quoted) continue;
            if (d === next && next !== ">") depth++;
            else if (d === close && --depth <= 0) break;
          }
          out += statement.slice(j, k + 1);
          i = k + 1;
        }
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };

  const rewritten = statements.map(rewrite);
  const labelled = new Set<string>();
  return rewritten.map((s) =>
    s.replace(/\u0000(\d+)\u0000/g, (_, n: string) => {
      const { alias, original } = bare[Number(n)];
      if (shaped.has(alias) || labelled.has(alias)) return alias;
      labelled.add(alias);
      return `${alias}["${original}"]`;
    }),
  );
}
