// Whether a stored value has its collection's shape, checked before the app by
// the painter, without zod (it must stay small). The shape is not written here:
// the build turns the collection's zod schema into JSON Schema (shape-of.ts) and
// puts it on the page's template. Only the keywords zod writes are understood; a
// shape with any other fails every value, so nothing is drawn rather than
// something checked by half. Custom refinements (an id's reserved prefixes, a
// time's range) are not in JSON Schema: the app still checks them on its own read.

/** A JSON Schema, as z.toJSONSchema writes it. */
export type Shape = { readonly [keyword: string]: unknown };

/** Keywords that say nothing about a value's validity. */
const NOTES = new Set(['$schema', 'format', 'description', 'title', 'default', 'examples']);

const patterns = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let compiled = patterns.get(source);
  if (!compiled) patterns.set(source, (compiled = new RegExp(source, 'u')));
  return compiled;
}

function isObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ofType(value: unknown, type: unknown): boolean {
  if (Array.isArray(type)) return type.some((one) => ofType(value, one));
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return false;
  }
}

const shapes = (list: unknown): readonly Shape[] => (Array.isArray(list) ? (list as Shape[]) : []);
const size = (value: unknown) => (typeof value === 'string' || Array.isArray(value) ? value.length : NaN);

/** One keyword's check of a value; undefined for a keyword this file does not know. */
function keywordHolds(keyword: string, rule: unknown, value: unknown, shape: Shape): boolean | undefined {
  switch (keyword) {
    case 'type':
      return ofType(value, rule);
    case 'const':
      return value === rule;
    case 'enum':
      return Array.isArray(rule) && rule.includes(value);
    case 'pattern':
      return typeof value !== 'string' || pattern(String(rule)).test(value);
    case 'minLength':
    case 'minItems':
      return !(size(value) < Number(rule));
    case 'maxLength':
    case 'maxItems':
      return !(size(value) > Number(rule));
    case 'minimum':
      return typeof value !== 'number' || value >= Number(rule);
    case 'maximum':
      return typeof value !== 'number' || value <= Number(rule);
    case 'exclusiveMinimum':
      return typeof value !== 'number' || value > Number(rule);
    case 'exclusiveMaximum':
      return typeof value !== 'number' || value < Number(rule);
    case 'items':
      return !Array.isArray(value) || value.every((item) => fitsShape(item, rule as Shape));
    case 'required':
      return !isObject(value) || (Array.isArray(rule) && rule.every((key: string) => Object.hasOwn(value, key)));
    case 'properties':
      return !isObject(value) || Object.entries(rule as Shape).every(([key, inner]) => !Object.hasOwn(value, key) || fitsShape(value[key], inner as Shape));
    case 'additionalProperties': {
      if (!isObject(value)) return true;
      const named = isObject(shape.properties) ? shape.properties : {};
      const extra = Object.keys(value).filter((key) => !Object.hasOwn(named, key));
      return rule === true || extra.every((key) => rule !== false && fitsShape(value[key], rule as Shape));
    }
    case 'propertyNames':
      return !isObject(value) || Object.keys(value).every((key) => fitsShape(key, rule as Shape));
    case 'anyOf':
      return shapes(rule).some((one) => fitsShape(value, one));
    case 'oneOf':
      return shapes(rule).filter((one) => fitsShape(value, one)).length === 1;
    case 'allOf':
      return shapes(rule).every((one) => fitsShape(value, one));
    default:
      return NOTES.has(keyword) ? true : undefined;
  }
}

/** Whether `value` fits `shape`: every keyword holds, and every keyword is one this file knows. */
export function fitsShape(value: unknown, shape: Shape): boolean {
  if (!isObject(shape)) return false;
  return Object.entries(shape).every(([keyword, rule]) => keywordHolds(keyword, rule, value, shape) === true);
}
