export declare function normalizeBasePath(value: string | undefined): string;
