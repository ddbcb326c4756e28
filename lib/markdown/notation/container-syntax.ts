/**
 * micromark syntax for Zenn's containers: a line `:::name args` opens, a line of
 * at least as many colons closes, and what is between is Markdown again (lists,
 * code, other containers). `::::details` around `:::message` nests, as on Zenn.
 * Shaped after micromark-extension-directive's container, with Zenn's
 * `name free text` opening line instead of `name[label]{attributes}`. Spaces may
 * come before the name (`::: message`, as markdown-it-container reads it); a
 * line `:::message` with args other than `alert` opens nothing (Zenn's rule).
 *
 * Tokens: notationContainer > notationContainerFence > (notationContainerSequence,
 * notationContainerName, notationContainerArgs), notationContainerContent.
 */
import type { Code, Construct, Effects, Extension, State, Token, TokenizeContext } from "micromark-util-types";
import { opensContainer } from "../notation-text";

const COLON = 58;
const SPACE = 32;
const TAB = -2;
const VIRTUAL_SPACE = -1;
const MIN_FENCE = 3;

const isLineEnding = (code: Code) => code !== null && code < -2;
const isSpace = (code: Code) => code === SPACE || code === TAB || code === VIRTUAL_SPACE;
const isNameCode = (code: Code) =>
  code !== null && ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45 || code === 95);

/** Consumes spaces and tabs (as one `type` token when there are any), then goes on with `next`. */
function spaces(effects: Effects, next: State, type: string): State {
  let entered = false;
  const inSpace: State = (code) => {
    if (isSpace(code)) {
      if (!entered) effects.enter(type as never);
      entered = true;
      effects.consume(code);
      return inSpace;
    }
    if (entered) effects.exit(type as never);
    return next(code);
  };
  return inSpace;
}

const nonLazyLine: Construct = { tokenize: tokenizeNonLazyLine, partial: true };

function tokenizeNonLazyLine(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  return (code) => {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return (next) => (self.parser.lazy[self.now().line] ? nok(next) : ok(next));
  };
}

