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
  'missing-asset': 'A picture or logo file does not exist.',
  'asset-outside-project': 'A picture or logo path leaves the project folder (`..`, an absolute path or a link).',
  'remote-asset': 'A picture on the internet: it is never downloaded, and is left out.',
  'brand-invalid': 'The brand file does not match its schema.',
  'raw-html': 'Raw HTML is ignored and never rendered as markup.',
  'unsupported-node': 'Markdown that the renderer does not support yet.',
  'empty-body': 'The leaflet has no body text.',
  'too-deep': 'Quotes and lists are nested deeper than a page can hold.',
  'render-failed': 'The PDF renderer failed on this leaflet.',
  'write-failed': 'The PDF could not be written.',
  'internal-error': 'leaflet itself failed on this file; the other leaflets are still built.',
} as const;

export type RuleId = keyof typeof rules;
