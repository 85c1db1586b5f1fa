// The project's package.json as the test page can fetch it (the test server serves the project root).

export interface PackageJson {
  name: string;
  version: string;
  exports: Record<string, unknown>;
}

let read: Promise<PackageJson> | undefined;

/** package.json, fetched once per page. */
export const packageJson = (): Promise<PackageJson> =>
  (read ??= fetch('/package.json').then((response) => response.json() as Promise<PackageJson>));
