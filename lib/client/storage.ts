/**
 * The reader's state in localStorage, for the browser scripts. Storage may be
 * missing, disabled, full or throwing (private modes, blocked cookies): every
 * read then gives the defaults and every write is dropped; the page keeps
 * working, only without memory.
 */
import { parsePrefs, serializePrefs, type ReaderPrefs } from "../reader/prefs";
import { parsePositions, parseReadList, withoutPosition, withPosition, withRead, type SavedPosition } from "../reader/reading-state";
import { storageKey, type StorageKeyName } from "../reader/storage-keys";

function read(name: StorageKeyName, basePath: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(name, basePath));
  } catch {
    return null;
  }
}

function write(name: StorageKeyName, basePath: string, value: string): void {
  try {
    window.localStorage.setItem(storageKey(name, basePath), value);
  } catch {
    // Nothing to do: the reader loses only the memory of this.
  }
}

export const loadPrefs = (basePath: string): ReaderPrefs => parsePrefs(read("prefs", basePath));
export const savePrefs = (basePath: string, prefs: ReaderPrefs) => write("prefs", basePath, serializePrefs(prefs));

export const loadPosition = (basePath: string, slug: string): SavedPosition | undefined => parsePositions(read("positions", basePath))[slug];

export function savePosition(basePath: string, slug: string, at: number): void {
  write("positions", basePath, JSON.stringify(withPosition(parsePositions(read("positions", basePath)), slug, at, Date.now())));
}

export function forgetPosition(basePath: string, slug: string): void {
  const positions = parsePositions(read("positions", basePath));
  if (slug in positions) write("positions", basePath, JSON.stringify(withoutPosition(positions, slug)));
}

export const loadReadList = (basePath: string): string[] => parseReadList(read("read", basePath));

export function markRead(basePath: string, slug: string): void {
  const list = loadReadList(basePath);
  if (list.at(-1) !== slug) write("read", basePath, JSON.stringify(withRead(list, slug)));
}
