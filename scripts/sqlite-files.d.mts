export declare function sqliteFileOf(url: string, root: string): string | null;
export declare function protectSqliteFiles(file: string, options?: { ownFolder?: boolean }): void;
