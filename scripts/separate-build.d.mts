export declare const TEST_DIST_DIR: ".next-e2e";

export declare function buildSeparately(options: {
  root: string;
  env: NodeJS.ProcessEnv;
  distDir?: string;
  onlyIfMissing?: boolean;
}): number;
