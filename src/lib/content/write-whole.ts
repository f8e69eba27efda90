/**
 * Writes a file of the build's cache whole or not at all: a temporary file renamed into place.
 * The cache's files say by being there that what they hold is kept (outputs-cache.ts,
 * kept-cases.ts), so a build stopped mid-write must not leave half of one.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeWhole(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
