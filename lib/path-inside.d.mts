export declare function isInside(parent: string, child: string): boolean;
