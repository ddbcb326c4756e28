/**
 * micromark syntax for math. Display math is micromark-extension-math's `$$`
 * fence. Inline math follows Pandoc's rule, so that prices in prose stay text
 * (`1ドル=150円、$5`, `$5 and $10`):
 * - the opening `$` has a non-space character right after it;
 * - the closing `$` has a non-space character right before it and no digit right after it;
 * - the formula ends at its first `$` not escaped (`\$` is a dollar sign in TeX):
 *   when that `$` cannot close, there is no formula (`$5 and $10` stays text);
 * - both are on one line; `\$` never opens.
 * In a Qiita layout (`qiita: true`), `\\$` does not close either: Markdown reads it
 * as `\$`, which MathJax, drawing the formula on Qiita, reads as a dollar sign.
 * `$$…$$` inside a paragraph follows the same rule with two dollars: it is
 * display math on Zenn, and ./math.ts takes it out of its paragraph as one.
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

/** The `$` (or `$$`) that closes: as many dollars as opened, not followed by a digit. */
function closingDollars(size: number): Construct {
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      let seen = 0;
      const sequence: State = (code) => {
        if (code === DOLLAR && seen < size) {
          effects.consume(code);
          seen++;
          return sequence;
        }
        if (seen < size) return nok(code);
        effects.exit("mathTextSequence" as never);
        return isDigit(code) ? nok(code) : ok(code);
      };
      return (code) => {
        effects.enter("mathTextSequence" as never);
        return sequence(code);
      };
    },
  };
}

const CLOSING = [closingDollars(1), closingDollars(2)];

function tokenizeInlineMath(this: TokenizeContext, effects: Effects, ok: State, nok: State, qiita: boolean): State {
  let previousWasSpace = false;
  let size = 0;

  const start: State = (code) => {
    effects.enter("mathText" as never);
    effects.enter("mathTextSequence" as never);
    return opening(code);
  };

  const opening: State = (code) => {
    if (code === DOLLAR && size < 2) {
      effects.consume(code);
      size++;
      return opening;
    }
    effects.exit("mathTextSequence" as never);
    return afterOpen(code);
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
      return effects.attempt(CLOSING[size - 1], closed, nok)(code);
    }
    previousWasSpace = isWhitespace(code);
    effects.consume(code);
    return code === BACKSLASH ? escaped : data;
  };

  const escaped: State = (code) => {
    if (code === null || isLineEnding(code)) return nok(code);
    previousWasSpace = false;
    effects.consume(code);
    return qiita && code === BACKSLASH ? afterEscapedBackslash : data;
  };

  const afterEscapedBackslash: State = (code) => {
    if (code !== DOLLAR) return data(code);
    effects.consume(code);
    return data;
  };

  const closed: State = (code) => {
    effects.exit("mathText" as never);
    return ok(code);
  };

  return start;
}

function inlineMathConstruct(qiita: boolean): Construct {
  return {
    name: "mathText",
    tokenize(effects, ok, nok) {
      return tokenizeInlineMath.call(this, effects, ok, nok, qiita);
    },
    // Not right after another `$` (that one was text) nor after an escaped one.
    previous(code) {
      return code !== DOLLAR;
    },
  };
}

export const inlineMath: Construct = inlineMathConstruct(false);
const qiitaInlineMath: Construct = inlineMathConstruct(true);

export function mathSyntax(options: { qiita?: boolean } = {}): Extension {
  return { flow: math().flow, text: { [DOLLAR]: options.qiita ? qiitaInlineMath : inlineMath } };
}
