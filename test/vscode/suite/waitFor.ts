// Polls a condition until it holds or a deadline passes. Tests wait for what
// they need to see instead of sleeping for a guessed time: fast when the
// extension is fast, and a precise message when it never gets there.

const POLL_MS = 100;

/**
 * Resolves with the first truthy value `condition` returns; rejects with
 * `description` (and the last error the condition threw) after `timeoutMs`.
 */
export async function waitFor<T>(
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  description: string,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}${cause}`);
    }
    // The poll interval paces the loop; it is not what the test waits for.
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
