// The catalogue of diagnostic rules: every message names one of these ids.
export const rules = {
  'read-error': 'The file could not be read.',
  'not-text': 'The file is not UTF-8 text.',
  'yaml-syntax': 'The front matter is not valid YAML.',
  'front-matter-language': 'Front matter must be YAML; script engines are never run.',
  'front-matter-invalid': 'A front-matter value has the wrong type or form.',
  'unknown-key': 'A key that the schema does not know.',
  'missing-title': 'The leaflet has no title.',
  'invalid-lang': 'The language is not one of the supported tags.',
  'invalid-url': 'A URL uses a scheme other than http(s), mailto or tel.',
  'brand-invalid': 'The brand file does not match its schema.',
  'missing-asset': 'An image or other file that the leaflet names does not exist.',
  'asset-outside-project': 'A file outside the project folder; it is never read.',
  'remote-asset': 'An image on the internet; it is never fetched.',
  'image-format': 'An image in a format that cannot be printed.',
  'invalid-width': 'An image width that is not a percentage between 1% and 100%.',
  'low-resolution': 'An image that will print blurred at its size.',
  'raw-html': 'Raw HTML is ignored and never rendered as markup.',
  'unsupported-node': 'Markdown that the renderer does not support yet.',
  'footnote-undefined': 'A footnote is cited but never written.',
  'footnote-unused': 'A footnote is written but never cited.',
  'empty-body': 'The leaflet has no body text.',
  'missing-glyph': 'A character that no font in use has; it would print as an empty box.',
  'render-failed': 'The PDF renderer failed on this leaflet.',
  'write-failed': 'The PDF could not be written.',
} as const;

export type RuleId = keyof typeof rules;
