export declare class OutputStateError extends Error {}
export declare function swapIn(staging: string, outDir: string): void;
export declare function mergeIn(staging: string, outDir: string, previousFiles: Record<string, unknown>, manifest: Record<string, unknown>): number;
export declare function walkFiles(dir: string): Generator<string>;
