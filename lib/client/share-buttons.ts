/**
 * リンクをコピー and the system share sheet (Web Share API, where the browser
 * has it). The share links themselves are plain links and need no script.
 */
export function installShareButtons(announce: (message: string) => void): void {
  const webShare = document.querySelectorAll<HTMLButtonElement>("button[data-web-share]");
  if (typeof navigator.share === "function") for (const button of webShare) button.hidden = false;
  document.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest?.("button[data-copy-link], button[data-web-share]");
    if (!(button instanceof HTMLButtonElement)) return;
    const url = button.dataset.url ?? location.href;
    if (button.dataset.webShare !== undefined) {
      navigator.share({ title: button.dataset.title, url }).catch(() => {});
      return;
    }
    copyText(url).then(
      (copied) => announce(copied ? "リンクをコピーしました" : `コピーできませんでした。${url}`),
      () => announce(`コピーできませんでした。${url}`),
    );
  });
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API (or no permission, e.g. an insecure origin): the old way.
    const field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.className = "copy-source";
    document.body.append(field);
    field.select();
    const copied = document.execCommand("copy");
    field.remove();
    return copied;
  }
}
