/**
 * A compact transcription of the parts of the SARIF 2.1.0 JSON schema (OASIS
 * sarif-schema-2.1.0.json) that Vigil's output uses: types, required members, enums, minimums
 * and, for the objects listed in full, no unknown members. Written for these tests; the official
 * schema is not vendored (no network here).
 */

export interface Schema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  required?: string[];
  properties?: Record<string, Schema>;
  /** false: members not in `properties` are errors; a schema: every other member's value. */
  additionalProperties?: false | Schema;
  items?: Schema;
  enum?: readonly unknown[];
  minimum?: number;
  minItems?: number;
  uniqueItems?: boolean;
  /** At least one of these members must be present. */
  anyOfRequired?: string[];
}

const str: Schema = { type: 'string' };
const bool: Schema = { type: 'boolean' };
const int = (minimum?: number): Schema => ({ type: 'integer', ...(minimum !== undefined ? { minimum } : {}) });
const arr = (items: Schema, extra: Partial<Schema> = {}): Schema => ({ type: 'array', items, ...extra });
const propertyBag: Schema = { type: 'object', properties: { tags: arr(str, { uniqueItems: true }) } };
const level: Schema = { enum: ['none', 'note', 'warning', 'error'] };

const message: Schema = { type: 'object', anyOfRequired: ['text', 'id'], properties: { text: str, markdown: str, id: str, arguments: arr(str), properties: propertyBag }, additionalProperties: false };
const multiformatMessageString: Schema = { type: 'object', required: ['text'], properties: { text: str, markdown: str, properties: propertyBag }, additionalProperties: false };
const artifactLocation: Schema = { type: 'object', properties: { uri: str, uriBaseId: str, index: int(-1), description: message, properties: propertyBag }, additionalProperties: false };
const region: Schema = {
  type: 'object',
  properties: {
    startLine: int(1), startColumn: int(1), endLine: int(1), endColumn: int(1), charOffset: int(-1), charLength: int(0),
    byteOffset: int(-1), byteLength: int(0), snippet: { type: 'object', properties: { text: str } }, message, sourceLanguage: str, properties: propertyBag,
  },
  additionalProperties: false,
};
const physicalLocation: Schema = { type: 'object', anyOfRequired: ['address', 'artifactLocation'], properties: { artifactLocation, region, contextRegion: region, properties: propertyBag }, additionalProperties: false };
const location: Schema = { type: 'object', properties: { id: int(-1), physicalLocation, message, properties: propertyBag }, additionalProperties: false };
const toolComponentReference: Schema = { type: 'object', properties: { name: str, index: int(-1), guid: str, properties: propertyBag }, additionalProperties: false };
const reportingDescriptorReference: Schema = { type: 'object', anyOfRequired: ['index', 'guid', 'id'], properties: { id: str, index: int(-1), guid: str, toolComponent: toolComponentReference, properties: propertyBag }, additionalProperties: false };
const reportingDescriptor: Schema = {
  type: 'object',
  required: ['id'],
  properties: {
    id: str, name: str, guid: str, deprecatedIds: arr(str),
    shortDescription: multiformatMessageString, fullDescription: multiformatMessageString, help: multiformatMessageString, helpUri: str,
    messageStrings: { type: 'object', additionalProperties: multiformatMessageString },
    defaultConfiguration: { type: 'object', properties: { enabled: bool, level, rank: { type: 'number', minimum: -1 }, parameters: propertyBag, properties: propertyBag }, additionalProperties: false },
    relationships: arr({ type: 'object', required: ['target'], properties: { target: reportingDescriptorReference, kinds: arr(str, { uniqueItems: true }), description: message, properties: propertyBag }, additionalProperties: false }),
    properties: propertyBag,
  },
  additionalProperties: false,
};
const toolComponent: Schema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: str, guid: str, organization: str, version: str, semanticVersion: str, informationUri: str, isComprehensive: bool,
    shortDescription: multiformatMessageString, fullDescription: multiformatMessageString,
    rules: arr(reportingDescriptor), taxa: arr(reportingDescriptor), notifications: arr(reportingDescriptor),
    supportedTaxonomies: arr(toolComponentReference), properties: propertyBag,
  },
  additionalProperties: false,
};
const replacement: Schema = { type: 'object', required: ['deletedRegion'], properties: { deletedRegion: region, insertedContent: { type: 'object', properties: { text: str } }, properties: propertyBag }, additionalProperties: false };
const fix: Schema = {
  type: 'object',
  required: ['artifactChanges'],
  properties: {
    description: message,
    artifactChanges: arr({ type: 'object', required: ['artifactLocation', 'replacements'], properties: { artifactLocation, replacements: arr(replacement, { minItems: 1 }), properties: propertyBag }, additionalProperties: false }, { minItems: 1 }),
    properties: propertyBag,
  },
  additionalProperties: false,
};
const result: Schema = {
  type: 'object',
  required: ['message'],
  properties: {
    ruleId: str, ruleIndex: int(-1), rule: reportingDescriptorReference, kind: { enum: ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'] }, level,
    message, locations: arr(location), guid: str, fingerprints: { type: 'object', additionalProperties: str },
    partialFingerprints: { type: 'object', additionalProperties: str }, taxa: arr(reportingDescriptorReference), fixes: arr(fix),
    rank: { type: 'number', minimum: -1 }, properties: propertyBag,
  },
  additionalProperties: false,
};
const notification: Schema = { type: 'object', required: ['message'], properties: { message, level, locations: arr(location), descriptor: reportingDescriptorReference, properties: propertyBag }, additionalProperties: false };
const run: Schema = {
  type: 'object',
  required: ['tool'],
  properties: {
    tool: { type: 'object', required: ['driver'], properties: { driver: toolComponent, extensions: arr(toolComponent), properties: propertyBag }, additionalProperties: false },
    taxonomies: arr(toolComponent),
    invocations: arr({ type: 'object', required: ['executionSuccessful'], properties: { executionSuccessful: bool, toolExecutionNotifications: arr(notification), toolConfigurationNotifications: arr(notification), exitCode: int(), properties: propertyBag } }),
    originalUriBaseIds: { type: 'object', additionalProperties: artifactLocation },
    artifacts: arr({ type: 'object', properties: { location: artifactLocation, length: int(-1), sourceLanguage: str, mimeType: str, description: message, properties: propertyBag }, additionalProperties: false }),
    results: arr(result),
    columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
    properties: propertyBag,
  },
  additionalProperties: false,
};

export const SARIF_LOG_SCHEMA: Schema = {
  type: 'object',
  required: ['version', 'runs'],
  properties: { $schema: str, version: { enum: ['2.1.0'] }, runs: arr(run), properties: propertyBag },
  additionalProperties: false,
};

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Every way `value` departs from `schema`, as `path: problem` lines. */
export function validate(value: unknown, schema: Schema, at = '$'): string[] {
  const errors: string[] = [];
  const t = typeOf(value);
  if (schema.type && !(t === schema.type || (schema.type === 'number' && t === 'integer'))) return [`${at}: expected ${schema.type}, got ${t}`];
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum) errors.push(`${at}: ${value} < ${schema.minimum}`);
  if (t === 'array') {
    const items = value as unknown[];
    if (schema.minItems !== undefined && items.length < schema.minItems) errors.push(`${at}: fewer than ${schema.minItems} items`);
    if (schema.uniqueItems && new Set(items.map(i => JSON.stringify(i))).size !== items.length) errors.push(`${at}: items are not unique`);
    if (schema.items) items.forEach((item, i) => errors.push(...validate(item, schema.items!, `${at}[${i}]`)));
  }
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${at}: missing required '${key}'`);
    if (schema.anyOfRequired && !schema.anyOfRequired.some(k => k in obj)) errors.push(`${at}: needs one of ${schema.anyOfRequired.join(', ')}`);
    for (const [key, v] of Object.entries(obj)) {
      const sub = schema.properties?.[key];
      if (sub) errors.push(...validate(v, sub, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}: unknown member '${key}'`);
      else if (schema.additionalProperties) errors.push(...validate(v, schema.additionalProperties, `${at}.${key}`));
    }
  }
  return errors;
}
