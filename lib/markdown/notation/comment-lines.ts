/**
 * A line that starts with an HTML comment (`<!-- textlint-disable -->`, maybe
 * followed by text) right below a line of a paragraph continues the paragraph,
 * as on Zenn (markdown-it there reads no HTML blocks and drops comments):
 * CommonMark would end the paragraph at the comment and show the rest of that
 * line as a block of its own. The comment stays an inline comment, hidden as
 * before. Only the `.md` reader uses this (MDX has no HTML blocks).
 *
 * micromark tries every flow construct to see whether a line interrupts a
 * paragraph; HTML (flow) is replaced by the same construct that refuses to
 * interrupt with `<!--`, and is unchanged everywhere else.
 */
import { htmlFlow } from "micromark-core-commonmark";
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from "micromark-util-types";
import type { Processor } from "unified";

const COMMENT_OPEN = [60, 33, 45, 45]; // <!--

const commentOpen: Construct = {
  partial: true,
  tokenize(effects: Effects, ok: State, nok: State): State {
    let at = 0;
    const step: State = (code: Code) => {
      if (code !== COMMENT_OPEN[at]) return nok(code);
      effects.enter("htmlFlowData");
      effects.consume(code);
      effects.exit("htmlFlowData");
      return ++at === COMMENT_OPEN.length ? ok : step;
    };
    return step;
  },
};

const htmlFlowBelowText: Construct = {
  ...htmlFlow,
  name: "htmlFlowBelowText",
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const html = htmlFlow.tokenize.call(this, effects, ok, nok);
    return this.interrupt ? (code) => effects.check(commentOpen, nok, html)(code) : html;
  },
};

export function commentLinesSyntax(): Extension {
  return { disable: { null: ["htmlFlow"] }, flow: { 60: htmlFlowBelowText } };
}

export function remarkCommentLines(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(commentLinesSyntax());
}