function tokenizeContainer(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const tail = self.events[self.events.length - 1];
  const initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let sizeOpen = 0;
  let previous: Token | undefined;

  const start: State = (code) => {
    effects.enter("notationContainer" as never);
    effects.enter("notationContainerFence" as never);
    effects.enter("notationContainerSequence" as never);
    return sequenceOpen(code);
  };

  const sequenceOpen: State = (code) => {
    if (code === COLON) {
      effects.consume(code);
      sizeOpen++;
      return sequenceOpen;
    }
    if (sizeOpen < MIN_FENCE) return nok(code);
    effects.exit("notationContainerSequence" as never);
    return spaces(effects, nameStart, "whitespace")(code);
  };

  const nameStart: State = (code) => {
    if (!isNameCode(code)) return nok(code);
    effects.enter("notationContainerName" as never);
    return name(code);
  };

  let nameText = "";
  let argsText = "";

  const name: State = (code) => {
    if (isNameCode(code)) {
      nameText += String.fromCharCode(code as number);
      effects.consume(code);
      return name;
    }
    effects.exit("notationContainerName" as never);
    return spaces(effects, argsStart, "whitespace")(code);
  };

  const argsStart: State = (code) => {
    if (code === null || isLineEnding(code)) return openAfter(code);
    effects.enter("notationContainerArgs" as never);
    return args(code);
  };

  const args: State = (code) => {
    if (code === null || isLineEnding(code)) {
      effects.exit("notationContainerArgs" as never);
      return openAfter(code);
    }
    argsText += code === TAB ? "\t" : code === VIRTUAL_SPACE ? "" : String.fromCharCode(code as number);
    effects.consume(code);
    return args;
  };

  const openAfter: State = (code) => {
    if (!opensContainer(nameText, argsText.trim())) return nok(code);
    effects.exit("notationContainerFence" as never);
    if (code === null) return after(code);
    if (self.interrupt) return ok(code);
    return effects.attempt(nonLazyLine, contentStart, after)(code);
  };

  const contentStart: State = (code) => {
    if (code === null) return after(code);
    if (isLineEnding(code)) return effects.check(nonLazyLine, emptyContentNonLazyLineAfter, after)(code);
    effects.enter("notationContainerContent" as never);
    return lineStart(code);
  };

  const lineStart: State = (code) =>
    effects.attempt(
      { tokenize: tokenizeClosingFence, partial: true },
      afterContent,
      initialSize ? linePrefix(initialSize, chunkStart) : chunkStart,
    )(code);

  /** Up to `size` spaces of the opening line's indent, which the content shares. */
  const linePrefix = (size: number, next: State): State => {
    let seen = 0;
    let entered = false;
    const inPrefix: State = (code) => {
      if (isSpace(code) && seen < size) {
        if (!entered) effects.enter("linePrefix");
        entered = true;
        seen++;
        effects.consume(code);
        return inPrefix;
      }
      if (entered) effects.exit("linePrefix");
      return next(code);
    };
    return inPrefix;
  };

  const chunkStart: State = (code) => {
    if (code === null) return afterContent(code);
    if (isLineEnding(code)) return effects.check(nonLazyLine, chunkNonLazyStart, afterContent)(code);
    return chunkNonLazyStart(code);
  };

  const contentContinue: State = (code) => {
    if (code === null) {
      const t = effects.exit("chunkDocument");
      self.parser.lazy[t.start.line] = false;
      return afterContent(code);
    }
    if (isLineEnding(code)) return effects.check(nonLazyLine, nonLazyLineAfter, lineAfter)(code);
    effects.consume(code);
    return contentContinue;
  };

  const chunkNonLazyStart: State = (code) => {
    const token = effects.enter("chunkDocument", { contentType: "document", previous });
    if (previous) previous.next = token;
    previous = token;
    return contentContinue(code);
  };

  const emptyContentNonLazyLineAfter: State = (code) => {
    effects.enter("notationContainerContent" as never);
    return lineStart(code);
  };

  const nonLazyLineAfter: State = (code) => {
    effects.consume(code);
    const t = effects.exit("chunkDocument");
    self.parser.lazy[t.start.line] = false;
    return lineStart;
  };

  const lineAfter: State = (code) => {
    const t = effects.exit("chunkDocument");
    self.parser.lazy[t.start.line] = false;
    return afterContent(code);
  };

  const afterContent: State = (code) => {
    effects.exit("notationContainerContent" as never);
    return after(code);
  };

  const after: State = (code) => {
    effects.exit("notationContainer" as never);
    return ok(code);
  };

  function tokenizeClosingFence(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    // Indented four spaces or more, a line is code, not a fence (unless indented code is off, as in MDX).
    const maxIndent = self.parser.constructs.disable.null?.includes("codeIndented") ? Infinity : 3;
    let size = 0;
    let indent = 0;
    const begin: State = (code) => {
      if (!isSpace(code)) return fence(code);
      effects.enter("linePrefix");
      return prefix(code);
    };
    const prefix: State = (code) => {
      if (isSpace(code) && indent < maxIndent) {
        indent++;
        effects.consume(code);
        return prefix;
      }
      effects.exit("linePrefix");
      return fence(code);
    };
    const fence: State = (code) => {
      effects.enter("notationContainerFence" as never);
      effects.enter("notationContainerSequence" as never);
      return sequence(code);
    };
    const sequence: State = (code) => {
      if (code === COLON) {
        effects.consume(code);
        size++;
        return sequence;
      }
      if (size < sizeOpen) return nok(code);
      effects.exit("notationContainerSequence" as never);
      return spaces(effects, end, "whitespace")(code);
    };
    const end: State = (code) => {
      if (code === null || isLineEnding(code)) {
        effects.exit("notationContainerFence" as never);
        return ok(code);
      }
      return nok(code);
    };
    return begin;
  }

  return start;
}

export const notationContainer: Construct = { name: "notationContainer", tokenize: tokenizeContainer, concrete: true };

export function containerSyntax(): Extension {
  return { flow: { [COLON]: notationContainer } };
}
