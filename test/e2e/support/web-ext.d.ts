/** The part of web-ext's API the tests use (web-ext ships no types). */
declare module 'web-ext' {
  interface Commands {
    lint(params: Record<string, unknown>, options?: { shouldExitProgram?: boolean }): Promise<unknown>;
  }
  const webExt: { cmd: Commands };
  export default webExt;
}
