/**
 * micromark syntax for math. Display math is micromark-extension-math's `$$`
 * fence. Inline math follows Pandoc's rule, so that prices in prose stay text
 * (`1ドル=150円、$5`, `$5 and $10`):
 * - the opening `$` has a non-space character right after it;
 * - the closing `$` has a non-space character right before it and no digit right after it;
 * - the formula ends at its first `$` not escaped (`\$` is a dollar sign in TeX):
 *   when that `$` cannot close, there is no formula (`$5 and $10` stays text);
 * - both are on one line; `$$` inside a paragraph is not inline math; `\$` never opens.
 * Tokens are those of micromark-extension-math (mathText, mathTextSequence,
 * mathTextData), so mdast-util-math turns them into `inlineMath` nodes.
 */
import { math } from "micromark-extension-math";
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from "micromark-util-types";

const DOLLAR = 36;
const BACKSLASH = 92;

const isLineEnding = (code: Code) => code !== null && code < -2;
const isWhitespace = (code: Code) => code === null || code < 0 || code === 32;
const isDigit = (code: Code) => code !== null && code >= 48 && code <= 57;

/** `$` that closes: not followed by a digit. */
const closingDollar: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return (code) => {
      effects.enter("mathTextSequence" as never);
      effects.consume(code);
      effects.exit("mathTextSequence" as never);
      return (next) => (isDigit(next) ? nok(next) : ok(next));
    };
  },
};

function tokenizeInlineMath(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let previousWasSpace = false;

  const start: State = (code) => {
    effects.enter("mathText" as never);
    effects.enter("mathTextSequence" as never);
    effects.consume(code);
    effects.exit("mathTextSequence" as never);
    return afterOpen;
  };

  const afterOpen: State = (code) => {
    if (code === DOLLAR || isWhitespace(code)) return nok(code);
    effects.enter("mathTextData" as never);
    return data(code);
  };

  const data: State = (code) => {
    if (code === null || isLineEnding(code)) return nok(code);
    if (code === DOLLAR) {
      if (previousWasSpace) return nok(code);
      effects.exit("mathTextData" as never);
      return effects.attempt(closingDollar, closed, nok)(code);
    }
    previousWasSpace = isWhitespace(code);
    effects.consume(code);
    return code === BACKSLASH ? escaped : data;
  };

  const escaped: State = (code) => {
    if (code === null || isLineEnding(code)) return nok(code);
    previousWasSpace = false;
    effects.consume(code);
    return data;
  };

  const closed: State = (code) => {
    effects.exit("mathText" as never);
    return ok(code);
  };

  return start;
}

export const inlineMath: Construct = {
  name: "mathText",
  tokenize: tokenizeInlineMath,
  // Not right after another `$` (that one was text) nor after an escaped one.
  previous(code) {
    return code !== DOLLAR;
  },
};

export function mathSyntax(): Extension {
  return { flow: math().flow, text: { [DOLLAR]: inlineMath } };
}
