import type { Server } from "node:http";
export declare function createStaticServer(root: string, basePath?: string): Server;
