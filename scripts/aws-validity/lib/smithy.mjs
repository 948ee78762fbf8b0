// Reads the AWS API models (Smithy JSON AST, aws/api-models-aws) and turns
// the traits of a member and its target shape into constraints.
import fs from 'node:fs';
import path from 'node:path';

const NUMBER_TYPES = new Set(['byte', 'short', 'integer', 'long', 'float', 'double', 'bigInteger', 'bigDecimal', 'intEnum']);
const STRING_TYPES = new Set(['string', 'enum']);

/** One service model: its shapes, indexed by local name. */
export class ServiceModel {
  constructor(file, relative) {
    this.file = relative;
    this.baseName = path.basename(relative);
    this.shapes = JSON.parse(fs.readFileSync(file, 'utf8')).shapes;
    this.byName = new Map();
    for (const [id, shape] of Object.entries(this.shapes)) {
      const local = id.slice(id.indexOf('#') + 1);
      if (!this.byName.has(local) || shape.type === 'structure') this.byName.set(local, id);
      if (shape.type === 'service') this.sdkId = shape.traits?.['aws.api#service']?.sdkId;
    }
  }

  /** The shape id of a local name (`CreateBackupVaultInput`), or undefined. */
  idOf(local) {
    return this.byName.get(local);
  }

  shape(id) {
    return id.startsWith('smithy.api#') ? { type: id.slice('smithy.api#'.length).replace(/^[A-Z]/, (c) => c.toLowerCase()) } : this.shapes[id];
  }

  /** The enum values of a local enum shape name, or undefined. */
  enumValues(local) {
    const id = this.idOf(local);
    const shape = id && this.shapes[id];
    return shape ? enumOf(shape) : undefined;
  }
}

function enumOf(shape) {
  if (shape.type === 'enum' || shape.type === 'intEnum') {
    return Object.entries(shape.members ?? {}).map(([name, m]) => m.traits?.['smithy.api#enumValue'] ?? name);
  }
  const legacy = shape.traits?.['smithy.api#enum'];
  return legacy ? legacy.map((e) => e.value) : undefined;
}

/** The SDK package name of a model (`sdkId` lower-cased without spaces: "Elastic Load Balancing v2" -> elasticloadbalancingv2). */
export function sdkPackageOf(model) {
  return (model.sdkId ?? '').toLowerCase().replace(/[\s-]/g, '');
}

/** Loads every model under `dir` (`<service>/service/<version>/<file>.json`). */
export function loadModels(dir) {
  const models = new Map();
  if (!fs.existsSync(dir)) return models;
  for (const service of fs.readdirSync(dir).sort()) {
    const serviceDir = path.join(dir, service, 'service');
    if (!fs.existsSync(serviceDir)) continue;
    for (const version of fs.readdirSync(serviceDir).sort()) {
      for (const f of fs.readdirSync(path.join(serviceDir, version)).filter((n) => n.endsWith('.json'))) {
        const relative = path.join(service, 'service', version, f).split(path.sep).join('/');
        models.set(service, new ServiceModel(path.join(serviceDir, version, f), relative));
      }
    }
  }
  return models;
}

/** The kind of Terraform value a model shape type carries. */
export function valueKindOf(model, id) {
  const shape = model.shape(id);
  if (!shape) return undefined;
  if (STRING_TYPES.has(shape.type)) return 'string';
  if (NUMBER_TYPES.has(shape.type)) return 'number';
  if (shape.type === 'boolean') return 'bool';
  if (shape.type === 'timestamp') return 'string';
  return shape.type; // list, set, map, structure, union, blob, document
}

/** A member of one structure shape, by exact name. */
export function memberOf(model, structureId, name) {
  const shape = model.shape(structureId);
  return shape?.members?.[name] ? { name, member: shape.members[name], owner: structureId } : undefined;
}

/** The members of a structure. */
export function membersOf(model, structureId) {
  return Object.entries(model.shape(structureId)?.members ?? {});
}

/** The structure(s) a member leads to: itself, or the item of a list/set, or undefined. */
export function structureBehind(model, targetId) {
  const shape = model.shape(targetId);
  if (!shape) return undefined;
  if (shape.type === 'structure' || shape.type === 'union') return { id: targetId, list: false };
  if ((shape.type === 'list' || shape.type === 'set') && shape.member) {
    const item = model.shape(shape.member.target);
    if (item && (item.type === 'structure' || item.type === 'union')) return { id: shape.member.target, list: true };
  }
  return undefined;
}

/**
 * The constraints of a member: its own traits over its target's (a member
 * trait overrides the target's trait of the same name). `applies` is 'value'
 * for the member, 'each' for the items of a list or the values of a map.
 */
export function memberConstraints(model, ownerId, memberName, member, applies = 'value') {
  const out = [];
  const target = model.shape(member.target);
  if (!target) return out;
  const at = (shapeId, trait, isMember) => `api-models-aws ${model.baseName} ${isMember ? `${ownerId}$${memberName}` : shapeId} @${trait}`;
  const trait = (name) => (member.traits?.[name] !== undefined ? { value: member.traits[name], source: at(member.target, name, true) } : target.traits?.[name] !== undefined ? { value: target.traits[name], source: at(member.target, name, false) } : undefined);
  const values = enumOf(target);
  if (values) out.push({ kind: 'enum', values: target.type === 'intEnum' ? values.map(Number) : values, applies, origin: 'model', source: at(member.target, target.type === 'enum' || target.type === 'intEnum' ? target.type : 'enum', false) });
  const length = trait('smithy.api#length');
  const range = trait('smithy.api#range');
  const pattern = trait('smithy.api#pattern');
  if (STRING_TYPES.has(target.type)) {
    if (length) out.push({ kind: 'length', min: length.value.min, max: length.value.max, unit: 'characters', applies, origin: 'model', source: length.source });
    if (pattern) out.push({ kind: 'pattern', raw: pattern.value, dialect: 'java', applies, origin: 'model', source: pattern.source });
  } else if (NUMBER_TYPES.has(target.type)) {
    if (range) out.push({ kind: 'range', min: numberOrUndefined(range.value.min), max: numberOrUndefined(range.value.max), applies, origin: 'model', source: range.source });
  } else if (target.type === 'list' || target.type === 'set' || target.type === 'map') {
    if (length && applies === 'value') out.push({ kind: 'items', min: length.value.min, max: length.value.max, applies, origin: 'model', source: length.source });
    const inner = target.type === 'map' ? target.value : target.member;
    if (inner && applies === 'value') out.push(...memberConstraints(model, member.target, target.type === 'map' ? 'value' : 'member', inner, 'each'));
  }
  return out;
}

function numberOrUndefined(v) {
  return v === undefined || v === null ? undefined : Number(v);
}
