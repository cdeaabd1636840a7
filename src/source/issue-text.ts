// What zod says of a value, in every language: its English as zod (or the schema) wrote it, its Chinese from the catalogue.
import type { z } from 'zod';
import { catalogue } from '../diagnostics/catalogue/index.js';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { say, verbatim, type Entry, type Said, listed } from '../diagnostics/say.js';

type Issue = z.core.$ZodIssue;

/** Entries without placeholders, by their English: a schema's own messages reach us as zod's text. */
const byEnglish = new Map<string, Entry>(
  Object.values(catalogue)
    .flatMap((messages) => Object.values(messages) as Entry[])
    .filter((entry) => !entry.en.includes('{') && entry !== m.badValue)
    .map((entry) => [entry.en, entry]),
);

const typeNames: Record<string, Entry> = {
  string: m.typeString,
  number: m.typeNumber,
  int: m.typeInt,
  boolean: m.typeBoolean,
  object: m.typeObject,
  array: m.typeArray,
  null: m.typeNull,
};

/** What a value should be: a list or a group of settings with the way to write it. */
const expectedNames: Record<string, Entry> = { ...typeNames, object: m.typeObjectHow, array: m.typeArrayHow };

const typeName = (name: string, names = typeNames): Said => (names[name] ? say(names[name]) : verbatim(name));

/** The type of a value as zod names it. */
function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** The text in Chinese when we have it, with zod's English as it is. */
const withEnglish = (message: string, said: Said | undefined): Said => (said ? { ...said, en: message } : verbatim(message));

function typeText(issue: Extract<Issue, { code: 'invalid_type' }>): Said {
  const expected = typeName(issue.expected, expectedNames);
  if (issue.input === null) return say(m.typeEmpty, { expected });
  return say(m.typeMismatch, { expected, received: typeName(typeOf(issue.input)) });
}

/** A value that is none of a union's branches: the types or values that the branches take, when they say. */
function unionText(issue: Extract<Issue, { code: 'invalid_union' }>): Said | undefined {
  const firsts = issue.errors.map((branch) => branch[0]);
  if (firsts.length === 0 || firsts.some((first) => first === undefined || first.path.length > 0)) return say(m.badValue);
  if (firsts.every((first) => first!.code === 'invalid_value')) {
    return say(m.oneOf, { choices: listed(firsts.flatMap((first) => (first as { values: unknown[] }).values.map(String))) });
  }
  const types = [...new Set(firsts.map((first) => (first!.code === 'invalid_type' ? first!.expected : '')))];
  if (types.length !== 2 || types.includes('')) return say(m.badValue);
  const expected = say(m.either, { first: typeName(types[0]!, expectedNames), second: typeName(types[1]!, expectedNames) });
  return issue.input === null ? say(m.typeEmpty, { expected }) : say(m.typeMismatch, { expected, received: typeName(typeOf(issue.input)) });
}

function sizeText(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): Said | undefined {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const values = { minimum: String(limit), maximum: String(limit) };
  if (issue.origin === 'array') return say(small ? m.fewItems : m.manyItems, values);
  if (issue.origin === 'string') return say(small ? m.shortText : m.longText, values);
  if (issue.origin !== 'number') return undefined;
  if (!small) return say(m.atMost, values);
  return say(issue.inclusive === false ? m.above : m.atLeast, values);
}

/** What is wrong with a value, in every language. */
export function issueText(issue: Issue): Said {
  const own = byEnglish.get(issue.message);
  if (own) return say(own);
  switch (issue.code) {
    case 'invalid_type':
      return withEnglish(issue.message, typeText(issue));
    case 'invalid_value':
      return withEnglish(issue.message, say(m.oneOf, { choices: listed(issue.values.map(String)) }));
    case 'invalid_union':
      return withEnglish(issue.message, unionText(issue));
    case 'too_small':
    case 'too_big':
      return withEnglish(issue.message, sizeText(issue));
    default:
      return verbatim(issue.message);
  }
}
