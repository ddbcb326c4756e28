export declare function isInside(parent: string, child: string): boolean;
export declare function realFileInside(root: string, file: string): { real: string } | { problem: "missing" | "outside" | "not-a-file"; real?: string };
