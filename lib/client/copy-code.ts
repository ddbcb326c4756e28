/**
 * The copy button of code blocks (lib/markdown/notation/code-blocks.ts), in the
 * browser: no framework, one click listener for the page. The buttons are in
 * the HTML from the build, hidden by CSS until this marks the page ready
 * (`<html data-copy-code="ready">`), so a reader without JavaScript never sees
 * a button that does nothing. It copies exactly the code: not the file name,
 * not the button's label.
 */

export const COPIED_LABEL = "コピーしました";
export const FAILED_LABEL = "コピーできませんでした";

/** The code a button copies: the text of its block's `<pre><code>`, as written (a diff keeps its + and -). */
export function codeOf(button: Element): string | undefined {
  const code = button.closest(".code-block")?.querySelector("pre code");
  return code?.textContent ?? undefined;
}

/** The button's label for a while after a copy, then back. */
export function labelAfter(copied: boolean): string {
  return copied ? COPIED_LABEL : FAILED_LABEL;
}

async function writeText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function enhanceCodeBlocks(doc: Document): void {
  const status = doc.createElement("span");
  status.className = "sr-only";
  status.setAttribute("role", "status");
  doc.body.append(status);
  doc.addEventListener("click", async (event) => {
    const button = (event.target as Element | null)?.closest?.("button.code-copy");
    if (!button) return;
    const text = codeOf(button);
    if (text === undefined) return;
    const original = button.textContent;
    const label = labelAfter(await writeText(text));
    button.textContent = label;
    status.textContent = label;
    setTimeout(() => {
      button.textContent = original;
      status.textContent = "";
    }, 2000);
  });
  doc.documentElement.dataset.copyCode = "ready";
}
