/** mdast for ./container-syntax.ts: a `notationContainer` node with the opening line's name and args. */
import type { Parent } from "mdast";
import type { CompileContext, Extension, Token } from "mdast-util-from-markdown";

export interface NotationContainer extends Parent {
  type: "notationContainer";
  /** `message`, `details`, … as written after the colons. */
  name: string;
  /** The rest of the opening line, trimmed: `alert`, a details title. */
  args: string;
  /** The number of colons of the opening fence. */
  fence: number;
  /** Whether a closing fence was found (an unclosed container runs to the end of its parent). */
  closed: boolean;
}

declare module "mdast" {
  interface RootContentMap {
    notationContainer: NotationContainer;
  }
  interface BlockContentMap {
    notationContainer: NotationContainer;
  }
}

function current(context: CompileContext): NotationContainer {
  return context.stack[context.stack.length - 1] as unknown as NotationContainer;
}

export function containerFromMarkdown(): Extension {
  return {
    enter: {
      notationContainer(this: CompileContext, token: Token) {
        this.enter({ type: "notationContainer", name: "", args: "", fence: 0, closed: false, children: [] } as never, token);
      },
    },
    exit: {
      notationContainerSequence(this: CompileContext, token: Token) {
        const node = current(this);
        if (node.fence === 0) node.fence = this.sliceSerialize(token).length;
        else node.closed = true;
      },
      notationContainerName(this: CompileContext, token: Token) {
        current(this).name = this.sliceSerialize(token);
      },
      notationContainerArgs(this: CompileContext, token: Token) {
        current(this).args = this.sliceSerialize(token).trim();
      },
      notationContainer(this: CompileContext, token: Token) {
        this.exit(token);
      },
    },
  };
}
