export declare const MARKERS: { site: ".yomu-site"; corpus: ".yomu-corpus" };
export declare const PROJECT_FOLDERS: string[];
export type ProtectedFolder = [dir: string, name: string];
export interface OutputFacts {
  folder: string;
  root: string;
  protect: ProtectedFolder[];
  exists: boolean;
  isDirectory: boolean;
  empty: boolean;
  marked: boolean;
  marker: string;
}
export declare function outputRefusal(facts: OutputFacts): string | undefined;
export declare function resolvedPath(p: string): string;
export declare function projectFolders(root: string): ProtectedFolder[];
export declare function checkOutputFolder(
  folder: string,
  options: { root: string; protect: ProtectedFolder[]; marker: string; writtenBefore?: (entries: string[]) => boolean },
): string | undefined;
export declare function markOutputFolder(folder: string, marker: string): void;
