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

type Check = (value: unknown) => boolean;

// A shape is turned into one check once, then run on every value: the journal's
// page checks each stored entry (20,000 of them, for some), before the app starts.
const compiled = new WeakMap<object, Check>();

/** Whether `value` fits `shape`: every keyword holds, and every keyword is one this file knows. */
export function fitsShape(value: unknown, shape: Shape): boolean {
  if (!isObject(shape)) return false;
  let check = compiled.get(shape);
  if (!check) compiled.set(shape, (check = compile(shape)));
  return check(value);
}

function compile(shape: unknown): Check {
  if (!isObject(shape)) return () => false;
  const checks: Check[] = [];
  for (const [keyword, rule] of Object.entries(shape)) {
    const check = compileKeyword(keyword, rule, shape);
    // A keyword this file does not know fails every value.
    if (check === undefined) return () => false;
    if (check !== null) checks.push(check);
  }
  return (value) => {
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

/** One keyword's check; null for a note that checks nothing, undefined for a keyword this file does not know. */
function compileKeyword(keyword: string, rule: unknown, shape: Shape): Check | null | undefined {
  switch (keyword) {
    case 'type':
      return (value) => ofType(value, rule);
    case 'const':
      return (value) => value === rule;
    case 'enum':
      return Array.isArray(rule) ? (value) => rule.includes(value) : () => false;
    case 'pattern': {
      const pattern = new RegExp(String(rule), 'u');
      return (value) => typeof value !== 'string' || pattern.test(value);
    }
    case 'minLength':
    case 'minItems': {
      const least = Number(rule);
      return (value) => !(size(value) < least);
    }
    case 'maxLength':
    case 'maxItems': {
      const most = Number(rule);
      return (value) => !(size(value) > most);
    }
    case 'minimum':
      return (value) => typeof value !== 'number' || value >= Number(rule);
    case 'maximum':
      return (value) => typeof value !== 'number' || value <= Number(rule);
    case 'exclusiveMinimum':
      return (value) => typeof value !== 'number' || value > Number(rule);
    case 'exclusiveMaximum':
      return (value) => typeof value !== 'number' || value < Number(rule);
    case 'items': {
      const item = compile(rule);
      return (value) => !Array.isArray(value) || value.every((one) => item(one));
    }
    case 'required': {
      const keys = Array.isArray(rule) ? (rule as string[]) : null;
      return (value) => !isObject(value) || (keys !== null && keys.every((key) => Object.hasOwn(value, key)));
    }
    case 'properties': {
      const inner = Object.entries(rule as Shape).map(([key, one]) => [key, compile(one)] as const);
      return (value) => !isObject(value) || inner.every(([key, check]) => !Object.hasOwn(value, key) || check(value[key]));
    }
    case 'additionalProperties': {
      if (rule === true) return null;
      const named = isObject(shape.properties) ? shape.properties : {};
      const extra = rule === false ? () => false : compile(rule);
      return (value) => {
        if (!isObject(value)) return true;
        for (const key of Object.keys(value)) if (!Object.hasOwn(named, key) && !extra(value[key])) return false;
        return true;
      };
    }
    case 'propertyNames': {
      const name = compile(rule);
      return (value) => !isObject(value) || Object.keys(value).every((key) => name(key));
    }
    case 'anyOf': {
      const each = shapes(rule).map(compile);
      return (value) => each.some((check) => check(value));
    }
    case 'oneOf': {
      const each = shapes(rule).map(compile);
      return (value) => each.filter((check) => check(value)).length === 1;
    }
    case 'allOf': {
      const each = shapes(rule).map(compile);
      return (value) => each.every((check) => check(value));
    }
    default:
      return NOTES.has(keyword) ? null : undefined;
  }
}
