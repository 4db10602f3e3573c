/**
 * Reads all of standard input as bytes, for the loader's decoder to read
 * (UTF-8, UTF-16 or a legacy Vietnamese encoding).
 *
 * @example
 * const bytes = await readStdin(); // → <Buffer 54 c4 83 6e 67 …>
 */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
