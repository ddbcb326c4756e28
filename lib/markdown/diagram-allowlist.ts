/**
 * What a diagram's SVG (./notation/mermaid.ts, drawn by beautiful-mermaid) may
 * hold, and nothing more: the elements and attributes the renderer writes,
 * with values checked by pattern. Diagrams are drawn from the post's source at
 * build time and inserted after the post's HTML is sanitized, like formulas
 * (./katex-allowlist.ts); this schema sanitizes the drawing first.
 *
 * Left out on purpose: `<style>` (the renderer's own imports a web font; the
 * site's stylesheet gives the colours), `script`, `foreignObject`, `a`,
 * `image`, `use`, every `href`, event attributes and `style`. Colours a post
 * sets (`style A fill:#f9f`) are kept only as plain colours, and `url(…)` only
 * as a marker of the same drawing (`url(#…)`), so nothing in a diagram loads
 * anything.
 */
import type { Options as SanitizeSchema } from "rehype-sanitize";

const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e-?\d+)?$/;
const NUMBERS = /^[\d\s.,eE+-]*$/;
/** A colour as a post or the renderer writes it: the renderer's variables, a hex colour, a colour name, rgb()/hsl() of numbers. */
export const DIAGRAM_PAINT = /^(?:none|transparent|currentColor|var\(--_?[a-z][a-z-]{0,30}\)|#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,20}|(?:rgba?|hsla?)\([\d\s.,%/]{1,60}\))$/;
/** A marker of the same drawing; ids are rewritten to `user-content-diagram-…` after sanitizing. */
const MARKER_REF = /^url\(#[a-z0-9-]{1,80}\)$/;
const TRANSFORM = /^(?:\s*(?:translate|scale|rotate)\([\d\s.,eE+-]{1,80}\))+\s*$/;
const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz\d\s,.eE+-]*$/;

/** Class names the renderer writes that the site's stylesheet uses (class diagrams' member rows are monospace). */
export const DIAGRAM_CLASSES = /^mono$/;

const PAINTED: [string, RegExp][] = [["fill", DIAGRAM_PAINT], ["stroke", DIAGRAM_PAINT], ["strokeWidth", NUMBER], ["strokeDasharray", NUMBERS], ["strokeLinejoin", /^(?:round|miter|bevel)$/]];
const SHAPE = (...names: string[]): [string, RegExp][] => [...names.map((n): [string, RegExp] => [n, NUMBER]), ...PAINTED];
const TEXT: [string, RegExp][] = [
  ["x", NUMBER], ["y", NUMBER], ["dy", NUMBER], ["fontSize", NUMBER],
  ["fontWeight", /^(?:\d{3}|bold|normal)$/], ["fontStyle", /^(?:italic|normal)$/],
  ["textAnchor", /^(?:start|middle|end)$/], ["dominantBaseline", /^[a-z-]{1,20}$/],
  ["textDecoration", /^(?:underline|line-through)(?: (?:underline|line-through))?$/],
  ["fill", DIAGRAM_PAINT], ["className", DIAGRAM_CLASSES],
];

export const diagramSchema: SanitizeSchema = {
  tagNames: ["svg", "defs", "marker", "g", "rect", "polygon", "polyline", "path", "line", "circle", "ellipse", "text", "tspan"],
  attributes: {
    svg: [["xmlns", "http://www.w3.org/2000/svg"], ["viewBox", NUMBERS], ["width", NUMBER], ["height", NUMBER]],
    marker: [["id", /^[a-z0-9-]{1,40}$/], ["markerWidth", NUMBER], ["markerHeight", NUMBER], ["refX", NUMBER], ["refY", NUMBER], ["orient", /^(?:auto|auto-start-reverse|-?\d{1,3})$/]],
    g: [["transform", TRANSFORM]],
    rect: SHAPE("x", "y", "width", "height", "rx", "ry"),
    circle: SHAPE("cx", "cy", "r"),
    ellipse: SHAPE("cx", "cy", "rx", "ry"),
    line: [...SHAPE("x1", "y1", "x2", "y2"), ["markerStart", MARKER_REF], ["markerEnd", MARKER_REF]],
    polyline: [["points", NUMBERS], ...PAINTED, ["markerStart", MARKER_REF], ["markerEnd", MARKER_REF]],
    polygon: [["points", NUMBERS], ...PAINTED],
    path: [["d", PATH_DATA], ...PAINTED, ["markerStart", MARKER_REF], ["markerEnd", MARKER_REF]],
    text: TEXT,
    tspan: TEXT,
  },
  protocols: {},
  ancestors: {},
  required: {},
  clobber: [],
  strip: ["script", "style", "title", "desc"],
};
