export interface Header {
  key: string;
  value: string;
}
export interface PolicyOptions {
  dev?: boolean;
  /** yomu's static export: no inline script anywhere, so no 'unsafe-inline' for scripts. */
  staticExport?: boolean;
  /** siteConfig.embedHosts: the only frame sources ('none' when empty). */
  embedHosts?: readonly string[];
  /** The policy as a <meta> tag carries it (without directives browsers ignore there). */
  meta?: boolean;
}
export interface HostFileOptions {
  embedHosts?: readonly string[];
  immutablePaths?: string[];
}
export declare function contentSecurityPolicy(options?: PolicyOptions): string;
export declare function securityHeaders(options?: PolicyOptions): Header[];
export declare const immutableCache: Header;
export declare function netlifyHeadersFile(options?: HostFileOptions): string;
export declare function vercelJson(options?: HostFileOptions): { $schema: string; headers: { source: string; headers: Header[] }[] };
