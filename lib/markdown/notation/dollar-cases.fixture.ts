/** Inline math by the $ rule: [text, the formulas found]. The renderer (notation.test.tsx) and notation-text (notation-text.test.ts) must agree on each. */
export const DOLLAR_CASES: [string, string[]][] = [
  ["1ドル=150円、$5", []],
  ["$5 and $10", []],
  ["$5と$10の差", []],
  ["US$5/$10", []],
  ["$E=mc^2$", ["E=mc^2"]],
  ["質量 $m$ と速度 $v$", ["m", "v"]],
  ["$5 and $10, then $x^2$", ["x^2"]],
  ["$ x$ has a space after the opening", []],
  ["$x $ has a space before the closing", []],
  ["$x$5 is followed by a digit", []],
  ["$\\$5$ is a dollar in TeX", ["\\$5"]],
  ["\\$x$ is escaped", []],
  ["$$x$$ inside a paragraph", ["x"]],
  ["前 $$a+b$$ 後", ["a+b"]],
  ["$$ x$$ has a space after the opening", []],
  ["$$5 and $$10", []],
  ["価格は$100$です", ["100"]],
  ["$a$,$b$", ["a", "b"]],
];

