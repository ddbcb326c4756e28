export interface Header {
  key: string;
  value: string;
}
export declare function contentSecurityPolicy(options?: { dev?: boolean }): string;
export declare function securityHeaders(options?: { dev?: boolean }): Header[];
export declare const immutableCache: Header;
export declare function netlifyHeadersFile(): string;
export declare function vercelJson(): { $schema: string; headers: { source: string; headers: Header[] }[] };
