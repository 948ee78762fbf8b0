// Maps the Terraform arguments of a resource type to API model members: by
// rule where the names agree, by the reviewed table where they do not. An
// argument neither maps is reported, never guessed.
import { memberConstraints, membersOf, structureBehind, valueKindOf } from './smithy.mjs';

const norm = (s) => s.toLowerCase().replace(/_/g, '');
const plurals = (name) => [`${name}s`, `${name}es`, name.endsWith('y') ? `${name.slice(0, -1)}ies` : undefined].filter(Boolean).map(norm);

/** Whether a Terraform argument can carry an API member's value. */
function compatible(model, arg, targetId) {
  const kind = valueKindOf(model, targetId);
  if (arg.type === 'block') return structureBehind(model, targetId) !== undefined;
  if (arg.type === 'string' || arg.type === 'number' || arg.type === 'bool') return kind === arg.type;
  if (arg.type === 'list' || arg.type === 'set') {
    if (kind !== 'list' && kind !== 'set') return false;
    const item = model.shape(targetId).member.target;
    return valueKindOf(model, item) === arg.itemType;
  }
  if (arg.type === 'map') return kind === 'map';
  return false;
}

/** Finds a member by a dotted member path from any of `owners` (structure ids). */
function byPath(model, owners, memberPath) {
  for (const owner of owners) {
    let current = owner;
    let found;
    for (const [i, name] of memberPath.split('.').entries()) {
      const member = model.shape(current)?.members?.[name];
      if (!member) {
        found = undefined;
        break;
      }
      found = { owner: current, name, member };
      if (i < memberPath.split('.').length - 1) current = structureBehind(model, member.target)?.id;
      if (!current) break;
    }
    if (found) return found;
  }
  return undefined;
}

function byRule(model, owners, arg) {
  const leaf = arg.path.slice(arg.path.lastIndexOf('.') + 1);
  const names = arg.type === 'block' || arg.type === 'list' || arg.type === 'set' ? [norm(leaf), ...plurals(leaf)] : [norm(leaf)];
  for (const owner of owners) {
    for (const [name, member] of membersOf(model, owner)) if (names.includes(norm(name))) return { owner, name, member };
  }
  return undefined;
}

/**
 * Maps every argument of one resource type. Returns { mapped: Map<path,
 * { member, constraints }>, unmapped: [{ path, why }] }.
 */
export function mapArguments(model, rootShapes, args, table) {
  const mapped = new Map();
  const unmapped = [];
  const owners = new Map([['', rootShapes]]);
  for (const arg of args) {
    const dot = arg.path.lastIndexOf('.');
    const parent = dot < 0 ? '' : arg.path.slice(0, dot);
    const parentOwners = owners.get(parent);
    if (arg.path === 'tags' || arg.path.endsWith('.tags')) continue; // the tag facts cover tags
    if (!parentOwners) {
      if (owners.has(`!${parent}`) || !parent) unmapped.push({ path: arg.path, why: 'its block maps to no API structure' });
      owners.set(`!${arg.path}`, true);
      continue;
    }
    const explicit = Object.prototype.hasOwnProperty.call(table, arg.path) ? table[arg.path] : undefined;
    if (explicit === null) {
      owners.set(`!${arg.path}`, true);
      continue; // reviewed: no API member
    }
    if (explicit === '.') {
      // reviewed: the block's members sit on its parent's structure (`health_check` on CreateTargetGroupInput)
      if (arg.type === 'block') owners.set(arg.path, parentOwners);
      else unmapped.push({ path: arg.path, why: 'the table flattens it into its parent, but it is not a block' });
      continue;
    }
    const hit = explicit ? byPath(model, parentOwners, explicit) : byRule(model, parentOwners, arg);
    if (!hit) {
      unmapped.push({ path: arg.path, why: explicit ? `the table names ${explicit}, which ${parentOwners.map(local).join('/')} lacks` : `no member of ${parentOwners.map(local).join('/')} by name` });
      owners.set(`!${arg.path}`, true);
      continue;
    }
    if (!compatible(model, arg, hit.member.target)) {
      unmapped.push({ path: arg.path, why: `${local(hit.owner)}$${hit.name} is a ${valueKindOf(model, hit.member.target)}, the argument a ${arg.type}${arg.itemType ? ` of ${arg.itemType}` : ''}` });
      owners.set(`!${arg.path}`, true);
      continue;
    }
    const member = `${local(hit.owner)}$${hit.name}`;
    if (arg.type === 'block') {
      owners.set(arg.path, [structureBehind(model, hit.member.target).id]);
      const own = memberConstraints(model, hit.owner, hit.name, hit.member).filter((c) => c.kind === 'items');
      mapped.set(arg.path, { member, constraints: own });
    } else mapped.set(arg.path, { member, constraints: memberConstraints(model, hit.owner, hit.name, hit.member) });
  }
  return { mapped, unmapped };
}

function local(id) {
  return id.slice(id.indexOf('#') + 1);
}
