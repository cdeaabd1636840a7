// A throwaway project folder for batch, cache and watch tests: the brand file, leaflets and images.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildMany, type BatchOptions } from '../../src/pipeline/build-many.js';
import { brandFile, fixtures, tempDir } from './build.js';

export const tinyPng = path.join(fixtures, 'assets', 'tiny.png');

/** A leaflet with a title and a body, and optionally a figure. */
export function leafletText(title: string, body: string, image?: string): string {
  return `---\ntitle: ${title}\n---\n\n${body}\n${image ? `\n![图](${image})\n` : ''}`;
}

export interface Project {
  dir: string;
  brand: string;
  leaflets: string;
  out: string;
  /** Writes a file relative to the project folder. */
  write(relative: string, content: string | Buffer): Promise<void>;
  /**
   * Builds every leaflet in the project with the batch API, as the command line does; one after the other in the
   * test's own process, whose renderer is loaded and warm, unless `jobs` says otherwise (the worker pool has tests
   * of its own: renderers.test.ts, build-command.test.ts).
   */
  build(options?: Partial<BatchOptions>): ReturnType<typeof buildMany>;
  pdf(name: string): Promise<Buffer>;
}

export async function makeProject(files: Record<string, string>, images: string[] = []): Promise<Project> {
  const dir = await tempDir('leaflet-project-');
  const project: Project = {
    dir,
    brand: path.join(dir, 'assets', 'brand.yaml'),
    leaflets: path.join(dir, 'leaflets'),
    out: path.join(dir, 'out'),
    async write(relative, content) {
      await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
      await writeFile(path.join(dir, relative), content);
    },
    build: (options) => buildMany({ paths: [project.leaflets], outDir: project.out, brandPath: project.brand, root: dir, jobs: 1, ...options }),
    pdf: (name) => readFile(path.join(project.out, `${name}.pdf`)),
  };
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await copyFile(brandFile, project.brand);
  for (const [name, text] of Object.entries(files)) await project.write(`leaflets/${name}.md`, text);
  for (const image of images) await project.write(`leaflets/${image}`, await readFile(tinyPng));
  return project;
}
