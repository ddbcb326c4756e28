/**
 * List pages: a card whose article was read to the end says 既読. Each card
 * renders an empty slot (<span data-read-mark="slug">) that only this script
 * fills. Again on a page shown from the back/forward cache, where the reader
 * may have just finished an article.
 */
import { basePathOfScript } from "../reader/storage-keys";
import { loadReadList } from "./storage";

const basePath = basePathOfScript(import.meta.url);

function markCards(): void {
  const read = new Set(loadReadList(basePath));
  for (const slot of document.querySelectorAll<HTMLElement>("[data-read-mark]")) {
    const isRead = read.has(slot.dataset.readMark ?? "");
    slot.textContent = isRead ? "既読" : "";
    slot.classList.toggle("read-mark", isRead);
  }
}

markCards();
window.addEventListener("pageshow", (event) => event.persisted && markCards());
