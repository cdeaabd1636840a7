// The text to replace in the project's `leaflet new` templates, read once per project folder for the template-text check.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { placeholdersOf, templatesFolder, type Placeholder } from '../model/template-text.js';
import { confineFile } from '../source/assets.js';

const read = new Map<string, Promise<Placeholder[]>>();

async function readPlaceholders(root: string): Promise<Placeholder[]> {
  const dir = path.resolve(root, templatesFolder);
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = names
    .filter((name) => /\.md$/i.test(name))
    .sort()
    .map((name) => confineFile(path.join(dir, name), root))
    .flatMap((found) => (found.ok ? [found.path] : []));
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8').catch(() => '')));
  return texts.flatMap(placeholdersOf);
}

/** The placeholders of every template in `<root>/assets/templates`; none when there is no such folder. */
export function templatePlaceholders(root: string): Promise<Placeholder[]> {
  const key = path.resolve(root);
  let found = read.get(key);
  if (!found) {
    found = readPlaceholders(key);
    read.set(key, found);
  }
  return found;
}
